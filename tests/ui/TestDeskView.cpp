// The registration desk against a running demo node, driven by object name and keyboard: it
// names the institution and says when its lists have loaded; tabs, shortcuts and mnemonics; a
// practitioner enrolled with a keystore they open (mismatched passphrases refused in the form);
// an invoice issued to a patient found by pseudonym (an amount of nothing refused).
#include "DeskViewFixture.h"
#include "WidgetLookup.h"

#include "institution/EnrollPractitionerDialog.h"
#include "institution/InvoicesPage.h"
#include "institution/IssueInvoiceForm.h"
#include "institution/IssuedInvoiceModel.h"
#include "institution/RegisterPatientPage.h"
#include "institution/StaffPage.h"

#include "common/PartyTableModel.h"
#include "common/Startup.h"
#include "crypto/Argon2id.h"
#include "identity/Enrollment.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::columnTexts;
using medchain::testing::kDeskWait;
using medchain::testing::mnemonicClash;
using medchain::testing::openChild;
using medchain::testing::shownMnemonicTexts;
using medchain::testing::typeText;
using medchain::testing::writeFile;
using ui::DeskView;

namespace {
/// Where the staff table shows field.
int staffColumn(ui::PartyTableModel::Field field)
{
    return int(ui::PartyTableModel::staffColumns().indexOf(field));
}
} // namespace

class TestDeskView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        const QString failed = m_fixture.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_view = m_fixture.view.get();
        m_desk = m_fixture.desk.get();
        m_patient = m_fixture.network->login(QStringLiteral("patient"));
        QVERIFY(m_patient);
    }

    void cleanupTestCase()
    {
        m_patient.reset();
        m_fixture.stop();
    }

    void loadedShowsTheInstitutionItsStaffAndInvoices()
    {
        QVERIFY(!m_desk->displayName().isEmpty());
        QCOMPARE(child<QLabel>(*m_view, "deskInstitution")->text(), m_desk->displayName());
        QStringList staff = columnTexts(child<QTableView>(*m_view, "staffTable"),
                                        staffColumn(ui::PartyTableModel::Name));
        staff.sort();
        QStringList expected {QStringLiteral("李伟"), QStringLiteral("王芳")};
        expected.sort();
        QCOMPARE(staff, expected);

        // A second view on the same session says when its first lists are on screen.
        DeskView another(*m_desk);
        QSignalSpy loaded(&another, &DeskView::loaded);
        QVERIFY(!another.isLoaded());
        QVERIFY(loaded.wait(kDeskWait));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(another.isLoaded());
        QCOMPARE(another.staffPage()->model()->rowCount(), 2);
    }

    void tabsAndShortcutsFromTheKeyboard()
    {
        auto *tabs = child<QTabWidget>(*m_view, "deskTabs");
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Register patient"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Staff"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Invoices"));
        child<QPushButton>(*m_view, "importRequest")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->staffPage());
        QTRY_VERIFY(child<QLineEdit>(*m_view, "staffFilter")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->invoicesPage());
        QTRY_VERIFY(child<QLineEdit>(*m_view, "invoicePatientSearch")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->registerPage());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), m_view->staffPage());
        QTRY_VERIFY(child<QLineEdit>(*m_view, "staffFilter")->hasFocus());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Slash, Qt::ControlModifier);
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY(
            (shortcuts = openChild<QDialog>(*m_view, QStringLiteral("keyboardShortcutsDialog"))));
        QVERIFY(child<QTableView>(*shortcuts, "keyboardShortcutList")->model()->rowCount() >= 8);
        shortcuts->reject();
        activate();
    }

    void mnemonicsDoNotCollide()
    {
        // Alt+letter must reach one thing: the main window's menus hold F, L and H, the tabs
        // their own letters, and each page its buttons' and fields' letters.
        auto *tabs = child<QTabWidget>(*m_view, "deskTabs");
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QStringList texts;
            for (int tab = 0; tab < tabs->count(); ++tab)
                texts.append(tabs->tabText(tab));
            texts += shownMnemonicTexts(*m_view);
            const QString clash = mnemonicClash(texts);
            QVERIFY2(clash.isEmpty(),
                     qPrintable(QStringLiteral("%1 on page %2").arg(clash).arg(page)));
        }
        tabs->setCurrentIndex(0);
    }

    void enrollsAPractitionerWithAKeystoreTheyOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zhao-min.mcid"));
        const QString passphrase = QStringLiteral("correct horse battery");
        auto *staff = m_view->staffPage();
        child<QTabWidget>(*m_view, "deskTabs")->setCurrentWidget(staff);
        child<QPushButton>(*m_view, "enrollPractitioner")->click();
        ui::EnrollPractitionerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<ui::EnrollPractitionerDialog>(
                         *m_view, QStringLiteral("enrollPractitionerDialog"))));
        typeText(child<QLineEdit>(*dialog, "enrollName"), QStringLiteral("赵敏"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "enrollLicence"),
                         QStringLiteral("110340100000555"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "enrollSpecialty"),
                         QStringLiteral("Cardiology"));
        auto *keystore = child<QLineEdit>(*dialog, "path");
        QVERIFY2(keystore->text().endsWith(QStringLiteral("赵敏.mcid")),
                 qPrintable(keystore->text()));
        keystore->clear();
        QTest::keyClicks(keystore, path);
        auto *first = child<QLineEdit>(*dialog, "newPassphrase");
        auto *repeat = child<QLineEdit>(*dialog, "repeatPassphrase");
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        auto *accept = child<QPushButton>(*dialog, "enrollAccept");
        auto *problem = child<QLabel>(*dialog, "enrollProblem");

        // Two different passphrases: refused, both emptied for the practitioner to type again.
        QTest::keyClicks(first, passphrase);
        QTest::keyClicks(repeat, QStringLiteral("correct horse batterx"));
        accept->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("differ")), qPrintable(problem->text()));
        QVERIFY(first->text().isEmpty() && repeat->text().isEmpty());
        // Too short.
        QTest::keyClicks(first, QStringLiteral("short"));
        QTest::keyClicks(repeat, QStringLiteral("short"));
        accept->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("at least 8")),
                 qPrintable(problem->text()));
        // A file already there is never written over.
        QVERIFY(writeFile(path, QByteArrayLiteral("someone else's")));
        QTest::keyClicks(first, passphrase);
        QTest::keyClicks(repeat, passphrase);
        accept->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("already exists")),
                 qPrintable(problem->text()));
        QVERIFY(QFile::remove(path));

        accept->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY(first->text().isEmpty() && repeat->text().isEmpty());
        auto *status = child<QLabel>(*m_view, "staffStatus");
        QVERIFY2(status->text().contains(QStringLiteral("Enrolling 赵敏")),
                 qPrintable(status->text()));
        QVERIFY(!child<QPushButton>(*m_view, "enrollPractitioner")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!staff->isEnrolling(), kDeskWait);
        QVERIFY2(status->text().contains(QStringLiteral("赵敏 is enrolled")),
                 qPrintable(status->text()));

        // The practitioner opens their keystore with what they typed: their keys, their role
        // and the network's registration key.
        QVERIFY(QFile::exists(path));
        auto unlocked
            = identity::Keystore::unlock(path, crypto::Argon2id::passphraseToUtf8(passphrase));
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
        QCOMPARE(unlocked->info.role, chain::Role::Practitioner);
        QVERIFY(unlocked->extraSecret.has_value());
        QVERIFY(!unlocked->extraSecret->isEmpty());

        auto *table = child<QTableView>(*m_view, "staffTable");
        QTRY_VERIFY_WITH_TIMEOUT(columnTexts(table, staffColumn(ui::PartyTableModel::Name))
                                     .contains(QStringLiteral("赵敏")),
                                 kDeskWait);
        const int row = int(columnTexts(table, staffColumn(ui::PartyTableModel::Name))
                                .indexOf(QStringLiteral("赵敏")));
        QCOMPARE(
            table->model()->index(row, staffColumn(ui::PartyTableModel::Licence)).data().toString(),
            QStringLiteral("110340100000555"));
        QCOMPARE(
            table->model()->index(row, staffColumn(ui::PartyTableModel::Status)).data().toString(),
            QStringLiteral("Active"));

        // The filter finds them by licence number.
        auto *filter = child<QLineEdit>(*m_view, "staffFilter");
        QTest::keyClicks(filter, QStringLiteral("0000555"));
        QCOMPARE(columnTexts(table, staffColumn(ui::PartyTableModel::Name)),
                 QStringList {QStringLiteral("赵敏")});
        filter->clear();
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void issuesAnInvoiceToAPatientFoundByPseudonym()
    {
        activate(); // the enrollment dialog had the focus
        auto *page = m_view->invoicesPage();
        child<QTabWidget>(*m_view, "deskTabs")->setCurrentWidget(page);
        auto *table = child<QTableView>(*m_view, "issuedInvoices");
        const int before = table->model()->rowCount();
        const QString pseudonym = identity::Enrollment::patientPseudonym(m_patient->identity());

        auto *search = child<QLineEdit>(*m_view, "invoicePatientSearch");
        search->setFocus();
        QTest::keyClicks(search, pseudonym);
        QTest::keyClick(search, Qt::Key_Return);
        auto *matches = child<QListWidget>(*m_view, "invoicePatientMatches");
        QTRY_COMPARE_WITH_TIMEOUT(matches->count(), 1, kDeskWait);
        QVERIFY(page->form()->selectedPatient());
        QCOMPARE(page->form()->selectedPatient()->id, m_patient->identity());
        auto *fee = child<QComboBox>(*m_view, "invoiceFeeType");
        QTRY_VERIFY(fee->hasFocus()); // found: on to the fee

        // Tab order: the fee, the amount, the button.
        fee->setCurrentIndex(fee->findData(int(wallet::FeeType::OnlineConsultation)));
        QTest::keyClick(fee, Qt::Key_Tab);
        auto *amount = child<QLineEdit>(*m_view, "invoiceAmount");
        QVERIFY(amount->hasFocus());
        QTest::keyClick(amount, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("issueInvoice"));

        // Nothing is asked for an amount of nothing, or for words.
        auto *issue = child<QPushButton>(*m_view, "issueInvoice");
        auto *status = child<QLabel>(*m_view, "invoiceStatus");
        QTest::keyClicks(amount, QStringLiteral("0"));
        issue->click();
        QVERIFY2(status->text().contains(QStringLiteral("more than ¥0.00")),
                 qPrintable(status->text()));
        QVERIFY(!openChild<QMessageBox>(*m_view, QStringLiteral("confirmIssueInvoice")));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("twelve"));
        issue->click();
        QVERIFY2(status->text().contains(QLatin1String("Type the amount")),
                 qPrintable(status->text()));
        QVERIFY(!openChild<QMessageBox>(*m_view, QStringLiteral("confirmIssueInvoice")));

        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("25.5"));
        QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = openChild<QMessageBox>(*m_view, QStringLiteral("confirmIssueInvoice"))));
        QVERIFY2(question->text().contains(pseudonym), qPrintable(question->text()));
        QVERIFY(question->text().contains(QLatin1String("Online consultation fee")));
        QVERIFY(question->text().contains(QStringLiteral("¥25.50")));
        question->findChild<QPushButton *>(QStringLiteral("confirmYes"))->click();

        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Invoice issued")),
                                 kDeskWait);
        QVERIFY(amount->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, kDeskWait);
        const auto at
            = [table](int column) { return table->model()->index(0, column).data().toString(); };
        QCOMPARE(at(ui::IssuedInvoiceModel::Patient), pseudonym);
        QCOMPARE(at(ui::IssuedInvoiceModel::Fee), QStringLiteral("Online consultation fee"));
        QCOMPARE(at(ui::IssuedInvoiceModel::Amount), QStringLiteral("¥25.50"));
        QCOMPARE(at(ui::IssuedInvoiceModel::Status), QStringLiteral("Open"));
        QCOMPARE(table->model()->index(0, 0).data(ui::IssuedInvoiceModel::AmountRole).toLongLong(),
                 2550);
    }

private:
    void activate() { QVERIFY(m_fixture.activate()); }

    testing::DeskViewFixture m_fixture;
    DeskView *m_view = nullptr;
    client::Session *m_desk = nullptr;
    std::unique_ptr<client::Session> m_patient;
};

QTEST_MAIN(TestDeskView)
#include "TestDeskView.moc"
