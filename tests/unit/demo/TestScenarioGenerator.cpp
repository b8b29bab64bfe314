// The demo scenario: deterministic for a seed, consistent with every rule the chain enforces
// (checked by an independent checker, the wallet's books included), with its injected signals
// visible against a quiet background, seasonal, in natural proportions, and with a cast patient
// who has the richest history. Its money is TestScenarioMoney's. Large networks are not
// generated here; set MEDCHAIN_DEMO_BENCH=patients,records to time one by hand.
#include "ScenarioChecker.h"
#include "ScenarioFixture.h"

#include "demo/Catalog.h"
#include "demo/ScenarioGenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace medchain;
using namespace medchain::demo;

using test::kDay;

class TestScenarioGenerator : public QObject {
    Q_OBJECT
private:
    Catalog m_catalog = test::loadCatalog();
    Scenario m_small;
    Scenario m_medium;
    static ScenarioOptions options(quint64 seed, int patients, int records)
    {
        return test::scenarioOptions(seed, patients, records);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::generateStandardScenarios(m_catalog, &m_small, &m_medium));
    }

    void sizesAreAsAsked()
    {
        QCOMPARE(m_small.patients.size(), 200);
        QCOMPARE(test::recordsOf(m_small).size(), 2'000);
        QCOMPARE(test::recordsOf(m_medium).size(), 30'000);
        QVERIFY(m_small.institutions.size() >= 8);
        QVERIFY(m_small.practitioners.size() >= 20);
        QVERIFY(m_medium.institutions.size() > m_small.institutions.size());
        QCOMPARE(m_small.authorityName, QStringLiteral("安徽省卫生健康委员会"));
        QCOMPARE(m_small.authorityNameEn, QStringLiteral("Anhui Provincial Health Commission"));
        QCOMPARE(m_small.authorityRegion, QStringLiteral("340000"));
    }

    void everyRuleHolds_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("200 patients, 2,000 records") << 0;
        QTest::newRow("3,000 patients, 30,000 records") << 1;
    }

    void everyRuleHolds()
    {
        QFETCH(int, which);
        const QStringList problems = test::checkScenario(which ? m_medium : m_small, m_catalog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void checkerCatchesBrokenRules()
    {
        // The checker must be able to fail: break one rule at a time.
        const auto broken = [&](auto &&change) {
            Scenario s = m_small;
            change(s);
            return !test::checkScenario(s, m_catalog).isEmpty();
        };
        QVERIFY(broken([](Scenario &s) { std::swap(s.events.first(), s.events.last()); }));
        QVERIFY(broken([](Scenario &s) {
            for (Event &e : s.events)
                if (auto *g = std::get_if<GrantEvent>(&e.what)) {
                    g->expiry = e.time + 400 * kDay;
                    return;
                }
        }));
        QVERIFY(broken([](Scenario &s) {
            for (Event &e : s.events)
                if (auto *r = std::get_if<ReadEvent>(&e.what)) {
                    r->practitioner = r->practitioner >= 0
                        ? (r->practitioner + 1) % int(s.practitioners.size())
                        : 0;
                    r->institution = -1;
                    return;
                }
        }));
        QVERIFY(broken([](Scenario &s) {
            for (Event &e : s.events)
                if (auto *r = std::get_if<RecordEvent>(&e.what)) {
                    r->encounterTime = e.time + 1;
                    return;
                }
        }));
        QVERIFY(broken([](Scenario &s) {
            for (Event &e : s.events)
                if (auto *a = std::get_if<AmendmentEvent>(&e.what)) {
                    a->record = 1'000'000;
                    return;
                }
        }));
        QVERIFY(broken([](Scenario &s) {
            for (Event &e : s.events)
                if (auto *em = std::get_if<EmergencyEvent>(&e.what)) {
                    s.events.insert(0,
                                    Event {s.options.startMs,
                                           GrantEvent {em->patient,
                                                       em->practitioner,
                                                       -1,
                                                       {},
                                                       s.options.startMs + 300 * kDay,
                                                       0}});
                    return;
                }
        }));
        QVERIFY(broken([](Scenario &s) { s.patients[3].nationalId[17] = QLatin1Char('?'); }));
    }

    void sameSeedSameScenario()
    {
        QElapsedTimer clock;
        clock.start();
        const auto again = ScenarioGenerator::generate(m_catalog, options(7, 200, 2'000));
        qInfo("200 patients and 2,000 records generated in %lld ms", clock.elapsed());
        QVERIFY(again.ok());
        QCOMPARE(test::scenarioDigest(again.value()), test::scenarioDigest(m_small));
        const auto other = ScenarioGenerator::generate(m_catalog, options(8, 200, 2'000));
        QVERIFY(other.ok());
        QVERIFY(test::scenarioDigest(other.value()) != test::scenarioDigest(m_small));
        QVERIFY(other->patients.first().nationalId != m_small.patients.first().nationalId);
    }

    void badOptionsAreRefused()
    {
        QVERIFY(!ScenarioGenerator::generate(m_catalog, options(1, 5, 100)).ok());
        QVERIFY(!ScenarioGenerator::generate(m_catalog, options(1, 100, 99)).ok());
        ScenarioOptions shortPeriod = options(1, 100, 1'000);
        shortPeriod.days = 20;
        QVERIFY(!ScenarioGenerator::generate(m_catalog, shortPeriod).ok());
        // The smallest network the command accepts works and keeps the rules.
        for (const auto &[patients, records] : {std::pair {10, 10}, std::pair {10, 100}}) {
            const auto tiny = ScenarioGenerator::generate(m_catalog, options(1, patients, records));
            QVERIFY2(tiny.ok(), qPrintable(tiny.error()));
            const QStringList problems = test::checkScenario(tiny.value(), m_catalog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void peopleLookReal()
    {
        const QRegularExpression chinese(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{2,3}$"));
        const QRegularExpression latin(QStringLiteral("^[A-Z][\\w'-]+ [A-Z][\\w'-]+$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
        int latinNames = 0;
        int women = 0;
        std::map<int, int> byDecade;
        QSet<QString> regions;
        for (const PatientSpec &p : m_medium.patients) {
            const bool isChinese = chinese.match(p.name).hasMatch();
            QVERIFY2(isChinese || latin.match(p.name).hasMatch(), qPrintable(p.name));
            if (!isChinese) {
                ++latinNames;
                QVERIFY(p.nationalId.startsWith(QLatin1String("934")));
            } else {
                QCOMPARE(p.nationalId.left(6), p.regionCode);
            }
            women += p.sex == QLatin1String("F");
            ++byDecade[(2025 - p.birthYear) / 10];
            regions.insert(p.regionCode);
        }
        const int n = int(m_medium.patients.size());
        QVERIFY2(latinNames > n / 200 && latinNames < n / 25,
                 qPrintable(QString::number(latinNames)));
        QVERIFY(women > n * 44 / 100 && women < n * 54 / 100);
        // An age pyramid: children and the old are there, the middle-aged most numerous.
        QVERIFY(byDecade[0] > n / 25);
        QVERIFY(byDecade[5] > byDecade[8]);
        QVERIFY(byDecade[8] > 0);
        QVERIFY(regions.size() > 60);
        QSet<QString> specialties;
        for (const PractitionerSpec &p : m_medium.practitioners)
            specialties.insert(p.specialty);
        QVERIFY(specialties.contains(QStringLiteral("Respiratory medicine")));
        QVERIFY2(specialties.size() >= 15, qPrintable(QString::number(specialties.size())));
        QSet<int> levels;
        for (const InstitutionSpec &i : m_small.institutions)
            levels.insert(i.level);
        QCOMPARE(levels, QSet<int>({0, 1, 2, 3}));
    }

    void outbreakStandsOut()
    {
        for (const Scenario *s : {&m_small, &m_medium}) {
            const InjectedSignals &in = s->injected;
            QCOMPARE(in.outbreakRegion, QStringLiteral("341202"));
            const qint64 window = in.outbreakEnd - in.outbreakStart;
            QVERIFY(window >= 14 * kDay && window <= 21 * kDay);
            QVERIFY(in.outbreakStart >= s->options.startMs);
            QVERIFY(in.outbreakEnd <= s->options.startMs + s->options.days * kDay);
            QList<qint64> times;
            const QList<const RecordEvent *> records = test::recordsOf(*s, &times);
            int here = 0, hereOutside = 0, elsewhere = 0;
            QSet<int> residents;
            for (int p = 0; p < s->patients.size(); ++p)
                if (s->patients[p].regionCode == in.outbreakRegion)
                    residents.insert(p);
            for (int i = 0; i < records.size(); ++i) {
                if (!test::isInfluenzaLike(records[i]->content))
                    continue;
                const bool inWindow = times[i] >= in.outbreakStart && times[i] < in.outbreakEnd;
                const bool resident = residents.contains(records[i]->patient);
                here += resident && inWindow;
                hereOutside += resident && !inWindow;
                elsewhere += !resident && inWindow;
            }
            const qint64 windowDays = window / kDay;
            const qint64 otherDays = s->options.days - windowDays;
            const qint64 others = s->patients.size() - residents.size();
            // Per day against the same district's other days, per resident against elsewhere.
            QVERIFY2(here >= 10, qPrintable(QString::number(here)));
            QVERIFY2(qint64(here) * otherDays >= 4 * qint64(hereOutside + 1) * windowDays,
                     qPrintable(QStringLiteral("%1 vs %2").arg(here).arg(hereOutside)));
            QVERIFY2(qint64(here) * others >= 4 * qint64(elsewhere + 1) * residents.size(),
                     qPrintable(QStringLiteral("%1 vs %2").arg(here).arg(elsewhere)));
        }
    }

    void onlyTheOverdosePrescriberExceedsMaximumDoses()
    {
        for (const Scenario *s : {&m_small, &m_medium}) {
            const int prescriber = s->injected.overdosePractitioner;
            QVERIFY(prescriber >= 0);
            const QList<std::pair<int, QString>> found
                = test::prescriptionsAboveMaximum(*s, m_catalog);
            QVERIFY2(found.size() >= 5, qPrintable(QString::number(found.size())));
            for (const auto &[author, drug] : found) {
                QCOMPARE(author, prescriber);
                QCOMPARE(drug, s->injected.overdoseDrugCode);
            }
        }
    }

    void oneHospitalRepeatsExams()
    {
        const Scenario &s = m_medium;
        const QString code = s.injected.repeatedExamCode;
        QCOMPARE(code, QStringLiteral("CT-CHEST"));
        QList<qint64> times;
        const QList<const RecordEvent *> records = test::recordsOf(s, &times);
        QHash<int, int> orders, repeats; // by institution
        QHash<qint64, qint64> last; // (patient, institution) → time of the last order
        for (int i = 0; i < records.size(); ++i) {
            const RecordEvent &r = *records[i];
            if (!std::any_of(r.content.exams.cbegin(), r.content.exams.cend(),
                             [&](const records::Exam &e) { return e.code == code; }))
                continue;
            const int institution = s.practitioners[r.practitioner].institution;
            const qint64 key = qint64(r.patient) * 100'000 + institution;
            ++orders[institution];
            if (last.contains(key) && times[i] - last[key] <= 7 * kDay)
                ++repeats[institution];
            last[key] = times[i];
        }
        const int hospital = s.injected.repeatedExamInstitution;
        int otherOrders = 0, otherRepeats = 0;
        for (auto it = orders.cbegin(); it != orders.cend(); ++it)
            if (it.key() != hospital) {
                otherOrders += it.value();
                otherRepeats += repeats.value(it.key());
            }
        QVERIFY2(repeats[hospital] >= 10, qPrintable(QString::number(repeats[hospital])));
        // Its repeat rate is at least five times everyone else's together.
        QVERIFY2(qint64(repeats[hospital]) * otherOrders
                     >= 5 * qint64(otherRepeats + 1) * orders[hospital],
                 qPrintable(QStringLiteral("%1/%2 against %3/%4")
                                .arg(repeats[hospital])
                                .arg(orders[hospital])
                                .arg(otherRepeats)
                                .arg(otherOrders)));
    }

    void influenzaInWinterDiarrhoeaInSummer()
    {
        const Scenario &s = m_medium;
        QList<qint64> times;
        const QList<const RecordEvent *> records = test::recordsOf(s, &times);
        int winter = 0, winterIli = 0, summer = 0, summerIli = 0, winterGi = 0, summerGi = 0;
        for (int i = 0; i < records.size(); ++i) {
            const RecordEvent &r = *records[i];
            if (r.category != chain::RecordCategory::Encounter
                || s.patients[r.patient].regionCode == s.injected.outbreakRegion)
                continue;
            const int month = test::chinaMonth(times[i]);
            const bool gi = r.content.diagnoses.first().icd10.startsWith(QLatin1String("A0"));
            if (month == 12 || month <= 2) {
                ++winter;
                winterIli += test::isInfluenzaLike(r.content);
                winterGi += gi;
            } else if (month >= 6 && month <= 8) {
                ++summer;
                summerIli += test::isInfluenzaLike(r.content);
                summerGi += gi;
            }
        }
        QVERIFY(winter > 0 && summer > 0);
        QVERIFY2(qint64(winterIli) * summer > 3 * qint64(summerIli) * winter,
                 qPrintable(QStringLiteral("%1/%2 vs %3/%4")
                                .arg(winterIli)
                                .arg(winter)
                                .arg(summerIli)
                                .arg(summer)));
        QVERIFY(qint64(summerGi) * winter > 2 * qint64(winterGi) * summer);
    }

    void castPatientHasTheRichestHistory()
    {
        for (const Scenario *scenario : {&m_small, &m_medium}) {
            const Scenario &s = *scenario;
            const DemoCast &cast = s.cast;
            QList<qint64> times;
            const QList<const RecordEvent *> records = test::recordsOf(s, &times);
            QHash<int, int> perPatient;
            QSet<int> institutions;
            QSet<int> quarters;
            bool chronic = false;
            QSet<int> castRecords;
            for (int i = 0; i < records.size(); ++i) {
                ++perPatient[records[i]->patient];
                if (records[i]->patient != cast.patient)
                    continue;
                castRecords.insert(i);
                institutions.insert(s.practitioners[records[i]->practitioner].institution);
                quarters.insert(int((times[i] - s.options.startMs) * 4 / (s.options.days * kDay)));
                for (const records::Diagnosis &d : records[i]->content.diagnoses)
                    chronic = chronic || d.icd10.startsWith(QLatin1String("E11"))
                        || d.icd10 == QLatin1String("I10");
            }
            QVERIFY(perPatient[cast.patient] >= 30);
            for (auto it = perPatient.cbegin(); it != perPatient.cend(); ++it)
                if (it.key() != cast.patient)
                    QVERIFY(it.value() < perPatient[cast.patient]);
            QVERIFY(institutions.size() >= 3);
            QCOMPARE(quarters.size(), 4);
            QVERIFY(chronic);

            int confirmed = 0, pending = 0, emergencies = 0;
            QSet<int> grantedDoctors, readers;
            for (const Event &e : s.events) {
                if (const auto *a = std::get_if<AmendmentEvent>(&e.what);
                    a && castRecords.contains(a->record)) {
                    confirmed += a->answer == AmendmentEvent::Answer::Confirm;
                    pending += a->answer == AmendmentEvent::Answer::None;
                } else if (const auto *g = std::get_if<GrantEvent>(&e.what);
                           g && g->patient == cast.patient && g->practitioner >= 0) {
                    grantedDoctors.insert(g->practitioner);
                } else if (const auto *r = std::get_if<ReadEvent>(&e.what);
                           r && castRecords.contains(r->record) && r->practitioner >= 0) {
                    readers.insert(r->practitioner);
                } else if (const auto *em = std::get_if<EmergencyEvent>(&e.what);
                           em && em->patient == cast.patient) {
                    ++emergencies;
                }
            }
            QVERIFY(confirmed >= 1);
            QVERIFY(pending >= 1);
            QVERIFY(grantedDoctors.size() >= 2);
            QVERIFY(grantedDoctors.contains(cast.doctor));
            QVERIFY(readers.contains(cast.doctor));
            QVERIFY((readers & grantedDoctors).size() >= 2);
            QVERIFY(emergencies >= 1);
            QCOMPARE(s.patients[cast.patient].registeredAt, cast.desk);
            QCOMPARE(s.practitioners[cast.doctor].institution, cast.desk);
            QVERIFY(s.patients[cast.patient].regionCode.startsWith(QLatin1String("3401")));
        }
    }

    void proportionsAreNatural()
    {
        const Scenario &s = m_medium;
        const int patients = int(s.patients.size());
        const int records = s.options.records;
        QSet<int> granting;
        int grants = 0, revoked = 0, requests = 0, requestGranted = 0, requestDeclined = 0,
            amendments = 0, confirmed = 0, rejected = 0, reads = 0, emergencies = 0;
        std::map<chain::RecordCategory, int> categories;
        QHash<int, int> perPatient;
        for (const Event &e : s.events) {
            if (const auto *r = std::get_if<RecordEvent>(&e.what)) {
                ++categories[r->category];
                ++perPatient[r->patient];
            } else if (const auto *g = std::get_if<GrantEvent>(&e.what)) {
                ++grants;
                revoked += g->revokeTime != 0;
                granting.insert(g->patient);
            } else if (const auto *q = std::get_if<RequestEvent>(&e.what)) {
                ++requests;
                requestGranted += q->answer == RequestEvent::Answer::Grant;
                requestDeclined += q->answer == RequestEvent::Answer::Decline;
            } else if (const auto *a = std::get_if<AmendmentEvent>(&e.what)) {
                ++amendments;
                confirmed += a->answer == AmendmentEvent::Answer::Confirm;
                rejected += a->answer == AmendmentEvent::Answer::Reject;
            } else if (std::holds_alternative<ReadEvent>(e.what)) {
                ++reads;
            } else if (std::holds_alternative<EmergencyEvent>(e.what)) {
                ++emergencies;
            }
        }
        const auto between = [](qint64 part, qint64 whole, int lowPercent, int highPercent) {
            return part * 100 >= whole * lowPercent && part * 100 <= whole * highPercent;
        };
        QVERIFY2(between(granting.size(), patients, 20, 40),
                 qPrintable(QString::number(granting.size())));
        QVERIFY(between(revoked, grants, 3, 30));
        QVERIFY(between(requests, patients, 4, 15));
        QVERIFY(between(requestGranted, requests, 65, 92));
        QVERIFY(requestDeclined > 0 && requestDeclined < requestGranted / 2);
        QVERIFY2(between(amendments, records, 1, 2), qPrintable(QString::number(amendments)));
        QVERIFY(between(confirmed, amendments, 65, 92));
        QVERIFY(between(rejected, amendments, 3, 20));
        QVERIFY(reads >= 2 * grants);
        // About 0.2% of records see an emergency access.
        QVERIFY2(emergencies * 10'000 >= records * 8 && emergencies * 10'000 <= records * 40,
                 qPrintable(QString::number(emergencies)));
        const int encounters = categories[chain::RecordCategory::Encounter];
        QVERIFY2(between(encounters, records, 60, 85), qPrintable(QString::number(encounters)));
        for (const auto c :
             {chain::RecordCategory::Laboratory, chain::RecordCategory::Imaging,
              chain::RecordCategory::Prescription, chain::RecordCategory::Vaccination})
            QVERIFY2(between(categories[c], records, 1, 20),
                     qPrintable(QStringLiteral("%1: %2").arg(int(c)).arg(categories[c])));
        // Skewed: many patients with one to three records, a few with very many.
        int few = 0, many = 0;
        for (const int n : std::as_const(perPatient)) {
            few += n <= 3;
            many += n >= 25;
        }
        QVERIFY2(few * 100 >= patients * 30, qPrintable(QString::number(few)));
        QVERIFY2(many * 100 >= patients * 3, qPrintable(QString::number(many)));
    }

    void largeScenarioByHand()
    {
        const QByteArray spec = qgetenv("MEDCHAIN_DEMO_BENCH");
        if (spec.isEmpty())
            QSKIP("set MEDCHAIN_DEMO_BENCH=patients,records to time a large scenario");
        const QList<QByteArray> parts = spec.split(',');
        QCOMPARE(parts.size(), 2);
        QElapsedTimer clock;
        clock.start();
        const auto large = ScenarioGenerator::generate(
            m_catalog, options(1, parts[0].toInt(), parts[1].toInt()));
        QVERIFY2(large.ok(), qPrintable(large.error()));
        qInfo("%d patients, %d records, %lld events generated in %lld ms",
              int(large->patients.size()), large->options.records, qint64(large->events.size()),
              clock.elapsed());
        if (qEnvironmentVariableIsSet("MEDCHAIN_DEMO_BENCH_CHECK")) {
            const QStringList problems = test::checkScenario(large.value(), m_catalog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioGenerator)
#include "TestScenarioGenerator.moc"
