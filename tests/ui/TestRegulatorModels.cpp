// The regulator's models over fabricated snapshots: regions and ICD-10 chapters and categories
// named from the catalog (in English, and in Chinese when the locale says so), sorted by cases
// through the tables' sort role, alerts newest first, break-glass rows marked as emergencies,
// supervision findings with their figures in units, a record's trail oldest first with its
// emergencies marked; each passes QAbstractItemModelTester.
#include "SupervisionFixtures.h"

#include "common/MedicalCatalog.h"
#include "patient/RecordFormat.h"
#include "regulator/AlertModel.h"
#include "regulator/DiseaseCountModel.h"
#include "regulator/EmergencyModel.h"
#include "regulator/FindingModel.h"
#include "regulator/FindingText.h"
#include "regulator/RegionCountModel.h"
#include "regulator/SurveillanceText.h"
#include "regulator/TrailEventModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

using namespace medchain;
using namespace medchain::ui;

namespace {

constexpr qint64 kStart = 1'767'196'800'000; // 2026-01-01 00:00 China time
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

client::GroupCount count(const char *key, qint64 cases)
{
    return {QLatin1String(key), cases};
}

/// The display texts of column through a proxy sorted by role, top to bottom.
QStringList sortedColumn(QAbstractItemModel *model, int sortRole, int sortColumn,
                         Qt::SortOrder order, int column)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(sortRole);
    proxy.sort(sortColumn, order);
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        texts.append(proxy.index(row, column).data().toString());
    return texts;
}

client::OutbreakAlert alert(const char *category, const char *region, const QDate &day,
                            qint64 cases, double statistic)
{
    client::OutbreakAlert made;
    made.category = QLatin1String(category);
    made.region = QLatin1String(region);
    made.day = day;
    made.cases = cases;
    made.expected = 2.5;
    made.statistic = statistic;
    made.threshold = 3;
    return made;
}

client::Party party(int n, chain::Role role, const QString &name)
{
    client::Party made;
    made.id.bytes.fill(std::uint8_t(n));
    made.role = role;
    made.name = name;
    return made;
}

client::EmergencyEntry emergency(int n, qint64 time, const QString &reason)
{
    client::EmergencyEntry entry;
    entry.transaction.bytes.fill(std::uint8_t(n));
    entry.time = time;
    entry.practitioner = party(10 + n, chain::Role::Practitioner, QStringLiteral("李伟"));
    entry.practitioner.institution = QStringLiteral("合肥市第一人民医院");
    entry.patient = party(20 + n, chain::Role::Patient,
                          QStringLiteral("patient-%1").arg(QString::number(n).repeated(16)));
    entry.reason = reason;
    return entry;
}

} // namespace

class TestRegulatorModels : public QObject {
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void regionsNamedFromTheCatalogAndSortedByCases()
    {
        QVERIFY(medicalCatalog());
        RegionCountModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts(
            {count("340200", 5), count("340100", 20), count("349999", 1), count("340300", 12)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCases(), 38);
        QCOMPARE(model.index(1, RegionCountModel::Name).data().toString(), QStringLiteral("Hefei"));
        QCOMPARE(model.index(0, RegionCountModel::Name).data().toString(), QStringLiteral("Wuhu"));
        // A code the catalog does not know is shown as it is.
        QCOMPARE(model.index(2, RegionCountModel::Name).data().toString(),
                 QStringLiteral("349999"));
        QCOMPARE(model.index(1, RegionCountModel::Code).data().toString(),
                 QStringLiteral("340100"));
        QCOMPARE(model.index(1, RegionCountModel::Cases).data(RegionCountModel::CasesRole),
                 QVariant(qint64(20)));
        QCOMPARE(model.index(1, 0).data(RegionCountModel::CodeRole).toString(),
                 QStringLiteral("340100"));
        QVERIFY(model.index(1, 0).data(RegionCountModel::HasSubregionsRole).toBool());
        QVERIFY(!model.index(2, 0).data(RegionCountModel::HasSubregionsRole).toBool());
        QCOMPARE(model.headerData(RegionCountModel::Cases, Qt::Horizontal).toString(),
                 QStringLiteral("Cases"));

        // Cases sort as numbers (12 after 5 as text would put "5" first).
        QCOMPARE(sortedColumn(&model, RegionCountModel::SortRole, RegionCountModel::Cases,
                              Qt::DescendingOrder, RegionCountModel::Name),
                 (QStringList {QStringLiteral("Hefei"), QStringLiteral("Bengbu"),
                               QStringLiteral("Wuhu"), QStringLiteral("349999")}));

        // Districts have no regions under them.
        model.setCounts({count("340111", 3)});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Baohe District"));
        QVERIFY(!model.index(0, 0).data(RegionCountModel::HasSubregionsRole).toBool());
        model.setCounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void namesFollowTheLanguage()
    {
        RegionCountModel model;
        model.setCounts({count("340100", 20)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        model.retranslate();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, RegionCountModel::Name).data().toString(),
                 QStringLiteral("合肥市"));
        QCOMPARE(SurveillanceText::chapterTitle(10), QStringLiteral("呼吸系统疾病"));
        QCOMPARE(SurveillanceText::categoryTitle(QStringLiteral("I10")),
                 QStringLiteral("特发性（原发性）高血压"));
    }

    void chaptersWithNumeralsAndTitles()
    {
        DiseaseCountModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts(DiseaseCountModel::Level::Chapters,
                        {count("9", 30), count("4", 12), count("5", 40)});
        QCOMPARE(model.level(), DiseaseCountModel::Level::Chapters);
        QCOMPARE(model.headerData(DiseaseCountModel::Code, Qt::Horizontal).toString(),
                 QStringLiteral("Chapter"));
        QCOMPARE(model.index(0, DiseaseCountModel::Code).data().toString(), QStringLiteral("IX"));
        QCOMPARE(model.index(0, DiseaseCountModel::Disease).data().toString(),
                 QStringLiteral("Diseases of the circulatory system"));
        QCOMPARE(model.index(0, 0).data(DiseaseCountModel::ChapterRole).toInt(), 9);
        QVERIFY(model.index(0, 0).data(DiseaseCountModel::CategoryRole).toString().isEmpty());
        QCOMPARE(model.index(2, 0).data(DiseaseCountModel::KeyRole).toString(),
                 QStringLiteral("5"));
        QCOMPARE(model.totalCases(), 82);
        // Chapters sort by number, not by numeral: IV, V, IX (as text: IV, IX, V).
        QCOMPARE(sortedColumn(&model, DiseaseCountModel::SortRole, DiseaseCountModel::Code,
                              Qt::AscendingOrder, DiseaseCountModel::Code),
                 (QStringList {QStringLiteral("IV"), QStringLiteral("V"), QStringLiteral("IX")}));
        QCOMPARE(sortedColumn(&model, DiseaseCountModel::SortRole, DiseaseCountModel::Cases,
                              Qt::DescendingOrder, DiseaseCountModel::Code),
                 (QStringList {QStringLiteral("V"), QStringLiteral("IX"), QStringLiteral("IV")}));
    }

    void categoriesWithTitles()
    {
        DiseaseCountModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts(DiseaseCountModel::Level::Categories,
                        {count("I10", 8), count("J10", 100), count("I25", 9)});
        QCOMPARE(model.headerData(DiseaseCountModel::Code, Qt::Horizontal).toString(),
                 QStringLiteral("Category"));
        // A category the catalog lists itself.
        QCOMPARE(model.index(0, DiseaseCountModel::Disease).data().toString(),
                 QStringLiteral("Essential (primary) hypertension"));
        // Listed only by subdivisions: the first one's title (J10.0), or the unspecified one's.
        QCOMPARE(model.index(1, DiseaseCountModel::Disease).data().toString(),
                 QStringLiteral("Influenza with pneumonia, seasonal influenza virus identified"));
        QCOMPARE(model.index(2, DiseaseCountModel::Disease).data().toString(),
                 QStringLiteral("Chronic ischaemic heart disease, unspecified"));
        QVERIFY(model.index(1, DiseaseCountModel::Disease)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("J10.1")));
        QCOMPARE(model.index(1, 0).data(DiseaseCountModel::CategoryRole).toString(),
                 QStringLiteral("J10"));
        QCOMPARE(model.index(1, 0).data(DiseaseCountModel::ChapterRole).toInt(), 10);
        QCOMPARE(model.index(0, 0).data(DiseaseCountModel::ChapterRole).toInt(), 9);
        QCOMPARE(model.index(1, DiseaseCountModel::Cases).data().toString(), QStringLiteral("100"));
        QCOMPARE(
            sortedColumn(&model, DiseaseCountModel::SortRole, DiseaseCountModel::Cases,
                         Qt::DescendingOrder, DiseaseCountModel::Code),
            (QStringList {QStringLiteral("J10"), QStringLiteral("I25"), QStringLiteral("I10")}));
    }

    void alertsNewestFirstWithDistrictAndDisease()
    {
        AlertModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate day(2026, 3, 5);
        model.setAlerts({alert("J10", "340111", day.addDays(-3), 6, 4.2),
                         alert("A09", "340104", day, 9, 3.5),
                         alert("J10", "340102", day, 12, 7.75)});
        QCOMPARE(model.rowCount(), 3);
        // Newest first; on the same day the strongest first.
        QCOMPARE(model.index(0, AlertModel::District).data().toString(),
                 QStringLiteral("Yaohai District"));
        QCOMPARE(model.index(1, AlertModel::District).data().toString(),
                 QStringLiteral("Shushan District"));
        QCOMPARE(model.index(2, AlertModel::Day).data().toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(
            model.index(0, AlertModel::Disease).data().toString(),
            QStringLiteral("J10 Influenza with pneumonia, seasonal influenza virus identified"));
        QCOMPARE(model.index(0, AlertModel::Cases).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(0, AlertModel::Expected).data().toString(), QStringLiteral("2.5"));
        QCOMPARE(model.index(0, AlertModel::Statistic).data().toString(), QStringLiteral("7.75"));
        QCOMPARE(model.index(0, AlertModel::Threshold).data().toString(), QStringLiteral("3.00"));
        QCOMPARE(model.index(0, 0).data(AlertModel::CategoryRole).toString(),
                 QStringLiteral("J10"));
        QCOMPARE(model.index(0, 0).data(AlertModel::RegionRole).toString(),
                 QStringLiteral("340102"));
        QCOMPARE(model.index(2, 0).data(AlertModel::DayRole).toDate(), day.addDays(-3));
        QCOMPARE(model.alertAt(2)->region, QStringLiteral("340111"));
        QVERIFY(!model.alertAt(3));
        // Statistics sort as numbers.
        QCOMPARE(
            sortedColumn(&model, AlertModel::SortRole, AlertModel::Statistic, Qt::DescendingOrder,
                         AlertModel::Statistic),
            (QStringList {QStringLiteral("7.75"), QStringLiteral("4.20"), QStringLiteral("3.50")}));
        QCOMPARE(sortedColumn(&model, AlertModel::SortRole, AlertModel::Day, Qt::AscendingOrder,
                              AlertModel::Day)
                     .first(),
                 QStringLiteral("2026-03-02"));
    }

    void emergenciesMarkedNewestFirst()
    {
        EmergencyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({emergency(1, kStart + 3 * kDay, QStringLiteral("患者昏迷送入急诊")),
                          emergency(2, kStart + 20 * kDay, QStringLiteral("车祸伤员，无法沟通"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EmergencyModel::Reason).data().toString(),
                 QStringLiteral("车祸伤员，无法沟通"));
        QCOMPARE(model.index(0, EmergencyModel::Patient).data().toString(),
                 QStringLiteral("patient-2222222222222222"));
        QCOMPARE(model.index(0, EmergencyModel::Practitioner).data().toString(),
                 QStringLiteral("李伟"));
        QCOMPARE(model.index(0, EmergencyModel::Institution).data().toString(),
                 QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(model.index(1, 0).data(EmergencyModel::TimeRole).toLongLong(), kStart + 3 * kDay);
        QCOMPARE(model.index(0, 0).data(EmergencyModel::TransactionRole).toByteArray(),
                 QByteArray(32, '\x02'));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, EmergencyModel::Access).data().toString(),
                     QStringLiteral("Emergency"));
            QVERIFY(model.index(row, 0).data(EmergencyModel::EmergencyRole).toBool());
            QVERIFY(!model.index(row, EmergencyModel::Access)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
            for (int column = 0; column < EmergencyModel::ColumnCount; ++column)
                QCOMPARE(model.index(row, column).data(Qt::ForegroundRole).value<QBrush>().color(),
                         QColor(0xb0, 0x00, 0x20));
        }
        QCOMPARE(sortedColumn(&model, EmergencyModel::SortRole, EmergencyModel::Time,
                              Qt::AscendingOrder, EmergencyModel::Reason)
                     .first(),
                 QStringLiteral("患者昏迷送入急诊"));
    }

    void findingsNewestFirstWithFiguresInUnits()
    {
        FindingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<client::SupervisionFinding> findings = testing::demoFindings();
        std::reverse(findings.begin(), findings.end());
        model.setFindings(findings);
        QCOMPARE(model.rowCount(), 3);
        using client::SupervisionRule;
        const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        // Newest first, whatever the order given.
        QCOMPARE(text(0, FindingModel::Day), QStringLiteral("2026-04-16"));
        QCOMPARE(text(0, FindingModel::Rule), QStringLiteral("Repeated exam"));
        QCOMPARE(text(0, FindingModel::Subject), QStringLiteral("Complete blood count (CBC)"));
        QCOMPARE(text(0, FindingModel::Value), QStringLiteral("4 days after the last"));
        QCOMPARE(text(0, FindingModel::Limit), QStringLiteral("within 30 days"));
        QCOMPARE(text(1, FindingModel::Rule), QStringLiteral("High fees"));
        QCOMPARE(text(1, FindingModel::Subject),
                 QStringLiteral("J20 Acute bronchitis, unspecified"));
        QCOMPARE(text(1, FindingModel::Value), QStringLiteral("¥2000.00"));
        QCOMPARE(text(1, FindingModel::Limit), QStringLiteral("¥45.00"));
        QCOMPARE(text(2, FindingModel::Subject), QStringLiteral("Paracetamol (N02BE01)"));
        QCOMPARE(text(2, FindingModel::Value), QStringLiteral("3000 mg a day"));
        QCOMPARE(text(2, FindingModel::Limit), QStringLiteral("2000 mg a day"));
        QCOMPARE(text(2, FindingModel::Practitioner), QStringLiteral("李伟"));
        QCOMPARE(text(2, FindingModel::Institution), QStringLiteral("合肥市第一人民医院"));
        QVERIFY(model.index(2, FindingModel::Value)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("above its maximum of 2000 mg a day")));
        QCOMPARE(model.index(2, 0).data(FindingModel::RuleRole).toInt(),
                 int(SupervisionRule::Overdose));
        QCOMPARE(model.index(2, 0).data(FindingModel::RecordRole).toByteArray(),
                 QByteArray(32, '\x03'));
        QCOMPARE(model.index(1, 0).data(FindingModel::DayRole).toDate(), QDate(2026, 4, 13));
        QCOMPARE(model.findingAt(1)->rule, SupervisionRule::Expense);
        QVERIFY(!model.findingAt(3));
        QCOMPARE(model.count(SupervisionRule::Overdose), 1);
        // Figures sort as numbers: 4 days before 200,000 fen before 3,000,000 µg.
        QCOMPARE(sortedColumn(&model, FindingModel::SortRole, FindingModel::Value,
                              Qt::AscendingOrder, FindingModel::Rule),
                 (QStringList {QStringLiteral("Repeated exam"), QStringLiteral("High fees"),
                               QStringLiteral("Overdose")}));

        // Names follow the language.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(2, FindingModel::Subject), QStringLiteral("对乙酰氨基酚 (N02BE01)"));
        QCOMPARE(text(0, FindingModel::Subject), QStringLiteral("血常规 (CBC)"));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rulesExplainedWithTheWindow()
    {
        using client::SupervisionRule;
        QVERIFY(FindingText::ruleExplanation(SupervisionRule::RepeatedExam, 14)
                    .contains(QLatin1String("within 14 day(s)")));
        QVERIFY(FindingText::ruleExplanation(SupervisionRule::RepeatedExam, 0)
                    .startsWith(QLatin1String("Off")));
        QVERIFY(FindingText::ruleExplanation(SupervisionRule::Overdose, 30)
                    .contains(QLatin1String("maximum daily dose")));
        QVERIFY(FindingText::ruleExplanation(SupervisionRule::Expense, 30)
                    .contains(QLatin1String("at least 20")));
        // A code the catalog does not know is shown as it is.
        client::SupervisionFinding unknown = testing::demoFindings().last();
        unknown.subject = QStringLiteral("Z99ZZ99");
        QCOMPARE(FindingText::subject(unknown), QStringLiteral("Z99ZZ99"));
    }

    void trailOldestFirstWithEmergenciesMarked()
    {
        TrailEventModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(testing::fabricatedTrail().events);
        using Kind = client::TrailEvent::Kind;
        QCOMPARE(model.rowCount(), 6);
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds.append(model.index(row, TrailEventModel::Event).data().toString());
        QCOMPARE(kinds,
                 (QStringList {QStringLiteral("Created"), QStringLiteral("Amendment proposed"),
                               QStringLiteral("Amendment confirmed"), QStringLiteral("Read"),
                               QStringLiteral("Break-glass declared"),
                               QStringLiteral("Emergency read")}));
        QCOMPARE(model.creationRow(), 0);
        QCOMPARE(model.index(0, TrailEventModel::Time).data().toString(),
                 RecordFormat::dateTime(testing::kTrailStart + 10 * testing::kTrailHour));
        QCOMPARE(model.index(3, TrailEventModel::Detail).data().toString(),
                 QStringLiteral("Purpose: 复诊"));
        QCOMPARE(model.index(5, TrailEventModel::Detail).data().toString(),
                 QStringLiteral("Reason: 急诊抢救"));
        QCOMPARE(model.index(5, TrailEventModel::Who).data().toString(), QStringLiteral("张敏"));
        QCOMPARE(model.index(1, 0).data(TrailEventModel::TransactionRole).toByteArray(),
                 QByteArray(32, char(100 + int(Kind::AmendmentProposed))));
        QCOMPARE(model.index(1, 0).data(TrailEventModel::KindRole).toInt(),
                 int(Kind::AmendmentProposed));
        QCOMPARE(model.index(0, 0).data(TrailEventModel::TimeRole).toLongLong(),
                 testing::kTrailStart + 10 * testing::kTrailHour);
        // The two emergency rows are red with a warning; the others keep the default colours.
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool emergency = row >= 4;
            QCOMPARE(model.index(row, 0).data(TrailEventModel::EmergencyRole).toBool(), emergency);
            QCOMPARE(model.index(row, TrailEventModel::Who).data(Qt::ForegroundRole).isValid(),
                     emergency);
            QCOMPARE(model.index(row, TrailEventModel::Event).data(Qt::DecorationRole).isValid(),
                     emergency);
        }
        QCOMPARE(model.index(4, TrailEventModel::Detail)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xb0, 0x00, 0x20));
        QCOMPARE(model.eventAt(2)->kind, Kind::AmendmentConfirmed);
        QVERIFY(!model.eventAt(6));
        model.setEvents({});
        QCOMPARE(model.creationRow(), -1);
    }

    void methodsDescribedByOutbreakDetection()
    {
        QCOMPARE(SurveillanceText::methodName(client::AlertMethod::Cusum), QStringLiteral("CUSUM"));
        QVERIFY(SurveillanceText::methodDescription(client::AlertMethod::C2)
                    .startsWith(QLatin1String("EARS C2")));
        QVERIFY(SurveillanceText::methodDescription(client::AlertMethod::Cusum)
                    .startsWith(QLatin1String("CUSUM")));
        QCOMPARE(SurveillanceText::regionPath(QStringLiteral("340111")),
                 (QStringList {QStringLiteral("340000"), QStringLiteral("340100"),
                               QStringLiteral("340111")}));
        QCOMPARE(SurveillanceText::parentRegion(QStringLiteral("340100")),
                 QStringLiteral("340000"));
        QVERIFY(SurveillanceText::parentRegion(QStringLiteral("340000")).isEmpty());
        QCOMPARE(SurveillanceText::chapter(0), QStringLiteral("All diseases"));
        QCOMPARE(SurveillanceText::chapter(10),
                 QStringLiteral("X Diseases of the respiratory system"));
        QCOMPARE(SurveillanceText::chapterNumbers().size(), 22);
    }
};

QTEST_MAIN(TestRegulatorModels)
#include "TestRegulatorModels.moc"
