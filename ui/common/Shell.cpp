#include "common/Shell.h"

#include "client/Session.h"
#include "common/DemoFolder.h"
#include "common/DemoNetworkSetup.h"
#include "common/IdleMonitor.h"
#include "common/LockPage.h"
#include "common/MainWindow.h"
#include "common/NetworkStatus.h"
#include "common/NodeStart.h"
#include "common/ProgressPage.h"
#include "common/RoleNames.h"
#include "common/RolePicker.h"
#include "common/RoleView.h"
#include "common/UnlockDialog.h"
#include "node/NodeClient.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace medchain::ui {

Shell::Shell(MainWindow &window, QObject *parent)
    : QObject(parent),
      m_window(window),
      m_progress(new ProgressPage(&window)),
      m_picker(new RolePicker(&window)),
      m_lockPage(new LockPage(&window)),
      m_idle(new IdleMonitor(this))
{
    // Hidden until shown: they become pages of the window's stack when first shown.
    for (QWidget *page : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_picker),
                          static_cast<QWidget *>(m_lockPage)})
        page->hide();
    connect(&m_window, &MainWindow::openKeystoreRequested, this, &Shell::chooseKeystore);
    connect(&m_window, &MainWindow::switchIdentityRequested, this, &Shell::switchIdentity);
    connect(&m_window, &MainWindow::lockRequested, this, &Shell::lock);
    connect(&m_window, &MainWindow::preferencesChanged, m_idle, &IdleMonitor::reload);
    connect(m_idle, &IdleMonitor::idle, this, &Shell::lock);
    connect(m_progress, &ProgressPage::quitRequested, &m_window, &QWidget::close);
    connect(m_picker, &RolePicker::unlocked, this, [this] {
        if (auto unlocked = m_picker->takeUnlocked())
            login(std::move(*unlocked));
    });
    connect(m_picker, &RolePicker::failedToUnlock, this, [this](const QString &message) {
        // With --role nobody is there to pick another: that run has failed.
        if (!m_demoRole.isEmpty())
            fail(message);
    });
    connect(m_lockPage, &LockPage::unlocked, this, [this] {
        if (auto unlocked = m_lockPage->takeUnlocked())
            login(std::move(*unlocked));
    });
    connect(m_lockPage, &LockPage::switchIdentityRequested, this, &Shell::switchIdentity);
}

Shell::~Shell()
{
    logout();
    m_ownNode.reset();
}

QString Shell::defaultNodeFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("node"));
}

void Shell::startDemo(DemoNetworkSetup &setup, const QString &role)
{
    m_demo = &setup;
    m_demoRole = role;
    m_progress->setPurpose(ProgressPage::Purpose::DemoNetwork);
    m_window.showPage(m_progress);
    m_window.networkStatus()->setStarting();
    connect(&setup, &DemoNetworkSetup::progress, m_progress, &ProgressPage::setProgress);
    connect(&setup, &DemoNetworkSetup::startingNodes, this,
            [this] { m_progress->setBusy(tr("Starting the demo's nodes…")); });
    connect(&setup, &DemoNetworkSetup::ready, this, &Shell::demoReady);
    connect(&setup, &DemoNetworkSetup::failed, this, [this](const QString &message) {
        dropNode();
        fail(message);
    });
    setup.start();
}

void Shell::demoReady()
{
    useNode(m_demo->node(), m_demo->nodeFolder(), DemoFolder::passphrase());
    auto identities = DemoFolder(m_demo->folder()).identities();
    if (!identities) {
        fail(identities.error());
        return;
    }
    m_picker->setIdentities(m_demo->folder(), identities.value());
    m_window.showPage(m_picker);
    if (m_demoRole.isEmpty()) {
        m_window.markLoaded();
        return;
    }
    if (!m_picker->chooseRole(m_demoRole))
        fail(tr("The demo network has no identity with the role \"%1\".").arg(m_demoRole));
}

void Shell::useNode(node::NodeClient *node, const QString &folder, crypto::SecureBuffer passphrase)
{
    m_node = node;
    m_nodeFolder = folder;
    m_nodePassphrase = std::move(passphrase);
    showStatus(node->syncStatus());
    connect(node, &node::NodeClient::syncStatusChanged, this, &Shell::showStatus);
}

void Shell::showStatus(const node::SyncStatus &status)
{
    m_window.networkStatus()->setStatus(status);
}

void Shell::chooseKeystore()
{
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Open Keystore"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("MedChain keystores (*.mcid);;All files (*)"));
    if (!path.isEmpty())
        openKeystore(path);
}

void Shell::openKeystore(const QString &path)
{
    auto *dialog = new UnlockDialog(path, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto unlocked = dialog->takeUnlocked())
            login(std::move(*unlocked));
    });
    dialog->open();
}

void Shell::login(UnlockedKeystore unlocked)
{
    if (!m_node) {
        startOwnNode(std::move(unlocked));
        return;
    }
    logout();
    m_demoRole.clear();
    m_keystore = unlocked.path;
    m_session = std::make_unique<client::Session>(
        *m_node, m_nodeFolder, crypto::SecureBuffer::copyOf(m_nodePassphrase->bytes()),
        std::move(unlocked.identity));
    // Queued: fail() ends the session, which must not happen inside its own signal.
    connect(
        m_session.get(), &client::Session::failed, this,
        [this](const QString &reason) {
            fail(tr("Your replica could not be opened for reading: %1").arg(reason));
        },
        Qt::QueuedConnection);
    m_view = createRoleView(*m_session, &m_window);
    m_window.showRoleView(m_view);
    m_window.setIdentity(m_session->displayName(), RoleNames::chainRole(m_session->role()));
    m_window.setSessionActions(true, true);
    m_idle->start();
    emit loggedIn();
}

void Shell::startOwnNode(UnlockedKeystore unlocked)
{
    // The decision in docs/architecture.md: the desktop's node folder opens with the passphrase
    // of the identity's keystore.
    if (m_nodeFolder.isEmpty())
        m_nodeFolder = defaultNodeFolder();
    m_progress->setPurpose(ProgressPage::Purpose::Node);
    m_progress->setBusy(
        tr("Opening the replica in %1…").arg(QDir::toNativeSeparators(m_nodeFolder)));
    m_window.showPage(m_progress);
    m_window.networkStatus()->setStarting();
    auto pending = std::make_shared<UnlockedKeystore>(std::move(unlocked));
    NodeStart::inBackground(
        this, m_nodeFolder, crypto::SecureBuffer::copyOf(pending->passphrase.bytes()),
        [this, pending](Result<std::unique_ptr<node::NodeClient>> started) {
            if (!started) {
                dropNode();
                fail(tr("Your node in %1 could not start: %2")
                         .arg(QDir::toNativeSeparators(m_nodeFolder), started.error()));
                return;
            }
            m_ownNode = std::move(started).value();
            connect(
                m_ownNode.get(), &node::NodeClient::halted, this,
                [this](const QString &reason) {
                    dropNode();
                    fail(tr("Your node stopped: %1").arg(reason));
                },
                Qt::QueuedConnection);
            useNode(m_ownNode.get(), m_nodeFolder,
                    crypto::SecureBuffer::copyOf(pending->passphrase.bytes()));
            login(std::move(*pending));
        });
}

void Shell::logout()
{
    m_idle->stop();
    // The view asks the session for everything: it goes first.
    delete m_view.data();
    m_session.reset();
    m_keystore.clear();
    m_window.setIdentity(QString(), QString());
    m_window.setSessionActions(m_demo != nullptr, false);
}

void Shell::switchIdentity()
{
    logout();
    if (m_demo && m_node)
        m_window.showPage(m_picker);
    else
        m_window.showWelcome();
}

void Shell::lock()
{
    if (!m_session)
        return;
    const QString keystore = m_keystore;
    const QString name = m_session->displayName();
    const QString role = RoleNames::chainRole(m_session->role());
    logout();
    m_lockPage->setIdentity(keystore, name, role);
    m_window.showPage(m_lockPage);
    m_window.setSessionActions(true, false);
    emit lockedOut();
}

void Shell::dropNode()
{
    logout();
    if (m_node)
        disconnect(m_node, nullptr, this, nullptr);
    m_node = nullptr;
    m_nodePassphrase.reset();
    m_ownNode.reset();
    m_window.networkStatus()->setNoNetwork();
}

void Shell::fail(const QString &message)
{
    logout();
    m_progress->setFailure(message);
    m_window.showPage(m_progress);
    emit failed(message);
}

} // namespace medchain::ui
