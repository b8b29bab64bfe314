// The regulator's dashboard from the small demo: cases by day, region and disease as the
// scenario's records make them (a confirmed amendment moving a case), drill-down to districts,
// break-glass reads, outbreak alerts on a burst and none on a steady district, the rule
// breakers, a record traced from any of its transactions, the store
// resuming after a restart, and nobody but the authority reading it.
#include "DemoSession.h"
#include "SupervisionSignals.h"

#include "analytics/SupervisionStore.h"
#include "client/SurveillanceReads.h"
#include "common/Startup.h"
#include "node/DataDir.h"

#include <QDir>

#include <QRegularExpression>
#include <algorithm>

using namespace medchain;
using namespace medchain::client;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;

namespace {

const QDate kFirstDay(2026, 1, 1); // kStart in China time

qint64 total(const QList<GroupCount> &groups)
{
    qint64 sum = 0;
    for (const GroupCount &group : groups)
        sum += group.cases;
    return sum;
}

qint64 casesOf(const QList<GroupCount> &groups, const QString &key)
{
    for (const GroupCount &group : groups)
        if (group.key == key)
            return group.cases;
    return 0;
}

} // namespace

class TestRegulatorSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>(addSupervisionSignals);
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_regulator = m_network->login(QStringLiteral("regulator"));
        QVERIFY(m_regulator);
        QCOMPARE(m_regulator->role(), chain::Role::Authority);
    }

    void cleanupTestCase()
    {
        m_regulator.reset();
        m_network.reset();
    }

    void countsTheScenariosCases()
    {
        SurveillanceQuery query;
        query.from = kFirstDay;
        query.to = kFirstDay.addDays(119);
        const SurveillanceSnapshot s = load(query);
        // 9 records of the scenario and 41 added, every summary sealed to the authority.
        QCOMPARE(s.summaries, qint64(9 + 41));
        QCOMPARE(s.unreadable, qint64(0));
        QVERIFY(s.height > 0);
        QCOMPARE(s.query.region, QStringLiteral("340000")); // the whole network: the province
        QCOMPARE(s.byDay.size(), 120);
        QCOMPARE(s.byDay.first().day, kFirstDay);
        qint64 daily = 0;
        for (const DayCount &day : s.byDay)
            daily += day.cases;
        QCOMPARE(daily, qint64(50));
        // Every case is in Hefei (340100).
        QCOMPARE(s.byRegion.size(), 1);
        QCOMPARE(s.byRegion.first().key, QStringLiteral("340100"));
        QCOMPARE(s.byRegion.first().cases, qint64(50));
        // r0 was J10.1 and its confirmed amendment made it J11.1: one J11 case, on day 0.
        QCOMPARE(casesOf(s.byCategory, QStringLiteral("J11")), qint64(1));
        QCOMPARE(casesOf(s.byCategory, QStringLiteral("J10")), qint64(6));
        QCOMPARE(casesOf(s.byCategory, QStringLiteral("I10")), qint64(2));
        QCOMPARE(casesOf(s.byCategory, kBurstCategory), qint64(38));
        QCOMPARE(casesOf(s.byCategory, QStringLiteral("R50")), qint64(2));
        QCOMPARE(s.byDay.first().cases, qint64(1));
        // Chapters: IX circulatory (I10), X respiratory, XIII musculoskeletal (M54), XVIII
        // symptoms (R50).
        QCOMPARE(casesOf(s.byChapter, QStringLiteral("10")), qint64(45));
        QCOMPARE(casesOf(s.byChapter, QStringLiteral("9")), qint64(2));
        QCOMPARE(casesOf(s.byChapter, QStringLiteral("13")), qint64(1));
        QCOMPARE(casesOf(s.byChapter, QStringLiteral("18")), qint64(2));
        // The break-glass read of day 20, with its reason and who.
        QCOMPARE(s.emergencies.size(), 1);
        QVERIFY(s.emergencies.first().reason.contains(QStringLiteral("昏迷")));
        QCOMPARE(s.emergencies.first().practitioner.name, QStringLiteral("张敏"));
    }

    void drillsDownToDistrictsAndDiseases()
    {
        SurveillanceQuery query;
        query.from = kFirstDay;
        query.to = kFirstDay.addDays(119);
        query.region = QStringLiteral("340100");
        const SurveillanceSnapshot city = load(query);
        QCOMPARE(total(city.byRegion), qint64(50));
        QCOMPARE(casesOf(city.byRegion, QStringLiteral("340104")), qint64(5 + 30 + 4));
        QCOMPARE(casesOf(city.byRegion, QStringLiteral("340103")), qint64(4 + 7));

        query.region = QStringLiteral("340103");
        query.chapter = 10;
        const SurveillanceSnapshot district = load(query);
        QCOMPARE(district.byRegion.size(), 1);
        QCOMPARE(district.byRegion.first().key, QStringLiteral("340103"));
        QCOMPARE(district.byRegion.first().cases, qint64(2 + 7)); // I10 is not chapter X
        QVERIFY(casesOf(district.byCategory, QStringLiteral("I10")) == 0);

        query.category = kBurstCategory;
        const SurveillanceSnapshot burst = load(query);
        QCOMPARE(burst.byDay.at(kBurstDay).cases, qint64(6));
        QCOMPARE(burst.byDay.at(90).cases, qint64(1));
        QCOMPARE(total(burst.byRegion), qint64(7));
    }

    void flagsTheBurstAndNotTheSteadyDistrict()
    {
        for (const AlertMethod method : {AlertMethod::C1, AlertMethod::C2, AlertMethod::C3}) {
            SurveillanceQuery query;
            query.from = kFirstDay.addDays(60);
            query.to = kFirstDay.addDays(119);
            query.method = method;
            bool burst = false;
            for (const OutbreakAlert &alert : loadAlerts(query)) {
                QVERIFY2(alert.region != QStringLiteral("340104"),
                         qPrintable(alert.day.toString(Qt::ISODate)));
                if (alert.category == kBurstCategory && alert.region == QStringLiteral("340103")
                    && alert.day == kFirstDay.addDays(kBurstDay)) {
                    burst = true;
                    QCOMPARE(alert.cases, qint64(6));
                    QVERIFY(alert.statistic > alert.threshold);
                }
            }
            QVERIFY2(burst, qPrintable(QStringLiteral("method %1").arg(int(method))));
        }
    }

    void findsTheRuleBreakers()
    {
        SurveillanceQuery query;
        query.from = kFirstDay.addDays(60);
        query.to = kFirstDay.addDays(119);
        const QList<SupervisionFinding> findings = loadFindings(query);
        QCOMPARE(findings.size(), 3);
        // Newest first: the repeated exam (day 105), the bill (102), the overdose (100).
        const SupervisionFinding &repeated = findings.at(0);
        QCOMPARE(repeated.rule, SupervisionRule::RepeatedExam);
        QCOMPARE(repeated.subject, QStringLiteral("CBC"));
        QCOMPARE(repeated.day, kFirstDay.addDays(105));
        QCOMPARE(repeated.value, qint64(4));
        QCOMPARE(repeated.practitioner.name, QStringLiteral("张敏"));
        const SupervisionFinding &bill = findings.at(1);
        QCOMPARE(bill.rule, SupervisionRule::Expense);
        QCOMPARE(bill.subject, kBurstCategory);
        QCOMPARE(bill.value, qint64(200'000));
        QCOMPARE(bill.limit, qint64(3 * 1500)); // three times the peers' median
        const SupervisionFinding &overdose = findings.at(2);
        QCOMPARE(overdose.rule, SupervisionRule::Overdose);
        QCOMPARE(overdose.subject, QStringLiteral("N02BE01"));
        QCOMPARE(overdose.value, qint64(3'000'000));
        QCOMPARE(overdose.limit, qint64(2'000'000));
        QCOMPARE(overdose.practitioner.name, QStringLiteral("李伟"));
        QVERIFY(!overdose.institution.name.isEmpty());

        // A shorter window no longer calls four days a repeat; another district has none.
        query.repeatExamDays = 3;
        QCOMPARE(loadFindings(query).size(), 2);
        query.region = QStringLiteral("340103");
        QVERIFY(loadFindings(query).isEmpty());
    }

    void tracesARecordFromAnyOfItsTransactions()
    {
        auto ledger = node::DataDir(m_network->nodeFolder()).openLedgerReadOnly(passphrase());
        QVERIFY(ledger.ok());
        const chain::LedgerState &state = ledger.value()->state();
        auto patient = m_network->login(QStringLiteral("patient"));
        QVERIFY(patient);
        // r0: the patient's first record, amended and confirmed, read, then read in an
        // emergency.
        QList<chain::RecordInfo> records = state.recordsForPatient(patient->identity());
        std::sort(records.begin(), records.end(),
                  [](const auto &a, const auto &b) { return a.encounterTime < b.encounterTime; });
        const chain::Hash r0 = records.first().id;
        const QList<chain::AmendmentInfo> amendments = state.amendmentsForRecord(r0);
        QCOMPARE(amendments.size(), 1);

        for (const chain::Hash &from : {r0, amendments.first().id}) {
            const RecordTrail trail = loadTrail(from);
            QCOMPARE(trail.record, r0);
            QVERIFY2(trail.proof.verified, qPrintable(trail.proof.problem));
            QCOMPARE(trail.patient.id, patient->identity());
            QCOMPARE(trail.author.name, QStringLiteral("李伟"));
            using K = TrailEvent::Kind;
            const auto count = [&trail](K kind) {
                return std::count_if(trail.events.begin(), trail.events.end(),
                                     [kind](const TrailEvent &e) { return e.kind == kind; });
            };
            QCOMPARE(count(K::Created), 1);
            QCOMPARE(count(K::AmendmentProposed), 1);
            QCOMPARE(count(K::AmendmentConfirmed), 1);
            QCOMPARE(count(K::Read), 2);
            QCOMPARE(count(K::EmergencyDeclared), 1);
            QCOMPARE(count(K::EmergencyRead), 1);
            const auto at = [&trail](K kind) {
                return std::find_if(trail.events.begin(), trail.events.end(),
                                    [kind](const TrailEvent &e) { return e.kind == kind; })
                    - trail.events.begin();
            };
            QVERIFY(at(K::AmendmentProposed) < at(K::AmendmentConfirmed));
            QVERIFY(at(K::EmergencyDeclared) < at(K::EmergencyRead));
            QCOMPARE(trail.events.at(at(K::AmendmentConfirmed)).who.id, patient->identity());
            QCOMPARE(trail.events.at(at(K::EmergencyRead)).who.name, QStringLiteral("张敏"));
        }

        // A grant is about no record; an unknown id is said so.
        const QList<chain::GrantInfo> grants = state.grantsForPatient(patient->identity());
        QVERIFY(!grants.isEmpty());
        const auto grant = waitForLoad<Result<RecordTrail>>(
            *m_regulator, [&grants](Session &s, QObject *c, auto done) {
                s.loadTrail(grants.first().id, c, done);
            });
        QCOMPARE(grant.errorCode(), QStringLiteral("invalid"));
        const auto unknown
            = waitForLoad<Result<RecordTrail>>(*m_regulator, [](Session &s, QObject *c, auto done) {
                  s.loadTrail(chain::Hash {}, c, done);
              });
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown"));
    }

    void theStoreResumesWhereItStopped()
    {
        SurveillanceQuery query;
        query.from = kFirstDay;
        query.to = kFirstDay.addDays(119);
        const SurveillanceSnapshot before = load(query);
        QVERIFY(before.summaries > 0);
        // A new session opens the same store and reads no block twice.
        m_regulator = m_network->login(QStringLiteral("regulator"));
        QVERIFY(m_regulator);
        const SurveillanceSnapshot after = load(query);
        QCOMPARE(after.summaries, before.summaries);
        QCOMPARE(total(after.byRegion), total(before.byRegion));
        const QStringList stores
            = QDir(m_network->nodeFolder()).entryList({QStringLiteral("supervision-*.db")});
        QCOMPARE(stores.size(), 1);
    }

    void aDamagedStoreIsReadAgainFromTheChain()
    {
        SurveillanceQuery query;
        query.from = kFirstDay;
        query.to = kFirstDay.addDays(119);
        const SurveillanceSnapshot before = load(query);
        const QList<OutbreakAlert> alertsBefore = loadAlerts(query);
        m_regulator.reset(); // closes the store
        const QDir folder(m_network->nodeFolder());
        const QString store
            = folder.filePath(folder.entryList({QStringLiteral("supervision-*.db")}).first());
        QFile file(store);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const qint64 at : {qint64(512), file.size() / 2}) {
            file.seek(at);
            file.write(QByteArray(64, 'x'));
        }
        file.close();

        m_regulator = m_network->login(QStringLiteral("regulator"));
        QVERIFY(m_regulator);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
        const SurveillanceSnapshot after = load(query);
        QCOMPARE(after.summaries, before.summaries);
        QCOMPARE(total(after.byRegion), total(before.byRegion));
        QCOMPARE(loadAlerts(query).size(), alertsBefore.size());
    }

    void onlyTheAuthorityReadsSummaries()
    {
        auto doctor = m_network->login(QStringLiteral("doctor"));
        QVERIFY(doctor);
        const auto refused = waitForLoad<Result<SurveillanceSnapshot>>(
            *doctor, [](Session &s, QObject *c, auto done) { s.loadSurveillance({}, c, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("not-authorised"));
    }

    void regionPrefixes()
    {
        QCOMPARE(SurveillanceReads::regionPrefix(QStringLiteral("340000")), QStringLiteral("34"));
        QCOMPARE(SurveillanceReads::regionPrefix(QStringLiteral("340100")), QStringLiteral("3401"));
        QCOMPARE(SurveillanceReads::regionPrefix(QStringLiteral("340104")),
                 QStringLiteral("340104"));
        QCOMPARE(SurveillanceReads::regionCode(QStringLiteral("3401")), QStringLiteral("340100"));
        QCOMPARE(analytics::SupervisionStore::dayOf(1'767'196'800'000), qint64(20454));
        QCOMPARE(analytics::SupervisionStore::dayOf(1'767'196'800'000 - 1), qint64(20453));
    }

private:
    QList<SupervisionFinding> loadFindings(const SurveillanceQuery &query)
    {
        const auto result = waitForLoad<Result<QList<SupervisionFinding>>>(
            *m_regulator,
            [&query](Session &s, QObject *c, auto done) { s.loadFindings(query, c, done); });
        if (!result.ok())
            qWarning("%s", qPrintable(result.error()));
        return result.ok() ? result.value() : QList<SupervisionFinding> {};
    }

    RecordTrail loadTrail(const chain::Hash &transaction)
    {
        const auto result = waitForLoad<Result<RecordTrail>>(
            *m_regulator, [&transaction](Session &s, QObject *c, auto done) {
                s.loadTrail(transaction, c, done);
            });
        if (!result.ok())
            qWarning("%s", qPrintable(result.error()));
        return result.ok() ? result.value() : RecordTrail {};
    }

    SurveillanceSnapshot load(const SurveillanceQuery &query)
    {
        const auto result = waitForLoad<Result<SurveillanceSnapshot>>(
            *m_regulator,
            [&query](Session &s, QObject *c, auto done) { s.loadSurveillance(query, c, done); });
        if (!result.ok())
            qWarning("%s", qPrintable(result.error()));
        return result.ok() ? result.value() : SurveillanceSnapshot {};
    }

    QList<OutbreakAlert> loadAlerts(const SurveillanceQuery &query)
    {
        const auto result = waitForLoad<Result<QList<OutbreakAlert>>>(
            *m_regulator,
            [&query](Session &s, QObject *c, auto done) { s.loadAlerts(query, c, done); });
        if (!result.ok())
            qWarning("%s", qPrintable(result.error()));
        return result.ok() ? result.value() : QList<OutbreakAlert> {};
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<Session> m_regulator;
};

QTEST_MAIN(TestRegulatorSession)
#include "TestRegulatorSession.moc"
