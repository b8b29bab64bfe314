// GUI smoke test on the offscreen platform: the shell loads, its menus are keyboard-reachable,
// the language switches live and About lists the libraries.
#include "common/AboutDialog.h"
#include "common/MainWindow.h"
#include "common/Startup.h"
#include "common/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
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
