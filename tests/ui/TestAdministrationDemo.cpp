// The Network and Administration tabs on the small demo network, logged in as the regulator and
// driven through their widgets: the validator signing, the health read only while seen; an
// institution enrolled through the dialog (keystore written and listed), a program created
// through the dialog, a practitioner revoked through the page, the directory checked after; and
// both tabs in the regulator's view, reached by Ctrl+6 and Ctrl+7, their Alt+letters unique.
#include "DemoSession.h"
#include "WidgetLookup.h"

#include "common/PartyTableModel.h"
#include "common/Startup.h"
#include "crypto/Argon2id.h"
#include "regulator/AdministrationController.h"
#include "regulator/AdministrationPage.h"
#include "regulator/CreateProgramDialog.h"
#include "regulator/DirectoryPanel.h"
#include "regulator/EnrollInstitutionDialog.h"
#include "regulator/NetworkLoader.h"
#include "regulator/NetworkPage.h"
#include "regulator/ProgramsPanel.h"
#include "regulator/RegulatorView.h"
#include "regulator/RevokeDialog.h"
#include "regulator/ValidatorHealthModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::openChild;

namespace {

constexpr int kWait = 60'000;

} // namespace

class TestAdministrationDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("MEDCHAIN_FAST_KDF", "1"); // the enrolled institution's keystore
        QVERIFY(Startup::initialiseCore().ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        m_network = std::make_unique<testing::DemoSession>();
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_session = m_network->login(QStringLiteral("regulator"));
        QVERIFY(m_session);

        m_tabs = std::make_unique<QTabWidget>();
        m_admin = new ui::AdministrationPage;
        m_health = new ui::NetworkPage;
        m_tabs->addTab(m_admin, QStringLiteral("Administration"));
        m_tabs->addTab(m_health, QStringLiteral("Network"));
        m_controller = new ui::AdministrationController(*m_session, *m_admin);
        m_controller->setMinimumInterval(0);
        m_loader = new ui::NetworkLoader(*m_session, *m_health);
        m_loader->setMinimumInterval(0);
        m_tabs->resize(1200, 800);
        m_tabs->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_admin->hasDirectory(), kWait);
        // The Network tab reads nothing until it is seen.
        QVERIFY(!m_health->hasHealth());
    }

    void cleanupTestCase()
    {
        m_tabs.reset();
        m_session.reset();
        m_network.reset();
    }

    void showsTheValidatorSigningWhileSeen()
    {
        m_tabs->setCurrentWidget(m_health);
        QTRY_VERIFY_WITH_TIMEOUT(m_health->hasHealth(), kWait);
        QVERIFY(m_loader->isPolling());
        auto *validators = child<QTableView>(*m_health, "validatorTable");
        QCOMPARE(validators->model()->rowCount(), 1);
        QCOMPARE(validators->model()->index(0, 0).data(ui::ValidatorHealthModel::StateRole).toInt(),
                 int(ui::ValidatorHealthModel::State::Signing));
        QVERIFY(validators->model()
                    ->index(0, ui::ValidatorHealthModel::LastSigned)
                    .data()
                    .toString()
                    .contains(QLatin1String("(the newest)")));
        QVERIFY(child<QLabel>(*m_health, "networkSigning")
                    ->text()
                    .startsWith(QLatin1String("1 of 1 validator(s) signing recently")));
        QVERIFY(child<QLabel>(*m_health, "peerNote")->isVisible());
        m_tabs->setCurrentWidget(m_admin);
        QVERIFY(!m_loader->isPolling());
    }

    void enrollsAnInstitutionThroughTheDialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shushan-clinic.mcid"));
        const QString passphrase = QStringLiteral("the clinic's own passphrase");
        const QString name = QStringLiteral("蜀山区社区卫生服务中心");
        child<QPushButton>(*m_admin, "enrollInstitution")->click();
        ui::EnrollInstitutionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<ui::EnrollInstitutionDialog>(
                         *m_admin, QStringLiteral("enrollInstitutionDialog"))));
        auto *kind = child<QComboBox>(*dialog, "enrollKind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Clinic")));
        child<QLineEdit>(*dialog, "enrollName")->setText(name);
        auto *region = child<QComboBox>(*dialog, "enrollRegion");
        region->setCurrentIndex(region->findData(QStringLiteral("340104")));
        auto *keystore = child<QLineEdit>(*dialog, "path");
        keystore->clear();
        QTest::keyClicks(keystore, path);
        QTest::keyClicks(child<QLineEdit>(*dialog, "newPassphrase"), passphrase);
        QTest::keyClicks(child<QLineEdit>(*dialog, "repeatPassphrase"), passphrase);
        child<QPushButton>(*dialog, "enrollAccept")->click();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->problem()));

        auto *status = child<QLabel>(*m_admin, "adminStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("Enrolling %1").arg(name)),
                 qPrintable(status->text()));
        QVERIFY(!child<QPushButton>(*m_admin, "enrollInstitution")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActing(), kWait);
        QVERIFY2(status->text().startsWith(QStringLiteral("%1 is enrolled").arg(name)),
                 qPrintable(status->text()));

        // Its keystore opens with what was typed, as an institution; the list shows it.
        const auto unlocked
            = identity::Keystore::unlock(path, crypto::Argon2id::passphraseToUtf8(passphrase));
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
        QCOMPARE(unlocked->info.role, chain::Role::Institution);
        const client::IdentityId id = unlocked->keys.id();
        QTRY_VERIFY_WITH_TIMEOUT(!m_admin->partyOf(id).name.isEmpty(), kWait);
        const client::Party clinic = m_admin->partyOf(id);
        QCOMPARE(clinic.name, name);
        QCOMPARE(clinic.kind, std::optional(chain::InstitutionKind::Clinic));
        QCOMPARE(clinic.regionCode, QStringLiteral("340104"));
        auto *institutions = m_admin->institutionsPanel()->model();
        QVERIFY(institutions->rowOf(id) >= 0);
    }

    void createsAProgramThroughTheDialog()
    {
        const wallet::Amount balance = m_admin->directory().balance;
        QVERIFY(balance >= 10'000);
        m_admin->sections()->setCurrentWidget(m_admin->programsPanel());
        child<QPushButton>(*m_admin, "createProgram")->click();
        ui::CreateProgramDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<ui::CreateProgramDialog>(
                         *m_admin, QStringLiteral("createProgramDialog"))));
        child<QLineEdit>(*dialog, "programName")->setText(QStringLiteral("糖尿病随访补贴"));
        auto *category = child<QComboBox>(*dialog, "programCategory");
        category->setCurrentIndex(category->findText(QStringLiteral("Encounter")));
        QTest::keyClicks(child<QLineEdit>(*dialog, "programCodes"), QStringLiteral("e11, E10"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "programAmount"), QStringLiteral("20"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "programCap"), QStringLiteral("100"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "programFunding"), QStringLiteral("100"));
        child<QPushButton>(*dialog, "programAccept")->click();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->problem()));
        QVERIFY(m_admin->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActing(), kWait);
        auto *status = child<QLabel>(*m_admin, "adminStatus");
        QVERIFY2(status->text().contains(QStringLiteral("is created with ¥100.00")),
                 qPrintable(status->text()));

        QTRY_VERIFY_WITH_TIMEOUT(m_admin->directory().balance == balance - 10'000, kWait);
        const QList<client::ProgramEntry> &programs = m_admin->directory().programs;
        const auto program
            = std::find_if(programs.begin(), programs.end(), [](const client::ProgramEntry &entry) {
                  return entry.name == QStringLiteral("糖尿病随访补贴");
              });
        QVERIFY(program != programs.end());
        QCOMPARE(program->codes, (QStringList {QStringLiteral("E10"), QStringLiteral("E11")}));
        QCOMPARE(program->category, std::optional(chain::RecordCategory::Encounter));
        QCOMPARE(program->amountPerEvent, wallet::Amount(2'000));
        QCOMPARE(program->capPerPatient, wallet::Amount(10'000));
        QCOMPARE(program->pool, wallet::Amount(10'000));
        QCOMPARE(child<QTableView>(*m_admin, "programTable")->model()->rowCount(),
                 int(programs.size()));
    }

    void revokesAPractitionerThroughThePage()
    {
        const QList<client::Party> practitioners = m_admin->directory().practitioners;
        const auto active = std::find_if(practitioners.begin(), practitioners.end(),
                                         [](const client::Party &party) { return !party.revoked; });
        QVERIFY(active != practitioners.end());
        const client::Party doctor = *active;
        m_admin->sections()->setCurrentWidget(m_admin->peoplePanel());
        QVERIFY(m_admin->peoplePanel()->selectParty(doctor.id));
        child<QPushButton>(*m_admin, "peopleRevoke")->click();
        ui::RevokeDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openChild<ui::RevokeDialog>(*m_admin, QStringLiteral("revokeDialog"))));
        QTest::keyClicks(child<QLineEdit>(*dialog, "revokeReason"),
                         QStringLiteral("licence lapsed"));
        child<QPushButton>(*dialog, "revokeAccept")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openChild<QMessageBox>(*m_admin, QStringLiteral("revokeConfirm"))));
        QVERIFY(box->text().contains(doctor.name));
        child<QPushButton>(*box, "confirmYes")->click();
        QVERIFY(m_admin->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActing(), kWait);
        auto *status = child<QLabel>(*m_admin, "adminStatus");
        QVERIFY2(status->text().endsWith(QLatin1String("is revoked.")), qPrintable(status->text()));

        QTRY_VERIFY_WITH_TIMEOUT(m_admin->partyOf(doctor.id).revoked, kWait);
        ui::PartyTableModel *people = m_admin->peoplePanel()->model();
        const int row = people->rowOf(doctor.id);
        QCOMPARE(people->index(row, people->column(ui::PartyTableModel::Status)).data().toString(),
                 QStringLiteral("Revoked"));
        // Revoked: the page offers it no more.
        QVERIFY(m_admin->peoplePanel()->selectParty(doctor.id));
        QVERIFY(!child<QPushButton>(*m_admin, "peopleRevoke")->isEnabled());
    }

    void theViewReachesBothTabsByKey()
    {
        ui::RegulatorView view(*m_session);
        view.setMinimumReloadInterval(0);
        view.resize(1200, 860);
        view.show();
        view.activateWindow();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kWait);
        auto *tabs = child<QTabWidget>(view, "regulatorTabs");
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &view,
                        Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), view.networkPage());
        QTRY_VERIFY(child<QTableView>(view, "validatorTable")->hasFocus());
        QTRY_VERIFY_WITH_TIMEOUT(view.networkPage()->hasHealth(), kWait);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), view.administrationPage());
        QTRY_VERIFY(child<QTableView>(view, "institutionTable")->hasFocus());
        QTRY_VERIFY_WITH_TIMEOUT(view.administrationPage()->hasDirectory(), kWait);

        // In every section, Alt+letter reaches one thing: the view's tabs and the sections'
        // own, the menus (F, L, H), the buttons and the labelled fields on show.
        QTabWidget *sections = view.administrationPage()->sections();
        for (int section = 0; section < sections->count(); ++section) {
            sections->setCurrentIndex(section);
            QStringList texts;
            for (int tab = 0; tab < tabs->count(); ++tab)
                texts.append(tabs->tabText(tab));
            for (int tab = 0; tab < sections->count(); ++tab)
                texts.append(sections->tabText(tab));
            texts += testing::shownMnemonicTexts(view);
            const QString clash = testing::mnemonicClash(texts);
            QVERIFY2(clash.isEmpty(),
                     qPrintable(QStringLiteral("%1 in section %2").arg(clash).arg(section)));
        }
    }

private:
    std::unique_ptr<testing::DemoSession> m_network;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<QTabWidget> m_tabs;
    ui::AdministrationPage *m_admin = nullptr;
    ui::NetworkPage *m_health = nullptr;
    ui::AdministrationController *m_controller = nullptr;
    ui::NetworkLoader *m_loader = nullptr;
};

QTEST_MAIN(TestAdministrationDemo)
#include "TestAdministrationDemo.moc"
