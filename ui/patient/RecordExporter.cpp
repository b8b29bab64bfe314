#include "patient/RecordExporter.h"

#include "client/Session.h"
#include "common/ExportFiles.h"
#include "patient/RecordFormat.h"
#include "patient/RecordReport.h"

#include <QDateTime>
#include <QWidget>

namespace medchain::ui {

RecordExporter::RecordExporter(client::Session &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
    connect(&m_pdfWatcher, &QFutureWatcher<Result<void>>::finished, this, [this] {
        const Result<void> written = m_pdfWatcher.future().result();
        finish(written.ok(), m_pdfPath, written.error());
    });
}

void RecordExporter::exportPdf(const QList<client::Hash> &records)
{
    if (m_busy || records.isEmpty())
        return;
    const QString path
        = choosePath(tr("Export records as PDF"),
                     tr("medical-records-%1.pdf")
                         .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))),
                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    m_pdfPath = path;
    const QString patient = m_session.displayName();
    const client::IdentityId identity = m_session.identity();
    m_session.loadRecords(
        records, this,
        [this, path, patient, identity](const Result<QList<client::RecordDetail>> &details) {
            if (!details) {
                finish(false, path, details.error());
                return;
            }
            // Laying out and writing hundreds of pages takes a while: a worker does it.
            const QList<client::RecordDetail> read = details.value();
            const QString title = RecordReport::tr("Medical records of %1").arg(patient);
            m_pdfWatcher.setFuture(
                ExportFiles::inBackground([read, patient, identity, path, title] {
                    const QString html
                        = RecordReport::html(patient, identity, read, QDateTime::currentDateTime());
                    return ExportFiles::writePdf(html, path, title);
                }));
        });
}

void RecordExporter::exportEvidence(const client::RecordSummary &record)
{
    exportEvidence(record.id,
                   tr("record-%1-%2.%3")
                       .arg(RecordFormat::date(record.encounterTime),
                            RecordFormat::shortHex(record.id.toByteArray()), evidenceSuffix()));
}

void RecordExporter::exportEvidence(const client::Hash &transaction, const QString &suggestedName)
{
    if (m_busy)
        return;
    const QString path = choosePath(tr("Export dispute evidence"), suggestedName,
                                    tr("MedChain evidence (*.%1)").arg(evidenceSuffix()));
    if (path.isEmpty())
        return;
    setBusy(true);
    m_session.loadEvidence(transaction, this, [this, path](const Result<QByteArray> &bytes) {
        if (!bytes) {
            finish(false, path, bytes.error());
            return;
        }
        const Result<void> written = ExportFiles::writeFile(bytes.value(), path);
        finish(written.ok(), path, written.error());
    });
}

QString RecordExporter::choosePath(const QString &caption, const QString &suggestedName,
                                   const QString &filter) const
{
    if (m_chooser)
        return m_chooser(caption, suggestedName, filter);
    return ExportFiles::askSavePath(m_dialogParent, caption, suggestedName, filter);
}

void RecordExporter::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RecordExporter::finish(bool ok, const QString &path, const QString &message)
{
    setBusy(false);
    if (!ok && m_dialogParent)
        ExportFiles::showFailure(m_dialogParent, message);
    emit finished(ok, path, message);
}

} // namespace medchain::ui
