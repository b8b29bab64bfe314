// The desktop shell on a small demo network (one validator as a process, the GUI's replica in
// this process): the role picker logs in and the role's view opens; an idle session locks (the
// session and its view are gone, the lock page asks for the passphrase: a wrong one is said
// plainly, the right one brings the same identity's view back); Switch Identity returns to the
// picker with the node still running. Without --demo, a keystore's passphrase also starts the
// node; a node or demo folder that cannot be used fails clearly.
#include "DemoFolderFixture.h"

#include "client/Session.h"
#include "common/IdleMonitor.h"
#include "common/LockPage.h"
#include "common/MainWindow.h"
#include "common/NetworkStatus.h"
#include "common/PassphraseForm.h"
#include "common/ProgressPage.h"
#include "common/RolePicker.h"
#include "common/Shell.h"
#include "common/Startup.h"
#include "common/Translations.h"
#include "common/UnlockDialog.h"
#include "node/NodeClient.h"
#include "patient/PatientView.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace std::chrono_literals;

namespace {
QString identityText(const ui::MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("identityStatus"))->text();
}
} // namespace

class TestShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Startup::initialiseCore().ok());
        m_demoFolder = std::make_unique<testing::DemoFolderFixture>();
        QVERIFY2(demo().error().isEmpty(), qPrintable(demo().error()));
        m_translations.switchTo(QStringLiteral("en"));
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>(m_translations);
        m_shell = std::make_unique<ui::Shell>(*m_window);
    }

    void cleanup()
    {
        m_shell.reset(); // before the demo's setup: the session ends before the nodes stop
        m_setup.reset();
        m_window.reset();
        // Nothing keeps running: both folders are free again.
        QVERIFY(demo().isFree(0));
        QVERIFY(demo().isFree(1));
    }

    void thePickerLogsInAndTheStatusBarFollowsTheNode()
    {
        startDemo();
        QVERIFY(m_setup->node());
        QCOMPARE(identityText(*m_window), QStringLiteral("No identity open"));
        // The replica finds the validator's process.
        QTRY_COMPARE_WITH_TIMEOUT(m_setup->node()->syncStatus().peers, 1, 30'000);
        QTRY_VERIFY2(m_window->networkStatus()->text().contains(QLatin1String("height")),
                     qPrintable(m_window->networkStatus()->text()));

        QSignalSpy loggedIn(m_shell.get(), &ui::Shell::loggedIn);
        QVERIFY(m_shell->picker()->chooseRole(QStringLiteral("patient")));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 30'000);
        QVERIFY(m_shell->session());
        QCOMPARE(m_shell->session()->role(), chain::Role::Patient);
        QVERIFY(qobject_cast<ui::PatientView *>(m_shell->roleView()));
        QCOMPARE(m_window->currentPage(), m_shell->roleView());
        QVERIFY2(identityText(*m_window).contains(QLatin1String("Patient")),
                 qPrintable(identityText(*m_window)));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
    }

    void anIdleSessionLocksAndTheSamePassphraseResumesIt()
    {
        startDemo();
        QSignalSpy loggedIn(m_shell.get(), &ui::Shell::loggedIn);
        QVERIFY(m_shell->picker()->chooseRole(QStringLiteral("doctor")));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 30'000);
        const chain::IdentityId doctor = m_shell->session()->identity();
        const QString name = m_shell->session()->displayName();
        QPointer<client::Session> session = m_shell->session();
        QPointer<ui::RoleView> view = m_shell->roleView();
        QVERIFY(view);
        // The doctor's view loads its first patient asynchronously.
        QSignalSpy viewLoaded(view.data(), &ui::RoleView::loaded);
        if (!view->isLoaded())
            QVERIFY(viewLoaded.wait(30'000));
        QVERIFY(identityText(*m_window).contains(name));

        // No input for the (shortened) idle time: the session ends and its keys with it.
        QSignalSpy locked(m_shell.get(), &ui::Shell::lockedOut);
        m_shell->idleMonitor()->setInterval(200ms);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 30'000);
        m_shell->idleMonitor()->setInterval(0ms); // the resumed session stays open
        QVERIFY(!m_shell->session());
        QVERIFY(session.isNull());
        QVERIFY(view.isNull());
        QCOMPARE(m_window->currentPage(), m_shell->lockPage());
        QCOMPARE(identityText(*m_window), QStringLiteral("No identity open"));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
        const auto *text = m_shell->lockPage()->findChild<QLabel *>(QStringLiteral("lockText"));
        QVERIFY2(text->text().contains(name), qPrintable(text->text()));
        QVERIFY(m_setup->node()); // the node runs on

        ui::PassphraseForm *form = m_shell->lockPage()->form();
        auto *field = form->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QStringLiteral("not the passphrase"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), 30'000);
        QVERIFY2(form->message().contains(QLatin1String("Wrong passphrase")),
                 qPrintable(form->message()));
        QVERIFY(!m_shell->session());
        QCOMPARE(m_window->currentPage(), m_shell->lockPage());

        QTest::keyClicks(field, QStringLiteral("medchain-demo"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 2, 30'000);
        QVERIFY(m_shell->session());
        QCOMPARE(m_shell->session()->identity(), doctor);
        QVERIFY(m_shell->roleView());
        ui::RoleView *resumed = m_shell->roleView();
        QVERIFY(resumed);
        QSignalSpy resumedLoaded(resumed, &ui::RoleView::loaded);
        if (!resumed->isLoaded())
            QVERIFY(resumedLoaded.wait(30'000));
        QCOMPARE(m_window->currentPage(), m_shell->roleView());
        QVERIFY(identityText(*m_window).contains(name));
    }

    void switchIdentityReturnsToThePickerWithTheNodeRunning()
    {
        startDemo();
        QSignalSpy loggedIn(m_shell.get(), &ui::Shell::loggedIn);
        QVERIFY(m_shell->picker()->chooseRole(QStringLiteral("regulator")));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 30'000);
        QPointer<client::Session> session = m_shell->session();
        node::NodeClient *node = m_setup->node();

        m_window->findChild<QAction *>(QStringLiteral("switchIdentityAction"))->trigger();
        QVERIFY(session.isNull());
        QVERIFY(!m_shell->roleView());
        QCOMPARE(m_window->currentPage(), m_shell->picker());
        QCOMPARE(m_setup->node(), node);
        QCOMPARE(m_window->networkStatus()->state(), ui::NetworkStatus::State::Running);

        QVERIFY(m_shell->picker()->chooseRole(QStringLiteral("desk")));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 2, 30'000);
        QCOMPARE(m_shell->session()->role(), chain::Role::Institution);
    }

    void aKeystoreAndTheNodeFolderOpenWithOnePassphrase()
    {
        // Without --demo: the node starts with the passphrase typed for the keystore.
        m_shell->setNodeFolder(demo().nodeFolder(1));
        m_window->show();
        QCOMPARE(m_window->networkStatus()->state(), ui::NetworkStatus::State::NoNetwork);
        QSignalSpy loggedIn(m_shell.get(), &ui::Shell::loggedIn);
        m_shell->openKeystore(keystore(QStringLiteral("patient")));
        auto *dialog = m_window->findChild<ui::UnlockDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QStringLiteral("medchain-demo"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 30'000);
        QCOMPARE(m_shell->session()->role(), chain::Role::Patient);
        QCOMPARE(m_window->currentPage(), m_shell->roleView());
        QCOMPARE(m_window->networkStatus()->state(), ui::NetworkStatus::State::Running);
        QVERIFY(!demo().isFree(1)); // the node runs in this process
    }

    void aNodeThatCannotStartIsSaidPlainly()
    {
        QTemporaryDir empty;
        m_shell->setNodeFolder(empty.path());
        m_window->show();
        QSignalSpy failed(m_shell.get(), &ui::Shell::failed);
        m_shell->openKeystore(keystore(QStringLiteral("doctor")));
        auto *dialog = m_window->findChild<ui::UnlockDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphrase")),
                         QStringLiteral("medchain-demo"));
        dialog->form()->unlock();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("genesis.cbor")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!m_shell->session());
        QCOMPARE(m_window->currentPage(), m_shell->progressPage());
        QCOMPARE(m_shell->progressPage()->failure(), failed.first().first().toString());
        QCOMPARE(m_window->networkStatus()->state(), ui::NetworkStatus::State::NoNetwork);
    }

    void anUnusableDemoFolderFailsClearly()
    {
        QTemporaryDir folder;
        QFile other(folder.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        m_setup = std::make_unique<ui::DemoNetworkSetup>(folder.path());
        QSignalSpy failed(m_shell.get(), &ui::Shell::failed);
        m_window->deferLoaded();
        m_window->show();
        m_shell->startDemo(*m_setup, QStringLiteral("patient"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
        QCOMPARE(m_window->currentPage(), m_shell->progressPage());
        QVERIFY(!m_shell->progressPage()->failure().isEmpty());
        QVERIFY(!m_window->isLoaded());
    }

private:
    void startDemo()
    {
        m_setup = std::make_unique<ui::DemoNetworkSetup>(demo().path());
        m_setup->setOptions(testing::DemoFolderFixture::options());
        m_window->deferLoaded();
        QSignalSpy loaded(m_window.get(), &ui::MainWindow::loaded);
        m_window->show();
        m_shell->startDemo(*m_setup);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30'000);
        QCOMPARE(m_window->currentPage(), m_shell->picker());
    }

    QString keystore(const QString &role) const
    {
        for (const demo::DemoIdentity &who : demo().summary().identities)
            if (who.role == role)
                return QDir(demo().path()).filePath(who.keystore);
        return {};
    }

    const testing::DemoFolderFixture &demo() const { return *m_demoFolder; }

    std::unique_ptr<testing::DemoFolderFixture> m_demoFolder; // after initialiseCore()
    Translations m_translations;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::DemoNetworkSetup> m_setup;
    std::unique_ptr<ui::Shell> m_shell;
};

QTEST_MAIN(TestShell)
#include "TestShell.moc"
