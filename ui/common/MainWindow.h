// The application's one main window: menus, the role's view in the centre, the status bar.
// Later issues put the patient, doctor and regulator views in the stack beside the welcome page.
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

class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Translations &translations, QWidget *parent = nullptr);

    /// The language the user last picked from the menu, or the system's when none.
    static QString savedLanguage();

    /// True once the current view has what it needs to be shown (see loaded()).
    bool isLoaded() const { return m_loaded; }

public slots:
    void showAbout();

signals:
    /// The current view has finished loading; screenshots and tests wait for this.
    void loaded();

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
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_identityStatus = nullptr;
    QLabel *m_networkStatus = nullptr;
    bool m_loaded = false;
};

} // namespace medchain::ui
