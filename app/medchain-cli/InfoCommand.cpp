// `info`: the version, the crypto self-test result and the libraries in use.
#include "Command.h"

#include "common/LibraryVersions.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace medchain::cli {

namespace {

// The context the info strings have always had.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runInfo(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    const auto libraries = medchain::libraryVersions();
    QJsonObject versions;
    QStringList text {Cli::tr("MedChain %1").arg(QCoreApplication::applicationVersion()),
                      Cli::tr("Crypto self-test: passed")};
    for (const auto &library : libraries) {
        versions.insert(library.name, library.version);
        text.append(QStringLiteral("  %1: %2").arg(library.name, library.version));
    }
    const QJsonObject json {
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("selfTest"), QStringLiteral("passed")},
        {QStringLiteral("libraries"), versions},
    };
    return context.report(json, text);
}

} // namespace

QList<Command> infoCommands()
{
    return {{{QStringLiteral("info")},
             QString(),
             Cli::tr("Print the version, the self-test result and the libraries in use."),
             {},
             {},
             runInfo}};
}

} // namespace medchain::cli
