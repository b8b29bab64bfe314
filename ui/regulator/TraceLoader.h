// Answers the Trace tab: reads the trail of the record an id is about (the newest request wins)
// and exports the chosen event's evidence file through the records' RecordExporter.
#pragma once

#include "client/SurveillanceTypes.h"
#include "patient/RecordExporter.h"

#include <QObject>

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class TracePage;

class TraceLoader : public QObject {
    Q_OBJECT
public:
    /// session must outlive the page; the loader is the page's child.
    TraceLoader(client::Session &session, TracePage &page);

    /// Replaces the save file dialog (tests).
    void setPathChooser(ExportFiles::PathChooser chooser);
    bool isLoading() const { return m_loading; }
    /// "1a2b3c4d5e6f7a8b.evidence": the transaction's first 16 hex digits.
    static QString suggestedName(const client::Hash &transaction);

signals:
    /// An export ended (see RecordExporter::finished).
    void exportFinished(bool ok, const QString &path, const QString &message);

private:
    void trace(const client::Hash &id);

    client::Session &m_session;
    TracePage &m_page;
    RecordExporter *m_exporter = nullptr;
    quint64 m_asked = 0; // requests made; only the newest one's answer is shown
    bool m_loading = false;
};

} // namespace medchain::ui
