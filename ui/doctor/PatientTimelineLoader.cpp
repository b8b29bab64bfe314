#include "doctor/PatientTimelineLoader.h"

#include "client/Session.h"

namespace medchain::ui {

PatientTimelineLoader::PatientTimelineLoader(client::Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

void PatientTimelineLoader::load(const client::IdentityId &patient)
{
    m_patient = patient;
    m_streaming = true;
    start();
}

void PatientTimelineLoader::reload()
{
    if (!m_patient)
        return;
    if (m_loading) {
        m_wanted = true;
        return;
    }
    m_streaming = false;
    start();
}

void PatientTimelineLoader::clear()
{
    m_patient.reset();
    ++m_token;
    m_loading = false;
    m_wanted = false;
    m_staging.clear();
}

void PatientTimelineLoader::start()
{
    const quint64 token = ++m_token;
    m_loading = true;
    m_wanted = false;
    m_staging.clear();
    m_session.loadPatientTimeline(
        *m_patient, this,
        [this, token](const QList<client::RecordSummary> &batch, int done, int total) {
            if (token != m_token)
                return; // a newer load (another patient, or a reload) replaced this one
            const bool complete = done >= total;
            if (m_streaming)
                emit batchLoaded(batch, done, total);
            else
                m_staging.append(batch);
            if (!complete)
                return;
            m_loading = false;
            if (!m_streaming)
                emit reloaded(std::exchange(m_staging, {}));
            m_streaming = false;
            emit finished();
            if (m_wanted)
                reload();
        });
}

} // namespace medchain::ui
