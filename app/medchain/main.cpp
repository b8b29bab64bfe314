// medchain: the desktop application. Unlocks an identity and shows the view its role calls for;
// with --demo it makes and runs the demo network and offers its identities to log in as.
#include "common/DemoNetworkSetup.h"
#include "common/MainWindow.h"
#include "common/Screenshot.h"
#include "common/Shell.h"
#include "common/Startup.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdlib>
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

const QStringList kDemoRoles {QStringLiteral("patient"),   QStringLiteral("doctor"),
                              QStringLiteral("desk"),      QStringLiteral("institution"),
                              QStringLiteral("regulator"), QStringLiteral("gateway"),
                              QStringLiteral("sponsor"),   QStringLiteral("fund-manager")};

/// The demo lists its hospital's registration desk as "desk"; "institution" names it too.
QString demoRole(const QString &role)
{
    return role == QLatin1String("institution") ? QStringLiteral("desk") : role;
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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("medchain",
                                "Run the demo network: made in your data folder the first "
                                "time, then started, with its identities to log in as."));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        QApplication::translate("medchain",
                                "With --demo, log in at once as the demo's first identity of "
                                "this role: patient, doctor, institution (the registration "
                                "desk) or regulator."),
        QApplication::translate("medchain", "role"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("datadir"),
        QApplication::translate("medchain",
                                "The folder of your node (its replica opens with your "
                                "keystore's passphrase); with --demo, the demo's folder."),
        QApplication::translate("medchain", "folder"));
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
    parser.addOptions({demoOption, roleOption, dataDirOption, screenshotOption, languageOption});
    parser.process(*app);

    QTextStream err(stderr);
    if (parser.isSet(languageOption) && !translations.switchTo(parser.value(languageOption))) {
        err << QApplication::translate("medchain", "Unknown language \"%1\"; use en or zh_CN.")
                   .arg(parser.value(languageOption))
            << Qt::endl;
        return 2;
    }
    const QString role = demoRole(parser.value(roleOption));
    if (parser.isSet(roleOption) && !kDemoRoles.contains(role)) {
        err << QApplication::translate("medchain",
                                       "Unknown role \"%1\"; use patient, doctor, "
                                       "institution or regulator.")
                   .arg(role)
            << Qt::endl;
        return 2;
    }
    const bool demo = parser.isSet(demoOption) || parser.isSet(roleOption);
    const bool screenshot = parser.isSet(screenshotOption);

    if (const auto init = Startup::initialiseCore(); !init) {
        const QString message = Startup::refusalMessage(init.error());
        err << message << Qt::endl;
        if (!screenshot)
            QMessageBox::critical(nullptr, QApplication::translate("medchain", "MedChain"),
                                  message);
        return 1;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/medchain.svg")));
    medchain::ui::MainWindow window(translations);
    // Declared before the shell, so the shell's session ends before the demo's nodes stop.
    std::unique_ptr<medchain::ui::DemoNetworkSetup> setup;
    if (demo)
        setup = std::make_unique<medchain::ui::DemoNetworkSetup>(
            parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                        : medchain::ui::DemoNetworkSetup::defaultFolder());
    medchain::ui::Shell shell(window);
    if (!demo && parser.isSet(dataDirOption))
        shell.setNodeFolder(parser.value(dataDirOption));

    if (demo)
        window.deferLoaded(); // loaded: the role picker, or with --role the role's view
    if (screenshot) {
        medchain::ui::saveScreenshotWhenLoaded(window, parser.value(screenshotOption));
        QObject::connect(&shell, &medchain::ui::Shell::failed, &window, [](const QString &message) {
            QTextStream(stderr) << message << Qt::endl;
            QApplication::exit(1);
        });
    }
    window.show();
    if (setup)
        shell.startDemo(*setup, role);
    const int exitCode = QApplication::exec();
    // Making the demo cannot be interrupted, and the application would wait for it to end:
    // leave now. Its unfinished folder is discarded and made again next time.
    if (setup && setup->isCreating())
        std::_Exit(exitCode);
    return exitCode;
}
