// The dashboard's Export as CSV and Export as PDF: asks for a file, writes it on a worker thread
// (atomically: whole or not at all) and says how it went. The save dialog is replaceable (tests).
#pragma once

#include "common/ExportFiles.h"
#include "regulator/DashboardReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

namespace medchain::ui {

class DashboardExporter : public QObject {
    Q_OBJECT
public:
    /// dialogParent owns the exporter, the file dialog and the failure box.
    explicit DashboardExporter(QWidget *dialogParent);

    /// Replaces the save file dialog.
    void setPathChooser(ExportFiles::PathChooser chooser) { m_chooser = std::move(chooser); }
    bool isBusy() const { return m_busy; }

    /// Asks for a file ("surveillance-2026-11-24.csv") and writes the dashboard as CSV. An
    /// invalid input.generated becomes now. Does nothing while busy.
    void exportCsv(const DashboardReport::Input &input);
    /// The same as a PDF ("surveillance-2026-11-24.pdf").
    void exportPdf(const DashboardReport::Input &input);

signals:
    void busyChanged(bool busy);
    /// An export ended: message says where it was saved, or why it failed (a box said so
    /// too). A cancelled dialog ends nothing and sends nothing.
    void finished(bool ok, const QString &path, const QString &message);

private:
    enum class Format { Csv, Pdf };

    void start(Format format, DashboardReport::Input input);
    void setBusy(bool busy);
    void written();

    QPointer<QWidget> m_dialogParent;
    ExportFiles::PathChooser m_chooser;
    QFutureWatcher<Result<void>> m_watcher;
    QString m_path;
    bool m_busy = false;
};

} // namespace medchain::ui
