// GUI smoke test on the offscreen platform: the shell loads, its menus are keyboard-reachable,
// the language switches live and About lists the libraries.
#include "common/AboutDialog.h"
#include "common/MainWindow.h"
#include "common/NetworkStatus.h"
#include "common/RoleView.h"
#include "common/Startup.h"
#include "common/Translations.h"
#include "node/NodeClient.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using medchain::Translations;
using medchain::ui::AboutDialog;
using medchain::ui::MainWindow;
using medchain::ui::NetworkStatus;

namespace {
/// A role view that loads when the test says so.
class SlowView : public medchain::ui::RoleView {
public:
    using RoleView::RoleView;
    void finishLoading() { markLoaded(); }
};
} // namespace

namespace {
QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (QAction *action : actions)
        titles.append(action->text());
    return titles;
}

QAction *languageAction(QMainWindow &window, const QString &code)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions)
        if (action->isCheckable() && action->data().toString() == code)
            return action;
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        medchain::Startup::setApplicationMetadata(QStringLiteral("medchain-test"));
        QVERIFY(medchain::Startup::initialiseCore().ok());
    }

    void loadsAndShowsTheWelcomePage()
    {
        Translations translations;
        translations.switchTo(QStringLiteral("en"));
        MainWindow window(translations);
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(window.isLoaded());
        QCOMPARE(window.windowTitle(), QStringLiteral("MedChain"));
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(menuTitles(window),
                 (QStringList {QStringLiteral("&File"), QStringLiteral("&Language"),
                               QStringLiteral("&Help")}));
    }

    void keyboardReachesEverything()
    {
        Translations translations;
        translations.switchTo(QStringLiteral("en"));
        MainWindow window(translations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &title : menuTitles(window))
            QVERIFY2(title.contains(QLatin1Char('&')),
                     qPrintable(title + QStringLiteral(" has no mnemonic")));
        bool quitHasShortcut = false;
        bool helpHasShortcut = false;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            quitHasShortcut |= action->shortcut() == QKeySequence(QKeySequence::Quit);
            helpHasShortcut |= action->shortcut() == QKeySequence(QKeySequence::HelpContents);
        }
        QVERIFY(quitHasShortcut);
        QVERIFY(helpHasShortcut);

        // Keyboard users start in the welcome text, and F1 brings up About.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(qobject_cast<QTextBrowser *>(QApplication::focusWidget()) != nullptr);
        bool aboutOpened = false;
        QTimer::singleShot(0, this, [&aboutOpened] {
            if (auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                aboutOpened = true;
                about->reject();
            }
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(aboutOpened);
    }

    void switchesLanguageLiveAndRemembersIt()
    {
        Translations translations;
        translations.switchTo(QStringLiteral("en"));
        MainWindow window(translations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction *chinese = languageAction(window, QStringLiteral("zh_CN"));
        QVERIFY(chinese);
        QVERIFY(languageAction(window, QStringLiteral("en"))->isChecked());
        chinese->trigger();
        QCOMPARE(translations.current(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        // Widgets receive QEvent::LanguageChange through the event queue.
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("文件(&F)"));
        QCOMPARE(window.windowTitle(), QStringLiteral("医链"));
        QStringList statusTexts;
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            statusTexts.append(label->text());
        QVERIFY2(statusTexts.contains(QStringLiteral("未打开身份")),
                 qPrintable(statusTexts.join(u'|')));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(MainWindow::savedLanguage(), QStringLiteral("zh_CN"));

        languageAction(window, QStringLiteral("en"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }

    void statusBarFollowsTheSyncStatus()
    {
        Translations translations;
        translations.switchTo(QStringLiteral("en"));
        MainWindow window(translations);
        window.show();
        NetworkStatus *status = window.networkStatus();
        QVERIFY(window.statusBar()->isAncestorOf(status));
        const QProgressBar *bar = status->progressBar();
        QCOMPARE(status->text(), QStringLiteral("No network"));
        QVERIFY(bar->isHidden());

        status->setStarting();
        QCOMPARE(status->text(), QStringLiteral("Starting node…"));

        // Behind its peers: how far, and a bar that fills as the replica catches up.
        status->setStatus({3, 250, 1000});
        QVERIFY2(status->text().contains(QLatin1String("250")), qPrintable(status->text()));
        const QString thousand = QLocale().toString(1000); // "1,000" or "1000"
        QVERIFY2(status->text().contains(thousand), qPrintable(status->text()));
        QVERIFY2(status->text().startsWith(QLatin1String("3 peer")), qPrintable(status->text()));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->value() * 4, bar->maximum());

        status->setStatus({3, 1000, 1000});
        QVERIFY2(status->text().endsWith(QStringLiteral(" · height ") + thousand),
                 qPrintable(status->text()));
        QVERIFY(bar->isHidden());
        status->setStatus({1, 1001, 1001});
        QVERIFY2(status->text().startsWith(QLatin1String("1 peer")), qPrintable(status->text()));
        QVERIFY2(status->text().endsWith(QStringLiteral(" · height ") + QLocale().toString(1001)),
                 qPrintable(status->text()));
        QCOMPARE(status->state(), NetworkStatus::State::Running);

        status->setNoNetwork();
        QCOMPARE(status->text(), QStringLiteral("No network"));
        QVERIFY(bar->isHidden());

        window.setIdentity(QStringLiteral("周文涛"), QStringLiteral("Patient"));
        const auto *identity = window.findChild<QLabel *>(QStringLiteral("identityStatus"));
        QCOMPARE(identity->text(), QStringLiteral("周文涛 · Patient"));
        window.setIdentity(QString(), QString());
        QCOMPARE(identity->text(), QStringLiteral("No identity open"));
    }

    void loadedWaitsForTheRoleViewWhenOneIsComing()
    {
        Translations translations;
        translations.switchTo(QStringLiteral("en"));
        MainWindow window(translations);
        window.deferLoaded();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(0); // the welcome page would have reported by now
        QCOMPARE(loaded.count(), 0);
        auto *view = new SlowView(&window);
        window.showRoleView(view);
        QCOMPARE(window.currentPage(), view);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!window.isLoaded());
        view->finishLoading();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(window.isLoaded());
        window.showWelcome();
        window.markLoaded();
        QCOMPARE(loaded.count(), 1); // once
    }

    void aboutListsLibrariesWithVersions()
    {
        AboutDialog dialog;
        QTreeWidget *table = dialog.libraryTable();
        QStringList names;
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = table->topLevelItem(row);
            names.append(item->text(0));
            QVERIFY2(!item->text(1).isEmpty(),
                     qPrintable(item->text(0) + QStringLiteral(" has no version")));
        }
        for (const char *expected : {"Qt", "libsodium", "OpenSSL (libcrypto)", "SQLCipher"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(table->topLevelItem(names.indexOf(QStringLiteral("SQLCipher")))
                    ->text(1)
                    .contains(QLatin1String("SQLite")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
