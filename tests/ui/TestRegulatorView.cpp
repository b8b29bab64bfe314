// The regulator's view over the small demo network (with an influenza outbreak and the rule
// breakers of SupervisionSignals.h added), driven by keyboard and object name: it loads, names the
// authority, counts cases, lists a C2 alert and a break-glass read, lists the rule breakers, traces
// a finding's record as verified and exports evidence that verifies offline, exports the
// dashboard as CSV and PDF, says why an id
// cannot be traced, shows the answer to the newest query, and its keys and mnemonics work.
#include "DemoSession.h"
#include "SupervisionSignals.h"
#include "WidgetLookup.h"

#include "chain/Evidence.h"
#include "common/Startup.h"
#include "patient/RecordFormat.h"
#include "regulator/AlertModel.h"
#include "regulator/AlertsPage.h"
#include "regulator/BreakGlassPage.h"
#include "regulator/DashboardExportButton.h"
#include "regulator/DashboardExporter.h"
#include "regulator/DashboardReport.h"
#include "regulator/FindingModel.h"
#include "regulator/FindingsPage.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/RegulatorView.h"
#include "regulator/SurveillancePage.h"
#include "regulator/TracePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <set>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::mnemonicClash;
using medchain::testing::openChild;
using medchain::testing::shownMnemonicTexts;
using ui::RegulatorDashboard;

namespace {

constexpr int kWait = 60'000;

/// Five cases of influenza on one day after a quiet fortnight: a C2 alert in the small demo.
void addOutbreak(demo::Scenario &scenario)
{
    using namespace demo::testing;
    const auto flu = content(QStringLiteral("高热咳嗽两天"), QStringLiteral("J10.1"));
    for (int n = 0; n < 5; ++n)
        scenario.events.append(
            record(116 * kDay + n * kHour, 0, 0, chain::RecordCategory::Encounter, flu));
}

void addOutbreakAndRuleBreakers(demo::Scenario &scenario)
{
    addOutbreak(scenario);
    demo::testing::addSupervisionSignals(scenario);
}

/// The row of the findings table that breaks rule, or -1.
int rowOf(const QAbstractItemModel &findings, client::SupervisionRule rule)
{
    for (int row = 0; row < findings.rowCount(); ++row)
        if (findings.index(row, 0).data(ui::FindingModel::RuleRole).toInt() == int(rule))
            return row;
    return -1;
}

} // namespace

class TestRegulatorView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(startNetwork(), "the regulator's view did not start");
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
        m_network.reset();
    }

    void loadsFromTheDemoNetwork()
    {
        QCOMPARE(child<QLabel>(*m_view, "regulatorName")->text(), m_session->displayName());
        QVERIFY(!m_session->displayName().isEmpty());
        RegulatorDashboard *dashboard = m_view->dashboard();
        QVERIFY(dashboard->hasSnapshot());
        const client::SurveillanceSnapshot &snapshot = dashboard->snapshot();
        qint64 cases = 0;
        for (const client::DayCount &day : snapshot.byDay)
            cases += day.cases;
        QVERIFY2(cases > 0, "no cases in the default window");
        QVERIFY(snapshot.query.to.isValid() && snapshot.query.from.isValid());
        QVERIFY(child<QTableView>(*m_view, "regionTable")->model()->rowCount() > 0);
        QVERIFY2(child<QLabel>(*m_view, "regulatorStatus")
                     ->text()
                     .startsWith(QLatin1String("read up to block ")),
                 qPrintable(child<QLabel>(*m_view, "regulatorStatus")->text()));
    }

    void listsAnAlertUnderC2()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        QVERIFY(m_view->currentQuery().method == client::AlertMethod::C2);
        auto *tabs = child<QTabWidget>(*m_view, "regulatorTabs");
        auto *regions = child<QTableView>(*m_view, "regionTable");
        regions->setFocus();
        QTRY_VERIFY(regions->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->dashboard()->alertsPage());
        auto *alerts = child<QTableView>(*m_view, "alertTable");
        QTRY_VERIFY_WITH_TIMEOUT(alerts->model()->rowCount() >= 1, kWait);
        QCOMPARE(
            alerts->model()->index(0, ui::AlertModel::Disease).data(ui::AlertModel::CategoryRole),
            QVariant(QStringLiteral("J10")));
    }

    void listsTheRuleBreakers()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        auto *tabs = child<QTabWidget>(*m_view, "regulatorTabs");
        QVERIFY(!m_view->findingsPage()->hasFindings()); // read when first shown
        tabs->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->findingsPage());
        auto *findings = child<QTableView>(*m_view, "findingTable");
        QTRY_VERIFY(findings->hasFocus());
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findingsPage()->hasFindings(), kWait);
        using client::SupervisionRule;
        for (SupervisionRule rule :
             {SupervisionRule::Overdose, SupervisionRule::RepeatedExam, SupervisionRule::Expense})
            QVERIFY2(rowOf(*findings->model(), rule) >= 0,
                     qPrintable(QStringLiteral("rule %1").arg(int(rule))));
        const int overdose = rowOf(*findings->model(), SupervisionRule::Overdose);
        QCOMPARE(findings->model()->index(overdose, ui::FindingModel::Subject).data().toString(),
                 QStringLiteral("Paracetamol (N02BE01)"));
        QCOMPARE(findings->model()->index(overdose, ui::FindingModel::Value).data().toString(),
                 QStringLiteral("3000 mg a day"));
        QCOMPARE(
            findings->model()->index(overdose, ui::FindingModel::Practitioner).data().toString(),
            QStringLiteral("李伟"));
        QVERIFY(tabs->tabText(tabs->indexOf(m_view->findingsPage()))
                    .startsWith(QLatin1String("Fi&ndings (")));

        // A window of three days no longer calls the blood counts four days apart a repeat.
        auto *window = child<QSpinBox>(*m_view, "repeatExamDays");
        window->setValue(3);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(*findings->model(), SupervisionRule::RepeatedExam), -1,
                                  kWait);
        QVERIFY(rowOf(*findings->model(), SupervisionRule::Overdose) >= 0);
        window->setValue(30);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*findings->model(), SupervisionRule::RepeatedExam) >= 0,
                                 kWait);
    }

    void aFindingOpensItsVerifiedTrail()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        m_view->showFindings();
        auto *findings = child<QTableView>(*m_view, "findingTable");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*findings->model(), client::SupervisionRule::Overdose) >= 0,
                                 kWait);
        const int overdose = rowOf(*findings->model(), client::SupervisionRule::Overdose);
        const QByteArray record = findings->model()
                                      ->index(overdose, 0)
                                      .data(ui::FindingModel::RecordRole)
                                      .toByteArray();
        findings->setFocus();
        QTRY_VERIFY(findings->hasFocus());
        findings->setCurrentIndex(findings->model()->index(overdose, 0));
        QTest::keyClick(findings, Qt::Key_Return);

        auto *tabs = child<QTabWidget>(*m_view, "regulatorTabs");
        QCOMPARE(tabs->currentWidget(), m_view->tracePage());
        QCOMPARE(child<QLineEdit>(*m_view, "traceId")->text(), QString::fromLatin1(record.toHex()));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->tracePage()->hasTrail(), kWait);
        const client::RecordTrail &trail = *m_view->tracePage()->trail();
        QCOMPARE(trail.record.toByteArray(), record);
        const QString proof = child<QLabel>(*m_view, "traceProof")->text();
        QVERIFY2(proof.startsWith(QStringLiteral("✓ Verified — block ")), qPrintable(proof));
        QVERIFY(proof.contains(QLatin1String("signed by validators")));
        auto *events = child<QTableView>(*m_view, "traceEvents");
        QVERIFY(events->model()->rowCount() >= 1);
        QCOMPARE(events->model()->index(0, 1).data().toString(), QStringLiteral("Created"));
        QCOMPARE(trail.author.name, QStringLiteral("李伟"));
    }

    void exportsEvidenceThatVerifiesOffline()
    {
        QVERIFY(m_view);
        QVERIFY(m_view->tracePage()->hasTrail());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("finding.evidence"));
        QString suggested;
        m_view->setPathChooser([&](const QString &, const QString &name, const QString &) {
            suggested = name;
            return path;
        });
        QSignalSpy exported(m_view.get(), &ui::RegulatorView::evidenceExported);
        auto *button = child<QPushButton>(*m_view, "exportTraceEvidence");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(exported.count() == 1 || exported.wait(kWait));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(2).toString()));
        QCOMPARE(exported.first().at(1).toString(), path);
        const client::Hash record = m_view->tracePage()->trail()->record;
        QCOMPARE(suggested,
                 ui::RecordFormat::shortHex(record.toByteArray()) + QStringLiteral(".evidence"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto bundle = chain::EvidenceBundle::decode(file.readAll());
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        auto report = bundle->verify();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->transaction, record);
        QCOMPARE(report->type, chain::TxType::AddRecord);
    }

    void exportsTheDashboardAsShown()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ui::DashboardExportButton *button = m_view->exportButton();
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->dashboard()->alerts().has_value(), kWait);
        QString suggested;
        button->exporter()->setPathChooser(
            [&](const QString &, const QString &name, const QString &) {
                suggested = name;
                return dir.filePath(name);
            });
        QSignalSpy finished(button->exporter(), &ui::DashboardExporter::finished);
        button->menu()->findChild<QAction *>(QStringLiteral("exportCsv"))->trigger();
        QVERIFY(finished.count() == 1 || finished.wait(kWait));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(suggested.startsWith(QLatin1String("surveillance-")));
        QFile file(finished.first().at(1).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        // Every table of the dashboard as shown, the alerts (the J10 burst) and the rule
        // breakers (listed earlier) among them.
        ui::DashboardReport::Input shown;
        shown.snapshot = m_view->dashboard()->snapshot();
        shown.alerts = m_view->dashboard()->alerts();
        shown.findings = m_view->findingsPage()->findingsFor(m_view->currentQuery());
        QVERIFY(shown.findings.has_value());
        QSet<ui::DashboardReport::Kind> kinds;
        for (const ui::DashboardReport::Table &table :
             ui::DashboardReport::tables(shown, ui::DashboardReport::Format::Csv)) {
            kinds.insert(table.kind);
            QVERIFY2(csv.contains(table.title), qPrintable(table.title));
        }
        QVERIFY(kinds.contains(ui::DashboardReport::Kind::Alerts));
        QVERIFY(kinds.contains(ui::DashboardReport::Kind::Findings));
        QVERIFY(csv.contains(QLatin1String("J10")));
        QCOMPARE(child<QLabel>(*m_view, "dashboardExported")->text(),
                 finished.first().at(2).toString());

        finished.clear();
        button->menu()->findChild<QAction *>(QStringLiteral("exportPdf"))->trigger();
        QVERIFY(finished.count() == 1 || finished.wait(kWait));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QFile pdf(finished.first().at(1).toString());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
    }

    void saysWhyAnIdCannotBeTraced()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        child<QTabWidget>(*m_view, "regulatorTabs")->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::ControlModifier);
        auto *field = child<QLineEdit>(*m_view, "traceId");
        QTRY_VERIFY(field->hasFocus());
        auto *status = child<QLabel>(*m_view, "traceStatus");
        // A break-glass declaration is about a patient, not a record.
        const QList<client::EmergencyEntry> &emergencies
            = m_view->dashboard()->snapshot().emergencies;
        QVERIFY(!emergencies.isEmpty());
        field->setText(QString::fromLatin1(emergencies.first().transaction.toHex()));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("not about a record")),
                                 kWait);
        QVERIFY(!m_view->tracePage()->hasTrail());
        // An id nothing on the chain has.
        field->setText(QString(64, QLatin1Char('0')));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QLatin1String("No committed transaction has this id")), kWait);
    }

    void theNewestQueryWins()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        RegulatorDashboard *dashboard = m_view->dashboard();
        // From the first day of the scenario, so its break-glass read (day 20) is in the window.
        dashboard->setRange(QDate(2026, 1, 1), dashboard->snapshot().query.to);
        dashboard->setRegion(QStringLiteral("340100"));
        dashboard->setRegion(QStringLiteral("340104"));
        QCOMPARE(m_view->currentQuery().region, QStringLiteral("340104"));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->snapshot().query.region, QStringLiteral("340104"),
                                  kWait);
        QCOMPARE(dashboard->snapshot().query.from, QDate(2026, 1, 1));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QTableView>(*m_view, "breakGlassTable")->model()->rowCount() >= 1, kWait);
    }

    void keysAndMnemonics()
    {
        QVERIFY(m_view);
        QVERIFY(activateView());
        auto *tabs = child<QTabWidget>(*m_view, "regulatorTabs");
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Surveillance"));
        QVERIFY(tabs->tabText(1).startsWith(QLatin1String("&Alerts")));
        QVERIFY(tabs->tabText(2).startsWith(QLatin1String("&Break-glass")));
        QVERIFY(tabs->tabText(tabs->indexOf(m_view->findingsPage()))
                    .startsWith(QLatin1String("Fi&ndings")));
        QCOMPARE(tabs->tabText(tabs->indexOf(m_view->tracePage())),
                 QStringLiteral("Record tra&il"));
        auto *alerts = child<QTableView>(*m_view, "alertTable");
        alerts->setFocus();
        QTRY_VERIFY(alerts->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->dashboard()->breakGlassPage());
        QTRY_VERIFY(child<QTableView>(*m_view, "breakGlassTable")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->dashboard()->surveillancePage());
        QTRY_VERIFY(child<QTableView>(*m_view, "regionTable")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->findingsPage());
        QTRY_VERIFY(child<QTableView>(*m_view, "findingTable")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->tracePage());
        QTRY_VERIFY(child<QLineEdit>(*m_view, "traceId")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(child<QTableView>(*m_view, "regionTable")->hasFocus());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Slash, Qt::ControlModifier);
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY(
            (shortcuts = openChild<QDialog>(*m_view, QStringLiteral("keyboardShortcutsDialog"))));
        QVERIFY(child<QTableView>(*shortcuts, "keyboardShortcutList")->model()->rowCount() >= 10);
        shortcuts->reject();

        // Alt+letter reaches one thing: the menus hold F, L and H.
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QStringList texts;
            for (int tab = 0; tab < tabs->count(); ++tab)
                texts.append(tabs->tabText(tab));
            // The category's clear button shows only with a category: count it always.
            texts.append(child<QPushButton>(*m_view, "clearCategory")->text());
            texts += shownMnemonicTexts(*m_view, {QStringLiteral("clearCategory")});
            const QString clash = mnemonicClash(texts);
            QVERIFY2(clash.isEmpty(),
                     qPrintable(QStringLiteral("%1 on page %2").arg(clash).arg(page)));
        }
    }

private:
    bool startNetwork()
    {
        m_network = std::make_unique<testing::DemoSession>(addOutbreakAndRuleBreakers);
        if (!m_network->ok()) {
            qWarning("%s", qPrintable(m_network->error()));
            return false;
        }
        m_session = m_network->login(QStringLiteral("regulator"));
        if (!m_session)
            return false;
        m_view = std::make_unique<ui::RegulatorView>(*m_session);
        m_view->setMinimumReloadInterval(0);
        QSignalSpy loaded(m_view.get(), &ui::RegulatorView::loaded);
        m_view->resize(1200, 860);
        m_view->show();
        if (!activateView())
            return false;
        return m_view->isLoaded() || loaded.wait(kWait);
    }

    bool activateView()
    {
        m_view->activateWindow();
        QApplication::setActiveWindow(m_view.get());
        return QTest::qWaitFor([this] { return m_view->isActiveWindow(); });
    }

    std::unique_ptr<testing::DemoSession> m_network;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<ui::RegulatorView> m_view;
};

QTEST_MAIN(TestRegulatorView)
#include "TestRegulatorView.moc"
