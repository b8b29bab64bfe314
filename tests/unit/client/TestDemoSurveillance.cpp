// The regulator's dashboard over the demo everyone sees (the generator's default scenario, 200
// patients and 2,000 records over a year): its injected influenza-like-illness outbreak is
// flagged in its district and window by every method and no other district is flagged for
// influenza meanwhile; its overdosing prescriber and its repeated exams are found by the rules.
#include "DemoSession.h"

#include "common/Startup.h"
#include "demo/Catalog.h"
#include "demo/ScenarioGenerator.h"

using namespace medchain;
using namespace medchain::client;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;

namespace {

bool influenzaLike(const QString &category)
{
    return category == QLatin1String("J10") || category == QLatin1String("J11");
}

/// A time as the dashboard's day (China time).
QDate chinaDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 60 * 60)).date();
}

} // namespace

class TestDemoSurveillance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        demo::ScenarioOptions options; // the demo's defaults
        options.startMs = demo::ScenarioGenerator::chinaMidnightOf(QDate(2026, 1, 1));
        auto scenario = demo::ScenarioGenerator::generate(*demo::Catalog::embedded(), options);
        QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        m_injected = scenario->injected;
        m_network = std::make_unique<DemoSession>(
            [&scenario](demo::Scenario &replaced) { replaced = scenario.value(); });
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_regulator = m_network->login(QStringLiteral("regulator"));
        QVERIFY(m_regulator);
        m_year.from = QDate(2026, 1, 1);
        m_year.to = QDate(2026, 12, 31);
    }

    void cleanupTestCase()
    {
        m_regulator.reset();
        m_network.reset();
    }

    void theOutbreakIsFlaggedWhereAndWhenItWas()
    {
        const QDate first = chinaDay(m_injected.outbreakStart);
        const QDate last = chinaDay(m_injected.outbreakEnd - 1);
        for (const AlertMethod method :
             {AlertMethod::C1, AlertMethod::C2, AlertMethod::C3, AlertMethod::Cusum}) {
            SurveillanceQuery query = m_year;
            query.method = method;
            const auto alerts = waitForLoad<Result<QList<OutbreakAlert>>>(
                *m_regulator,
                [&query](Session &s, QObject *c, auto done) { s.loadAlerts(query, c, done); });
            QVERIFY2(alerts.ok(), qPrintable(alerts.error()));
            int inWindow = 0;
            for (const OutbreakAlert &alert : alerts.value()) {
                if (!influenzaLike(alert.category))
                    continue;
                const bool during = alert.day >= first && alert.day <= last;
                // Quiet districts stay quiet while the outbreak district is flagged.
                QVERIFY2(alert.region == m_injected.outbreakRegion || !during,
                         qPrintable(
                             QStringLiteral("%1 %2 on %3 (method %4)")
                                 .arg(alert.category, alert.region, alert.day.toString(Qt::ISODate))
                                 .arg(int(method))));
                if (alert.region == m_injected.outbreakRegion) {
                    QVERIFY2(during,
                             qPrintable(QStringLiteral("outside the window: %1 (method %2)")
                                            .arg(alert.day.toString(Qt::ISODate))
                                            .arg(int(method))));
                    ++inWindow;
                }
            }
            QVERIFY2(inWindow > 0, qPrintable(QStringLiteral("method %1").arg(int(method))));
        }
    }

    void theInjectedRuleBreakersAreFound()
    {
        const auto findings = waitForLoad<Result<QList<SupervisionFinding>>>(
            *m_regulator,
            [this](Session &s, QObject *c, auto done) { s.loadFindings(m_year, c, done); });
        QVERIFY2(findings.ok(), qPrintable(findings.error()));
        int overdoses = 0;
        int repeats = 0;
        for (const SupervisionFinding &finding : findings.value()) {
            if (finding.rule == SupervisionRule::Overdose) {
                ++overdoses;
                QCOMPARE(finding.subject, m_injected.overdoseDrugCode);
                QVERIFY(finding.value > finding.limit);
            } else if (finding.rule == SupervisionRule::RepeatedExam
                       && finding.subject == m_injected.repeatedExamCode) {
                ++repeats;
            }
            QVERIFY(!finding.practitioner.name.isEmpty());
            QVERIFY(!finding.institution.name.isEmpty());
        }
        QVERIFY2(overdoses > 0, "the overdosing prescriber");
        QVERIFY2(repeats > 0, "the institution repeating exams");
    }

private:
    demo::InjectedSignals m_injected;
    SurveillanceQuery m_year;
    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<Session> m_regulator;
};

QTEST_MAIN(TestDemoSurveillance)
#include "TestDemoSurveillance.moc"
