// medchain-node: the headless node for institutions' servers. It runs a data folder's replica
// from its saved configuration, logs to DIR/node.log and stderr, and stops cleanly on SIGTERM.
#include "NodeLog.h"
#include "UnixSignals.h"

#include "common/Startup.h"
#include "node/NodeClient.h"
#include "node/PassphraseSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QTextStream>

using namespace medchain;

namespace {
Result<crypto::SecureBuffer> passphrase(const QString &file)
{
    if (!file.isEmpty())
        return node::PassphraseSource::readFile(file);
    auto environment = node::PassphraseSource::takeFromEnvironment();
    if (!environment)
        return environment.failure();
    if (std::optional<crypto::SecureBuffer> &found = environment.value())
        return std::move(*found);
    return Error {QCoreApplication::translate(
        "medchain-node",
        "The node needs the replica's passphrase: give --passphrase-file FILE or set "
        "MEDCHAIN_PASSPHRASE.")};
}
} // namespace

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
    const QCommandLineOption dataDir(
        QStringLiteral("datadir"),
        QCoreApplication::translate("medchain-node", "The node's data folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate("medchain-node",
                                    "Read the passphrase from the first line of FILE (- for "
                                    "standard input) instead of MEDCHAIN_PASSPHRASE."),
        QStringLiteral("FILE"));
    parser.addOption(dataDir);
    parser.addOption(passphraseFile);
    parser.process(app);

    QTextStream err(stderr);
    if (const auto init = Startup::initialiseCore(); !init) {
        err << Startup::refusalMessage(init.error()) << Qt::endl;
        return 1;
    }
    const QString folder = parser.value(dataDir);
    if (folder.isEmpty()) {
        err << QCoreApplication::translate("medchain-node",
                                           "Give the node's data folder with --datadir DIR.")
            << Qt::endl;
        return 2;
    }
    if (auto ok = nodeapp::NodeLog::install(QDir(folder).filePath(QStringLiteral("node.log")));
        !ok) {
        err << ok.error() << Qt::endl;
        return 1;
    }
    const auto secret = passphrase(parser.value(passphraseFile));
    if (!secret) {
        qCritical().noquote() << secret.error();
        return 1;
    }
    nodeapp::UnixSignals unixSignals;
    int exitCode = 0;
    {
        auto client = node::NodeClient::start(folder, secret.value());
        if (!client) {
            qCritical().noquote() << client.error();
            nodeapp::NodeLog::uninstall();
            return 1;
        }
        QObject::connect(&unixSignals, &nodeapp::UnixSignals::terminationRequested, &app,
                         [](int number) {
                             qInfo().noquote() << QCoreApplication::translate(
                                                      "medchain-node", "Signal %1: stopping.")
                                                      .arg(number);
                             QCoreApplication::exit(0);
                         });
        QObject::connect(client.value().get(), &node::NodeClient::halted, &app,
                         [&exitCode](const QString &reason) {
                             qCritical().noquote() << QCoreApplication::translate(
                                                          "medchain-node", "The node halted: %1")
                                                          .arg(reason);
                             exitCode = 1;
                             QCoreApplication::exit(1);
                         });
        qInfo().noquote() << QCoreApplication::translate("medchain-node", "Ready.");
        exitCode = app.exec();
    }
    nodeapp::NodeLog::uninstall();
    return exitCode;
}
