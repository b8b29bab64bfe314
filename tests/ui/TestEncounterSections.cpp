// The encounter form's parts and the doctor's dialogs, driven by keyboard and object name without
// a session: diagnoses from the ICD-10 completer, prescriptions with the maximum-dose WARNING,
// exam orders with the repeated-exam WARNING and their fee, fees in yuan, the access request's
// mandatory purpose and the break-glass dialog's mandatory reason.
#include "WidgetLookup.h"

#include "doctor/AccessRequestDialog.h"
#include "doctor/DiagnosisSection.h"
#include "doctor/EmergencyAccessDialog.h"
#include "doctor/ExamSection.h"
#include "doctor/FeeSection.h"
#include "doctor/PrescriptionSection.h"

#include "common/Startup.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace medchain;
using medchain::testing::child;

namespace {
constexpr qint64 kDay = 24 * 3'600'000LL;

/// Types text key by key, Chinese included (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Types text into edit, picks the first completion with Down and Enter in the popup.
void typeAndPick(QLineEdit *edit, const QString &text)
{
    // A line edit talks to its completer only while it has focus, in an active window.
    QApplication::setActiveWindow(edit->window());
    QVERIFY(QTest::qWaitForWindowActive(edit->window()));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    typeText(edit, text);
    QAbstractItemView *popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
}
} // namespace

class TestEncounterSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void diagnosesFromTheCompleter()
    {
        ui::DiagnosisSection section;
        section.show();
        auto *code = child<QLineEdit>(section, "diagnosisCode");
        auto *list = child<QListWidget>(section, "diagnosisList");
        auto *problem = child<QLabel>(section, "diagnosisProblem");
        QVERIFY(code && list && problem);

        // A Chinese title picked from the popup puts the code in the field; Enter adds it.
        typeAndPick(code, QStringLiteral("季节性流感"));
        QVERIFY2(code->text().startsWith(QLatin1String("J10.")), qPrintable(code->text()));
        QVERIFY(
            child<QLabel>(section, "diagnosisTitle")->text().contains(QLatin1String("Influenza")));
        typeText(child<QLineEdit>(section, "diagnosisNote"), QStringLiteral("高热"));
        QTest::keyClick(child<QLineEdit>(section, "diagnosisNote"), Qt::Key_Return);
        QCOMPARE(section.items().size(), 1);
        QVERIFY(section.items().first().icd10.startsWith(QLatin1String("J10.")));
        QCOMPARE(section.items().first().note, QStringLiteral("高热"));
        QVERIFY(code->text().isEmpty());
        QCOMPARE(list->count(), 1);

        // An English title matching one entry only is taken as it is, without the popup.
        typeText(code, QStringLiteral("essential (primary) hypertension"));
        code->completer()->popup()->hide();
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(section.items().size(), 2);
        QCOMPARE(section.items().last().icd10, QStringLiteral("I10"));

        // Not a code: refused with a reason, nothing added.
        typeText(code, QStringLiteral("xyzzy"));
        code->completer()->popup()->hide();
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(section.items().size(), 2);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("xyzzy")));

        // The same code twice: refused.
        code->setText(QStringLiteral("i10"));
        QVERIFY(!section.addInput());
        QVERIFY(problem->text().contains(QLatin1String("already")));
        // A well-formed code outside the demo's subset is still ICD-10.
        code->setText(QStringLiteral("a00.1"));
        QVERIFY(section.addInput());
        QCOMPARE(section.items().last().icd10, QStringLiteral("A00.1"));
        QVERIFY(!problem->isVisible());

        // Delete in the list removes the selected line.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(section.items().size(), 2);
        QCOMPARE(section.items().first().icd10, QStringLiteral("I10"));
        QCOMPARE(list->count(), 2);
    }

    void prescriptionWarnsAboveTheMaximumDailyDose()
    {
        ui::PrescriptionSection section;
        section.show();
        auto *drug = child<QLineEdit>(section, "drugCode");
        auto *dose = child<QLineEdit>(section, "drugDose");
        auto *frequency = child<QComboBox>(section, "drugFrequency");
        auto *days = child<QSpinBox>(section, "drugDays");
        auto *warning = child<QLabel>(section, "doseWarning");
        QVERIFY(drug && dose && frequency && days && warning);

        // Picking paracetamol fills its usual dose, frequency and course (catalog: 500 mg tid,
        // 3 days, at most 2000 mg a day).
        typeAndPick(drug, QStringLiteral("对乙酰氨基"));
        QCOMPARE(drug->text(), QStringLiteral("N02BE01"));
        QCOMPARE(dose->text(), QStringLiteral("500"));
        QCOMPARE(frequency->currentData().toString(), QStringLiteral("tid"));
        QCOMPARE(days->value(), 3);
        QVERIFY(!warning->isVisible());

        dose->setText(QStringLiteral("1000")); // 3000 mg a day
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QLatin1String("WARNING")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QLatin1String("3000 mg")));
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("prn")));
        QVERIFY(!warning->isVisible()); // as needed: no daily count to check
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("q4h")));
        QVERIFY(warning->isVisible()); // six a day
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("bid")));
        QVERIFY(!warning->isVisible()); // exactly 2000 mg

        // Added over the maximum: allowed (the doctor decides) but marked on its line.
        frequency->setCurrentIndex(frequency->findData(QStringLiteral("tid")));
        QTest::keyClick(dose, Qt::Key_Return);
        QCOMPARE(section.items().size(), 1);
        const records::Prescription added = section.items().first();
        QCOMPARE(added.drugCode, QStringLiteral("N02BE01"));
        QCOMPARE(added.drugName, QStringLiteral("Paracetamol"));
        QCOMPARE(added.doseMicrograms, qint64(1'000'000));
        QCOMPARE(added.frequency, QStringLiteral("tid"));
        QCOMPARE(added.durationDays, qint64(3));
        auto *list = child<QListWidget>(section, "prescriptionList");
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("⚠")));
        QVERIFY(list->item(0)->toolTip().startsWith(QLatin1String("WARNING")));
        QVERIFY(!warning->isVisible()); // the fields are empty again

        // A dose that is not a number of mg is refused.
        drug->setText(QStringLiteral("N02BE01"));
        dose->setText(QStringLiteral("1.2345"));
        QVERIFY(!section.addInput());
        QVERIFY(child<QLabel>(section, "prescriptionProblem")->isVisible());
        dose->setText(QStringLiteral("62.5"));
        QVERIFY(section.addInput());
        QCOMPARE(section.items().last().doseMicrograms, qint64(62'500));
        QVERIFY(!list->item(1)->text().startsWith(QStringLiteral("⚠")));
    }

    void examWarnsWhenRepeated()
    {
        ui::ExamSection section;
        section.show();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        client::ExamDone cbc;
        cbc.code = QStringLiteral("CBC");
        cbc.name = QStringLiteral("Complete blood count");
        cbc.time = now - 10 * kDay;
        section.setHistory({cbc}, now, 30);
        auto *exam = child<QLineEdit>(section, "examCode");
        auto *warning = child<QLabel>(section, "examWarning");
        QSignalSpy ordered(&section, &ui::ExamSection::examOrdered);

        typeAndPick(exam, QStringLiteral("血常规"));
        QCOMPARE(exam->text(), QStringLiteral("CBC"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("10 days ago")),
                 qPrintable(warning->text()));
        QTest::keyClick(exam, Qt::Key_Return);
        QCOMPARE(section.items().size(), 1);
        QCOMPARE(section.items().first().code, QStringLiteral("CBC"));
        QCOMPARE(ordered.count(), 1);
        QCOMPARE(ordered.first().at(1).toLongLong(), qint64(2000)); // the catalog's fee
        auto *list = child<QListWidget>(section, "examList");
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("⚠")));

        // A shorter window (the setting) no longer sees it; another exam never warned.
        section.setHistory({cbc}, now, 7);
        QVERIFY(!list->item(0)->text().startsWith(QStringLiteral("⚠")));
        exam->setText(QStringLiteral("CRP"));
        QVERIFY(!warning->isVisible());
        QVERIFY(section.addInput());
        exam->setText(QStringLiteral("crp"));
        QVERIFY(!section.addInput()); // ordered already
        exam->setText(QStringLiteral("not an exam"));
        QVERIFY(!section.addInput());
        QCOMPARE(section.items().size(), 2);
    }

    void feesInYuan()
    {
        ui::FeeSection section;
        section.show();
        auto *item = child<QLineEdit>(section, "feeItem");
        auto *amount = child<QLineEdit>(section, "feeAmount");
        auto *total = child<QLabel>(section, "feeTotal");
        typeText(item, QStringLiteral("Registration"));
        typeText(amount, QStringLiteral("15.5"));
        QTest::keyClick(amount, Qt::Key_Return);
        QCOMPARE(section.items().size(), 1);
        QCOMPARE(section.items().first().amountFen, qint64(1550));
        section.addFee(QStringLiteral("Complete blood count"), 2000);
        QCOMPARE(total->text(), QStringLiteral("Total: ¥35.50"));
        item->setText(QStringLiteral("Other"));
        for (const char *bad : {"abc", "1.234", "-3", "0"}) {
            amount->setText(QString::fromLatin1(bad));
            QVERIFY2(!section.addInput(), bad);
        }
        QCOMPARE(section.items().size(), 2);
        section.clear();
        QCOMPARE(section.count(), 0);
        QVERIFY(!total->isVisible());
    }

    void accessRequestNeedsAPurpose()
    {
        client::Party patient;
        patient.name = QStringLiteral("Maria Schmidt");
        ui::AccessRequestDialog dialog(patient);
        dialog.show();
        auto *ok = child<QPushButton>(dialog, "requestOk");
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        typeText(child<QLineEdit>(dialog, "requestPurpose"), QStringLiteral("复诊"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.purpose(), QStringLiteral("复诊"));
        QCOMPARE(dialog.scope().kind, consent::AccessScope::Kind::All);
        QCOMPARE(dialog.expiry(1000), 1000 + 30 * kDay);

        child<QRadioButton>(dialog, "requestScopeCategories")->setChecked(true);
        QVERIFY(!ok->isEnabled()); // no kind ticked
        child<QCheckBox>(dialog, "requestCategory2")->setChecked(true); // Laboratory
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.scope().categories, QList {chain::RecordCategory::Laboratory});
        auto *duration = child<QComboBox>(dialog, "requestDuration");
        duration->setCurrentIndex(duration->findText(QStringLiteral("7 days")));
        QCOMPARE(dialog.expiry(0), 7 * kDay);
    }

    void emergencyNeedsAReason()
    {
        client::Party patient;
        patient.name = QStringLiteral("Maria Schmidt");
        ui::EmergencyAccessDialog dialog(patient);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        auto *warning = child<QLabel>(dialog, "emergencyWarning");
        QVERIFY(warning->text().contains(QLatin1String("BREAK-GLASS")));
        QVERIFY(warning->text().contains(QLatin1String("regulator")));
        QVERIFY(warning->text().contains(QLatin1String("patient")));
        auto *ok = child<QPushButton>(dialog, "emergencyOk");
        auto *reason = child<QPlainTextEdit>(dialog, "emergencyReason");
        QVERIFY(!ok->isEnabled());
        typeText(reason, QStringLiteral("昏迷送入急诊"));
        QVERIFY(!ok->isEnabled()); // six characters
        QVERIFY(child<QLabel>(dialog, "emergencyReasonHint")->text().contains(QLatin1String("10")));
        // Enter does not break the glass: the reason field takes it, and OK is not the default.
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!ui::EmergencyAccessDialog::acceptableReason(QStringLiteral("   short   ")));

        reason->setPlainText(QStringLiteral("患者昏迷送入急诊，需查既往病史"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.reason(), QStringLiteral("患者昏迷送入急诊，需查既往病史"));
    }
};

QTEST_MAIN(TestEncounterSections)
#include "TestEncounterSections.moc"
