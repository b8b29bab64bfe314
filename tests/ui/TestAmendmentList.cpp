// The pending amendments model passes QAbstractItemModelTester and shows an answer as sent until
// it is cleared; the record comparison finds what an amendment changes, item by item.
#include "patient/AmendmentListModel.h"
#include "patient/RecordDiff.h"

#include "common/Startup.h"
#include "crypto/Sha256.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace medchain;
using client::PendingAmendment;
using records::RecordContent;
using ui::AmendmentListModel;
using ui::FieldComparison;
using ui::RecordDiff;

namespace {

RecordContent flu()
{
    RecordContent c;
    c.chiefComplaint = QStringLiteral("发热咳嗽三天");
    c.diagnoses = {{QStringLiteral("J10.1"), QString()}};
    c.prescriptions = {{QStringLiteral("N02BE01"), QStringLiteral("对乙酰氨基酚"), 500'000,
                        QStringLiteral("tid"), 3}};
    c.exams = {{QStringLiteral("CBC"), QStringLiteral("Blood count"), QStringLiteral("normal")}};
    c.fees = {{QStringLiteral("Registration"), 1500}, {QStringLiteral("Exam"), 3000}};
    return c;
}

PendingAmendment amendment(int i)
{
    PendingAmendment a;
    a.id = crypto::sha256(QByteArray("amendment").append(QByteArray::number(i)));
    a.record = crypto::sha256(QByteArray("record").append(QByteArray::number(i)));
    a.encounterTime = QDateTime(QDate(2026, 1, 1 + i), QTime(10, 0)).toMSecsSinceEpoch();
    a.proposed = QDateTime(QDate(2026, 2, 1 + i), QTime(15, 30)).toMSecsSinceEpoch();
    a.author.name = QStringLiteral("李伟");
    a.author.role = chain::Role::Practitioner;
    a.institution.name = QStringLiteral("合肥市第一人民医院");
    a.before = flu();
    a.after = flu();
    a.after.diagnoses = {{QStringLiteral("J11.1"), QString()}};
    return a;
}

const FieldComparison &fieldNamed(const QList<FieldComparison> &fields, const QString &name)
{
    for (const FieldComparison &field : fields)
        if (field.field == name)
            return field;
    qFatal("no field %s", qPrintable(name));
}

} // namespace

class TestAmendmentList : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listsAndUpdatesAmendments()
    {
        AmendmentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAmendments({amendment(0), amendment(1)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), AmendmentListModel::ColumnCount);
        const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(1, AmendmentListModel::RecordDateColumn), QStringLiteral("2026-01-02"));
        QCOMPARE(text(1, AmendmentListModel::ProposedColumn), QStringLiteral("2026-02-02 15:30"));
        QCOMPARE(text(0, AmendmentListModel::AuthorColumn), QStringLiteral("李伟"));
        QCOMPARE(text(0, AmendmentListModel::InstitutionColumn),
                 QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(text(0, AmendmentListModel::StateColumn), QStringLiteral("awaiting your answer"));
        QCOMPARE(model.index(1, 0).data(AmendmentListModel::AmendmentIdRole).toByteArray(),
                 amendment(1).id.toByteArray());
        QCOMPARE(model.index(1, 0).data(AmendmentListModel::RecordIdRole).toByteArray(),
                 amendment(1).record.toByteArray());
        QCOMPARE(model.index(1, 0).data(AmendmentListModel::ProposedTimeRole).toLongLong(),
                 amendment(1).proposed);

        // An answer on its way shows in its row only, until it is cleared.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAnswer(amendment(1).id, true);
        QVERIFY(model.isAnswering(amendment(1).id));
        QVERIFY(!model.isAnswering(amendment(0).id));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(text(1, AmendmentListModel::StateColumn), QStringLiteral("Confirming…"));
        model.setAnswer(amendment(0).id, false);
        QCOMPARE(text(0, AmendmentListModel::StateColumn), QStringLiteral("Rejecting…"));
        model.clearAnswer(amendment(1).id);
        QVERIFY(!model.isAnswering(amendment(1).id));
        QCOMPARE(text(1, AmendmentListModel::StateColumn), QStringLiteral("awaiting your answer"));

        // The same ids again: updated in place, no reset (a view keeps its selection).
        QList<PendingAmendment> again {amendment(0), amendment(1)};
        again[0].author.name = QStringLiteral("王芳");
        model.setAmendments(again);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(text(0, AmendmentListModel::AuthorColumn), QStringLiteral("王芳"));

        // One answered and gone: the list shrinks.
        model.setAmendments({amendment(1)});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(amendment(1).id), 0);
        QCOMPARE(model.rowOf(amendment(0).id), -1);
        model.setAmendments({});
        QCOMPARE(model.rowCount(), 0);
    }

    void comparisonMarksWhatChanged()
    {
        const PendingAmendment a = amendment(0);
        const QList<FieldComparison> fields = RecordDiff::compare(a.before, a.after);
        QCOMPARE(fields.size(), 6);
        QCOMPARE(RecordDiff::changedFields(a.before, a.after),
                 QStringList {QStringLiteral("Diagnoses")});
        const FieldComparison &diagnoses = fieldNamed(fields, QStringLiteral("Diagnoses"));
        QVERIFY(diagnoses.changed);
        QCOMPARE(diagnoses.before.size(), 1);
        QVERIFY(diagnoses.before.at(0).startsWith(QStringLiteral("J10.1 Influenza")));
        QVERIFY(diagnoses.after.at(0).startsWith(QStringLiteral("J11.1 Influenza")));
        QCOMPARE(diagnoses.removed, QList<bool> {true});
        QCOMPARE(diagnoses.added, QList<bool> {true});
        const FieldComparison &prescriptions = fieldNamed(fields, QStringLiteral("Prescriptions"));
        QVERIFY(!prescriptions.changed);
        QCOMPARE(prescriptions.before,
                 QStringList {QStringLiteral(
                     "对乙酰氨基酚 (N02BE01): 500 mg, tid (three times a day), for 3 days")});
        QCOMPARE(
            fieldNamed(fields, QStringLiteral("Fees")).before,
            (QStringList {QStringLiteral("Registration: ¥15.00"), QStringLiteral("Exam: ¥30.00")}));
    }

    void comparisonMatchesItemsNotPositions()
    {
        RecordContent before = flu();
        RecordContent after = flu();
        std::reverse(after.fees.begin(), after.fees.end());
        QVERIFY(RecordDiff::changedFields(before, after).isEmpty()); // reordered only

        after.fees.append(after.fees.first()); // a second copy of the same fee
        after.notes = QStringLiteral("复诊一周后");
        QCOMPARE(RecordDiff::changedFields(before, after),
                 (QStringList {QStringLiteral("Notes"), QStringLiteral("Fees")}));
        const FieldComparison fees
            = fieldNamed(RecordDiff::compare(before, after), QStringLiteral("Fees"));
        QCOMPARE(fees.removed, (QList<bool> {false, false}));
        QCOMPARE(fees.added, (QList<bool> {false, false, true}));
        const FieldComparison notes
            = fieldNamed(RecordDiff::compare(before, after), QStringLiteral("Notes"));
        QVERIFY(notes.before.isEmpty());
        QCOMPARE(notes.added, QList<bool> {true});
    }
};

QTEST_GUILESS_MAIN(TestAmendmentList)
#include "TestAmendmentList.moc"
