// The demo generator's building blocks: its seed data loads and every code the clinical model
// uses exists in the catalog; a damaged seed file is refused; the random generator matches the
// published SplitMix64 vector and stays unbiased; templates expand as documented; resident ID
// numbers carry the GB 11643 check character.
#include "ResourceCopy.h"
#include "demo/Catalog.h"
#include "demo/DemoData.h"
#include "demo/DemoRandom.h"
#include "demo/Dosing.h"
#include "demo/Identities.h"
#include "demo/TextTemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain::demo;

namespace {

/// The embedded seed data copied to `dir`, with `from` replaced by `to` in `file`.
bool writeDemoCopy(const QString &dir, const QString &file, const QString &from, const QString &to)
{
    bool replaced = false;
    const bool copied = test::copyResources(QStringLiteral(":/demo"), dir, file, [&](QString text) {
        if (const qsizetype at = text.indexOf(from); at >= 0) {
            text.replace(at, from.size(), to);
            replaced = true;
        }
        return text;
    });
    return copied && replaced;
}

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT
private:
    Catalog m_catalog = test::loadCatalog();

private slots:
    void seedDataLoads()
    {
        const auto data = DemoData::load(m_catalog);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QVERIFY(data->conditions.size() >= 100);
        QVERIFY(data->chronic.size() >= 10);
        QVERIFY(data->surnames.size() >= 100);
        QVERIFY(data->givenCharacters.size() >= 100);
        QVERIFY(data->latinNames.size() >= 5);
        QCOMPARE(data->settings.authorityNameZh, QStringLiteral("安徽省卫生健康委员会"));
        QCOMPARE(data->settings.authorityRegion, QStringLiteral("340000"));
        QCOMPARE(data->settings.outbreakRegion, QStringLiteral("341202"));
        QVERIFY(m_catalog.exam(data->settings.repeatedExam));
        QVERIFY(m_catalog.drug(data->settings.overdoseDrug));
        // The wallet's settings: the assistance covers diabetes and hypertension.
        QCOMPARE(
            data->settings.assistanceCodes,
            QStringList({QStringLiteral("E11"), QStringLiteral("I10"), QStringLiteral("I11")}));
        QVERIFY(data->settings.recordManagementFen > 0);
        QVERIFY(data->settings.assistanceFen > 0 && data->settings.trialFen > 0);
        QVERIFY(!data->settings.fundName.isEmpty());
        QVERIFY(std::any_of(data->institutions.cbegin(), data->institutions.cend(),
                            [](const InstitutionPattern &p) {
                                return p.role == QLatin1String("fundmanager") && p.level == 0;
                            }));
    }

    void diagnosisRulesMatchByIcd10Prefix_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("diagnosis");
        QTest::addColumn<bool>("covered");
        QTest::newRow("category, subcategory") << "E11"
                                               << "E11.9" << true;
        QTest::newRow("category, itself") << "I10"
                                          << "I10" << true;
        QTest::newRow("category, a neighbour") << "I10"
                                               << "I11.9" << false;
        QTest::newRow("category, a longer category") << "E1"
                                                     << "E11.9" << false;
        QTest::newRow("subcategory, itself") << "J10.1"
                                             << "J10.1" << true;
        QTest::newRow("subcategory, a finer one") << "J10.1"
                                                  << "J10.12" << true;
        QTest::newRow("subcategory, a sibling") << "J10.1"
                                                << "J10.0" << false;
        QTest::newRow("subcategory, its category") << "J10.1"
                                                   << "J10" << false;
    }

    void diagnosisRulesMatchByIcd10Prefix()
    {
        QFETCH(QString, code);
        QFETCH(QString, diagnosis);
        QFETCH(bool, covered);
        QCOMPARE(diagnosisFallsUnder(diagnosis, code), covered);
    }

    void clinicalModelUsesOnlyCatalogCodes()
    {
        const auto loaded = DemoData::load(m_catalog);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const DemoData &data = loaded.value();
        int codes = 0;
        int drugs = 0;
        int exams = 0;
        for (const Condition &c : data.conditions) {
            QVERIFY2(!c.complaints.isEmpty() && !c.notes.isEmpty(), qPrintable(c.id));
            for (const QStringList &option : c.diagnoses)
                for (const QString &code : option) {
                    QVERIFY2(m_catalog.icd10(code), qPrintable(c.id + QLatin1Char(' ') + code));
                    ++codes;
                }
            for (const OrderSlot &slot : c.orders)
                for (const OrderChoice &choice : slot.choices) {
                    if (choice.isDrug) {
                        const DrugEntry *drug = m_catalog.drug(choice.code);
                        QVERIFY2(drug, qPrintable(c.id + QLatin1Char(' ') + choice.code));
                        const qint64 dose = choice.doseMicrograms > 0 ? choice.doseMicrograms
                                                                      : drug->doseMicrograms;
                        for (const QString &f : drug->frequencies)
                            QVERIFY(!exceedsMaxDailyDose(dose, f, drug->maxDailyMicrograms));
                        ++drugs;
                    } else {
                        QVERIFY2(m_catalog.exam(choice.code),
                                 qPrintable(c.id + QLatin1Char(' ') + choice.code));
                        ++exams;
                    }
                }
        }
        QVERIFY(codes >= 150);
        QVERIFY(drugs >= 150);
        QVERIFY(exams >= 150);
        for (int g = 0; g < data.chronic.size(); ++g)
            for (const int c : data.chronic[g].conditions)
                QCOMPARE(data.conditions[c].group, g);
    }

    void influenzaPeaksInWinterInTheModel()
    {
        const auto loaded = DemoData::load(m_catalog);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const DemoData &data = loaded.value();
        for (const char *id : {"ili_clinical", "ili_confirmed", "uri", "bronchitis"}) {
            const Condition &c = data.conditions[data.conditionIndex(QLatin1String(id))];
            QVERIFY2(c.months[0] > 2 * c.months[6], id); // January against July
        }
        const Condition &gi = data.conditions[data.conditionIndex(QStringLiteral("gi_summer"))];
        QVERIFY(gi.months[6] > 2 * gi.months[0]);
        const Condition &steady = data.conditions[data.conditionIndex(QStringLiteral("gastritis"))];
        QCOMPARE(steady.months[0], steady.months[6]);
    }

    void damagedSeedDataIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("unknown ICD code") << "conditions.csv"
                                          << "J06.9:8"
                                          << "J06.99:8";
        QTest::newRow("unknown drug") << "condition_orders.csv"
                                      << "uri,1,60,drug,N02BE01"
                                      << "uri,1,60,drug,N02BE99";
        QTest::newRow("dose above maximum") << "condition_orders.csv"
                                            << "hepb_vacc,1,100,drug,J07BC01,1,,"
                                            << "hepb_vacc,1,100,drug,J07BC01,1,40,";
        QTest::newRow("unknown specialty") << "conditions.csv"
                                           << "Paediatrics,2:5;3:5"
                                           << "Paediatricks,2:5;3:5";
        QTest::newRow("bad template") << "condition_texts.csv"
                                      << "{2~3}天"
                                      << "{2~3天";
        QTest::newRow("slot chances differ") << "condition_orders.csv"
                                             << "uri,1,60,drug,M01AE01"
                                             << "uri,1,61,drug,M01AE01";
        QTest::newRow("outbreak not a district") << "settings.csv"
                                                 << "outbreak_region,341202"
                                                 << "outbreak_region,341200";
        QTest::newRow("age gap") << "age_pyramid.csv"
                                 << "5,9,"
                                 << "6,9,";
        QTest::newRow("assistance codes unsorted") << "settings.csv"
                                                   << "assistance_codes,E11;I10"
                                                   << "assistance_codes,I10;E11";
        QTest::newRow("assistance code never diagnosed") << "settings.csv"
                                                         << "assistance_codes,E11;"
                                                         << "assistance_codes,E10;";
        QTest::newRow("fund manager without its district") << "institutions.csv"
                                                           << "fundmanager,0,340103,"
                                                           << "fundmanager,0,,";
    }

    void damagedSeedDataIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY2(writeDemoCopy(dir.path(), file, from, to), "the pattern must match the file");
        const auto data = DemoData::loadFrom(dir.path(), m_catalog);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().contains(file), qPrintable(data.error()));
    }

    void splitMix64MatchesTheReference()
    {
        // Vigna's splitmix64.c seeded with 1234567.
        quint64 x = 1234567;
        QCOMPARE(DemoRandom::splitMix64(x), Q_UINT64_C(6457827717110365317));
        QCOMPARE(DemoRandom::splitMix64(x), Q_UINT64_C(3203168211198807973));
        QCOMPARE(DemoRandom::splitMix64(x), Q_UINT64_C(9817491932198370423));
    }

    void randomIsDeterministicAndUnbiased()
    {
        DemoRandom a(42, 7);
        DemoRandom b(42, 7);
        DemoRandom c(42, 8);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const quint64 x = a.next();
            QCOMPARE(b.next(), x);
            differs = differs || c.next() != x;
        }
        QVERIFY(differs);

        // 60,000 draws below 6: each face within 5% of 10,000.
        DemoRandom r(1);
        int counts[6] = {};
        for (int i = 0; i < 60'000; ++i) {
            const quint64 v = r.below(6);
            QVERIFY(v < 6);
            ++counts[v];
        }
        for (const int n : counts)
            QVERIFY2(n > 9'500 && n < 10'500, qPrintable(QString::number(n)));
        for (int i = 0; i < 1000; ++i) {
            const qint64 v = r.between(-3, 3);
            QVERIFY(v >= -3 && v <= 3);
        }
        QCOMPARE(r.below(1), quint64(0));
        // A bound just above 2^63 is where a plain modulo would be most biased.
        const quint64 big = (Q_UINT64_C(1) << 63) + 1;
        for (int i = 0; i < 100; ++i)
            QVERIFY(r.below(big) < big);
    }

    void weightedChoiceFollowsWeights()
    {
        const WeightedChoice choice(std::vector<int> {0, 3, 0, 1});
        QCOMPARE(choice.total(), quint64(4));
        QCOMPARE(choice.pickAt(0), 1);
        QCOMPARE(choice.pickAt(2), 1);
        QCOMPARE(choice.pickAt(3), 3);
        DemoRandom r(9);
        int counts[4] = {};
        for (int i = 0; i < 40'000; ++i)
            ++counts[choice.pick(r)];
        QCOMPARE(counts[0], 0);
        QCOMPARE(counts[2], 0);
        QVERIFY(counts[1] > 29'000 && counts[1] < 31'000);
    }

    void templatesExpand()
    {
        DemoRandom r(3);
        const TextTemplate plain = TextTemplate::compile(QStringLiteral("无异常")).value();
        QCOMPARE(plain.expand(r), QStringLiteral("无异常"));
        const TextTemplate t
            = TextTemplate::compile(QStringLiteral("体温{37.8~38.6}℃，{咳嗽|咽痛|{1~3}天}"))
                  .value();
        const QRegularExpression shape(QStringLiteral("^体温3[78]\\.\\d℃，(咳嗽|咽痛|[123]天)$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString text = t.expand(r);
            QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
            const int tenths = text.mid(2, 2).toInt() * 10 + text.mid(5, 1).toInt();
            QVERIFY(tenths >= 378 && tenths <= 386);
            seen.insert(text.section(QStringLiteral("，"), 1));
        }
        QCOMPARE(seen.size(), 5);
        const TextTemplate negative
            = TextTemplate::compile(QStringLiteral("{-1.20~-1.10}")).value();
        for (int i = 0; i < 20; ++i) {
            const QString text = negative.expand(r);
            QVERIFY2(text.startsWith(QLatin1String("-1.1")) || text == QLatin1String("-1.20"),
                     qPrintable(text));
            QCOMPARE(text.size(), 5);
        }
        for (const char *bad : {"{1~2", "1~2}", "{abc}", "{2~1}", "{1.0~2}", "{~}", "{x|{1~}}"})
            QVERIFY2(!TextTemplate::compile(QString::fromUtf8(bad)).ok(), bad);
    }

    void residentIdCheckCharacter_data()
    {
        QTest::addColumn<QString>("id");
        // The examples of GB 11643-1999.
        QTest::newRow("GB 11643 example, X") << "11010519491231002X";
        QTest::newRow("GB 11643 example, 4") << "440524188001010014";
    }

    void residentIdCheckCharacter()
    {
        QFETCH(QString, id);
        QCOMPARE(medchain::demo::residentIdCheckCharacter(QStringView(id).first(17)), id.back());
        QCOMPARE(residentIdNumber(id.left(6), id.mid(6, 4).toInt(), id.mid(10, 2).toInt(),
                                  id.mid(12, 2).toInt(), id.mid(14, 3).toInt()),
                 id);
    }

    void foreignResidentIdHasItsShape()
    {
        const QString id = foreignResidentIdNumber(QStringLiteral("340000"), QStringLiteral("276"),
                                                   1985, 3, 7, 41);
        QCOMPARE(id.size(), 18);
        QVERIFY(id.startsWith(QLatin1String("93427619850307041")));
        QCOMPARE(id.back(), medchain::demo::residentIdCheckCharacter(QStringView(id).first(17)));
    }

    void namesLookChineseOrLatin()
    {
        const auto loaded = DemoData::load(m_catalog);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const NameMaker names(loaded.value());
        DemoRandom r(5);
        const QRegularExpression chinese(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{2,3}$"));
        for (int i = 0; i < 200; ++i) {
            const QString name = names.chinese(r, i % 2 ? QLatin1Char('F') : QLatin1Char('M'));
            QVERIFY2(chinese.match(name).hasMatch(), qPrintable(name));
        }
        QString country;
        const QString latin = names.latin(r, QLatin1Char('F'), &country);
        QVERIFY(latin.contains(QLatin1Char(' ')));
        QCOMPARE(country.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
