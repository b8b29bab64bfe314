// medchain-cli: scripting, administration and verification. Every command can print --json
// for scripts; human-readable text otherwise.
#include "common/LibraryVersions.h"
#include "common/Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using medchain::Startup;

namespace {

// Gives the free functions below a translation context of their own.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runInfo(bool json)
{
    QTextStream out(stdout);
    const auto libraries = medchain::libraryVersions();
    if (json) {
        QJsonObject versions;
        for (const auto &library : libraries)
            versions.insert(library.name, library.version);
        const QJsonObject root {
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("selfTest"), QStringLiteral("passed")},
            {QStringLiteral("libraries"), versions},
        };
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << Cli::tr("MedChain %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
    out << Cli::tr("Crypto self-test: passed") << Qt::endl;
    for (const auto &library : libraries)
        out << QStringLiteral("  %1: %2").arg(library.name, library.version) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    Startup::setApplicationMetadata(QStringLiteral("medchain-cli"));
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("MedChain command line: scripting, administration and verification.\n\n"
                "Commands:\n"
                "  info    Print the version, the self-test result and the libraries in use."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Cli::tr("Print machine-readable JSON instead of text."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << Cli::tr("No command given; see --help.") << Qt::endl;
        return 2;
    }
    if (const auto init = Startup::initialiseCore(); !init) {
        err << Startup::refusalMessage(init.error()) << Qt::endl;
        return 1;
    }
    if (arguments.first() == QLatin1String("info"))
        return runInfo(parser.isSet(jsonOption));

    err << Cli::tr("Unknown command \"%1\"; see --help.").arg(arguments.first()) << Qt::endl;
    return 2;
}
