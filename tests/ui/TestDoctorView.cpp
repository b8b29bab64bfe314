// The doctor's workstation against a running demo node, driven by object name and keyboard: it
// opens the richest granted history; an access request reaches the patient; a record opened is
// receipted where the patient sees it; an encounter typed into the form reaches the patient's
// timeline; an amendment shows as pending; break-glass access needs a real reason and is flagged.
#include "DemoSession.h"
#include "WidgetLookup.h"

#include "doctor/AuthoredAmendmentModel.h"
#include "doctor/AuthoredAmendmentsPage.h"
#include "doctor/DoctorView.h"
#include "doctor/EncounterForm.h"
#include "doctor/PatientHeader.h"
#include "doctor/PatientHistory.h"
#include "doctor/PatientListModel.h"
#include "doctor/PatientLookup.h"

#include "common/Startup.h"
#include "identity/KeystoreFile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace medchain;
using namespace medchain::demo::testing;
using medchain::testing::child;
using medchain::testing::DemoSession;
using medchain::testing::openChild;
using medchain::testing::waitForLoad;
using ui::AuthoredAmendmentModel;
using ui::DoctorView;
using ui::PatientListModel;

namespace {
constexpr int kWait = 60'000;

// The cast doctor is 王芳 (practitioner 1). The scenario's grants to her have ended; here 刘洋
// (patient 1: four records she can read) grants everything, Maria Schmidt (patient 2: one
// laboratory record) grants laboratory records. 陈静, the cast patient, has granted nothing.
void grantTheDoctor(demo::Scenario &scenario)
{
    const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + 60 * kDay;
    scenario.events.append(at(116 * kDay, demo::GrantEvent {1, 1, -1, {}, expiry, 0}));
    scenario.events.append(
        at(116 * kDay + kHour, demo::GrantEvent {2, 1, -1, {Cat::Laboratory}, expiry, 0}));
}

QString pseudonym(const chain::IdentityId &id)
{
    return QStringLiteral("patient-") + QString::fromLatin1(id.toByteArray().toHex().left(16));
}

/// The row of the patient list showing id, or -1.
int rowOf(QTableView *list, const chain::IdentityId &id)
{
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, 0).data(PatientListModel::PatientIdRole).toByteArray()
            == id.toByteArray())
            return row;
    return -1;
}

QString accessOf(QTableView *list, const chain::IdentityId &id)
{
    const int row = rowOf(list, id);
    return row < 0 ? QString()
                   : list->model()->index(row, PatientListModel::AccessColumn).data().toString();
}

/// Types text key by key, Chinese included (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}
} // namespace

class TestDoctorView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_network = std::make_unique<DemoSession>(grantTheDoctor);
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_doctor = m_network->login(QStringLiteral("doctor"));
        m_patient = m_network->login(QStringLiteral("patient"));
        QVERIFY(m_doctor && m_patient);
        demo::DemoIdentity liu;
        liu.keystore = QStringLiteral("keystores/patient-1.mcid");
        auto info = identity::Keystore::readPublicInfo(m_network->keystorePath(liu));
        QVERIFY2(info.ok(), qPrintable(info.error()));
        m_liu = info->identity;

        m_view = std::make_unique<DoctorView>(*m_doctor);
        m_view->setMinimumReloadInterval(0);
        m_view->lookup()->setSearchDelay(0);
        QSignalSpy loaded(m_view.get(), &DoctorView::loaded);
        m_view->resize(1400, 900);
        m_view->show();
        activate();
        QVERIFY(m_view->isLoaded() || loaded.wait(kWait));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_patient.reset();
        m_doctor.reset();
        m_network.reset();
    }

    void opensTheRichestGrantedPatient()
    {
        auto *list = child<QTableView>(*m_view, "patientList");
        QCOMPARE(list->model()->rowCount(), 2); // 刘洋 and Maria Schmidt
        QCOMPARE(accessOf(list, m_liu), QStringLiteral("Granted"));
        QCOMPARE(rowOf(list, m_patient->identity()), -1);

        // Loaded means 刘洋's history and summary are on screen.
        QVERIFY(m_view->header()->patient());
        QCOMPARE(m_view->header()->patient()->patient.id, m_liu);
        QCOMPARE(child<QLabel>(*m_view, "patientName")->text(), pseudonym(m_liu));
        QVERIFY(m_view->history()->isReady());
        QCOMPARE(child<QTableView>(*m_view, "patientTimeline")->model()->rowCount(), 4);
        const QString summary = child<QLabel>(*m_view, "clinicalSummary")->text();
        QVERIFY2(summary.contains(QLatin1String("4 record")), qPrintable(summary));
        QVERIFY(!child<QLabel>(*m_view, "patientEmergency")->isVisible());
        // Nothing was opened, so nothing was receipted.
        QVERIFY(!m_view->history()->shownRecord());
    }

    void tabOrderFollowsTheLayout()
    {
        // Tab from the search visits the list, the header, the tab bar, then the history.
        auto *search = child<QLineEdit>(*m_view, "patientSearch");
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QStringList visited;
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget()->objectName());
        }
        qsizetype at = -1;
        for (const char *name :
             {"patientList", "emergencyAccess", "keyboardShortcuts", "readPurpose", "newEncounter",
              "qt_tabwidget_tabbar", "patientTimeline", "openRecord", "patientRecord"}) {
            const qsizetype next = visited.indexOf(QLatin1String(name));
            QVERIFY2(next > at, qPrintable(visited.join(QLatin1Char(' '))));
            at = next;
        }

        // In the form, each section's fields in reading order, then sign, then cancel.
        QTest::keyClick(m_view.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(child<QLineEdit>(*m_view, "encounterComplaint")->hasFocus());
        visited.clear();
        for (int i = 0; i < 16; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget()->objectName());
        }
        const QStringList form {
            QStringLiteral("diagnosisCode"),   QStringLiteral("diagnosisNote"),
            QStringLiteral("diagnosisList"),   QStringLiteral("drugCode"),
            QStringLiteral("drugDose"),        QStringLiteral("drugFrequency"),
            QStringLiteral("drugDays"),        QStringLiteral("prescriptionList"),
            QStringLiteral("examCode"),        QStringLiteral("examList"),
            QStringLiteral("feeItem"),         QStringLiteral("feeAmount"),
            QStringLiteral("feeList"),         QStringLiteral("encounterNotes"),
            QStringLiteral("submitEncounter"), QStringLiteral("cancelEncounter")};
        QCOMPARE(visited, form);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(child<QTabWidget>(*m_view, "doctorTabs")->currentWidget(), m_view->history());
    }

    void keyboardShortcuts()
    {
        auto *search = child<QLineEdit>(*m_view, "patientSearch");
        QTest::keyClick(m_view.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(m_view.get(), Qt::Key_Slash, Qt::ControlModifier);
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY(
            (shortcuts = openChild<QDialog>(*m_view, QStringLiteral("keyboardShortcutsDialog"))));
        QVERIFY(child<QTableView>(*shortcuts, "keyboardShortcutList")->model()->rowCount() > 8);
        shortcuts->reject();
        QTest::keyClick(m_view.get(), Qt::Key_N, Qt::ControlModifier);
        auto *tabs = child<QTabWidget>(*m_view, "doctorTabs");
        QCOMPARE(tabs->currentWidget(), m_view->encounterForm());
        QTRY_VERIFY(child<QLineEdit>(*m_view, "encounterComplaint")->hasFocus());
        // Esc on an empty form closes it without asking.
        QTest::keyClick(child<QLineEdit>(*m_view, "encounterComplaint"), Qt::Key_Escape);
        QCOMPARE(tabs->currentWidget(), m_view->history());
    }

    void requestsAccessForAPatientNotOnTheList()
    {
        // 陈静 is not the doctor's patient: typing her pseudonym searches the chain.
        auto *search = child<QLineEdit>(*m_view, "patientSearch");
        search->clear();
        QTest::keyClicks(search, pseudonym(m_patient->identity()));
        auto *list = child<QTableView>(*m_view, "patientList");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, m_patient->identity()) >= 0, kWait);
        QCOMPARE(accessOf(list, m_patient->identity()), QStringLiteral("No access"));
        QVERIFY(m_view->lookup()->selectPatient(m_patient->identity()));
        QCOMPARE(m_view->header()->patient()->patient.id, m_patient->identity());

        auto *request = child<QPushButton>(*m_view, "requestAccess");
        QVERIFY(request->isEnabled());
        request->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<QDialog>(*m_view, QStringLiteral("requestAccessDialog"))));
        auto *ok = child<QPushButton>(*dialog, "requestOk");
        QVERIFY(!ok->isEnabled()); // the purpose is mandatory
        typeText(child<QLineEdit>(*dialog, "requestPurpose"), QStringLiteral("高血压复诊"));
        QVERIFY(ok->isEnabled());
        ok->click();

        // The patient sees the request, with its purpose.
        QTRY_VERIFY_WITH_TIMEOUT(accessOf(list, m_patient->identity()) == QStringLiteral("Asked"),
                                 kWait);
        const auto consent = loadConsent();
        QVERIFY(!consent.requests.isEmpty());
        const client::RequestEntry &asked = consent.requests.first();
        QCOMPARE(asked.requester.id, m_doctor->identity());
        QCOMPARE(asked.state, client::RequestState::Pending);
        QCOMPARE(asked.purpose, QStringLiteral("高血压复诊"));
        QVERIFY(!request->isEnabled()); // asked already
        m_request = asked.id;
    }

    void openingARecordIsReceipted()
    {
        // The patient accepts the request; the doctor's view follows the block.
        const auto [granted, why] = DemoSession::waitFor(
            *m_patient,
            m_patient->grantAccess(m_doctor->identity(), {},
                                   QDateTime::currentMSecsSinceEpoch() + 30 * kDay, m_request));
        QVERIFY2(granted, qPrintable(why));
        auto *list = child<QTableView>(*m_view, "patientList");
        QTRY_VERIFY_WITH_TIMEOUT(accessOf(list, m_patient->identity()) == QStringLiteral("Granted"),
                                 kWait);
        auto *timeline = child<QTableView>(*m_view, "patientTimeline");
        QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() == 4, kWait);

        // Choose the purpose, then Enter on the selected (newest) record opens it.
        auto *purpose = child<QComboBox>(*m_view, "readPurpose");
        QCOMPARE(purpose->currentText(), QStringLiteral("Treatment"));
        purpose->setCurrentIndex(purpose->findText(QStringLiteral("Follow-up")));
        QSignalSpy opened(m_view->history(), &ui::PatientHistory::recordOpened);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Return);
        QVERIFY(opened.wait(kWait));
        const QString detail = child<QTextBrowser>(*m_view, "patientRecord")->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("✓ Verified")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("发热咳嗽三天")));
        auto *status = child<QLabel>(*m_view, "receiptStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("receipted on chain")),
                                 kWait);

        // The patient's access log lists the read, with the purpose chosen.
        const auto consent = loadConsent();
        const auto read = std::find_if(consent.accessLog.cbegin(), consent.accessLog.cend(),
                                       [this](const client::AccessEntry &entry) {
                                           return entry.reader.id == m_doctor->identity();
                                       });
        QVERIFY(read != consent.accessLog.cend());
        QCOMPARE(read->record->toByteArray(), opened.first().first().toByteArray());
        QCOMPARE(read->purpose, QStringLiteral("Follow-up"));
        QVERIFY(!read->emergency);
        QVERIFY(!read->automated);
    }

    void aNewEncounterReachesThePatient()
    {
        activate(); // the request dialog had the focus
        QTest::keyClick(m_view.get(), Qt::Key_N, Qt::ControlModifier);
        ui::EncounterForm *form = m_view->encounterForm();
        QCOMPARE(child<QTabWidget>(*m_view, "doctorTabs")->currentWidget(), form);
        QVERIFY(child<QLabel>(*form, "encounterPatient")
                    ->text()
                    .contains(pseudonym(m_patient->identity())));
        auto *submit = child<QPushButton>(*form, "submitEncounter");
        auto *message = child<QLabel>(*form, "encounterMessage");

        // Nothing written yet: refused, with the reason.
        submit->click();
        QCOMPARE(message->text(),
                 QStringLiteral("Enter a chief complaint or at least one diagnosis."));

        auto *complaint = child<QLineEdit>(*form, "encounterComplaint");
        typeText(complaint, QStringLiteral("头晕一周，血压偏高"));
        auto *code = child<QLineEdit>(*form, "diagnosisCode");
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("I10"));
        code->completer()->popup()->hide();
        QTest::keyClick(code, Qt::Key_Return);
        auto *drug = child<QLineEdit>(*form, "drugCode");
        drug->setFocus();
        QTest::keyClicks(drug, QStringLiteral("N02BE01")); // fills 500 mg tid, 3 days
        drug->completer()->popup()->hide();
        QCOMPARE(child<QLineEdit>(*form, "drugDose")->text(), QStringLiteral("500"));
        QTest::keyClick(drug, Qt::Key_Return);
        child<QLineEdit>(*form, "examCode")->setText(QStringLiteral("CBC"));
        QTest::keyClick(child<QLineEdit>(*form, "examCode"), Qt::Key_Return);
        QVERIFY(form->hasDraft());

        // Ctrl+Enter signs and submits.
        QSignalSpy added(form, &ui::EncounterForm::recordAdded);
        QTest::keyClick(complaint, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(form->isSubmitting(), qPrintable(message->text()));
        QVERIFY(!submit->isEnabled());
        QVERIFY(added.wait(kWait));
        QVERIFY(!form->hasDraft()); // cleared for the next patient
        QCOMPARE(child<QTabWidget>(*m_view, "doctorTabs")->currentWidget(), m_view->history());

        // In the patient's own timeline, newest first, written by this doctor.
        const auto records = loadPatientTimeline();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.first().chiefComplaint, QStringLiteral("头晕一周，血压偏高"));
        QCOMPARE(records.first().diagnoses, QStringList {QStringLiteral("I10")});
        QCOMPARE(records.first().author.id, m_doctor->identity());
        // And in the doctor's history, after the reload.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QTableView>(*m_view, "patientTimeline")->model()->rowCount() == 5, kWait);
    }

    void anAmendmentIsPending()
    {
        // Open the new record (the newest) and propose an amendment of it.
        auto *timeline = child<QTableView>(*m_view, "patientTimeline");
        timeline->selectRow(0);
        QSignalSpy opened(m_view->history(), &ui::PatientHistory::recordOpened);
        child<QPushButton>(*m_view, "openRecord")->click();
        QVERIFY(opened.wait(kWait));
        auto *propose = child<QPushButton>(*m_view, "proposeAmendment");
        QVERIFY(propose->isEnabled()); // the doctor's own record
        propose->click();
        ui::EncounterForm *form = m_view->encounterForm();
        QVERIFY(form->isAmendment());
        auto *complaint = child<QLineEdit>(*form, "encounterComplaint");
        QCOMPARE(complaint->text(), QStringLiteral("头晕一周，血压偏高"));
        QCOMPARE(form->content().diagnoses.size(), 1);

        auto *submit = child<QPushButton>(*form, "submitEncounter");
        auto *message = child<QLabel>(*form, "encounterMessage");
        complaint->setText(QStringLiteral("头晕两周，血压偏高"));
        submit->click();
        QVERIFY2(message->text().contains(QLatin1String("reason")), qPrintable(message->text()));
        QVERIFY(!form->isSubmitting());
        typeText(child<QLineEdit>(*form, "amendmentReason"), QStringLiteral("更正病程"));
        QSignalSpy proposed(form, &ui::EncounterForm::amendmentProposed);
        submit->click();
        QVERIFY(proposed.wait(kWait));

        // The list of proposals shows it pending; the patient has it to answer.
        auto *amendments = child<QTableView>(*m_view, "authoredAmendments");
        QTRY_VERIFY_WITH_TIMEOUT(amendments->model()->rowCount() >= 1, kWait);
        QCOMPARE(child<QTabWidget>(*m_view, "doctorTabs")->currentWidget(),
                 m_view->amendmentsPage());
        const QModelIndex newest = amendments->model()->index(0, 0);
        QCOMPARE(newest.data(AuthoredAmendmentModel::StateRole).toInt(),
                 int(client::AmendmentState::Pending));
        QCOMPARE(
            amendments->model()->index(0, AuthoredAmendmentModel::StateColumn).data().toString(),
            QStringLiteral("Pending: the patient has not answered"));
        QCOMPARE(
            amendments->model()->index(0, AuthoredAmendmentModel::ReasonColumn).data().toString(),
            QStringLiteral("更正病程"));
        const auto pending = waitForLoad<QList<client::PendingAmendment>>(
            *m_patient,
            [](client::Session &s, QObject *c, auto done) { s.loadPendingAmendments(c, done); });
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().author.id, m_doctor->identity());
        QCOMPARE(pending.first().after.chiefComplaint, QStringLiteral("头晕两周，血压偏高"));
        // One proposal at a time: the record shows it pending.
        QTRY_VERIFY_WITH_TIMEOUT(!propose->isEnabled(), kWait);
    }

    void emergencyAccessNeedsAReasonAndIsFlagged()
    {
        // The patient withdraws the grant: 陈静 leaves the doctor's list.
        const auto consent = loadConsent();
        std::optional<client::Hash> grant;
        for (const client::GrantEntry &each : consent.grants)
            if (each.grantee.id == m_doctor->identity() && !each.revoked)
                grant = each.id;
        QVERIFY(grant);
        const auto [revoked, why]
            = DemoSession::waitFor(*m_patient, m_patient->revokeGrant(*grant));
        QVERIFY2(revoked, qPrintable(why));
        auto *list = child<QTableView>(*m_view, "patientList");
        auto *search = child<QLineEdit>(*m_view, "patientSearch");
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, m_patient->identity()) < 0, kWait);

        // Found by id this time; break the glass.
        QTest::keyClicks(search, QString::fromLatin1(m_patient->identity().toByteArray().toHex()));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, m_patient->identity()) >= 0, kWait);
        QVERIFY(m_view->lookup()->selectPatient(m_patient->identity()));
        child<QPushButton>(*m_view, "emergencyAccess")->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openChild<QDialog>(*m_view, QStringLiteral("emergencyAccessDialog"))));
        QVERIFY(child<QLabel>(*dialog, "emergencyWarning")
                    ->text()
                    .contains(QLatin1String("regulator")));
        auto *reason = child<QPlainTextEdit>(*dialog, "emergencyReason");
        auto *ok = child<QPushButton>(*dialog, "emergencyOk");
        typeText(reason, QStringLiteral("急诊"));
        QVERIFY(!ok->isEnabled());
        ok->click(); // a disabled button does nothing
        QVERIFY(dialog->isVisible());
        reason->clear();
        typeText(reason, QStringLiteral("患者昏迷送入急诊，需查既往病史"));
        QVERIFY(ok->isEnabled());
        ok->click();

        // Marked EMERGENCY in the list and the header; the patient's log flags it.
        QTRY_VERIFY_WITH_TIMEOUT(
            accessOf(list, m_patient->identity()) == QStringLiteral("EMERGENCY"), kWait);
        const QModelIndex row = list->model()->index(rowOf(list, m_patient->identity()), 0);
        QCOMPARE(row.data(Qt::ForegroundRole).value<QBrush>().color(),
                 PatientListModel::emergencyColour());
        QTRY_VERIFY(child<QLabel>(*m_view, "patientEmergency")->isVisible());
        QVERIFY(!child<QPushButton>(*m_view, "emergencyAccess")->isEnabled());
        const auto after = loadConsent();
        const auto flagged
            = std::find_if(after.accessLog.cbegin(), after.accessLog.cend(),
                           [this](const client::AccessEntry &entry) {
                               return entry.emergency && entry.reader.id == m_doctor->identity();
                           });
        QVERIFY(flagged != after.accessLog.cend());
        QCOMPARE(flagged->purpose, QStringLiteral("患者昏迷送入急诊，需查既往病史"));
    }

    void aDraftStaysWithItsPatient()
    {
        QVERIFY(m_view->lookup()->selectPatient(m_patient->identity()));
        activate();
        QTest::keyClick(m_view.get(), Qt::Key_N, Qt::ControlModifier);
        ui::EncounterForm *form = m_view->encounterForm();
        auto *complaint = child<QLineEdit>(*form, "encounterComplaint");
        QTRY_VERIFY(complaint->hasFocus());
        typeText(complaint, QStringLiteral("胸闷"));

        // Another patient selected: the draft stays 陈静's and cannot be sent to 刘洋.
        QVERIFY(m_view->lookup()->selectPatient(m_liu));
        QCOMPARE(m_view->header()->patient()->patient.id, m_liu);
        auto *mismatch = child<QLabel>(*form, "encounterMismatch");
        QVERIFY(mismatch->isVisible());
        QVERIFY(mismatch->text().contains(pseudonym(m_patient->identity())));
        QVERIFY(!child<QPushButton>(*form, "submitEncounter")->isEnabled());
        QVERIFY(form->problem().contains(pseudonym(m_patient->identity())));
        QCOMPARE(complaint->text(), QStringLiteral("胸闷"));

        // Back to 陈静: it can go again. Esc asks before discarding it.
        QVERIFY(m_view->lookup()->selectPatient(m_patient->identity()));
        QVERIFY(!mismatch->isVisible());
        QVERIFY(child<QPushButton>(*form, "submitEncounter")->isEnabled());
        complaint->setFocus();
        QTest::keyClick(complaint, Qt::Key_Escape);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = openChild<QMessageBox>(*form, QStringLiteral("confirmDiscard"))));
        question->findChild<QPushButton *>(QStringLiteral("confirmYes"))->click();
        QVERIFY(!form->hasDraft());
        QCOMPARE(child<QTabWidget>(*m_view, "doctorTabs")->currentWidget(), m_view->history());
    }

    void retranslatesInPlace()
    {
        auto *list = child<QTableView>(*m_view, "patientList");
        const int rows = list->model()->rowCount();
        const auto patient = m_view->header()->patient();
        QEvent change(QEvent::LanguageChange);
        for (QWidget *widget : m_view->findChildren<QWidget *>())
            QCoreApplication::sendEvent(widget, &change);
        QCoreApplication::sendEvent(m_view.get(), &change);
        QCOMPARE(list->model()->rowCount(), rows);
        QCOMPARE(m_view->header()->patient()->patient.id, patient->patient.id);
        QCOMPARE(child<QPushButton>(*m_view, "newEncounter")->text(),
                 QStringLiteral("&New encounter"));
        QCOMPARE(child<QComboBox>(*m_view, "readPurpose")->currentText(),
                 QStringLiteral("Follow-up")); // the choice survives
        QCOMPARE(child<QTabWidget>(*m_view, "doctorTabs")->tabText(0), QStringLiteral("History"));
    }

private:
    /// Shortcuts reach only the active window.
    void activate()
    {
        m_view->activateWindow();
        QApplication::setActiveWindow(m_view.get());
        QTRY_VERIFY(m_view->isActiveWindow());
    }

    client::ConsentSnapshot loadConsent()
    {
        return waitForLoad<client::ConsentSnapshot>(
            *m_patient, [](client::Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
    }

    QList<client::RecordSummary> loadPatientTimeline()
    {
        QList<client::RecordSummary> records;
        bool complete = false;
        QObject context;
        m_patient->loadTimeline(
            &context, [&](const QList<client::RecordSummary> &batch, int done, int total) {
                records.append(batch);
                complete = done >= total;
            });
        if (!QTest::qWaitFor([&complete] { return complete; }, kWait))
            qWarning("the patient's timeline did not load");
        return records;
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<client::Session> m_doctor;
    std::unique_ptr<client::Session> m_patient;
    std::unique_ptr<DoctorView> m_view;
    chain::IdentityId m_liu;
    client::Hash m_request;
};

QTEST_MAIN(TestDoctorView)
#include "TestDoctorView.moc"
