// medchain: the desktop application. Unlocks an identity and shows the view its role calls for.
#include "common/MainWindow.h"
#include "common/Screenshot.h"
#include "common/Startup.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

using medchain::Startup;
using medchain::Translations;

namespace {
// --help and --version must work without a display (over ssh, in packaging checks), so they
// get a plain QCoreApplication: QApplication aborts when no windowing system is reachable.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    Startup::setApplicationMetadata(QStringLiteral("medchain"));
    const std::unique_ptr<QCoreApplication> app = onlyPrintsText(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);

    // Install the remembered language first so --help speaks it too.
    Translations translations;
    translations.switchTo(medchain::ui::MainWindow::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "medchain", "MedChain desktop: medical records shared over a permissioned blockchain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("medchain",
                                "Save the main window as a PNG image to <file> once it has "
                                "loaded, then exit."),
        QApplication::translate("medchain", "file"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("medchain", "Use this language for this run: en or zh_CN."),
        QApplication::translate("medchain", "code"));
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);
    parser.process(*app);

    QTextStream err(stderr);
    if (parser.isSet(languageOption) && !translations.switchTo(parser.value(languageOption))) {
        err << QApplication::translate("medchain", "Unknown language \"%1\"; use en or zh_CN.")
                   .arg(parser.value(languageOption))
            << Qt::endl;
        return 2;
    }

    if (const auto init = Startup::initialiseCore(); !init) {
        const QString message = Startup::refusalMessage(init.error());
        err << message << Qt::endl;
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QApplication::translate("medchain", "MedChain"),
                                  message);
        return 1;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/medchain.svg")));
    medchain::ui::MainWindow window(translations);
    if (parser.isSet(screenshotOption))
        medchain::ui::saveScreenshotWhenLoaded(window, parser.value(screenshotOption));
    window.show();
    return QApplication::exec();
}
