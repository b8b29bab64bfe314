// What the detail pane and the PDF export say about a record: its content with doses in mg/µg
// and fees in yuan, its amendment history, its integrity proof (verified or the problem), and a
// PDF that is written whole, also from a worker thread.
#include "common/ExportFiles.h"
#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"
#include "patient/RecordReport.h"

#include "common/Startup.h"
#include "crypto/Sha256.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>

using namespace medchain;
using client::AmendmentEntry;
using client::RecordDetail;
using ui::ExportFiles;
using ui::RecordFormat;
using ui::RecordHtml;
using ui::RecordReport;

namespace {

records::RecordContent content()
{
    records::RecordContent c;
    c.chiefComplaint = QStringLiteral("发热咳嗽三天 <urgent>");
    c.diagnoses = {{QStringLiteral("J10.1"), QStringLiteral("seasonal")}};
    c.prescriptions = {
        {QStringLiteral("N02BE01"), QStringLiteral("Paracetamol"), 500'000, QStringLiteral("tid"),
         3},
        {QStringLiteral("R06AE07"), QStringLiteral("Cetirizine"), 62'500, QStringLiteral("qd"), 1}};
    c.exams = {{QStringLiteral("CBC"), QStringLiteral("Blood count"), QStringLiteral("WBC 11.2")}};
    c.notes = QStringLiteral("Rest.\nDrink water.");
    c.fees = {{QStringLiteral("Registration"), 1500}, {QStringLiteral("Exam"), 2005}};
    return c;
}

RecordDetail detail(bool verified)
{
    RecordDetail d;
    d.summary.id = crypto::sha256("record");
    d.summary.version = d.summary.id;
    d.summary.encounterTime = QDateTime(QDate(2026, 1, 5), QTime(9, 30)).toMSecsSinceEpoch();
    d.summary.institution.name = QStringLiteral("合肥市第一人民医院");
    d.summary.author.name = QStringLiteral("李伟");
    d.summary.author.role = chain::Role::Practitioner;
    d.summary.diagnoses = {QStringLiteral("J10.1")};
    d.summary.amended = true;
    d.original = content();
    d.original->diagnoses = {{QStringLiteral("J11.1"), QString()}};
    d.content = content();
    AmendmentEntry confirmed;
    confirmed.id = crypto::sha256("amendment");
    confirmed.state = client::AmendmentState::Confirmed;
    confirmed.proposed = QDateTime(QDate(2026, 1, 8), QTime(11, 0)).toMSecsSinceEpoch();
    confirmed.author = d.summary.author;
    confirmed.content = content();
    AmendmentEntry unreadable = confirmed;
    unreadable.state = client::AmendmentState::Rejected;
    unreadable.content.reset();
    d.amendments = {confirmed, unreadable};
    d.proof.transaction = d.summary.id;
    d.proof.verified = verified;
    d.proof.problem = verified ? QString() : QStringLiteral("the commit signatures do not verify");
    d.proof.height = 42;
    d.proof.blockTime = QDateTime(QDate(2026, 1, 5), QTime(9, 31)).toMSecsSinceEpoch();
    d.proof.blockHash = crypto::sha256("block");
    d.proof.signer = QStringLiteral("李伟");
    d.proof.validators = {QStringLiteral("Anhui Provincial Health Commission")};
    return d;
}

// What a reader sees: the HTML laid out and read back as text.
QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestRecordReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void doses_data()
    {
        QTest::addColumn<qint64>("micrograms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 µg");
        QTest::newRow("micrograms") << qint64(250) << QStringLiteral("250 µg");
        QTest::newRow("just under a milligram") << qint64(999) << QStringLiteral("999 µg");
        QTest::newRow("one milligram") << qint64(1000) << QStringLiteral("1 mg");
        QTest::newRow("thousandths") << qint64(1001) << QStringLiteral("1.001 mg");
        QTest::newRow("trailing zeros dropped") << qint64(1250) << QStringLiteral("1.25 mg");
        QTest::newRow("tenths") << qint64(62'500) << QStringLiteral("62.5 mg");
        QTest::newRow("grams as mg") << qint64(1'000'000) << QStringLiteral("1000 mg");
        QTest::newRow("largest") << std::numeric_limits<qint64>::max()
                                 << QStringLiteral("9223372036854775.807 mg");
        QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-1.5 mg");
        QTest::newRow("most negative")
            << std::numeric_limits<qint64>::min() << QStringLiteral("-9223372036854775.808 mg");
    }

    void doses()
    {
        QFETCH(qint64, micrograms);
        QFETCH(QString, text);
        QCOMPARE(RecordFormat::dose(micrograms), text);
    }

    void aNoteRepeatingTheTitleIsShownOnce()
    {
        const records::Diagnosis repeated {QStringLiteral("J10.1"), QStringLiteral("seasonal")};
        QCOMPARE(RecordFormat::diagnosis(repeated),
                 QStringLiteral("J10.1 Influenza with other respiratory manifestations, seasonal "
                                "influenza virus identified — seasonal"));
        const QString plain = RecordFormat::diagnosis({QStringLiteral("J10.1"), QString()});
        QCOMPARE(RecordFormat::diagnosis(
                     {QStringLiteral("J10.1"),
                      QStringLiteral("流行性感冒伴有其他呼吸道表现，季节性流感病毒被标明")}),
                 plain);
        QCOMPARE(RecordFormat::diagnosis({QStringLiteral("J10.1"), QStringLiteral("identified")}),
                 plain + QStringLiteral(" — identified"));
    }

    void recordShowsContentHistoryAndProof()
    {
        const QString text = plainText(RecordHtml::record(detail(true)));
        for (const QString &expected : QStringList {
                 QStringLiteral("2026-01-05 · Encounter"),
                 QStringLiteral("合肥市第一人民医院"),
                 QStringLiteral("李伟"),
                 QStringLiteral("Amended"),
                 QStringLiteral("发热咳嗽三天 <urgent>"), // escaped, so shown as written
                 QStringLiteral("J10.1 Influenza with other respiratory manifestations, seasonal "
                                "influenza virus identified — seasonal"),
                 QStringLiteral(
                     "Paracetamol (N02BE01): 500 mg, tid (three times a day), for 3 days"),
                 QStringLiteral("Cetirizine (R06AE07): 62.5 mg, qd (once a day), for 1 day"),
                 QStringLiteral("Blood count (CBC): WBC 11.2"),
                 QStringLiteral("Rest.\nDrink water."),
                 QStringLiteral("Registration: ¥15.00"),
                 QStringLiteral("Exam: ¥20.05"),
                 QStringLiteral("Total: ¥35.05"),
                 QStringLiteral("2026-01-08 11:00 by 李伟: confirmed"),
                 QStringLiteral("Changes: Diagnoses"),
                 QStringLiteral("2026-01-08 11:00 by 李伟: rejected"),
                 QStringLiteral("Its content cannot be read."),
                 QStringLiteral("✓ Verified"),
                 QStringLiteral("42 (")
                     + QString::fromLatin1(crypto::sha256("block").toHex().left(16)),
                 QStringLiteral("2026-01-05 09:31"),
                 QStringLiteral("Anhui Provincial Health Commission"),
             })
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + text));
        QVERIFY(!text.contains(QStringLiteral("Not verified")));
    }

    void unverifiedProofSaysWhy()
    {
        const QString text = plainText(RecordHtml::record(detail(false)));
        QVERIFY(!text.contains(QStringLiteral("✓ Verified")));
        QVERIFY(
            text.contains(QStringLiteral("⚠ Not verified: the commit signatures do not verify")));
    }

    void unreadableRecordSaysWhy()
    {
        RecordDetail d = detail(true);
        d.summary.problem = QStringLiteral("no content key for this identity");
        const QString text = plainText(RecordHtml::record(d));
        QVERIFY(text.contains(
            QStringLiteral("This record cannot be read: no content key for this identity")));
        QVERIFY(!text.contains(QStringLiteral("Paracetamol")));
    }

    void reportNamesThePatientAndEveryRecord()
    {
        RecordDetail second = detail(false);
        second.summary.encounterTime
            = QDateTime(QDate(2026, 3, 1), QTime(8, 0)).toMSecsSinceEpoch();
        const chain::IdentityId patient {}; // all zero
        const QString html
            = RecordReport::html(QStringLiteral("陈静"), patient, {detail(true), second},
                                 QDateTime(QDate(2026, 4, 1), QTime(12, 0)));
        const QString text = plainText(html);
        QVERIFY(text.contains(QStringLiteral("Medical records of 陈静")));
        QVERIFY(text.contains(QStringLiteral("Patient identity: 00000000 00000000")));
        QVERIFY(text.contains(QStringLiteral("2026-04-01 12:00")));
        QVERIFY(text.contains(QStringLiteral("2026-01-05 · Encounter")));
        QVERIFY(text.contains(QStringLiteral("2026-03-01 · Encounter")));
        QCOMPARE(text.count(QStringLiteral("✓ Verified")), 1);
        QCOMPARE(text.count(QStringLiteral("⚠ Not verified")), 1);
        QCOMPARE(html.count(QStringLiteral("page-break-before:always")), 1);
    }

    void writesAPdfFromAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.pdf"));
        const QString html = RecordReport::html(QStringLiteral("陈静"), chain::IdentityId {},
                                                {detail(true)}, QDateTime::currentDateTime());
        Result<void> written = Error {QStringLiteral("not run")};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            written = ExportFiles::writePdf(html, path, QStringLiteral("Medical records"));
        }));
        worker->start();
        QVERIFY(worker->wait(60'000));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void unwritablePathFailsAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/records.pdf"));
        const Result<void> pdf = ExportFiles::writePdf(QStringLiteral("<p>x</p>"), path, {});
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().contains(path));
        const Result<void> evidence = ExportFiles::writeFile(QByteArray("bytes"), path);
        QVERIFY(!evidence.ok());
        QVERIFY(!QFile::exists(path));

        const QString good = dir.filePath(QStringLiteral("record.evidence"));
        QVERIFY(ExportFiles::writeFile(QByteArray("\x01\x02", 2), good).ok());
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\x01\x02", 2));
    }
};

QTEST_MAIN(TestRecordReport)
#include "TestRecordReport.moc"
