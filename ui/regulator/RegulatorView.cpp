#include "regulator/RegulatorView.h"

#include "client/Session.h"
#include "common/ReloadThrottle.h"
#include "common/ShortcutListDialog.h"
#include "regulator/AdministrationController.h"
#include "regulator/AdministrationPage.h"
#include "regulator/DashboardExportButton.h"
#include "regulator/DashboardExporter.h"
#include "regulator/FindingModel.h"
#include "regulator/FindingsLoader.h"
#include "regulator/FindingsPage.h"
#include "regulator/NetworkLoader.h"
#include "regulator/NetworkPage.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/RegulatorShortcuts.h"
#include "regulator/SurveillanceText.h"
#include "regulator/TraceLoader.h"
#include "regulator/TracePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace medchain::ui {

RegulatorView::RegulatorView(client::Session &session, QWidget *parent)
    : RoleView(parent), m_session(session)
{
    setObjectName(QStringLiteral("regulatorView"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("regulatorName"));
    QFont large = m_name->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_name->setFont(large);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("regulatorStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Created in Tab order: the tabs and their pages, then the shortcut list's button.
    m_dashboard = new RegulatorDashboard(this);
    QTabWidget *tabs = m_dashboard->tabs();
    m_findings = new FindingsPage(tabs);
    tabs->addTab(m_findings, QString());
    m_trace = new TracePage(tabs);
    tabs->addTab(m_trace, QString());
    m_findingsLoader = new FindingsLoader(session, *m_dashboard, *m_findings);
    m_traceLoader = new TraceLoader(session, *m_trace);
    m_network = new NetworkPage(tabs);
    tabs->addTab(m_network, QString());
    m_administration = new AdministrationPage(tabs);
    tabs->addTab(m_administration, QString());
    m_networkLoader = new NetworkLoader(session, *m_network);
    m_administrationController = new AdministrationController(session, *m_administration);
    m_export = new DashboardExportButton(*m_dashboard, *m_findings, this);
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("dashboardExported"));
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_export->exporter(), &DashboardExporter::finished, m_exported,
            [this](bool ok, const QString &, const QString &message) {
                m_exported->setText(ok ? message : QString()); // a box says why it failed
            });
    m_shortcuts = new QPushButton(this);
    m_shortcuts->setObjectName(QStringLiteral("regulatorShortcuts"));
    m_shortcuts->setFlat(true);
    connect(m_shortcuts, &QPushButton::clicked, this, &RegulatorView::showShortcuts);

    // How far the summaries are read sits beside the tabs, where a narrow window still has room.
    m_dashboard->tabs()->setCornerWidget(m_status, Qt::TopRightCorner);
    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_subtitle, 1, Qt::AlignBottom);
    header->addWidget(m_exported);
    header->addWidget(m_export);
    header->addWidget(m_shortcuts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_dashboard, 1);

    auto *list = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash), this);
    list->setContext(Qt::WidgetWithChildrenShortcut);
    connect(list, &QShortcut::activated, this, &RegulatorView::showShortcuts);
    // Ctrl+1…3 belong to the dashboard, whose tabs come first.
    auto *findings = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_4), this);
    findings->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findings, &QShortcut::activated, this, &RegulatorView::showFindings);
    auto *trace = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_5), this);
    trace->setContext(Qt::WidgetWithChildrenShortcut);
    connect(trace, &QShortcut::activated, this, &RegulatorView::showTrace);
    auto *network = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_6), this);
    network->setContext(Qt::WidgetWithChildrenShortcut);
    connect(network, &QShortcut::activated, this, &RegulatorView::showNetwork);
    auto *administration = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_7), this);
    administration->setContext(Qt::WidgetWithChildrenShortcut);
    connect(administration, &QShortcut::activated, this, &RegulatorView::showAdministration);
    connect(m_findings, &FindingsPage::findingActivated, this,
            [this](const client::SupervisionFinding &finding) { traceRecord(finding.record); });
    connect(m_findings->model(), &QAbstractItemModel::modelReset, this,
            &RegulatorView::retranslateTabs);
    connect(m_traceLoader, &TraceLoader::exportFinished, this, &RegulatorView::evidenceExported);

    m_throttle = new ReloadThrottle(this, [this] { load(); });
    connect(m_dashboard, &RegulatorDashboard::queryChanged, this,
            [this] { m_throttle->loadNow(); });
    connect(&m_session, &client::Session::chainChanged, this, [this] { m_throttle->request(); });
    connect(&m_session, &client::Session::ready, this, &RegulatorView::retranslateUi);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        showProblem(tr("The supervision summaries could not be read: %1").arg(reason));
    });
    retranslateUi();
    m_throttle->loadNow();
}

client::SurveillanceQuery RegulatorView::currentQuery() const
{
    return m_dashboard->currentQuery();
}

void RegulatorView::setMinimumReloadInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
    m_findingsLoader->setMinimumInterval(ms);
    m_networkLoader->setMinimumInterval(ms);
    m_administrationController->setMinimumInterval(ms);
}

void RegulatorView::setPathChooser(ExportFiles::PathChooser chooser)
{
    m_traceLoader->setPathChooser(std::move(chooser));
}

void RegulatorView::traceRecord(const client::Hash &id)
{
    m_dashboard->tabs()->setCurrentWidget(m_trace);
    m_trace->traceRecord(id);
}

void RegulatorView::showFindings()
{
    m_dashboard->tabs()->setCurrentWidget(m_findings);
    m_findings->focusTable();
}

void RegulatorView::showTrace()
{
    m_dashboard->tabs()->setCurrentWidget(m_trace);
    m_trace->focusId();
}

void RegulatorView::showNetwork()
{
    m_dashboard->tabs()->setCurrentWidget(m_network);
    m_network->focusTable();
}

void RegulatorView::showAdministration()
{
    m_dashboard->tabs()->setCurrentWidget(m_administration);
    m_administration->focusTable();
}

void RegulatorView::load()
{
    const client::SurveillanceQuery asked = m_dashboard->currentQuery();
    m_session.loadSurveillance(asked, this,
                               [this, asked](const Result<client::SurveillanceSnapshot> &result) {
                                   answered(asked, result);
                               });
}

void RegulatorView::answered(const client::SurveillanceQuery &asked,
                             const Result<client::SurveillanceSnapshot> &result)
{
    // Only one query runs at a time; one asked since waits in the throttle, and its answer,
    // not this older one, is what the dashboard should show.
    const bool current = sameQuery(asked, m_dashboard->currentQuery());
    if (!current || !result.ok()) {
        if (current)
            showProblem(result.error());
        m_throttle->finished();
        return;
    }
    showSnapshot(result.value());
    // The alerts read every cell of the window, so they come second, for the window just shown;
    // the next reload waits for them, so reloads never pile up behind a slow one.
    const client::SurveillanceQuery window = result.value().query;
    m_session.loadAlerts(window, this,
                         [this, window](const Result<QList<client::OutbreakAlert>> &alerts) {
                             m_dashboard->showAlerts(window, alerts);
                             m_throttle->finished();
                         });
}

void RegulatorView::showSnapshot(const client::SurveillanceSnapshot &snapshot)
{
    m_shown = snapshot;
    m_problem.clear();
    m_dashboard->showSnapshot(snapshot);
    retranslateUi();
    markLoaded();
}

void RegulatorView::showProblem(const QString &message)
{
    m_problem = message;
    retranslateUi();
    // A screenshot or a test waiting for the first load gets the message instead of waiting on.
    markLoaded();
}

void RegulatorView::showShortcuts()
{
    ShortcutListDialog::show(this, RegulatorShortcuts::list());
}

void RegulatorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RoleView::changeEvent(event);
}

void RegulatorView::retranslateTabs()
{
    QTabWidget *tabs = m_dashboard->tabs();
    const int findings = tabs->indexOf(m_findings);
    const int count = m_findings->model()->rowCount();
    tabs->setTabText(findings, count > 0 ? tr("Fi&ndings (%1)").arg(count) : tr("Fi&ndings"));
    tabs->setTabToolTip(findings,
                        tr("Records that break a supervision rule: overdoses, repeated exams, "
                           "fees far above their peers (Ctrl+4)"));
    const int trace = tabs->indexOf(m_trace);
    // Not "&Trace": T, R, A, C and E are taken by the Surveillance tab's fields and buttons.
    tabs->setTabText(trace, tr("Record tra&il"));
    tabs->setTabToolTip(trace,
                        tr("Everything the chain says about a record, for a dispute, with its "
                           "evidence (Ctrl+5)"));
    // Neither "&Network" nor "Ad&ministration": N is Findings', M the alerts' and break-glass
    // tables' labels'.
    const int network = tabs->indexOf(m_network);
    tabs->setTabText(network, tr("Network stat&us"));
    tabs->setTabToolTip(network,
                        tr("The validators' newest commits and this node's peers (Ctrl+6)"));
    const int administration = tabs->indexOf(m_administration);
    tabs->setTabText(administration, tr("&Participants && programs"));
    tabs->setTabToolTip(administration,
                        tr("Enroll and revoke institutions and practitioners, change the "
                           "validator set, create subsidy programs (Ctrl+7)"));
}

void RegulatorView::retranslateUi()
{
    retranslateTabs();
    m_name->setText(m_session.displayName());
    m_export->setAuthority(m_session.displayName());
    m_subtitle->setText(tr("Supervision dashboard"));
    m_shortcuts->setText(tr("&Keyboard shortcuts (Ctrl+/)"));
    m_status->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
        return;
    }
    if (!m_shown) {
        m_status->setText(tr("Reading the supervision summaries…"));
        return;
    }
    const int summaries
        = int(std::min<qint64>(m_shown->summaries, std::numeric_limits<int>::max()));
    QString text = tr("read up to block %1 · %Ln summary(ies)", nullptr, summaries)
                       .arg(SurveillanceText::count(qint64(m_shown->height)));
    if (m_shown->unreadable > 0)
        text = tr("%1 · %2 unreadable", "summaries that could not be decrypted")
                   .arg(text, SurveillanceText::count(m_shown->unreadable));
    m_status->setText(text);
    m_status->setToolTip(
        m_shown->unreadable > 0
            ? tr("Summaries not sealed to this identity's key, or damaged, are not counted.")
            : QString());
}

} // namespace medchain::ui
