#include "common/MainWindow.h"

#include "common/AboutDialog.h"
#include "common/NetworkStatus.h"
#include "common/NewIdentityDialog.h"
#include "common/PreferencesDialog.h"
#include "common/RoleView.h"
#include "common/Translations.h"
#include "common/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace medchain::ui {

namespace {
const auto kLanguageSetting = QStringLiteral("ui/language");
}

MainWindow::MainWindow(Translations &translations, QWidget *parent)
    : QMainWindow(parent), m_translations(translations)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/medchain.svg")));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    createMenus();
    createStatusBar();
    retranslateUi();
    markLanguage(m_translations.current());
    connect(&m_translations, &Translations::languageChanged, this, &MainWindow::markLanguage);

    // Sized in font units so it looks the same at every DPI, and never larger than the screen.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QSize size(em * 110, em * 70);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openKeystoreAction
        = m_fileMenu->addAction(QString(), this, &MainWindow::openKeystoreRequested);
    m_openKeystoreAction->setObjectName(QStringLiteral("openKeystoreAction"));
    m_openKeystoreAction->setShortcut(QKeySequence::Open);
    m_newIdentityAction = m_fileMenu->addAction(QString(), this, &MainWindow::showNewIdentity);
    m_newIdentityAction->setObjectName(QStringLiteral("newIdentityAction"));
    m_switchAction = m_fileMenu->addAction(QString(), this, &MainWindow::switchIdentityRequested);
    m_switchAction->setObjectName(QStringLiteral("switchIdentityAction"));
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    setSessionActions(false, false);
    m_fileMenu->addSeparator();
    m_preferencesAction = m_fileMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const Language &language : Translations::available()) {
        // A language is always named in itself, so anyone can find their own.
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (m_translations.switchTo(code))
            QSettings().setValue(kLanguageSetting, code);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_identityStatus = new QLabel(this);
    m_identityStatus->setObjectName(QStringLiteral("identityStatus"));
    m_networkStatus = new NetworkStatus(this);
    statusBar()->addWidget(m_identityStatus, 1);
    statusBar()->addPermanentWidget(m_networkStatus);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("MedChain"));
    m_fileMenu->setTitle(tr("&File"));
    m_openKeystoreAction->setText(tr("&Open Keystore…"));
    m_newIdentityAction->setText(tr("&New Patient Identity…"));
    m_switchAction->setText(tr("&Switch Identity"));
    m_lockAction->setText(tr("&Lock"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About MedChain"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_identityStatus->setText(m_identityName.isEmpty()
                                  ? tr("No identity open")
                                  : tr("%1 · %2").arg(m_identityName, m_identityRole));
}

void MainWindow::setIdentity(const QString &name, const QString &role)
{
    m_identityName = name;
    m_identityRole = role;
    retranslateUi();
}

void MainWindow::setSessionActions(bool canSwitch, bool canLock)
{
    m_switchAction->setEnabled(canSwitch);
    m_lockAction->setEnabled(canLock);
}

void MainWindow::showPage(QWidget *page)
{
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    page->setFocus();
}

void MainWindow::showWelcome()
{
    showPage(m_welcome);
}

void MainWindow::showRoleView(RoleView *view)
{
    showPage(view);
    if (m_loaded)
        return;
    if (view->isLoaded())
        markLoaded();
    else
        connect(view, &RoleView::loaded, this, &MainWindow::markLoaded, Qt::SingleShotConnection);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    emit loaded();
}

void MainWindow::markLanguage(const QString &code)
{
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == code);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showNewIdentity()
{
    auto *dialog = new NewIdentityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        emit preferencesChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_loaded || m_deferLoaded)
        return;
    // The welcome page needs nothing from the node; report loaded once the first paint is queued.
    QTimer::singleShot(0, this, &MainWindow::markLoaded);
}

QString MainWindow::savedLanguage()
{
    return QSettings().value(kLanguageSetting, Translations::systemDefault()).toString();
}

} // namespace medchain::ui
