// The doctor's models and checks over fabricated values: the patient list, the amendments
// proposed and the catalog lists pass QAbstractItemModelTester; the ICD-10 and drug completers
// match codes and English or Chinese titles; dose text becomes integer micrograms; the maximum
// daily dose and repeated-exam warnings appear exactly when they should.
#include "common/MedicalCatalog.h"
#include "doctor/AuthoredAmendmentModel.h"
#include "doctor/CatalogCompleter.h"
#include "doctor/CatalogListModel.h"
#include "doctor/EncounterChecks.h"
#include "doctor/PatientListModel.h"

#include "common/Startup.h"
#include "crypto/Sha256.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace medchain;
using ui::AuthoredAmendmentModel;
using ui::CatalogCompleter;
using ui::CatalogListModel;
using ui::EncounterChecks;
using ui::PatientListModel;

namespace {
constexpr qint64 kDay = 24 * 3'600'000LL;

client::IdentityId patientId(int i)
{
    return *crypto::Ed25519PublicKey::fromBytes(
        crypto::sha256(QByteArray::number(i)).toByteArray());
}

client::PatientEntry patient(int i, const QString &name)
{
    client::PatientEntry entry;
    entry.patient.id = patientId(i);
    entry.patient.name = name;
    return entry;
}

const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(9, 0)).toMSecsSinceEpoch();

client::ExamDone exam(const char *code, qint64 daysAgo)
{
    client::ExamDone done;
    done.code = QString::fromLatin1(code);
    done.name = QStringLiteral("Complete blood count");
    done.time = kNow - daysAgo * kDay;
    done.institution.name = QStringLiteral("合肥市第一人民医院");
    done.institution.role = chain::Role::Institution;
    return done;
}

/// The codes the completer offers for text, in order.
QStringList completions(CatalogCompleter &completer, const QString &text)
{
    completer.setCompletionPrefix(text);
    QStringList codes;
    for (int row = 0; row < completer.completionModel()->rowCount(); ++row)
        codes.append(
            completer.completionModel()->index(row, 0).data(CatalogListModel::CodeRole).toString());
    return codes;
}
} // namespace

class TestDoctorModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::medicalCatalog());
    }

    void patientListModel()
    {
        PatientListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<client::PatientEntry> patients {
            patient(1, QStringLiteral("陈静")), patient(2, QStringLiteral("刘洋")),
            patient(3, QStringLiteral("Maria Schmidt")), patient(4, QString())};
        patients[0].granted = true;
        patients[0].grantExpiry = kNow + 30 * kDay;
        patients[0].lastEncounter = kNow - 3 * kDay;
        patients[1].emergency = true;
        patients[2].requestPending = true;
        model.setPatients(patients);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), PatientListModel::ColumnCount);

        const auto text
            = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, PatientListModel::NameColumn), QStringLiteral("陈静"));
        QCOMPARE(text(0, PatientListModel::AccessColumn), QStringLiteral("Granted"));
        QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("until 2026-12-24")));
        QCOMPARE(text(0, PatientListModel::LastEncounterColumn), QStringLiteral("2026-11-21"));
        QCOMPARE(text(1, PatientListModel::AccessColumn), QStringLiteral("EMERGENCY"));
        QCOMPARE(text(2, PatientListModel::AccessColumn), QStringLiteral("Asked"));
        QCOMPARE(text(3, PatientListModel::AccessColumn), QStringLiteral("No access"));
        QVERIFY(
            text(3, PatientListModel::NameColumn).startsWith(QLatin1String("Unknown identity")));
        QVERIFY(text(1, PatientListModel::LastEncounterColumn).isEmpty());

        // Break-glass access is red on the whole row; the others keep the default colour.
        for (int column = 0; column < PatientListModel::ColumnCount; ++column)
            QCOMPARE(model.index(1, column).data(Qt::ForegroundRole).value<QBrush>().color(),
                     PatientListModel::emergencyColour());
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1, 0).data(PatientListModel::EmergencyRole).toBool());
        QVERIFY(model.index(0, 0).data(PatientListModel::GrantedRole).toBool());
        QVERIFY(!model.index(2, 0).data(PatientListModel::GrantedRole).toBool());

        // Search matches the name and the full id in hex, lower case.
        const QString search = model.index(2, 0).data(PatientListModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("maria schmidt")));
        QVERIFY(search.contains(QString::fromLatin1(patientId(3).toByteArray().toHex())));
        QCOMPARE(model.index(2, 0).data(PatientListModel::PatientIdRole).toByteArray(),
                 patientId(3).toByteArray());
        QCOMPARE(model.index(0, PatientListModel::LastEncounterColumn)
                     .data(PatientListModel::SortRole)
                     .toLongLong(),
                 kNow - 3 * kDay);
        QCOMPARE(model.rowOf(patientId(2)), 1);
        QCOMPARE(model.rowOf(patientId(9)), -1);

        // The same patients with new access: updated in place, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        patients[2].requestPending = false;
        patients[2].granted = true;
        patients[2].grantedToInstitution = true;
        patients[2].grantExpiry = kNow + kDay;
        model.setPatients(patients);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(2, PatientListModel::AccessColumn), QStringLiteral("Via institution"));
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("your institution until 2026-11-25")));

        // Other patients: a reset.
        model.setPatients({patients[3]});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setPatients({});
        QCOMPARE(model.rowCount(), 0);
    }

    void authoredAmendmentModel()
    {
        AuthoredAmendmentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<client::AuthoredAmendment> rows;
        for (int i = 0; i < 3; ++i) {
            client::AuthoredAmendment row;
            row.amendment.id = crypto::sha256(QByteArray::number(100 + i));
            row.amendment.state = client::AmendmentState(i);
            row.amendment.proposed = kNow - i * kDay;
            records::RecordContent content;
            content.notes = QStringLiteral("更正诊断\n原有备注");
            if (i != 2)
                row.amendment.content = content; // the third cannot be read
            row.record = crypto::sha256(QByteArray::number(200 + i));
            row.patient.id = patientId(i);
            row.patient.name = QStringLiteral("陈静");
            row.encounterTime = kNow - 10 * kDay;
            rows.append(row);
        }
        model.setAmendments(rows);
        QCOMPARE(model.rowCount(), 3);
        const auto text
            = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AuthoredAmendmentModel::StateColumn),
                 QStringLiteral("Pending: the patient has not answered"));
        QCOMPARE(text(1, AuthoredAmendmentModel::StateColumn),
                 QStringLiteral("Confirmed by the patient"));
        QCOMPARE(text(2, AuthoredAmendmentModel::StateColumn),
                 QStringLiteral("Rejected by the patient"));
        QCOMPARE(text(0, AuthoredAmendmentModel::ReasonColumn), QStringLiteral("更正诊断"));
        QVERIFY(text(2, AuthoredAmendmentModel::ReasonColumn).isEmpty());
        QCOMPARE(text(0, AuthoredAmendmentModel::RecordDateColumn), QStringLiteral("2026-11-14"));
        QCOMPARE(text(1, AuthoredAmendmentModel::PatientColumn), QStringLiteral("陈静"));
        QCOMPARE(model.index(2, 0).data(AuthoredAmendmentModel::StateRole).toInt(),
                 int(client::AmendmentState::Rejected));
        QCOMPARE(model.index(1, 0).data(AuthoredAmendmentModel::RecordIdRole).toByteArray(),
                 rows[1].record.toByteArray());
        QCOMPARE(model.rowOf(rows[2].amendment.id), 2);

        // The patient answers: same ids, updated in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        rows[0].amendment.state = client::AmendmentState::Confirmed;
        model.setAmendments(rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(text(0, AuthoredAmendmentModel::StateColumn),
                 QStringLiteral("Confirmed by the patient"));
        rows.removeFirst();
        model.setAmendments(rows);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void catalogListModel()
    {
        CatalogListModel model(CatalogListModel::icd10Entries(ui::medicalCatalog()));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 100);
        const CatalogListModel::Entry *flu = model.find(QStringLiteral(" j10.1 "));
        QVERIFY(flu);
        QCOMPARE(flu->code, QStringLiteral("J10.1"));
        QVERIFY(!model.find(QStringLiteral("J10")));
        QVERIFY(!model.find(QString()));
        QCOMPARE(CatalogListModel::title(*flu), flu->titleEn);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(CatalogListModel::title(*flu), flu->titleZh);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        CatalogListModel drugs(CatalogListModel::drugEntries(ui::medicalCatalog()));
        QAbstractItemModelTester drugTester(&drugs,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(drugs.find(QStringLiteral("N02BE01")));
        CatalogListModel exams(CatalogListModel::examEntries(ui::medicalCatalog()));
        QAbstractItemModelTester examTester(&exams,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(exams.find(QStringLiteral("cbc")));
        // Without a catalog the lists are empty, not broken.
        QVERIFY(CatalogListModel::icd10Entries(nullptr).isEmpty());
    }

    void icd10Completer_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("offered"); // each must be offered
        QTest::addColumn<QStringList>("notOffered");
        QTest::newRow("code, lower case")
            << QStringLiteral("j10")
            << QStringList {QStringLiteral("J10.0"), QStringLiteral("J10.1")}
            << QStringList {QStringLiteral("J11.1")};
        QTest::newRow("English title")
            << QStringLiteral("INFLUENZA")
            << QStringList {QStringLiteral("J10.1"), QStringLiteral("J11.1"),
                            QStringLiteral("Z25.1")}
            << QStringList {QStringLiteral("I10")};
        QTest::newRow("English, inside a word")
            << QStringLiteral("llergic rhin") << QStringList {QStringLiteral("J30.4")}
            << QStringList {QStringLiteral("J45.0")};
        QTest::newRow("Chinese title")
            << QStringLiteral("流行性感冒")
            << QStringList {QStringLiteral("J10.0"), QStringLiteral("J10.1"),
                            QStringLiteral("J11.1")}
            << QStringList {QStringLiteral("I10")};
        QTest::newRow("Chinese, inside a title")
            << QStringLiteral("变应性")
            << QStringList {QStringLiteral("J30.4"), QStringLiteral("J45.0"),
                            QStringLiteral("L23.9")}
            << QStringList {QStringLiteral("J10.1")};
        QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList {}
                                 << QStringList {QStringLiteral("J10.1")};
    }

    void icd10Completer()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, notOffered);
        CatalogListModel model(CatalogListModel::icd10Entries(ui::medicalCatalog()));
        CatalogCompleter completer(&model);
        const QStringList codes = completions(completer, typed);
        for (const QString &code : offered)
            QVERIFY2(codes.contains(code), qPrintable(code));
        for (const QString &code : notOffered)
            QVERIFY2(!codes.contains(code), qPrintable(code));
        if (offered.isEmpty())
            QVERIFY(codes.isEmpty());
        // Picking an entry writes its code, not the "code — title" shown.
        if (!codes.isEmpty())
            QCOMPARE(completer.pathFromIndex(completer.completionModel()->index(0, 0)),
                     codes.first());
    }

    void drugCompleter_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("ATC code") << QStringLiteral("n02be01");
        QTest::newRow("English name") << QStringLiteral("paracetam");
        QTest::newRow("Chinese name") << QStringLiteral("对乙酰氨基");
    }

    void drugCompleter()
    {
        QFETCH(QString, typed);
        CatalogListModel model(CatalogListModel::drugEntries(ui::medicalCatalog()));
        CatalogCompleter completer(&model);
        QCOMPARE(completions(completer, typed), QStringList {QStringLiteral("N02BE01")});
    }

    void parseMilligrams_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micrograms"); // -1: refused
        QTest::newRow("whole") << QStringLiteral("500") << qint64(500'000);
        QTest::newRow("one decimal") << QStringLiteral("62.5") << qint64(62'500);
        QTest::newRow("three decimals") << QStringLiteral("0.125") << qint64(125);
        QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(500);
        QTest::newRow("spaces") << QStringLiteral(" 5 ") << qint64(5'000);
        QTest::newRow("a million mg") << QStringLiteral("1000000") << qint64(1'000'000'000);
        QTest::newRow("four decimals") << QStringLiteral("1.0005") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
        QTest::newRow("zero decimals") << QStringLiteral("0.000") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(-1);
        QTest::newRow("trailing dot") << QStringLiteral("5.") << qint64(-1);
        QTest::newRow("comma") << QStringLiteral("1,5") << qint64(-1);
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << qint64(-1);
        QTest::newRow("too much") << QStringLiteral("1000001") << qint64(-1);
        QTest::newRow("overflowing") << QStringLiteral("99999999999999999999999") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("unit") << QStringLiteral("5 mg") << qint64(-1);
    }

    void parseMilligrams()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micrograms);
        const std::optional<qint64> parsed = EncounterChecks::parseMilligrams(text);
        if (micrograms < 0) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
            return;
        }
        QCOMPARE(parsed, std::optional(micrograms));
        // And back: the text a prefilled field shows parses to the same dose.
        QCOMPARE(EncounterChecks::parseMilligrams(EncounterChecks::milligramsText(micrograms)),
                 std::optional(micrograms));
    }

    void milligramsText()
    {
        QCOMPARE(EncounterChecks::milligramsText(500'000), QStringLiteral("500"));
        QCOMPARE(EncounterChecks::milligramsText(62'500), QStringLiteral("62.5"));
        QCOMPARE(EncounterChecks::milligramsText(125), QStringLiteral("0.125"));
        QCOMPARE(EncounterChecks::milligramsText(1'010), QStringLiteral("1.01"));
    }

    void doseWarning_data()
    {
        // Paracetamol's maximum in the catalog: 2,000 mg a day.
        QTest::addColumn<qint64>("dose");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<QString>("daily"); // empty: no warning
        QTest::newRow("usual") << qint64(500'000) << QStringLiteral("tid") << qint64(2'000'000)
                               << QString();
        QTest::newRow("exactly the maximum")
            << qint64(500'000) << QStringLiteral("qid") << qint64(2'000'000) << QString();
        QTest::newRow("double dose tid") << qint64(1'000'000) << QStringLiteral("tid")
                                         << qint64(2'000'000) << QStringLiteral("3000 mg");
        QTest::newRow("every 4 hours counts 6") << qint64(500'000) << QStringLiteral("q4h")
                                                << qint64(2'000'000) << QStringLiteral("3000 mg");
        QTest::newRow("upper-case code") << qint64(1'000'000) << QStringLiteral("BID")
                                         << qint64(1'500'000) << QStringLiteral("2000 mg");
        QTest::newRow("every other day counts 1")
            << qint64(1'000'000) << QStringLiteral("qod") << qint64(1'500'000) << QString();
        QTest::newRow("as needed: no fixed count")
            << qint64(5'000'000) << QStringLiteral("prn") << qint64(2'000'000) << QString();
        QTest::newRow("unknown frequency")
            << qint64(5'000'000) << QStringLiteral("hourly") << qint64(2'000'000) << QString();
        QTest::newRow("no maximum known")
            << qint64(5'000'000) << QStringLiteral("tid") << qint64(0) << QString();
    }

    void doseWarning()
    {
        QFETCH(qint64, dose);
        QFETCH(QString, frequency);
        QFETCH(qint64, max);
        QFETCH(QString, daily);
        const std::optional<QString> warning = EncounterChecks::doseWarning(dose, frequency, max);
        if (daily.isEmpty()) {
            QVERIFY2(!warning, qPrintable(warning.value_or(QString())));
            return;
        }
        QVERIFY(warning);
        QVERIFY2(warning->startsWith(QLatin1String("WARNING")), qPrintable(*warning));
        QVERIFY2(warning->contains(daily), qPrintable(*warning));
        QVERIFY2(
            warning->contains(ui::EncounterChecks::milligramsText(max) + QStringLiteral(" mg")),
            qPrintable(*warning));
    }

    void repeatedExam()
    {
        const QList<client::ExamDone> done {exam("CRP", 5), exam("CBC", 10), exam("CBC", 40)};
        const std::optional<client::ExamDone> recent
            = EncounterChecks::recentExam(QStringLiteral("cbc"), done, kNow, 30);
        QVERIFY(recent);
        QCOMPARE(recent->time, kNow - 10 * kDay);
        // The window is the setting's: a week sees none, two months the newer one still.
        QVERIFY(!EncounterChecks::recentExam(QStringLiteral("CBC"), done, kNow, 7));
        QCOMPARE(EncounterChecks::recentExam(QStringLiteral("CBC"), done, kNow, 60)->time,
                 kNow - 10 * kDay);
        QVERIFY(!EncounterChecks::recentExam(QStringLiteral("CT-CHEST"), done, kNow, 30));
        QVERIFY(!EncounterChecks::recentExam(QStringLiteral("CBC"), done, kNow, 0));
        QVERIFY(!EncounterChecks::recentExam(QStringLiteral("CBC"), {}, kNow, 30));

        const QString warning = EncounterChecks::repeatedExamWarning(*recent, kNow);
        QVERIFY2(warning.startsWith(QLatin1String("WARNING")), qPrintable(warning));
        for (const char *part :
             {"Complete blood count", "2026-11-14", "10 days ago", "合肥市第一人民医院"})
            QVERIFY2(warning.contains(QString::fromUtf8(part)), qPrintable(warning));
    }

    void repeatExamDaysSetting()
    {
        QSettings settings;
        settings.remove(QLatin1String(EncounterChecks::RepeatExamDaysKey));
        QCOMPARE(EncounterChecks::repeatExamDays(), EncounterChecks::DefaultRepeatExamDays);
        settings.setValue(QLatin1String(EncounterChecks::RepeatExamDaysKey), 7);
        QCOMPARE(EncounterChecks::repeatExamDays(), 7);
        settings.setValue(QLatin1String(EncounterChecks::RepeatExamDaysKey), 0);
        QCOMPARE(EncounterChecks::repeatExamDays(), 0); // the warning is off
        settings.setValue(QLatin1String(EncounterChecks::RepeatExamDaysKey), -3);
        QCOMPARE(EncounterChecks::repeatExamDays(), EncounterChecks::DefaultRepeatExamDays);
        settings.setValue(QLatin1String(EncounterChecks::RepeatExamDaysKey),
                          QStringLiteral("a month"));
        QCOMPARE(EncounterChecks::repeatExamDays(), EncounterChecks::DefaultRepeatExamDays);
        settings.remove(QLatin1String(EncounterChecks::RepeatExamDaysKey));
    }

    void missingContent()
    {
        records::RecordContent content;
        QVERIFY(!EncounterChecks::missingContent(content).isEmpty());
        content.chiefComplaint = QStringLiteral("   ");
        content.notes = QStringLiteral("notes alone are not a record");
        QVERIFY(!EncounterChecks::missingContent(content).isEmpty());
        content.chiefComplaint = QStringLiteral("发热咳嗽三天");
        QVERIFY(EncounterChecks::missingContent(content).isEmpty());
        content.chiefComplaint.clear();
        content.diagnoses = {{QStringLiteral("J10.1"), QString()}};
        QVERIFY(EncounterChecks::missingContent(content).isEmpty());
    }
};

QTEST_MAIN(TestDoctorModels)
#include "TestDoctorModels.moc"
