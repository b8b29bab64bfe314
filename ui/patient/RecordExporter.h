// Exports for the patient's records page and the regulator's trail: records as a PDF, a
// transaction's dispute evidence as a file. Written atomically; the save dialog is replaceable.
#pragma once

#include "client/ClientTypes.h"
#include "common/ExportFiles.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class RecordExporter : public QObject {
    Q_OBJECT
public:
    /// The evidence file's suffix, as the README's `medchain-cli evidence export` example uses.
    static QString evidenceSuffix() { return QStringLiteral("evidence"); }

    /// dialogParent owns the file dialog and the error message boxes.
    RecordExporter(client::Session &session, QWidget *dialogParent);

    /// Replaces the save file dialog.
    void setPathChooser(ExportFiles::PathChooser chooser) { m_chooser = std::move(chooser); }
    bool isBusy() const { return m_busy; }

    /// Asks for a file, reads the records in full, writes the PDF.
    void exportPdf(const QList<client::Hash> &records);
    /// Asks for a file and writes the record's evidence bundle.
    void exportEvidence(const client::RecordSummary &record);
    /// Asks for a file (suggestedName first) and writes the evidence bundle of any committed
    /// transaction.
    void exportEvidence(const client::Hash &transaction, const QString &suggestedName);

signals:
    void busyChanged(bool busy);
    /// An export ended: written to path, or failed (message says why; a box showed it too).
    /// A cancelled dialog ends nothing and sends nothing.
    void finished(bool ok, const QString &path, const QString &message);

private:
    QString choosePath(const QString &caption, const QString &suggestedName,
                       const QString &filter) const;
    void setBusy(bool busy);
    void finish(bool ok, const QString &path, const QString &message);

    client::Session &m_session;
    QPointer<QWidget> m_dialogParent;
    ExportFiles::PathChooser m_chooser;
    QFutureWatcher<Result<void>> m_pdfWatcher;
    QString m_pdfPath;
    bool m_busy = false;
};

} // namespace medchain::ui
