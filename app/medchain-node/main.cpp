// medchain-node: the headless node for institutions' servers (storage, network, consensus).
#include "common/Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using medchain::Startup;

int main(int argc, char *argv[])
{
    Startup::setApplicationMetadata(QStringLiteral("medchain-node"));
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "medchain-node",
        "MedChain node: keeps an encrypted replica of the chain and serves peers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream err(stderr);
    if (const auto init = Startup::initialiseCore(); !init) {
        err << Startup::refusalMessage(init.error()) << Qt::endl;
        return 1;
    }
    // The replica, peer network and consensus arrive with the ledger and network issues.
    err << QCoreApplication::translate("medchain-node",
                                       "medchain-node: this build has no node service yet.")
        << Qt::endl;
    return 1;
}
