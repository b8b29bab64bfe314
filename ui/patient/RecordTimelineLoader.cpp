#include "patient/RecordTimelineLoader.h"

#include "client/Session.h"

namespace medchain::ui {

RecordTimelineLoader::RecordTimelineLoader(client::Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &RecordTimelineLoader::start);
}

void RecordTimelineLoader::load()
{
    if (m_loading || m_delay.isActive()) {
        m_wanted = true;
        return;
    }
    const qint64 wait = m_sinceLast.isValid() ? m_minimumIntervalMs - m_sinceLast.elapsed() : 0;
    if (wait > 0) {
        m_delay.start(int(wait));
        return;
    }
    start();
}

void RecordTimelineLoader::start()
{
    m_loading = true;
    m_wanted = false;
    m_staging.clear();
    m_session.loadTimeline(this,
                           [this](const QList<client::RecordSummary> &batch, int done, int total) {
                               onBatch(batch, done, total);
                           });
}

void RecordTimelineLoader::onBatch(const QList<client::RecordSummary> &batch, int done, int total)
{
    const bool complete = done >= total;
    if (m_loadedOnce) {
        m_staging.append(batch);
    } else {
        emit batchLoaded(batch, done, total);
    }
    if (!complete)
        return;
    m_loading = false;
    m_sinceLast.start();
    if (m_loadedOnce)
        emit reloaded(std::exchange(m_staging, {}));
    m_loadedOnce = true;
    emit finished();
    if (m_wanted)
        load();
}

} // namespace medchain::ui
