#include "regulator/RegulatorDashboard.h"

#include "regulator/AlertsPage.h"
#include "regulator/BreakGlassPage.h"
#include "regulator/SurveillancePage.h"
#include "regulator/SurveillanceText.h"

#include <QEvent>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medchain::ui {

bool sameQuery(const client::SurveillanceQuery &a, const client::SurveillanceQuery &b)
{
    return a.from == b.from && a.to == b.to && a.region == b.region && a.chapter == b.chapter
        && a.category == b.category && a.method == b.method;
}

RegulatorDashboard::RegulatorDashboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("regulatorDashboard"));
    m_query.region = SurveillanceText::provinceCode();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("regulatorTabs"));
    m_tabs->setDocumentMode(true);
    m_surveillance = new SurveillancePage(m_tabs);
    m_alerts = new AlertsPage(m_tabs);
    m_breakGlass = new BreakGlassPage(m_tabs);
    m_tabs->addTab(m_surveillance, QString());
    m_tabs->addTab(m_alerts, QString());
    m_tabs->addTab(m_breakGlass, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_surveillance, &SurveillancePage::rangeChosen, this, &RegulatorDashboard::setRange);
    connect(m_surveillance, &SurveillancePage::regionChosen, this, &RegulatorDashboard::setRegion);
    connect(m_surveillance, &SurveillancePage::chapterChosen, this,
            &RegulatorDashboard::setChapter);
    connect(m_surveillance, &SurveillancePage::categoryChosen, this,
            &RegulatorDashboard::setCategory);
    connect(m_surveillance, &SurveillancePage::categoryCleared, this,
            &RegulatorDashboard::clearCategory);
    connect(m_alerts, &AlertsPage::methodChosen, this, &RegulatorDashboard::setMethod);
    connect(m_alerts, &AlertsPage::alertActivated, this, &RegulatorDashboard::openAlert);

    for (int tab = 0; tab < 3; ++tab) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + tab)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, tab] { showTab(tab); });
    }

    m_surveillance->setQuery(m_query);
    m_alerts->setQuery(m_query);
    retranslateUi();
}

void RegulatorDashboard::showSnapshot(const client::SurveillanceSnapshot &snapshot)
{
    if (!m_hasSnapshot || !sameQuery(snapshot.query, m_snapshot.query))
        m_alertList.reset();
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    m_surveillance->showSnapshot(snapshot);
    m_alerts->showSnapshot(snapshot);
    m_breakGlass->showSnapshot(snapshot);
    retranslateUi();
    emit snapshotShown();
}

void RegulatorDashboard::showAlerts(const client::SurveillanceQuery &window,
                                    const Result<QList<client::OutbreakAlert>> &alerts)
{
    if (!m_hasSnapshot || !sameQuery(window, m_snapshot.query))
        return;
    if (alerts.ok())
        m_alertList = alerts.value();
    else
        m_alertList.reset();
    m_alerts->showAlerts(alerts);
    retranslateUi();
    emit snapshotShown();
}

void RegulatorDashboard::changeQuery(const client::SurveillanceQuery &query)
{
    if (sameQuery(query, m_query))
        return;
    m_query = query;
    m_surveillance->setQuery(m_query);
    m_alerts->setQuery(m_query);
    emit queryChanged(m_query);
}

void RegulatorDashboard::setRegion(const QString &code)
{
    client::SurveillanceQuery query = m_query;
    query.region = code;
    changeQuery(query);
}

void RegulatorDashboard::setChapter(int chapter)
{
    client::SurveillanceQuery query = m_query;
    query.chapter = chapter;
    if (SurveillanceText::chapterOf(query.category) != chapter)
        query.category.clear();
    changeQuery(query);
}

void RegulatorDashboard::setCategory(const QString &category)
{
    client::SurveillanceQuery query = m_query;
    query.category = category;
    if (const int chapter = SurveillanceText::chapterOf(category); chapter > 0)
        query.chapter = chapter;
    changeQuery(query);
}

void RegulatorDashboard::clearCategory()
{
    client::SurveillanceQuery query = m_query;
    query.category.clear();
    changeQuery(query);
}

void RegulatorDashboard::setRange(const QDate &from, const QDate &to)
{
    client::SurveillanceQuery query = m_query;
    query.from = from;
    query.to = to;
    // The dates the node resolved last are the ones on screen: choosing them again changes
    // nothing, and the window keeps following the newest data.
    if (m_hasSnapshot && !m_query.from.isValid() && from == m_snapshot.query.from
        && to == m_snapshot.query.to)
        return;
    changeQuery(query);
}

void RegulatorDashboard::setMethod(client::AlertMethod method)
{
    client::SurveillanceQuery query = m_query;
    query.method = method;
    changeQuery(query);
}

void RegulatorDashboard::openAlert(const client::OutbreakAlert &alert)
{
    client::SurveillanceQuery query = m_query;
    query.region = alert.region;
    query.category = alert.category;
    query.chapter = SurveillanceText::chapterOf(alert.category);
    query.from = alert.day.addDays(-AlertDaysBefore);
    query.to = alert.day.addDays(AlertDaysAfter);
    // Not past the newest data: the days after it would only read as zeros.
    if (m_hasSnapshot && m_snapshot.query.to.isValid() && query.to > m_snapshot.query.to
        && alert.day <= m_snapshot.query.to)
        query.to = m_snapshot.query.to;
    m_tabs->setCurrentWidget(m_surveillance);
    changeQuery(query);
    m_surveillance->focusRegions();
}

void RegulatorDashboard::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
    if (index == 0)
        m_surveillance->focusRegions();
    else if (index == 1)
        m_alerts->focusMethod();
    else
        m_breakGlass->focusTable();
}

void RegulatorDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegulatorDashboard::retranslateUi()
{
    const int alerts = m_alertList ? int(m_alertList->size()) : 0;
    const int emergencies = m_hasSnapshot ? int(m_snapshot.emergencies.size()) : 0;
    m_tabs->setTabText(0, tr("&Surveillance"));
    m_tabs->setTabToolTip(0, tr("Cases by day, region and disease (Ctrl+1)"));
    m_tabs->setTabText(1, alerts > 0 ? tr("&Alerts (%1)").arg(alerts) : tr("&Alerts"));
    m_tabs->setTabToolTip(1,
                          tr("Days on which a disease rose above its baseline in a district "
                             "(Ctrl+2)"));
    m_tabs->setTabText(
        2, emergencies > 0 ? tr("&Break-glass (%1)").arg(emergencies) : tr("&Break-glass"));
    m_tabs->setTabToolTip(2,
                          tr("Emergency reads of patients' records without their grant "
                             "(Ctrl+3)"));
}

} // namespace medchain::ui
