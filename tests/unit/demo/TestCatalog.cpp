// The embedded medical catalog: it loads, its lookups answer, its regions are GB/T 2260 codes
// of Anhui as they stand after 2020, its drugs respect their own maximum daily doses, and a
// damaged file is refused with the file and line named. Also the CSV reader and Dosing.
#include "ResourceCopy.h"
#include "demo/Catalog.h"
#include "demo/CsvTable.h"
#include "demo/Dosing.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace medchain::demo;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {

/// A copy of the embedded catalog in `dir` with `transform` applied to one file's text.
bool writeCatalogCopy(const QString &dir, const QString &file,
                      const std::function<QString(QString)> &transform)
{
    return test::copyResources(QStringLiteral(":/catalog"), dir, file, transform);
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private:
    Catalog m_catalog = test::loadCatalog();

private slots:
    void embeddedCatalogLoads()
    {
        const auto catalog = Catalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        QVERIFY(catalog->icd10Codes().size() >= 150);
        QVERIFY(catalog->icd10Codes().size() <= 300);
        QCOMPARE(catalog->icd10Chapters().size(), 22);
        QVERIFY(catalog->drugs().size() >= 60);
        QVERIFY(catalog->exams().size() >= 40);
        QVERIFY(catalog->regions().size() >= 100);
    }

    void icd10TitlesAndChapters()
    {
        QCOMPARE(m_catalog.icd10Title(QStringLiteral("J10.1"), QLocale::English),
                 QStringLiteral("Influenza with other respiratory manifestations, seasonal "
                                "influenza virus identified"));
        QVERIFY(m_catalog.icd10Title(QStringLiteral("J10.1"), QLocale::Chinese)
                    .startsWith(QStringLiteral("流行性感冒")));
        QCOMPARE(m_catalog.icd10Title(QStringLiteral("I10"), QLocale::Chinese),
                 QStringLiteral("特发性（原发性）高血压"));
        QVERIFY(m_catalog.icd10Title(QStringLiteral("J99.9"), QLocale::English).isEmpty());
        QVERIFY(!m_catalog.icd10(QStringLiteral("j10.1"))); // codes are upper case

        const auto chapter = [&](const char *code) {
            const Icd10Chapter *c = m_catalog.chapterOf(QLatin1String(code));
            return c ? c->number : 0;
        };
        QCOMPARE(chapter("A09"), 1);
        QCOMPARE(chapter("D25.9"), 2); // neoplasms end at D48
        QCOMPARE(chapter("D50.9"), 3);
        QCOMPARE(chapter("H52.1"), 7);
        QCOMPARE(chapter("H66.9"), 8); // the ear starts at H60
        QCOMPARE(chapter("J10.1"), 10);
        QCOMPARE(chapter("T14.1"), 19);
        QCOMPARE(chapter("W54"), 20);
        QCOMPARE(chapter("Z34.0"), 21);
        QCOMPARE(chapter("U07.1"), 22);
        QCOMPARE(chapter("Q99.9"), 17); // not in the subset, still in a chapter
        QCOMPARE(chapter("J1"), 0);
        QCOMPARE(chapter("10.1"), 0);
        QCOMPARE(m_catalog.chapterOf(QStringLiteral("K35.8"))->titleZh,
                 QStringLiteral("消化系统疾病"));
        for (const Icd10Entry &entry : m_catalog.icd10Codes())
            QVERIFY2(m_catalog.chapterOf(entry.code), qPrintable(entry.code));
    }

    void icd10SubsetCoversWhatTheIssueNames()
    {
        for (const char *code :
             {"J06.9", "J10.1", "J11.1", "J18.9", "J20.9", "I10", "I11.9", "I63.9", "E78.5",
              "K21.0", "K35.8", "A09", "M54.5", "N39.0", "Z00.0", "Z34.0"})
            QVERIFY2(m_catalog.icd10(QLatin1String(code)), code);
        const auto anyWithPrefix = [&](const char *prefix) {
            return std::any_of(
                m_catalog.icd10Codes().cbegin(), m_catalog.icd10Codes().cend(),
                [&](const Icd10Entry &e) { return e.code.startsWith(QLatin1String(prefix)); });
        };
        for (const char *prefix : {"J44.", "J45.", "I20", "I21", "I24", "I25", "E11.", "K29.", "S",
                                   "O", "F32", "F41", "M17"})
            QVERIFY2(anyWithPrefix(prefix), prefix);
        QStringList chapters;
        for (const Icd10Entry &entry : m_catalog.icd10Codes())
            chapters.append(m_catalog.chapterOf(entry.code)->roman);
        chapters.removeDuplicates();
        QVERIFY(chapters.size() >= 18);
        // The codes are sorted, which a completer relies on.
        for (qsizetype i = 1; i < m_catalog.icd10Codes().size(); ++i)
            QVERIFY(m_catalog.icd10Codes()[i - 1].code < m_catalog.icd10Codes()[i].code);
    }

    void searchOffersCodesThenTitles()
    {
        const auto byCode = m_catalog.searchIcd10(QStringLiteral("j10"), 10);
        QVERIFY(byCode.size() >= 2);
        QCOMPARE(byCode.first()->code, QStringLiteral("J10.0"));
        const auto byTitle = m_catalog.searchIcd10(QStringLiteral("流行性感冒"), 10);
        QStringList codes;
        for (const Icd10Entry *e : byTitle)
            codes.append(e->code);
        for (const char *code : {"J10.0", "J10.1", "J11.1", "Z25.1"})
            QVERIFY2(codes.contains(QLatin1String(code)), qPrintable(codes.join(QLatin1Char(' '))));
        QCOMPARE(m_catalog.searchIcd10(QStringLiteral("fracture"), 3).size(), 3);
        QVERIFY(m_catalog.searchIcd10(QStringLiteral("   "), 10).isEmpty());
    }

    void drugsRespectTheirMaximumDailyDose()
    {
        const DrugEntry *amoxicillin = m_catalog.drug(QStringLiteral("J01CA04"));
        QVERIFY(amoxicillin);
        QCOMPARE(amoxicillin->nameZh, QStringLiteral("阿莫西林"));
        QCOMPARE(m_catalog.maxDailyDoseMicrograms(QStringLiteral("M01AE01")),
                 std::optional<qint64>(2'400'000));
        QVERIFY(!m_catalog.maxDailyDoseMicrograms(QStringLiteral("X00XX00")));
        QCOMPARE(m_catalog.drugName(QStringLiteral("J05AH02"), QLocale::English),
                 QStringLiteral("Oseltamivir"));
        // Independent of Dosing: the usual dose at each listed schedule.
        const QHash<QString, int> perDay {
            {QStringLiteral("qd"), 1},  {QStringLiteral("bid"), 2}, {QStringLiteral("tid"), 3},
            {QStringLiteral("qid"), 4}, {QStringLiteral("q6h"), 4}, {QStringLiteral("q8h"), 3},
            {QStringLiteral("qn"), 1},  {QStringLiteral("qw"), 1},  {QStringLiteral("st"), 1}};
        const QRegularExpression atc(QStringLiteral("^[A-Z]\\d\\d[A-Z]{2}\\d\\d$"));
        for (const DrugEntry &drug : m_catalog.drugs()) {
            QVERIFY2(drug.doseMicrograms > 0 && drug.maxDailyMicrograms > 0, qPrintable(drug.atc));
            QVERIFY2(atc.match(drug.atc).hasMatch(), qPrintable(drug.atc));
            for (const QString &frequency : drug.frequencies) {
                QVERIFY2(perDay.contains(frequency), qPrintable(drug.atc + frequency));
                QVERIFY2(drug.doseMicrograms * perDay[frequency] <= drug.maxDailyMicrograms,
                         qPrintable(drug.atc));
            }
        }
    }

    void examsHaveFeesAndKinds()
    {
        const ExamEntry *ct = m_catalog.exam(QStringLiteral("CT-CHEST"));
        QVERIFY(ct);
        QCOMPARE(ct->kind, ExamKind::Imaging);
        QVERIFY(ct->feeFen > 10'000);
        QCOMPARE(m_catalog.exam(QStringLiteral("CBC"))->kind, ExamKind::Laboratory);
        QVERIFY(!m_catalog.exam(QStringLiteral("cbc")));
    }

    void regionsAreAnhuiAfter2020()
    {
        const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
        int cities = 0;
        for (const RegionEntry &r : m_catalog.regions()) {
            QVERIFY2(sixDigits.match(r.code).hasMatch(), qPrintable(r.code));
            QVERIFY2(r.code.startsWith(QLatin1String("34")), qPrintable(r.code));
            QVERIFY(!r.nameZh.isEmpty() && !r.nameEn.isEmpty());
            if (r.parent.isEmpty()) {
                QCOMPARE(r.code, QStringLiteral("340000"));
                continue;
            }
            QVERIFY2(m_catalog.region(r.parent), qPrintable(r.code));
            if (r.code.endsWith(QLatin1String("00"))) {
                ++cities;
                QCOMPARE(r.parent, QStringLiteral("340000"));
            } else {
                QCOMPARE(r.parent, r.code.left(4) + QStringLiteral("00"));
                QVERIFY(r.populationThousands > 0);
            }
        }
        QCOMPARE(cities, 16);
        QCOMPARE(m_catalog.regionsUnder(QStringLiteral("340000")).size(), 16);
        QCOMPARE(m_catalog.provinceCode(), QStringLiteral("340000"));

        // Districts and counties of six cities, complete.
        const QList<std::pair<QString, int>> counts {
            {QStringLiteral("340100"), 9},  {QStringLiteral("340200"), 7},
            {QStringLiteral("340300"), 7},  {QStringLiteral("341200"), 8},
            {QStringLiteral("340800"), 10}, {QStringLiteral("341500"), 7}};
        for (const auto &[city, n] : counts)
            QCOMPARE(m_catalog.regionsUnder(city).size(), n);
        QCOMPARE(m_catalog.regionName(QStringLiteral("341202"), QLocale::Chinese),
                 QStringLiteral("颍州区"));
        QCOMPARE(m_catalog.regionName(QStringLiteral("340104"), QLocale::Chinese),
                 QStringLiteral("蜀山区"));
        QCOMPARE(m_catalog.regionName(QStringLiteral("340181"), QLocale::Chinese),
                 QStringLiteral("巢湖市"));
        // Wuhu after 2020: Sanshan merged into the new Yijiang (340209); Wuhu county became
        // Wanzhi district, Fanchang county Fanchang district; Wuwei (2019), Guangde (2019) and
        // Qianshan (2018) are county-level cities with new codes.
        for (const char *code : {"340209", "340210", "340212", "340281", "341882", "340882"})
            QVERIFY2(m_catalog.region(QLatin1String(code)), code);
        for (const char *code :
             {"340203", "340208", "340221", "340222", "340225", "341822", "340824"})
            QVERIFY2(!m_catalog.region(QLatin1String(code)), code);
        QCOMPARE(m_catalog.cityOf(QStringLiteral("341202")), QStringLiteral("341200"));
        QCOMPARE(m_catalog.cityOf(QStringLiteral("341200")), QStringLiteral("341200"));
        QVERIFY(m_catalog.cityOf(QStringLiteral("340000")).isEmpty());
        QVERIFY(m_catalog.cityOf(QStringLiteral("110101")).isEmpty());
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad ICD code") << "icd10.csv"
                                      << "J00,Acute"
                                      << "J0X,Acute"
                                      << "line";
        QTest::newRow("duplicate ICD code") << "icd10.csv"
                                            << "J02.9,"
                                            << "J00,x,y\nJ02.9,"
                                            << "twice";
        QTest::newRow("dose above maximum") << "drugs.csv"
                                            << "500000,tid;q8h,4000000"
                                            << "500000,tid;q8h,1000000"
                                            << "exceeds";
        QTest::newRow("unknown frequency") << "drugs.csv"
                                           << "tid;q8h"
                                           << "tds"
                                           << "frequency";
        QTest::newRow("unclosed quote") << "drugs.csv"
                                        << "\"Influenza vaccine, inactivated"
                                        << "\"Influenza vaccine, inactivated\"x"
                                        << "quoted";
        QTest::newRow("wrong parent") << "regions.csv"
                                      << "340102,340100"
                                      << "340102,340200"
                                      << "340102";
        QTest::newRow("renamed column") << "regions.csv"
                                        << "population_thousands"
                                        << "population"
                                        << "header";
        QTest::newRow("short row") << "exams.csv"
                                   << "CRP,C-reactive protein,C反应蛋白,3000,"
                                   << "CRP,"
                                   << "fields";
        QTest::newRow("unbalanced template") << "exams.csv"
                                             << "{0.5~6.0}"
                                             << "{0.5~6.0"
                                             << "{";
        QTest::newRow("range decimals") << "exams.csv"
                                        << "{0.5~6.0}"
                                        << "{0.5~6}"
                                        << "range";
        QTest::newRow("overlapping chapters") << "icd10_chapters.csv"
                                              << "C00,D48"
                                              << "B00,D48"
                                              << "overlap";
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        bool replaced = false;
        QVERIFY(writeCatalogCopy(dir.path(), file, [&](QString text) {
            replaced = text.contains(from);
            return text.replace(text.indexOf(from), from.size(), to);
        }));
        QVERIFY2(replaced, "the test's pattern must match the shipped file");
        const auto catalog = Catalog::loadFrom(dir.path());
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().contains(file), qPrintable(catalog.error()));
        QVERIFY2(catalog.error().contains(expected), qPrintable(catalog.error()));
    }

    void missingFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeCatalogCopy(dir.path(), QString(), [](QString t) { return t; }));
        QVERIFY(Catalog::loadFrom(dir.path()).ok());
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("exams.csv"))));
        const auto catalog = Catalog::loadFrom(dir.path());
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().contains(QStringLiteral("exams.csv")),
                 qPrintable(catalog.error()));
    }

    void csvQuotingAndComments()
    {
        const QByteArray text = "# a comment\r\n\r\na,b,c\r\n"
                                "1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n"
                                "x,,\"\"\n";
        const auto table
            = CsvTable::parse(QStringLiteral("t.csv"), text,
                              {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows().size(), 2);
        QCOMPARE(table->rows()[0].fields,
                 QStringList({QStringLiteral("1"), QStringLiteral("two, with comma"),
                              QStringLiteral("say \"hi\"")}));
        QCOMPARE(table->rows()[0].line, 4);
        QCOMPARE(table->rows()[1].fields, QStringList({QStringLiteral("x"), QString(), QString()}));
        QCOMPARE(table->integer(table->rows()[0], 0, 0, 9).value(), 1);
        QVERIFY(!table->integer(table->rows()[1], 0, 0, 9).ok());
        QVERIFY(!table->integer(table->rows()[0], 0, 2, 9).ok());

        const QStringList ab {QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY(!CsvTable::parse(QStringLiteral("t.csv"), "a,b\n1,2,3\n", ab).ok());
        QVERIFY(!CsvTable::parse(QStringLiteral("t.csv"), "# only a comment\n", ab).ok());
        QVERIFY(!CsvTable::parse(QStringLiteral("t.csv"), "a,b\n\"x\"y,1\n", ab).ok());
        QVERIFY(!CsvTable::parse(QStringLiteral("t.csv"), "a,b\n\"x,1\n", ab).ok());
        QVERIFY(
            !CsvTable::parse(QStringLiteral("t.csv"), QByteArray("a,b\n\xff\xfe,1\n"), ab).ok());
    }

    void administrationsPerDay_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<std::optional<int>>("perDay");
        QTest::newRow("qd") << "qd" << std::optional<int>(1);
        QTest::newRow("bid") << "bid" << std::optional<int>(2);
        QTest::newRow("tid") << "tid" << std::optional<int>(3);
        QTest::newRow("qid") << "qid" << std::optional<int>(4);
        QTest::newRow("q4h") << "q4h" << std::optional<int>(6);
        QTest::newRow("q6h") << "q6h" << std::optional<int>(4);
        QTest::newRow("q8h") << "q8h" << std::optional<int>(3);
        QTest::newRow("q12h") << "q12h" << std::optional<int>(2);
        QTest::newRow("qn") << "qn" << std::optional<int>(1);
        QTest::newRow("qod") << "qod" << std::optional<int>(1);
        QTest::newRow("qw") << "qw" << std::optional<int>(1);
        QTest::newRow("st") << "st" << std::optional<int>(1);
        QTest::newRow("upper case") << "TID" << std::optional<int>(3);
        QTest::newRow("as needed") << "prn" << std::optional<int>();
        QTest::newRow("unknown") << "tds" << std::optional<int>();
        QTest::newRow("empty") << "" << std::optional<int>();
    }

    void administrationsPerDay()
    {
        QFETCH(QString, frequency);
        QFETCH(std::optional<int>, perDay);
        QCOMPARE(medchain::demo::administrationsPerDay(frequency), perDay);
    }

    void dailyDosesAndCourses()
    {
        QCOMPARE(dailyDoseMicrograms(800'000, QStringLiteral("qid")),
                 std::optional<qint64>(3'200'000));
        QVERIFY(exceedsMaxDailyDose(800'000, QStringLiteral("qid"), 2'400'000));
        QVERIFY(!exceedsMaxDailyDose(600'000, QStringLiteral("qid"), 2'400'000)); // equal is fine
        QVERIFY(!exceedsMaxDailyDose(10'000'000, QStringLiteral("prn"), 1));
        QCOMPARE(administrationsOver(QStringLiteral("tid"), 5), std::optional<qint64>(15));
        QCOMPARE(administrationsOver(QStringLiteral("qod"), 5), std::optional<qint64>(3));
        QCOMPARE(administrationsOver(QStringLiteral("qw"), 14), std::optional<qint64>(2));
        QCOMPARE(administrationsOver(QStringLiteral("biw"), 7), std::optional<qint64>(2));
        QCOMPARE(administrationsOver(QStringLiteral("st"), 7), std::optional<qint64>(1));
        QVERIFY(!administrationsOver(QStringLiteral("prn"), 7));
        QVERIFY(frequencyCodes().contains(QStringLiteral("q8h")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
