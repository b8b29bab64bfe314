#include "regulator/DashboardExporter.h"

#include <QDir>
#include <QWidget>

namespace medchain::ui {

DashboardExporter::DashboardExporter(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, &DashboardExporter::written);
}

void DashboardExporter::exportCsv(const DashboardReport::Input &input)
{
    start(Format::Csv, input);
}

void DashboardExporter::exportPdf(const DashboardReport::Input &input)
{
    start(Format::Pdf, input);
}

void DashboardExporter::start(Format format, DashboardReport::Input input)
{
    if (m_busy)
        return;
    if (!input.generated.isValid())
        input.generated = QDateTime::currentDateTime();
    const QString day = input.generated.date().toString(Qt::ISODate);
    const bool csv = format == Format::Csv;
    const QString caption
        = csv ? tr("Export the dashboard as CSV") : tr("Export the dashboard as PDF");
    const QString name
        = csv ? tr("surveillance-%1.csv").arg(day) : tr("surveillance-%1.pdf").arg(day);
    const QString filter = csv ? tr("CSV files (*.csv)") : tr("PDF documents (*.pdf)");
    const QString path = m_chooser
        ? m_chooser(caption, name, filter)
        : ExportFiles::askSavePath(m_dialogParent, caption, name, filter);
    if (path.isEmpty())
        return;
    m_path = path;
    setBusy(true);
    // Laying out a year of days and every category takes a while; writing may wait on a disk.
    m_watcher.setFuture(ExportFiles::inBackground([csv, input, path] {
        return csv ? DashboardReport::writeCsv(input, path)
                   : DashboardReport::writePdf(input, path);
    }));
}

void DashboardExporter::written()
{
    const Result<void> result = m_watcher.future().result();
    setBusy(false);
    if (!result) {
        if (m_dialogParent)
            ExportFiles::showFailure(m_dialogParent, result.error());
        emit finished(false, m_path, result.error());
        return;
    }
    emit finished(true, m_path,
                  tr("The dashboard was saved as %1.").arg(QDir::toNativeSeparators(m_path)));
}

void DashboardExporter::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace medchain::ui
