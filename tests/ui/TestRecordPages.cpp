// The records and amendments pages over a real session (the small demo network, one embedded
// validator), driven by object name: the timeline and detail load, search filters, both exports
// write real files (the evidence verifies offline), and confirming an amendment through the page
// commits it, after which the records page shows the record amended and keeps its selection.
#include "DemoSession.h"
#include "WidgetLookup.h"

#include "patient/AmendmentsPage.h"
#include "patient/RecordTimelineModel.h"
#include "patient/RecordsPage.h"

#include "chain/Evidence.h"
#include "common/Startup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace medchain;
using medchain::testing::child;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using ui::AmendmentsPage;
using ui::RecordsPage;
using ui::RecordTimelineModel;

namespace {

// The small scenario plus an amendment of r5 (the patient's second newest record) that the
// patient has not answered yet.
void addPendingAmendment(demo::Scenario &scenario)
{
    scenario.events.append(at(
        116 * kDay,
        demo::AmendmentEvent {5, content(QStringLiteral("发热三天"), QStringLiteral("J06.9")),
                              QStringLiteral("更正诊断"), demo::AmendmentEvent::Answer::None, 0}));
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

int rowWithState(QTableView *table, const QString &state)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (cell(table, row, RecordTimelineModel::StateColumn) == state)
            return row;
    return -1;
}

// Waits for the page's next exportFinished; its (ok, path, message).
QList<QVariant> waitForExport(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(60'000))
        return {};
    return spy.takeFirst();
}

} // namespace

class TestRecordPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_network = std::make_unique<DemoSession>(addPendingAmendment);
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_session = m_network->login(QStringLiteral("patient"));
        QVERIFY(m_session);

        m_records = std::make_unique<RecordsPage>(*m_session);
        m_records->setMinimumReloadInterval(0);
        QSignalSpy loaded(m_records.get(), &RecordsPage::loaded);
        QSignalSpy ready(m_records.get(), &RecordsPage::timelineReady);
        QSignalSpy detail(m_records.get(), &RecordsPage::detailShown);
        m_records->resize(1200, 700);
        m_records->show();
        QVERIFY(loaded.wait(30'000));
        QVERIFY(m_records->isLoaded());
        QVERIFY(!ready.isEmpty() || ready.wait(30'000));
        QVERIFY(!detail.isEmpty() || detail.wait(30'000));
    }

    void cleanupTestCase()
    {
        m_records.reset();
        m_session.reset();
        m_network.reset();
    }

    void timelineAndDetailShowTheRecords()
    {
        auto *table = child<QTableView>(*m_records, "recordTimeline");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY(!child<QWidget>(*m_records, "timelineProgress")->isVisible());
        // Newest first; r0, the oldest, was amended; r5, the second newest, awaits an answer.
        QCOMPARE(cell(table, 3, RecordTimelineModel::StateColumn), QStringLiteral("Amended"));
        QCOMPARE(rowWithState(table, QStringLiteral("Amendment pending")), 1);
        QVERIFY(cell(table, 0, RecordTimelineModel::DiagnosesColumn)
                    .startsWith(QStringLiteral("J10.1 Influenza")));
        QCOMPARE(cell(table, 0, RecordTimelineModel::DoctorColumn), QStringLiteral("李伟"));

        // The newest is selected and shown in full with its proof.
        QCOMPARE(table->currentIndex().row(), 0);
        const QString detail = child<QTextBrowser>(*m_records, "recordDetail")->toPlainText();
        for (const char *expected :
             {"发热咳嗽三天", "J10.1 Influenza", "对乙酰氨基酚 (N02BE01): 500 mg",
              "registration: ¥15.00", "✓ Verified", "合肥市第一人民医院"})
            QVERIFY2(detail.contains(QString::fromUtf8(expected)), expected);

        // The amended record shows its history.
        QSignalSpy shown(m_records.get(), &RecordsPage::detailShown);
        table->selectRow(3);
        QVERIFY(shown.wait(30'000));
        const QString amended = child<QTextBrowser>(*m_records, "recordDetail")->toPlainText();
        QVERIFY2(amended.contains(QStringLiteral("Amendment history")), qPrintable(amended));
        QVERIFY(amended.contains(QStringLiteral(": confirmed")));
        QVERIFY(amended.contains(QStringLiteral("Changes: Chief complaint, Diagnoses")));
        QVERIFY(amended.contains(QStringLiteral("J11.1")));
    }

    void searchNarrowsTheTimeline()
    {
        auto *table = child<QTableView>(*m_records, "recordTimeline");
        auto *search = child<QLineEdit>(*m_records, "recordSearch");
        QTest::keyClicks(search, QStringLiteral("hypertension"));
        QCOMPARE(table->model()->rowCount(), 0);
        search->clear();
        search->setText(QStringLiteral("流行性感冒")); // keyClicks types Latin-1 only
        QCOMPARE(table->model()->rowCount(), 4);
        search->clear();
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void exportsEvidenceThatVerifiesOffline()
    {
        auto *table = child<QTableView>(*m_records, "recordTimeline");
        auto *button = child<QPushButton>(*m_records, "exportEvidence");
        QString suggested;
        const QString path = m_dir.filePath(QStringLiteral("chosen.evidence"));
        m_records->setPathChooser([&](const QString &, const QString &name, const QString &) {
            suggested = name;
            return path;
        });
        table->selectRow(0);
        QSignalSpy finished(m_records.get(), &RecordsPage::exportFinished);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        const QList<QVariant> result = waitForExport(finished);
        QVERIFY(!result.isEmpty());
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
        QCOMPARE(result.at(1).toString(), path);
        QVERIFY(suggested.endsWith(QStringLiteral(".evidence")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto bundle = chain::EvidenceBundle::decode(file.readAll());
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        auto report = bundle->verify();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        const QByteArray id
            = table->model()->index(0, 0).data(RecordTimelineModel::RecordIdRole).toByteArray();
        QCOMPARE(report->transaction.toByteArray(), id);
    }

    void exportsTheSelectedRecordsAsPdf()
    {
        auto *table = child<QTableView>(*m_records, "recordTimeline");
        auto *button = child<QPushButton>(*m_records, "exportPdf");
        const QString path = m_dir.filePath(QStringLiteral("records.pdf"));
        m_records->setPathChooser(
            [&](const QString &, const QString &, const QString &) { return path; });
        table->selectAll();
        QSignalSpy finished(m_records.get(), &RecordsPage::exportFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // busy until written
        const QList<QVariant> result = waitForExport(finished);
        QVERIFY(!result.isEmpty());
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
        QVERIFY(button->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void cancelledOrFailedExportsWriteNothing()
    {
        auto *button = child<QPushButton>(*m_records, "exportEvidence");
        QSignalSpy finished(m_records.get(), &RecordsPage::exportFinished);
        m_records->setPathChooser(
            [](const QString &, const QString &, const QString &) { return QString(); });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(button->isEnabled());
        QCOMPARE(finished.size(), 0);

        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder.evidence"));
        m_records->setPathChooser(
            [&](const QString &, const QString &, const QString &) { return missing; });
        QTest::mouseClick(button, Qt::LeftButton);
        const QList<QVariant> result = waitForExport(finished);
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        QVERIFY(result.at(2).toString().contains(missing));
        QVERIFY(!QFile::exists(missing));
        auto *box = m_records->findChild<QMessageBox *>(QStringLiteral("exportError"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(missing));
        box->close();
    }

    void confirmingAnAmendmentCommitsIt()
    {
        auto *table = child<QTableView>(*m_records, "recordTimeline");
        const int pendingRow = rowWithState(table, QStringLiteral("Amendment pending"));
        QVERIFY(pendingRow >= 0);
        const QByteArray pendingRecord = table->model()
                                             ->index(pendingRow, 0)
                                             .data(RecordTimelineModel::RecordIdRole)
                                             .toByteArray();
        table->selectRow(pendingRow);

        AmendmentsPage page(*m_session);
        QSignalSpy loaded(&page, &AmendmentsPage::loaded);
        QSignalSpy count(&page, &AmendmentsPage::pendingCountChanged);
        QSignalSpy answered(&page, &AmendmentsPage::answerFinished);
        page.show();
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(page.pendingCount(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.at(0).at(0).toInt(), 1);

        auto *list = child<QTableView>(page, "amendmentList");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().row(), 0);
        const QString compare = child<QTextBrowser>(page, "amendmentCompare")->toPlainText();
        QVERIFY2(compare.contains(QStringLiteral("Diagnoses (changed)")), qPrintable(compare));
        QVERIFY(compare.contains(QStringLiteral("J06.9")));
        QVERIFY(compare.contains(QStringLiteral("发热三天")));

        // Confirm asks first; nothing is sent until the patient says yes.
        auto *confirm = child<QPushButton>(page, "confirmAmendment");
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmAmendmentBox"));
        QVERIFY(box);
        QCOMPARE(list->model()->index(0, 4).data().toString(),
                 QStringLiteral("awaiting your answer"));
        auto *yes = box->findChild<QAbstractButton *>(QStringLiteral("confirmYes"));
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);

        // Pending until the chain has it.
        QCOMPARE(list->model()->index(0, 4).data().toString(), QStringLiteral("Confirming…"));
        QVERIFY(!confirm->isEnabled());
        QVERIFY(!child<QPushButton>(page, "rejectAmendment")->isEnabled());
        QVERIFY(!child<QLabel>(page, "amendmentStatus")->text().isEmpty());

        QVERIFY(answered.wait(60'000));
        QVERIFY2(answered.at(0).at(1).toBool(), qPrintable(answered.at(0).at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(page.pendingCount(), 0, 30'000);
        QCOMPARE(count.last().at(0).toInt(), 0);
        QVERIFY(!confirm->isEnabled());

        // The records page reloads after the block: the record is amended, still selected.
        QTRY_COMPARE_WITH_TIMEOUT(rowWithState(table, QStringLiteral("Amendment pending")), -1,
                                  30'000);
        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.data(RecordTimelineModel::RecordIdRole).toByteArray(), pendingRecord);
        QCOMPARE(cell(table, current.row(), RecordTimelineModel::StateColumn),
                 QStringLiteral("Amended"));
        QVERIFY(cell(table, current.row(), RecordTimelineModel::DiagnosesColumn)
                    .startsWith(QStringLiteral("J06.9")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(*m_records, "recordDetail")
                                     ->toPlainText()
                                     .contains(QStringLiteral("发热三天")),
                                 30'000);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<RecordsPage> m_records;
};

QTEST_MAIN(TestRecordPages)
#include "TestRecordPages.moc"
