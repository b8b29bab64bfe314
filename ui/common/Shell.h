// The desktop shell: which page the main window shows, from the demo's preparation through the
// role picker to an identity's session, its idle lock and its end. Owns the session.
#pragma once

#include "common/KeystoreUnlock.h"
#include "common/RoleView.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace medchain::client {
class Session;
}
namespace medchain::node {
class NodeClient;
struct SyncStatus;
} // namespace medchain::node

namespace medchain::ui {

class DemoNetworkSetup;
class IdleMonitor;
class LockPage;
class MainWindow;
class ProgressPage;
class RolePicker;

class Shell : public QObject {
    Q_OBJECT
public:
    explicit Shell(MainWindow &window, QObject *parent = nullptr);
    /// Ends the session (view, then session: the keys are wiped), then stops a node of its own.
    ~Shell() override;

    /// --demo: shows the demo's preparation, then the role picker; with role ("patient", …),
    /// logs in as the first identity of that role at once. setup must outlive this object.
    void startDemo(DemoNetworkSetup &setup, const QString &role = {});
    /// Without --demo: the node folder a keystore opened from the File menu runs with (its
    /// replica opens with the keystore's passphrase).
    void setNodeFolder(const QString &folder) { m_nodeFolder = folder; }
    /// <AppLocalDataLocation>/node.
    static QString defaultNodeFolder();

    /// Asks for path's passphrase (UnlockDialog), then logs in as that identity.
    void openKeystore(const QString &path);

    client::Session *session() const { return m_session.get(); }
    RoleView *roleView() const { return m_view; }
    RolePicker *picker() const { return m_picker; }
    LockPage *lockPage() const { return m_lockPage; }
    ProgressPage *progressPage() const { return m_progress; }
    IdleMonitor *idleMonitor() const { return m_idle; }

public slots:
    /// File → Open Keystore…: picks a file, then openKeystore().
    void chooseKeystore();
    /// Ends the session and returns to the role picker (or the welcome page); the node runs on.
    void switchIdentity();
    /// Ends the session and asks for the same identity's passphrase to resume.
    void lock();

signals:
    /// Something the window cannot go on without failed; the message says what, for the user.
    void failed(const QString &message);
    /// A session is open and its role view is in the window.
    void loggedIn();
    void lockedOut();

private:
    void useNode(node::NodeClient *node, const QString &folder, crypto::SecureBuffer passphrase);
    void showStatus(const node::SyncStatus &status);
    void demoReady();
    void login(UnlockedKeystore unlocked);
    void startOwnNode(UnlockedKeystore unlocked);
    void logout();
    /// The node is gone or going (it failed, or the demo stops it): sessions end with it.
    void dropNode();
    void fail(const QString &message);

    MainWindow &m_window;
    DemoNetworkSetup *m_demo = nullptr;
    QString m_demoRole; // --role, until its login
    node::NodeClient *m_node = nullptr; // the demo's, or m_ownNode
    std::unique_ptr<node::NodeClient> m_ownNode;
    QString m_nodeFolder;
    // The replica's passphrase, kept in guarded memory while the node runs: every session opens
    // a read-only connection to the replica with it, also after a lock.
    std::optional<crypto::SecureBuffer> m_nodePassphrase;
    std::unique_ptr<client::Session> m_session;
    QPointer<RoleView> m_view;
    QString m_keystore; // the session's, for the lock page
    ProgressPage *m_progress = nullptr;
    RolePicker *m_picker = nullptr;
    LockPage *m_lockPage = nullptr;
    IdleMonitor *m_idle = nullptr;
};

} // namespace medchain::ui
