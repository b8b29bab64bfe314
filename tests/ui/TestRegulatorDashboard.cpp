// The regulator's dashboard over fabricated snapshots, driven by keyboard and object name: the
// first query leaves the window to the node, Enter drills from the province to a city to a
// district and Backspace goes back up (the breadcrumb follows), chapters and categories narrow
// the query, dates ask for their window, the method switches with its description, an alert
// opens its district and disease around its day, and names follow the language.
#include "WidgetLookup.h"

#include "analytics/OutbreakDetection.h"
#include "common/MedicalCatalog.h"
#include "common/Startup.h"
#include "demo/Catalog.h"
#include "regulator/AlertModel.h"
#include "regulator/AlertsPage.h"
#include "regulator/DailyCasesChart.h"
#include "regulator/RegionCasesChart.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/SurveillanceFilters.h"
#include "regulator/SurveillancePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace medchain;
using medchain::testing::child;
using ui::RegulatorDashboard;

namespace {

const QDate kNewest(2026, 3, 31);

client::OutbreakAlert alert(const char *category, const char *region, const QDate &day)
{
    client::OutbreakAlert made;
    made.category = QLatin1String(category);
    made.region = QLatin1String(region);
    made.day = day;
    made.cases = 9;
    made.expected = 1.5;
    made.statistic = 4.5;
    made.threshold = 3;
    return made;
}

/// What a node might answer to query: the regions under the query's one in catalog order with
/// one region far ahead (Hefei under the province, Baohe District under Hefei), three chapters,
/// two categories of chapter X and a break-glass read.
/// The alerts of a fabricated snapshot's window: two.
QList<client::OutbreakAlert> fabricateAlerts(const client::SurveillanceQuery &window)
{
    return {alert("J10", "340111", window.to.addDays(-10)),
            alert("A09", "340104", window.to.addDays(-3))};
}

client::SurveillanceSnapshot fabricate(const client::SurveillanceQuery &query)
{
    client::SurveillanceSnapshot s;
    s.query = query;
    if (!s.query.to.isValid())
        s.query.to = kNewest;
    if (!s.query.from.isValid())
        s.query.from = s.query.to.addDays(-89);
    s.height = 420;
    s.summaries = 2000;
    for (QDate day = s.query.from; day <= s.query.to; day = day.addDays(1))
        s.byDay.append({day, day.day() % 5});
    int i = 0;
    for (const demo::RegionEntry *region : ui::medicalCatalog()->regionsUnder(query.region)) {
        const bool ahead
            = region->code == QLatin1String("340100") || region->code == QLatin1String("340111");
        s.byRegion.append({region->code, ahead ? 100 : 10 + i++});
    }
    s.byChapter = {{QStringLiteral("1"), 5}, {QStringLiteral("10"), 50}, {QStringLiteral("9"), 20}};
    if (query.chapter == 10)
        s.byCategory = {{QStringLiteral("J06"), 7}, {QStringLiteral("J10"), 30}};
    else if (query.chapter != 0)
        s.byCategory = {{QStringLiteral("I10"), 12}};
    client::EmergencyEntry entry;
    entry.time = 1'767'196'800'000;
    entry.practitioner.name = QStringLiteral("张敏");
    entry.practitioner.institution = QStringLiteral("蜀山区社区卫生服务中心");
    entry.patient.name = QStringLiteral("patient-0123456789abcdef");
    entry.reason = QStringLiteral("患者昏迷送入急诊");
    s.emergencies = {entry};
    return s;
}

QStringList columnTexts(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

void sendLanguageChange(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(widget, &change);
    }
}

} // namespace

class TestRegulatorDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(ui::medicalCatalog());
    }

    void cleanup() { m_dashboard.reset(); }

    void firstQueryLeavesTheWindowToTheNode()
    {
        startDashboard();
        RegulatorDashboard fresh;
        const client::SurveillanceQuery &query = fresh.currentQuery();
        QCOMPARE(query.region, QStringLiteral("340000"));
        QVERIFY(!query.from.isValid() && !query.to.isValid());
        QCOMPARE(query.chapter, 0);
        QVERIFY(query.category.isEmpty());
        QVERIFY(query.method == client::AlertMethod::C2);
        // The resolved window is shown, and asking nothing new.
        QCOMPARE(child<QDateEdit>(*m_dashboard, "surveillanceFrom")->date(), QDate(2026, 1, 1));
        QCOMPARE(child<QDateEdit>(*m_dashboard, "surveillanceTo")->date(), kNewest);
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(m_dashboard->surveillancePage()->dayChart()->pointCount(), 90);
        QCOMPARE(m_dashboard->surveillancePage()->regionChart()->regionNames().first(),
                 QStringLiteral("Hefei"));
    }

    void drillsDownAndUpFromTheKeyboard()
    {
        startDashboard();
        auto *regions = child<QTableView>(*m_dashboard, "regionTable");
        // Most cases first, whatever order the snapshot gave.
        const QStringList cases = columnTexts(regions, 2);
        QCOMPARE(regions->model()->index(0, 0).data().toString(), QStringLiteral("Hefei"));
        for (int row = 1; row < cases.size(); ++row)
            QVERIFY(cases.at(row - 1).toLongLong() >= cases.at(row).toLongLong());

        m_dashboard->showTab(0);
        QTRY_VERIFY(regions->hasFocus());
        QTest::keyClick(regions, Qt::Key_Return);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.last().region, QStringLiteral("340100"));
        QCOMPARE(m_dashboard->currentQuery().region, QStringLiteral("340100"));
        answer();
        QCOMPARE(regions->model()->index(0, 0).data().toString(), QStringLiteral("Baohe District"));
        QTest::keyClick(regions, Qt::Key_Enter);
        QCOMPARE(m_asked.last().region, QStringLiteral("340111"));
        answer();
        QCOMPARE(child<QToolButton>(*m_dashboard, "regionCrumb0")->text(),
                 QStringLiteral("Anhui Province"));
        QCOMPARE(child<QToolButton>(*m_dashboard, "regionCrumb1")->text(), QStringLiteral("Hefei"));
        QVERIFY(child<QToolButton>(*m_dashboard, "regionCrumb2")->isHidden());
        QCOMPARE(child<QLabel>(*m_dashboard, "regionCrumbCurrent")->text(),
                 QStringLiteral("Baohe District"));
        QCOMPARE(regions->model()->rowCount(), 0);
        QVERIFY(m_dashboard->surveillancePage()->regionChart()->regionNames().isEmpty());

        // Backspace goes up one level at a time, and not above the province.
        QTest::keyClick(regions, Qt::Key_Backspace);
        QCOMPARE(m_asked.last().region, QStringLiteral("340100"));
        answer();
        QTest::keyClick(regions, Qt::Key_Backspace);
        QCOMPARE(m_asked.last().region, QStringLiteral("340000"));
        answer();
        const qsizetype asked = m_asked.size();
        QTest::keyClick(regions, Qt::Key_Backspace);
        QCOMPARE(m_asked.size(), asked);
        QVERIFY(child<QToolButton>(*m_dashboard, "regionCrumb0")->isHidden());

        // Another city, by arrow and Enter; its breadcrumb's first button goes back up.
        QTest::keyClick(regions, Qt::Key_Down);
        const QString second = regions->currentIndex().siblingAtColumn(1).data().toString();
        QVERIFY(second != QLatin1String("340100"));
        QTest::keyClick(regions, Qt::Key_Return);
        QCOMPARE(m_asked.last().region, second);
        answer();
        // In a date field Backspace edits the date and leaves the region alone.
        auto *from = child<QDateEdit>(*m_dashboard, "surveillanceFrom");
        from->setFocus();
        QTRY_VERIFY(from->hasFocus());
        QTest::keyClick(from, Qt::Key_End);
        QTest::keyClick(from, Qt::Key_Backspace);
        QCOMPARE(m_dashboard->currentQuery().region, second);
        child<QToolButton>(*m_dashboard, "regionCrumb0")->click();
        QCOMPARE(m_asked.last().region, QStringLiteral("340000"));
    }

    void chaptersAndCategoriesNarrowTheQuery()
    {
        startDashboard();
        auto *diseases = child<QTableView>(*m_dashboard, "diseaseTable");
        QCOMPARE(columnTexts(diseases, 0),
                 (QStringList {QStringLiteral("X"), QStringLiteral("IX"), QStringLiteral("I")}));
        diseases->setFocus();
        QTest::keyClick(diseases, Qt::Key_Return);
        QCOMPARE(m_asked.last().chapter, 10);
        QVERIFY(m_asked.last().category.isEmpty());
        auto *chapter = child<QComboBox>(*m_dashboard, "surveillanceChapter");
        QCOMPARE(chapter->currentData().toInt(), 10);
        QCOMPARE(chapter->currentText(), QStringLiteral("X Diseases of the respiratory system"));
        answer();
        QCOMPARE(columnTexts(diseases, 0),
                 (QStringList {QStringLiteral("J10"), QStringLiteral("J06")}));
        QTest::keyClick(diseases, Qt::Key_Return);
        QCOMPARE(m_asked.last().category, QStringLiteral("J10"));
        QCOMPARE(m_asked.last().chapter, 10);
        answer();
        auto *category = child<QLabel>(*m_dashboard, "surveillanceCategory");
        auto *clear = child<QPushButton>(*m_dashboard, "clearCategory");
        QVERIFY(category->isVisible() && clear->isVisible());
        QVERIFY2(category->text().contains(QLatin1String("J10 Influenza")),
                 qPrintable(category->text()));
        clear->click();
        QVERIFY(m_asked.last().category.isEmpty());
        QCOMPARE(m_asked.last().chapter, 10);
        QVERIFY(!category->isVisible());

        // The chapter combo by keyboard: up to IX, then back to every disease.
        chapter->setFocus();
        QTest::keyClick(chapter, Qt::Key_Up);
        QCOMPARE(m_asked.last().chapter, 9);
        QTest::keyClick(chapter, Qt::Key_Home);
        QCOMPARE(m_asked.last().chapter, 0);
        QCOMPARE(chapter->count(), 23);
    }

    void datesAskForTheirWindow()
    {
        startDashboard();
        auto *from = child<QDateEdit>(*m_dashboard, "surveillanceFrom");
        QVERIFY(from->calendarPopup());
        from->setDate(QDate(2026, 2, 1));
        QTRY_VERIFY(!m_asked.isEmpty());
        QCOMPARE(m_asked.last().from, QDate(2026, 2, 1));
        QCOMPARE(m_asked.last().to, kNewest);
    }

    void methodsSwitchWithTheirDescription()
    {
        startDashboard();
        m_dashboard->showTab(1);
        auto *method = child<QComboBox>(*m_dashboard, "alertMethod");
        QTRY_VERIFY(method->hasFocus());
        QCOMPARE(method->currentText(), QStringLiteral("C2 (medium)"));
        auto *description = child<QLabel>(*m_dashboard, "alertMethodDescription");
        QCOMPARE(description->text(),
                 analytics::OutbreakDetection::describe(analytics::EarsMethod::C2));
        QTest::keyClick(method, Qt::Key_Down);
        QVERIFY(m_asked.last().method == client::AlertMethod::C3);
        QCOMPARE(description->text(),
                 analytics::OutbreakDetection::describe(analytics::EarsMethod::C3));
        QTest::keyClick(method, Qt::Key_End);
        QVERIFY(m_asked.last().method == client::AlertMethod::Cusum);
        QCOMPARE(description->text(), analytics::OutbreakDetection::describeCusum());
    }

    void anAlertOpensItsDistrictAroundItsDay()
    {
        startDashboard();
        auto *tabs = child<QTabWidget>(*m_dashboard, "regulatorTabs");
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Alerts (2)"));
        m_dashboard->showTab(1);
        auto *alerts = child<QTableView>(*m_dashboard, "alertTable");
        QCOMPARE(alerts->model()->rowCount(), 2);
        // Newest first: the A09 alert three days before the newest data.
        QCOMPARE(alerts->model()->index(0, ui::AlertModel::District).data().toString(),
                 QStringLiteral("Shushan District"));
        QVERIFY(child<QLabel>(*m_dashboard, "alertSummary")
                    ->text()
                    .contains(QLatin1String(" for All diseases in Anhui Province from 2026-01-01 "
                                            "to 2026-03-31 under C2")));
        alerts->setFocus();
        alerts->setCurrentIndex(alerts->model()->index(0, 0));
        QTest::keyClick(alerts, Qt::Key_Return);
        QCOMPARE(tabs->currentWidget(), m_dashboard->surveillancePage());
        const client::SurveillanceQuery asked = m_asked.last();
        const QDate day = kNewest.addDays(-3);
        QCOMPARE(asked.region, QStringLiteral("340104"));
        QCOMPARE(asked.category, QStringLiteral("A09"));
        QCOMPARE(asked.chapter, 1);
        QCOMPARE(asked.from, day.addDays(-RegulatorDashboard::AlertDaysBefore));
        QCOMPARE(asked.to, kNewest); // not past the newest data
        QCOMPARE(child<QLabel>(*m_dashboard, "regionCrumbCurrent")->text(),
                 QStringLiteral("Shushan District"));
        QVERIFY(child<QLabel>(*m_dashboard, "surveillanceCategory")->isVisible());
        QCOMPARE(child<QDateEdit>(*m_dashboard, "surveillanceFrom")->date(), asked.from);
    }

    void saysPlainlyWhenThereAreNoAlerts()
    {
        startDashboard();
        const client::SurveillanceSnapshot snapshot = fabricate(m_dashboard->currentQuery());
        m_dashboard->showSnapshot(snapshot);
        auto *summary = child<QLabel>(*m_dashboard, "alertSummary");
        // The same window keeps its alerts until new ones come; another's are looked for.
        QCOMPARE(m_dashboard->alertsPage()->model()->rowCount(), 2);
        client::SurveillanceSnapshot other = snapshot;
        other.query.from = other.query.from.addDays(1);
        m_dashboard->showSnapshot(other);
        QCOMPARE(m_dashboard->alertsPage()->model()->rowCount(), 0);
        QVERIFY2(summary->text().startsWith(QLatin1String("Looking for alerts")),
                 qPrintable(summary->text()));
        // Alerts for a window no longer shown are dropped.
        m_dashboard->showAlerts(snapshot.query, fabricateAlerts(snapshot.query));
        QCOMPARE(m_dashboard->alertsPage()->model()->rowCount(), 0);
        m_dashboard->showAlerts(other.query, QList<client::OutbreakAlert> {});
        QVERIFY2(summary->text().startsWith(QLatin1String("No alerts for All diseases in Anhui "
                                                          "Province from 2026-01-02 to 2026-03-31 "
                                                          "under C2")),
                 qPrintable(summary->text()));
        QCOMPARE(child<QTabWidget>(*m_dashboard, "regulatorTabs")->tabText(1),
                 QStringLiteral("&Alerts"));
    }

    void breakGlassRowsAreCounted()
    {
        startDashboard();
        m_dashboard->showTab(2);
        auto *table = child<QTableView>(*m_dashboard, "breakGlassTable");
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Emergency"));
        QCOMPARE(table->model()->index(0, 4).data().toString(),
                 QStringLiteral("patient-0123456789abcdef"));
        QVERIFY(child<QLabel>(*m_dashboard, "breakGlassCount")
                    ->text()
                    .startsWith(QLatin1String("1 emergency access")));
    }

    void aLowRegionChartShowsFewerBars()
    {
        ui::RegionCasesChart chart;
        QList<client::GroupCount> counts;
        for (const demo::RegionEntry *city :
             ui::medicalCatalog()->regionsUnder(QStringLiteral("340000")))
            counts.append({city->code, counts.size() + 1});
        QVERIFY(counts.size() > ui::RegionCasesChart::MaxBars);
        chart.resize(400, 900);
        chart.show();
        chart.setCounts(QStringLiteral("340000"), counts);
        QTRY_COMPARE(chart.barsShown(), int(ui::RegionCasesChart::MaxBars));
        QCOMPARE(chart.regionNames().size(), ui::RegionCasesChart::MaxBars);
        // Most cases on top: the last city listed had the most.
        QCOMPARE(chart.regionNames().first(), QStringLiteral("Xuancheng"));
        chart.resize(400, chart.fontMetrics().height() * 12);
        QTRY_VERIFY(chart.barsShown() < ui::RegionCasesChart::MaxBars);
        QCOMPARE(chart.regionNames().size(), chart.barsShown());
        QCOMPARE(chart.regionNames().first(), QStringLiteral("Xuancheng"));
    }

    void namesSwitchLanguage()
    {
        startDashboard();
        m_dashboard->setRegion(QStringLiteral("340100"));
        answer();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        sendLanguageChange(m_dashboard.get());
        QCOMPARE(child<QToolButton>(*m_dashboard, "regionCrumb0")->text(),
                 QStringLiteral("安徽省"));
        QCOMPARE(child<QLabel>(*m_dashboard, "regionCrumbCurrent")->text(),
                 QStringLiteral("合肥市"));
        auto *regions = child<QTableView>(*m_dashboard, "regionTable");
        QCOMPARE(regions->model()->index(0, 0).data().toString(), QStringLiteral("包河区"));
        QCOMPARE(m_dashboard->surveillancePage()->regionChart()->regionNames().first(),
                 QStringLiteral("包河区"));
        QCOMPARE(columnTexts(child<QTableView>(*m_dashboard, "diseaseTable"), 1).first(),
                 QStringLiteral("呼吸系统疾病"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        sendLanguageChange(m_dashboard.get());
        QCOMPARE(child<QLabel>(*m_dashboard, "regionCrumbCurrent")->text(),
                 QStringLiteral("Hefei"));
    }

private:
    /// A dashboard of its own, shown, answered once.
    void startDashboard()
    {
        m_dashboard = std::make_unique<RegulatorDashboard>();
        m_dashboard->surveillancePage()->filters()->setRangeDelay(0);
        m_asked.clear();
        connect(m_dashboard.get(), &RegulatorDashboard::queryChanged, this,
                [this](const client::SurveillanceQuery &query) { m_asked.append(query); });
        m_dashboard->resize(1200, 800);
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
        answer();
    }

    /// Answers the dashboard's current query with a fabricated snapshot, then its alerts.
    void answer()
    {
        const client::SurveillanceSnapshot snapshot = fabricate(m_dashboard->currentQuery());
        m_dashboard->showSnapshot(snapshot);
        m_dashboard->showAlerts(snapshot.query, fabricateAlerts(snapshot.query));
    }

    std::unique_ptr<RegulatorDashboard> m_dashboard;
    QList<client::SurveillanceQuery> m_asked;
};

QTEST_MAIN(TestRegulatorDashboard)
#include "TestRegulatorDashboard.moc"
