#include "regulator/TraceLoader.h"

#include "client/Session.h"
#include "patient/RecordFormat.h"
#include "regulator/TracePage.h"

namespace medchain::ui {

TraceLoader::TraceLoader(client::Session &session, TracePage &page)
    : QObject(&page), m_session(session), m_page(page)
{
    m_exporter = new RecordExporter(session, &page);
    connect(&m_page, &TracePage::traceRequested, this, &TraceLoader::trace);
    connect(&m_page, &TracePage::evidenceRequested, this, [this](const client::Hash &transaction) {
        m_exporter->exportEvidence(transaction, suggestedName(transaction));
    });
    connect(m_exporter, &RecordExporter::busyChanged, &m_page, &TracePage::setExporting);
    connect(m_exporter, &RecordExporter::finished, this,
            [this](bool ok, const QString &path, const QString &message) {
                m_page.showExportResult(ok, path, message);
                emit exportFinished(ok, path, message);
            });
}

void TraceLoader::setPathChooser(ExportFiles::PathChooser chooser)
{
    m_exporter->setPathChooser(std::move(chooser));
}

QString TraceLoader::suggestedName(const client::Hash &transaction)
{
    return RecordFormat::shortHex(transaction.toByteArray()) + QLatin1Char('.')
        + RecordExporter::evidenceSuffix();
}

void TraceLoader::trace(const client::Hash &id)
{
    const quint64 asked = ++m_asked;
    m_loading = true;
    m_page.showTracing(id);
    m_session.loadTrail(id, this, [this, asked](const Result<client::RecordTrail> &result) {
        if (asked != m_asked)
            return;
        m_loading = false;
        if (result.ok())
            m_page.showTrail(result.value());
        else
            m_page.showProblem(result.error());
    });
}

} // namespace medchain::ui
