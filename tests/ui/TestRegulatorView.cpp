// The regulator's view over the small demo network (with an influenza outbreak added), driven
// by keyboard and object name: it loads, names the authority, counts cases, lists a C2 alert and
// a break-glass read, shows the answer to the newest query, and its keys and mnemonics work.
#include "DemoSession.h"
#include "WidgetLookup.h"

#include "common/Startup.h"
#include "regulator/AlertModel.h"
#include "regulator/AlertsPage.h"
#include "regulator/BreakGlassPage.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/RegulatorView.h"
#include "regulator/SurveillancePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::mnemonic;
using medchain::testing::openChild;
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
        auto *alerts = child<QTableView>(*m_view, "alertTable");
        alerts->setFocus();
        QTRY_VERIFY(alerts->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->dashboard()->breakGlassPage());
        QTRY_VERIFY(child<QTableView>(*m_view, "breakGlassTable")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->dashboard()->surveillancePage());
        QTRY_VERIFY(child<QTableView>(*m_view, "regionTable")->hasFocus());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Slash, Qt::ControlModifier);
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY(
            (shortcuts = openChild<QDialog>(*m_view, QStringLiteral("keyboardShortcutsDialog"))));
        QVERIFY(child<QTableView>(*shortcuts, "keyboardShortcutList")->model()->rowCount() >= 8);
        shortcuts->reject();

        // Alt+letter reaches one thing: the menus hold F, L and H.
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QMap<QChar, QString> taken {{QLatin1Char('F'), QStringLiteral("File menu")},
                                        {QLatin1Char('L'), QStringLiteral("Language menu")},
                                        {QLatin1Char('H'), QStringLiteral("Help menu")}};
            QStringList texts;
            for (int tab = 0; tab < tabs->count(); ++tab)
                texts.append(tabs->tabText(tab));
            // The category's clear button shows only with a category: count it always.
            texts.append(child<QPushButton>(*m_view, "clearCategory")->text());
            for (const QAbstractButton *button : m_view->findChildren<QAbstractButton *>())
                if (button->isVisibleTo(m_view.get())
                    && button->objectName() != QLatin1String("clearCategory"))
                    texts.append(button->text());
            for (const QLabel *label : m_view->findChildren<QLabel *>())
                if (label->buddy() && label->isVisibleTo(m_view.get()))
                    texts.append(label->text());
            for (const QString &text : std::as_const(texts)) {
                const auto letter = mnemonic(text);
                if (!letter)
                    continue;
                QVERIFY2(!taken.contains(*letter),
                         qPrintable(QStringLiteral("%1 and %2 on page %3")
                                        .arg(text, taken.value(*letter))
                                        .arg(page)));
                taken.insert(*letter, text);
            }
        }
    }

private:
    bool startNetwork()
    {
        m_network = std::make_unique<testing::DemoSession>(addOutbreak);
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
