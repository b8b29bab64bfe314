#include "regulator/DashboardExportButton.h"

#include "regulator/DailyCasesChart.h"
#include "regulator/DashboardExporter.h"
#include "regulator/FindingsPage.h"
#include "regulator/RegionCasesChart.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/SurveillancePage.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace medchain::ui {

namespace {

DashboardReport::Input inputOf(const RegulatorDashboard &dashboard, const FindingsPage &findings,
                               const QString &authority)
{
    DashboardReport::Input input;
    input.snapshot = dashboard.snapshot();
    input.alerts = dashboard.alerts();
    input.findings = findings.findingsFor(dashboard.currentQuery());
    input.authority = authority;
    input.generated = QDateTime::currentDateTime();
    // Charts are grabbed only when they have been laid out (their tab seen at least once).
    const SurveillancePage *page = dashboard.surveillancePage();
    if (page->dayChart()->isVisible())
        input.dayChart = page->dayChart()->grab().toImage();
    if (page->regionChart()->isVisible())
        input.regionChart = page->regionChart()->grab().toImage();
    return input;
}

} // namespace

DashboardExportButton::DashboardExportButton(RegulatorDashboard &dashboard, FindingsPage &findings,
                                             QWidget *parent)
    : QPushButton(parent), m_dashboard(dashboard), m_findings(findings)
{
    setObjectName(QStringLiteral("dashboardExport"));
    m_exporter = new DashboardExporter(this);
    auto *menu = new QMenu(this);
    m_csv = menu->addAction(QString(), this, &DashboardExportButton::exportCsv);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf = menu->addAction(QString(), this, &DashboardExportButton::exportPdf);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    setMenu(menu);
    connect(m_exporter, &DashboardExporter::busyChanged, this,
            &DashboardExportButton::updateEnabled);
    connect(&m_dashboard, &RegulatorDashboard::queryChanged, this,
            &DashboardExportButton::updateEnabled);
    connect(&m_dashboard, &RegulatorDashboard::snapshotShown, this,
            &DashboardExportButton::updateEnabled);
    updateEnabled();
    retranslateUi();
}

void DashboardExportButton::exportCsv()
{
    if (m_dashboard.hasSnapshot())
        m_exporter->exportCsv(inputOf(m_dashboard, m_findings, m_authority));
}

void DashboardExportButton::exportPdf()
{
    if (m_dashboard.hasSnapshot())
        m_exporter->exportPdf(inputOf(m_dashboard, m_findings, m_authority));
}

void DashboardExportButton::updateEnabled()
{
    setEnabled(m_dashboard.hasSnapshot() && !m_exporter->isBusy());
}

void DashboardExportButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

void DashboardExportButton::retranslateUi()
{
    setText(tr("E&xport"));
    setToolTip(tr("Save the dashboard as shown — counts, alerts, findings and charts — as a "
                  "spreadsheet (CSV) or a report (PDF)"));
    m_csv->setText(tr("As a spreadsheet (&CSV)…"));
    m_pdf->setText(tr("As a report (&PDF)…"));
}

} // namespace medchain::ui
