// The patient's timeline model and its search/filter proxy, over fabricated summaries: both pass
// QAbstractItemModelTester while 10,000 rows stream in, sort by date, and find records by ICD-10
// title in English and Chinese, by doctor, institution, complaint, category and date.
#include "patient/Icd10Titles.h"
#include "patient/RecordFilterModel.h"
#include "patient/RecordTimelineModel.h"

#include "common/Startup.h"
#include "crypto/Sha256.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace medchain;
using client::RecordSummary;
using ui::Icd10Titles;
using ui::RecordFilterModel;
using ui::RecordTimelineModel;

namespace {

constexpr qint64 kHour = 3'600'000;
const QStringList kCodes {QStringLiteral("J10.1"), QStringLiteral("I10"), QStringLiteral("E11.9"),
                          QStringLiteral("K29.1")};
const QStringList kDoctors {QStringLiteral("李伟"), QStringLiteral("王芳"),
                            QStringLiteral("Maria Schmidt")};

qint64 startMs()
{
    return QDateTime(QDate(2024, 1, 1), QTime(9, 0)).toMSecsSinceEpoch();
}

enum class Order { NewestFirst, Scattered };

// Record i: a code, a doctor and an hour. NewestFirst is the session's order; Scattered puts the
// hours in an order unrelated to i (7919 is a prime, so i * 7919 mod count is a permutation).
RecordSummary summary(int i, int count, Order order = Order::Scattered)
{
    RecordSummary s;
    s.id = crypto::sha256(QByteArray::number(i));
    s.version = s.id;
    s.category = i % 5 == 4 ? chain::RecordCategory::Laboratory : chain::RecordCategory::Encounter;
    const qint64 hour = order == Order::NewestFirst ? count - 1 - i : (qint64(i) * 7919) % count;
    s.encounterTime = startMs() + hour * kHour;
    s.height = quint64(i + 1);
    s.institution.name = i % 2 == 0 ? QStringLiteral("合肥市第一人民医院")
                                    : QStringLiteral("Shushan Community Health Centre");
    s.author.name = kDoctors.at(i % kDoctors.size());
    s.author.role = chain::Role::Practitioner;
    s.diagnoses = {kCodes.at(i % kCodes.size())};
    s.chiefComplaint = i % 10 == 0 ? QStringLiteral("头晕一周") : QStringLiteral("cough");
    return s;
}

QList<RecordSummary> batch(int first, int size, int count, Order order = Order::Scattered)
{
    QList<RecordSummary> rows;
    for (int i = first; i < first + size; ++i)
        rows.append(summary(i, count, order));
    return rows;
}

int expectedMatches(int count, const std::function<bool(int)> &matches)
{
    int n = 0;
    for (int i = 0; i < count; ++i)
        n += matches(i) ? 1 : 0;
    return n;
}

} // namespace

class TestRecordTimeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void titlesFollowTheLanguage()
    {
        QCOMPARE(Icd10Titles::title(QStringLiteral("I10"), QLocale::English),
                 QStringLiteral("Essential (primary) hypertension"));
        QCOMPARE(Icd10Titles::title(QStringLiteral("I10"), QLocale::Chinese),
                 QStringLiteral("特发性（原发性）高血压"));
        QCOMPARE(Icd10Titles::describe(QStringLiteral("I10")),
                 QStringLiteral("I10 Essential (primary) hypertension"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::Taiwan));
        QCOMPARE(Icd10Titles::describe(QStringLiteral("I10")),
                 QStringLiteral("I10 特发性（原发性）高血压"));
        // Not in the catalog: the code alone.
        QCOMPARE(Icd10Titles::describe(QStringLiteral("Z99.9")), QStringLiteral("Z99.9"));
        QCOMPARE(Icd10Titles::describeAll({QStringLiteral("I10"), QStringLiteral("Z99.9")}),
                 QStringLiteral("I10 特发性（原发性）高血压; Z99.9"));
    }

    void columnsShowTheRecord()
    {
        RecordTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordSummary amended = summary(1, 10);
        amended.diagnoses = {QStringLiteral("I10"), QStringLiteral("J10.1")};
        amended.amended = true;
        RecordSummary unreadable = summary(2, 10);
        unreadable.diagnoses.clear();
        unreadable.problem = QStringLiteral("no content key for this identity");
        RecordSummary pending = summary(3, 10);
        pending.amendmentPending = true;
        model.appendBatch({amended, unreadable, pending});

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), RecordTimelineModel::ColumnCount);
        const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, RecordTimelineModel::DateColumn),
                 QDateTime::fromMSecsSinceEpoch(amended.encounterTime)
                     .toString(QStringLiteral("yyyy-MM-dd")));
        QCOMPARE(text(0, RecordTimelineModel::InstitutionColumn),
                 QStringLiteral("Shushan Community Health Centre"));
        QCOMPARE(text(0, RecordTimelineModel::DoctorColumn), QStringLiteral("王芳"));
        QCOMPARE(text(0, RecordTimelineModel::DiagnosesColumn),
                 QStringLiteral("I10 Essential (primary) hypertension; J10.1 Influenza with other "
                                "respiratory manifestations, seasonal influenza virus identified"));
        QCOMPARE(text(0, RecordTimelineModel::StateColumn), QStringLiteral("Amended"));
        QCOMPARE(text(1, RecordTimelineModel::StateColumn), QStringLiteral("Cannot be read"));
        QCOMPARE(model.index(1, RecordTimelineModel::StateColumn).data(Qt::ToolTipRole).toString(),
                 unreadable.problem);
        QCOMPARE(text(2, RecordTimelineModel::StateColumn), QStringLiteral("Amendment pending"));
        QCOMPARE(model.index(2, 3).data(RecordTimelineModel::RecordIdRole).toByteArray(),
                 pending.id.toByteArray());
        QCOMPARE(model.index(2, 0).data(RecordTimelineModel::EncounterTimeRole).toLongLong(),
                 pending.encounterTime);
        QCOMPARE(model.rowOf(pending.id), 2);
        QCOMPARE(model.rowOf(crypto::sha256("absent")), -1);

        // The language switches: the titles follow once the page tells the model.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        model.retranslate();
        QCOMPARE(changed.size(), 1);
        QVERIFY(text(0, RecordTimelineModel::DiagnosesColumn)
                    .startsWith(QStringLiteral("I10 特发性（原发性）高血压; J10.1 流行性感冒")));
    }

    void tenThousandRowsStreamIn()
    {
        // As the session sends them: newest first, in batches.
        constexpr int kCount = 10'000;
        constexpr int kBatch = 250;
        RecordTimelineModel model;
        RecordFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy shown(&filter, &QAbstractItemModel::rowsInserted);
        for (int first = 0; first < kCount; first += kBatch) {
            model.appendBatch(batch(first, kBatch, kCount, Order::NewestFirst));
            QCOMPARE(model.rowCount(), first + kBatch);
            QCOMPARE(filter.rowCount(), first + kBatch);
        }
        QCOMPARE(inserted.size(), kCount / kBatch); // one insertion per batch, not per row
        QCOMPARE(shown.size(), kCount / kBatch); // and the sorted proxy appends each whole
        model.appendBatch({}); // the empty last batch of a stream changes nothing
        QCOMPARE(inserted.size(), kCount / kBatch);

        const auto timeAt = [&filter](int row) {
            return filter.index(row, 0).data(RecordTimelineModel::EncounterTimeRole).toLongLong();
        };
        for (int row = 1; row < kCount; ++row)
            QVERIFY(timeAt(row - 1) > timeAt(row));
        filter.sort(RecordTimelineModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(timeAt(0), startMs());
        QCOMPARE(timeAt(kCount - 1), startMs() + (kCount - 1) * kHour);
        for (int row = 1; row < kCount; ++row)
            QVERIFY(timeAt(row - 1) < timeAt(row));

        // Searching the whole history by a title, in English and in Chinese.
        const int hypertension = expectedMatches(kCount, [](int i) { return i % 4 == 1; });
        filter.setSearchText(QStringLiteral("Hypertension"));
        QCOMPARE(filter.rowCount(), hypertension);
        filter.setSearchText(QStringLiteral("高血压"));
        QCOMPARE(filter.rowCount(), hypertension);
        filter.setSearchText(QStringLiteral("2型糖尿病"));
        QCOMPARE(filter.rowCount(), expectedMatches(kCount, [](int i) { return i % 4 == 2; }));
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), kCount);
    }

    void rowsInAnyOrderSortByDate()
    {
        // Each row of each batch lands somewhere else in the sorted proxy (kept small: the
        // tester checks every one of those insertions).
        constexpr int kCount = 1'000;
        constexpr int kBatch = 100;
        RecordTimelineModel model;
        RecordFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int first = 0; first < kCount; first += kBatch)
            model.appendBatch(batch(first, kBatch, kCount, Order::Scattered));
        QCOMPARE(filter.rowCount(), kCount);
        const auto timeAt = [&filter](int row) {
            return filter.index(row, 0).data(RecordTimelineModel::EncounterTimeRole).toLongLong();
        };
        QCOMPARE(timeAt(0), startMs() + (kCount - 1) * kHour);
        for (int row = 1; row < kCount; ++row)
            QVERIFY(timeAt(row - 1) > timeAt(row));
        // By another column: the shown text, then back to the date.
        filter.sort(RecordTimelineModel::DoctorColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, RecordTimelineModel::DoctorColumn).data().toString(),
                 QStringLiteral("Maria Schmidt"));
        filter.sort(RecordTimelineModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(timeAt(0), startMs() + (kCount - 1) * kHour);
    }

    void searchAndFilters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("category"); // 0: any
        QTest::addColumn<int>("fromHour"); // -1: open
        QTest::addColumn<int>("toHour");
        QTest::addColumn<QList<int>>("expected"); // record numbers, any order

        // 20 records; record i has code i % 4, doctor i % 3, the hospital when even, the
        // complaint 头晕 when i % 10 == 0, Laboratory when i % 5 == 4, and hour (i * 7919) % 20.
        QTest::newRow("code") << QStringLiteral("j10.1") << 0 << -1 << -1
                              << QList<int> {0, 4, 8, 12, 16};
        QTest::newRow("English title")
            << QStringLiteral("gastritis") << 0 << -1 << -1 << QList<int> {3, 7, 11, 15, 19};
        QTest::newRow("Chinese title")
            << QStringLiteral("流行性感冒") << 0 << -1 << -1 << QList<int> {0, 4, 8, 12, 16};
        QTest::newRow("doctor") << QStringLiteral("schmidt") << 0 << -1 << -1
                                << QList<int> {2, 5, 8, 11, 14, 17};
        QTest::newRow("institution") << QStringLiteral("人民医院") << 0 << -1 << -1
                                     << QList<int> {0, 2, 4, 6, 8, 10, 12, 14, 16, 18};
        QTest::newRow("complaint") << QStringLiteral("头晕") << 0 << -1 << -1 << QList<int> {0, 10};
        QTest::newRow("every word")
            << QStringLiteral("  influenza　李伟 ") << 0 << -1 << -1 << QList<int> {0, 12};
        QTest::newRow("nothing") << QStringLiteral("appendicitis") << 0 << -1 << -1
                                 << QList<int> {};
        QTest::newRow("category") << QString() << int(chain::RecordCategory::Laboratory) << -1 << -1
                                  << QList<int> {4, 9, 14, 19};
        // Hours (i * 7919) % 20 = (i * 19) % 20: record i is at hour 20 - i for i > 0. All 20
        // hours fall on 2024-01-01 09:00 .. 2024-01-02 04:00.
        QTest::newRow("from the second day")
            << QString() << 0 << 24 << -1 << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("up to the first day")
            << QString() << 0 << -1 << 0
            << QList<int> {0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        QTest::newRow("all filters")
            << QStringLiteral("influenza") << int(chain::RecordCategory::Encounter) << 24 << 24
            << QList<int> {};
    }

    void searchAndFilters()
    {
        QFETCH(QString, search);
        QFETCH(int, category);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(QList<int>, expected);
        constexpr int kCount = 20;
        RecordTimelineModel model;
        RecordFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBatch(batch(0, kCount, kCount));

        const auto dayOf = [](int hour) {
            return hour < 0 ? QDate()
                            : QDateTime::fromMSecsSinceEpoch(startMs() + hour * kHour).date();
        };
        filter.setSearchText(search);
        filter.setCategory(category > 0 ? std::optional(chain::RecordCategory(category))
                                        : std::nullopt);
        filter.setDateRange(dayOf(fromHour), dayOf(toHour));

        QList<QByteArray> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(
                filter.index(row, 0).data(RecordTimelineModel::RecordIdRole).toByteArray());
        QList<QByteArray> wanted;
        for (int i : expected)
            wanted.append(crypto::sha256(QByteArray::number(i)).toByteArray());
        std::sort(shown.begin(), shown.end());
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(shown, wanted);
    }

    void replaceKeepsRowsInPlaceWhenTheIdsStay()
    {
        RecordTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<RecordSummary> rows = batch(0, 5, 5);
        model.appendBatch(rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(!model.replaceAll(rows)); // nothing changed
        QCOMPARE(changed.size(), 0);

        rows[3].amendmentPending = true;
        QVERIFY(model.replaceAll(rows));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(model.index(3, RecordTimelineModel::StateColumn).data().toString(),
                 QStringLiteral("Amendment pending"));

        // New records in front of the others (the usual block): inserted, not reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        rows.prepend(summary(6, 7));
        rows.prepend(summary(5, 7));
        QVERIFY(model.replaceAll(rows));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOf(rows.at(0).id), 0);
        QCOMPARE(model.rowOf(rows.at(6).id), 6);
        QCOMPARE(model.index(5, RecordTimelineModel::StateColumn).data().toString(),
                 QStringLiteral("Amendment pending"));

        // A record removed or moved: reset.
        rows.removeAt(3);
        QVERIFY(model.replaceAll(rows));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(rows.at(5).id), 5);
        std::swap(rows[0], rows[1]);
        QVERIFY(model.replaceAll(rows));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowOf(rows.at(0).id), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(rows.at(0).id), -1);
    }
};

QTEST_GUILESS_MAIN(TestRecordTimeline)
#include "TestRecordTimeline.moc"
