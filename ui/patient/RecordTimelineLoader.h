// Reads the patient's timeline through the session: the first load streams batch by batch, a
// reload after a block is collected whole and handed over at once. One load at a time.
#pragma once

#include "client/ClientTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class RecordTimelineLoader : public QObject {
    Q_OBJECT
public:
    RecordTimelineLoader(client::Session &session, QObject *parent = nullptr);

    /// Starts a load, or, while one runs or within the minimum interval of the last, one more
    /// after it: any number of requests meanwhile make one load.
    void load();
    bool isLoading() const { return m_loading; }
    /// Reloads start at least this long after the previous load ended, so a stream of blocks
    /// does not keep the reader decrypting the whole history (default 2 s; 0 in tests).
    void setMinimumInterval(int ms) { m_minimumIntervalMs = ms; }

signals:
    /// A batch of the first load (done of total records read so far).
    void batchLoaded(const QList<medchain::client::RecordSummary> &batch, int done, int total);
    /// A later load, complete.
    void reloaded(const QList<medchain::client::RecordSummary> &records);
    /// A load (the first or a later one) has ended.
    void finished();

private:
    void start();
    void onBatch(const QList<client::RecordSummary> &batch, int done, int total);

    client::Session &m_session;
    bool m_loading = false;
    bool m_wanted = false;
    bool m_loadedOnce = false;
    QList<client::RecordSummary> m_staging;
    QElapsedTimer m_sinceLast;
    QTimer m_delay;
    int m_minimumIntervalMs = 2000;
};

} // namespace medchain::ui
