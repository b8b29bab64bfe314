// `init`: creates a new network in the data folder — the health authority's keys and root
// certificate, its validator node, genesis.cbor, the replica, the two keystores and node.json.
#include "AdminSession.h"
#include "ChainText.h"
#include "Command.h"

#include "chain/NetworkBootstrap.h"
#include "crypto/Random.h"
#include "storage/ReplicaKeyFile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace medchain::cli {

namespace {

struct NetworkCommands {
    Q_DECLARE_TR_FUNCTIONS(NetworkCommands)
};

const QString kAuthorityKeystore = QStringLiteral("keystores/authority.mcid");
const QString kValidatorKeystore = QStringLiteral("keystores/validator.mcid");
constexpr int kCertificateYears = 10;
constexpr std::size_t kRegistrationKeySize = 32;

/// Removes, unless disarmed, the files a failed init created, so it can simply be run again.
class CreatedFiles {
public:
    void add(const QString &path)
    {
        if (!QFileInfo::exists(path))
            m_paths.append(path);
    }
    void keep() { m_paths.clear(); }
    ~CreatedFiles()
    {
        for (const QString &path : m_paths)
            QFile::remove(path);
    }

private:
    QStringList m_paths;
};

Result<chain::ChainParameters> parameters(const QCommandLineParser &parser)
{
    chain::ChainParameters parameters;
    const QString interval = parser.value(QStringLiteral("block-interval-ms"));
    if (interval.isEmpty())
        return parameters;
    bool isNumber = false;
    parameters.blockIntervalMs = interval.toLongLong(&isNumber);
    if (!isNumber || parameters.blockIntervalMs < 10 || parameters.blockIntervalMs > 3'600'000)
        return CliContext::usage(NetworkCommands::tr("--block-interval-ms needs a number of "
                                                     "milliseconds from 10 to 3600000, not \"%1\".")
                                     .arg(interval));
    return parameters;
}

int runInit(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto chainId = CliContext::required(parser, QStringLiteral("chain-id"));
    const auto name = CliContext::required(parser, QStringLiteral("authority-name"));
    const auto region = CliContext::required(parser, QStringLiteral("region"));
    for (const auto *option : {&chainId, &name, &region})
        if (!*option)
            return context.fail(option->failure());
    if (!crypto::isValidRegionCode(region.value()))
        return context.fail(CliContext::usage(
            NetworkCommands::tr("\"%1\" is not a region code (1 to 16 letters, digits or '-').")
                .arg(region.value())));
    const auto chainParameters = parameters(parser);
    if (!chainParameters)
        return context.fail(chainParameters.failure());
    auto dir = context.dataDir();
    if (!dir)
        return context.fail(dir.failure());
    if (auto ok = context.loadPassphrase(); !ok)
        return context.fail(ok.failure());

    if (!QDir().mkpath(dir->path(QStringLiteral("keystores"))))
        return context.fail(Error {NetworkCommands::tr("Cannot create the folder %1.")
                                       .arg(dir->path(QStringLiteral("keystores")))});
    auto lock = dir->lockForWriting();
    if (!lock)
        return context.fail(lock.failure());
    for (const QString &path : {dir->genesisPath(), dir->replicaPath(),
                                dir->path(kAuthorityKeystore), dir->path(kValidatorKeystore)})
        if (QFileInfo::exists(path))
            return context.fail(Error {NetworkCommands::tr("%1 already exists: %2 already holds "
                                                           "a network. Choose an empty folder.")
                                           .arg(path, dir->root())});
    context.progress(NetworkCommands::tr("creating the network's keys and genesis…"));
    chain::NetworkSpec spec {chainId.value(),   name.value(),
                             region.value(),    QDateTime::currentMSecsSinceEpoch(),
                             kCertificateYears, chainParameters.value()};
    auto network = chain::NetworkBootstrap::create(spec);
    if (!network)
        return context.fail(network.failure());
    const chain::Genesis &genesis = network->genesis;

    CreatedFiles created;
    const QString replica = dir->replicaPath();
    for (const QString &path : QStringList {
             dir->path(kAuthorityKeystore), dir->path(kValidatorKeystore), dir->genesisPath(),
             replica, replica + QLatin1String("-wal"), replica + QLatin1String("-shm"),
             storage::ReplicaKeyFile::pathFor(replica), dir->configPath()})
        created.add(path);

    // Institutions hash national IDs under this key; the authority hands it to each of them.
    crypto::SecureBuffer registrationKey(kRegistrationKeySize);
    crypto::randomFill(registrationKey.bytes());
    const identity::KeystorePublicInfo authorityInfo {
        chain::Role::Authority, network->authority.id(), network->authority.encryption.publicKey(),
        name.value(), genesis.chainId};
    if (auto ok = createKeystore(context, dir->path(kAuthorityKeystore), network->authority,
                                 authorityInfo, QString(), std::move(registrationKey));
        !ok)
        return context.fail(ok.failure());
    // A keystore holds an encryption key too; a validator node never uses its own.
    const identity::IdentityKeys validatorKeys {std::move(network->validator),
                                                crypto::X25519SecretKey::generate()};
    const identity::KeystorePublicInfo validatorInfo {
        chain::Role::Node, validatorKeys.id(), validatorKeys.encryption.publicKey(),
        NetworkCommands::tr("%1 node 1").arg(name.value()), genesis.chainId};
    if (auto ok = createKeystore(context, dir->path(kValidatorKeystore), validatorKeys,
                                 validatorInfo, QString());
        !ok)
        return context.fail(ok.failure());

    if (auto ok = dir->writeGenesis(genesis); !ok)
        return context.fail(ok.failure());
    context.progress(NetworkCommands::tr("creating the encrypted replica…"));
    if (auto ledger = dir->openLedger(context.passphrase(), context.newKeyParams()); !ledger)
        return context.fail(ledger.failure());
    auto config = dir->readConfig();
    if (!config)
        return context.fail(config.failure());
    config->insert(AdminSession::kIdentityKey, kAuthorityKeystore);
    config->insert(AdminSession::kValidatorKey, kValidatorKeystore);
    if (auto ok = dir->writeConfig(config.value()); !ok)
        return context.fail(ok.failure());
    created.keep();

    const QJsonObject json {
        {QStringLiteral("chainId"), genesis.chainId},
        {QStringLiteral("genesisHash"), hex(genesis.hash())},
        {QStringLiteral("authority"), hex(genesis.authority)},
        {QStringLiteral("validator"), hex(validatorKeys.id())},
        {QStringLiteral("height"), 0},
        {QStringLiteral("authorityKeystore"), dir->path(kAuthorityKeystore)},
        {QStringLiteral("validatorKeystore"), dir->path(kValidatorKeystore)},
    };
    return context.report(
        json,
        {NetworkCommands::tr("Created the network %1 in %2.").arg(genesis.chainId, dir->root()),
         NetworkCommands::tr("  genesis:   %1").arg(hex(genesis.hash())),
         NetworkCommands::tr("  authority: %1 (%2)")
             .arg(hex(genesis.authority), dir->path(kAuthorityKeystore)),
         NetworkCommands::tr("  validator: %1 (%2)")
             .arg(hex(validatorKeys.id()), dir->path(kValidatorKeystore))});
}

} // namespace

QList<Command> networkCommands()
{
    QList<Command> commands {
        {{QStringLiteral("init")},
         QStringLiteral("--chain-id ID --authority-name NAME --region CODE "
                        "[--block-interval-ms N]"),
         NetworkCommands::tr("Create a new network in --datadir: the health authority's keys, "
                             "root certificate and validator, genesis, replica and keystores."),
         {QCommandLineOption(QStringLiteral("chain-id"),
                             NetworkCommands::tr("The new chain's id (1 to 64 characters)."),
                             QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("authority-name"),
                             NetworkCommands::tr("The health authority's name."),
                             QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("region"),
                             NetworkCommands::tr("The authority's region code, e.g. 340000."),
                             QStringLiteral("CODE")),
          QCommandLineOption(QStringLiteral("block-interval-ms"),
                             NetworkCommands::tr("Milliseconds between blocks (default 1000)."),
                             QStringLiteral("N"))},
         {},
         runInit},
    };
    commands.append(enrollCommands());
    return commands;
}

} // namespace medchain::cli
