// Reads one patient's authorized timeline for a doctor: a new patient's history streams batch by
// batch; a reload of the same patient is collected whole and handed over at once.
#pragma once

#include "client/ClientTypes.h"

#include <QObject>

#include <optional>

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class PatientTimelineLoader : public QObject {
    Q_OBJECT
public:
    PatientTimelineLoader(client::Session &session, QObject *parent = nullptr);

    /// Starts streaming patient's history at once; whatever was loading before is dropped (the
    /// session also drops the older load's remaining batches).
    void load(const client::IdentityId &patient);
    /// Reads the current patient's history again; while a load runs, once more after it.
    void reload();
    /// Forgets the patient; nothing more is delivered.
    void clear();
    bool isLoading() const { return m_loading; }
    std::optional<client::IdentityId> patient() const { return m_patient; }

signals:
    /// A batch of a new patient's history (done of total read so far).
    void batchLoaded(const QList<medchain::client::RecordSummary> &batch, int done, int total);
    /// A reload, complete.
    void reloaded(const QList<medchain::client::RecordSummary> &records);
    /// A load (streamed or not) has ended.
    void finished();

private:
    void start();

    client::Session &m_session;
    std::optional<client::IdentityId> m_patient;
    quint64 m_token = 0; // the load whose batches count; older ones are ignored
    bool m_loading = false;
    bool m_streaming = false; // the current load is a new patient's first
    bool m_wanted = false;
    QList<client::RecordSummary> m_staging;
};

} // namespace medchain::ui
