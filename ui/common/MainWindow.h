// The application's one main window: menus, a stack of pages in the centre (welcome, progress,
// role picker, lock page, the role's view), the status bar. The Shell decides which page shows.
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace medchain {
class Translations;
}

namespace medchain::ui {

class NetworkStatus;
class RoleView;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Translations &translations, QWidget *parent = nullptr);

    /// The language the user last picked from the menu, or the system's when none.
    static QString savedLanguage();

    /// True once the current view has what it needs to be shown (see loaded()).
    bool isLoaded() const { return m_loaded; }
    /// Before show(): loaded() waits for markLoaded() or a role view (showRoleView) instead of
    /// coming with the welcome page.
    void deferLoaded() { m_deferLoaded = true; }
    /// Emits loaded() if it has not come yet.
    void markLoaded();

    /// Shows page in the centre, adding it to the stack (which then owns it) if new.
    void showPage(QWidget *page);
    void showWelcome();
    /// Shows view; loaded() follows the view's first load when it has not come yet.
    void showRoleView(RoleView *view);
    QWidget *currentPage() const;

    /// The status bar: whose session is open (empty name: none), and the network's state.
    void setIdentity(const QString &name, const QString &role);
    NetworkStatus *networkStatus() const { return m_networkStatus; }
    /// Which identity actions make sense now: switching (a demo, or an open session) and
    /// locking (an open session).
    void setSessionActions(bool canSwitch, bool canLock);

public slots:
    void showAbout();
    void showPreferences();
    /// File ▸ New Patient Identity…: keys and a registration request made on this computer.
    void showNewIdentity();

signals:
    /// The current view has finished loading; screenshots and tests wait for this.
    void loaded();
    void openKeystoreRequested();
    void switchIdentityRequested();
    void lockRequested();
    /// The Preferences dialog saved new settings.
    void preferencesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void markLanguage(const QString &code);

    Translations &m_translations;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openKeystoreAction = nullptr;
    QAction *m_newIdentityAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_identityStatus = nullptr;
    NetworkStatus *m_networkStatus = nullptr;
    QString m_identityName;
    QString m_identityRole;
    bool m_loaded = false;
    bool m_deferLoaded = false;
};

} // namespace medchain::ui
