#include "demo/DemoNodes.h"

#include "chain/Transaction.h"
#include "demo/DemoKeys.h"
#include "demo/Scenario.h"
#include "identity/Keystore.h"
#include "node/DataDir.h"
#include "storage/ReplicaKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTcpServer>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace medchain::demo {

namespace {

// node1 keeps the layout it had with a single node; the others name their keystore for what it
// holds, which a validator also signs precommits with.
const QString kFirstNodeKeystore = QStringLiteral("keystores/validator.mcid");
const QString kNodeKeystore = QStringLiteral("keystores/node.mcid");
constexpr int kMaxPort = 65535;

QString hexOf(const chain::IdentityId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

QString folderOf(int number)
{
    return QStringLiteral("node%1").arg(number);
}

Result<void> copyFile(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return Error {DemoNodes::tr("Cannot copy %1 to %2.")
                          .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)),
                      QStringLiteral("io")};
    return {};
}

} // namespace

QJsonObject DemoNode::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("folder"), folder},
            {QStringLiteral("address"), address},
            {QStringLiteral("role"),
             validator ? QStringLiteral("validator") : QStringLiteral("replica")},
            {QStringLiteral("node"), nodeKey},
            {QStringLiteral("institution"), institution}};
}

Result<void> DemoNodes::check(const DemoNodeOptions &options)
{
    if (options.validators < 1 || options.validators > DemoNodeOptions::MaxValidators)
        return Error {tr("A demo network has 1 to %1 validator nodes, not %2.")
                          .arg(DemoNodeOptions::MaxValidators)
                          .arg(options.validators),
                      QStringLiteral("invalid")};
    if (options.replicas < 0 || options.replicas > DemoNodeOptions::MaxReplicas)
        return Error {tr("A demo network has 0 to %1 replica nodes, not %2.")
                          .arg(DemoNodeOptions::MaxReplicas)
                          .arg(options.replicas),
                      QStringLiteral("invalid")};
    if (options.basePort < 0 || options.basePort + options.count() - 1 > kMaxPort)
        return Error {tr("The ports from %1 for %2 nodes do not fit below %3.")
                          .arg(options.basePort)
                          .arg(options.count())
                          .arg(kMaxPort + 1),
                      QStringLiteral("invalid")};
    return {};
}

DemoNodes::DemoNodes(const Scenario &scenario, const DemoKeys &keys, const chain::Genesis &genesis,
                     const DemoNodeOptions &options)
    : m_scenario(scenario), m_keys(keys), m_genesis(genesis), m_options(options)
{
    m_nodes.append({1, -1, genesis.nodes.isEmpty() ? QString() : genesis.nodes.first().name, true});
    QList<int> hospitals;
    for (int i = 0; i < scenario.institutions.size(); ++i)
        if (scenario.institutions[i].kind == chain::InstitutionKind::Hospital)
            hospitals.append(i);
    // Node names go on chain: they are not translated, like the genesis node's.
    int authorityNodes = 1;
    for (int number = 2; number <= options.count(); ++number) {
        Planned node {number, -1, QString(), number <= options.validators};
        if (number - 2 < hospitals.size()) {
            node.institution = hospitals[number - 2];
            node.name = scenario.institutions[node.institution].name + QStringLiteral(" node 1");
        } else {
            node.name = genesis.authorityName + QStringLiteral(" node %1").arg(++authorityNodes);
        }
        m_nodes.append(node);
    }
}

Result<QList<QByteArray>>
DemoNodes::transactions(const crypto::Certificate &root,
                        const QList<crypto::Certificate> &institutionCertificates,
                        const identity::Validity &validity,
                        std::map<chain::IdentityId, quint64> &nonces, qint64 time) const
{
    QList<QByteArray> out;
    auto sign = [&](const crypto::Ed25519SigningKey &key, chain::TxBody body) {
        out.append(chain::Transaction::signAndEncode(m_genesis.chainId, ++nonces[key.publicKey()],
                                                     time, std::move(body), key));
    };
    const identity::IdentityKeys authority = m_keys.keys(DemoKeys::Kind::Authority);
    QList<identity::Validator> validators;
    for (const Planned &planned : m_nodes) {
        const identity::IdentityKeys node = m_keys.nodeKeys(planned.number);
        if (planned.validator)
            validators.append({node.id(), 1});
        if (planned.number == 1)
            continue; // enrolled by genesis
        // A validator is certified by the root itself, whoever runs it: evidence of a commit
        // (format 1) carries only the validators' own certificates (protocol.md §9.3).
        const bool byAuthority = planned.institution < 0 || planned.validator;
        std::optional<identity::IdentityKeys> institution;
        if (!byAuthority)
            institution = m_keys.keys(DemoKeys::Kind::Institution, planned.institution);
        const identity::Issuer issuer = byAuthority
            ? identity::Issuer {root, authority.signing}
            : identity::Issuer {institutionCertificates[planned.institution], institution->signing};
        auto body = identity::Enrollment::node(issuer, node.signing, planned.name, validity);
        if (!body)
            return Error {tr("Node %1: %2").arg(planned.name, body.error())};
        sign(issuer.key, std::move(body).value());
    }
    if (validators.size() > 1) {
        std::sort(validators.begin(), validators.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        sign(authority.signing, identity::SetValidators {validators});
    }
    return out;
}

Result<QList<int>> DemoNodes::ports() const
{
    QList<int> ports;
    if (m_options.basePort > 0) {
        for (int i = 0; i < m_nodes.size(); ++i)
            ports.append(m_options.basePort + i);
        return ports;
    }
    // Every server stays open until all ports are read, so the system hands out distinct ones.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    for (int i = 0; i < m_nodes.size(); ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return Error {tr("Cannot find a free port on 127.0.0.1: %1").arg(server->errorString()),
                          QStringLiteral("io")};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

Result<QList<DemoNode>> DemoNodes::writeFolders(const QString &folder,
                                                const crypto::SecureBuffer &passphrase,
                                                const crypto::Argon2Params &keystoreParams,
                                                const std::function<void(int, int)> &progress) const
{
    const QDir root(folder);
    const auto ports = this->ports();
    if (!ports)
        return ports.failure();
    QList<DemoNode> nodes;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Planned &planned = m_nodes[i];
        nodes.append({planned.name, folderOf(planned.number),
                      QStringLiteral("127.0.0.1:%1").arg(ports->at(i)), planned.validator,
                      hexOf(m_keys.nodeKeys(planned.number).id()),
                      planned.institution < 0 ? m_genesis.authorityName
                                              : m_scenario.institutions[planned.institution].name});
    }

    // A copy is complete only if node1's database has no write-ahead log left: closing its last
    // connection checkpoints the log into the file and removes it.
    const node::DataDir first(root.filePath(nodes.first().folder));
    const QString replicaKey = storage::ReplicaKeyFile::pathFor(first.replicaPath());
    if (nodes.size() > 1 && QFileInfo(first.replicaPath() + QStringLiteral("-wal")).size() > 0)
        return Error {tr("The replica %1 is still open: a copy of it would be incomplete.")
                          .arg(QDir::toNativeSeparators(first.replicaPath())),
                      QStringLiteral("io")};

    for (int i = 0; i < nodes.size(); ++i) {
        const DemoNode &node = nodes[i];
        const node::DataDir dir(root.filePath(node.folder));
        QJsonObject config;
        if (i == 0) {
            auto existing = dir.readConfig();
            if (!existing)
                return existing.failure();
            config = existing.value();
            config.insert(QStringLiteral("node"), kFirstNodeKeystore);
        } else {
            if (auto ok = dir.writeGenesis(m_genesis); !ok)
                return ok.failure();
            if (!QDir().mkpath(dir.path(QStringLiteral("keystores"))))
                return Error {
                    tr("Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(dir.path(QStringLiteral("keystores")))),
                    QStringLiteral("io")};
            if (auto ok = copyFile(first.replicaPath(), dir.replicaPath()); !ok)
                return ok.failure();
            if (auto ok = copyFile(replicaKey, storage::ReplicaKeyFile::pathFor(dir.replicaPath()));
                !ok)
                return ok.failure();
            const identity::IdentityKeys keys = m_keys.nodeKeys(m_nodes[i].number);
            const identity::KeystorePublicInfo info {chain::Role::Node, keys.id(),
                                                     keys.encryption.publicKey(), node.name,
                                                     m_genesis.chainId};
            if (auto ok = identity::Keystore::create(dir.path(kNodeKeystore), keys, info,
                                                     passphrase, keystoreParams);
                !ok)
                return ok.failure();
            config.insert(QStringLiteral("node"), kNodeKeystore);
            if (node.validator)
                config.insert(QStringLiteral("validator"), kNodeKeystore);
        }
        config.insert(QStringLiteral("listen"), node.address);
        QJsonArray peers;
        for (const DemoNode &other : nodes)
            if (other.folder != node.folder)
                peers.append(QJsonObject {{QStringLiteral("address"), other.address},
                                          {QStringLiteral("node"), other.nodeKey}});
        config.insert(QStringLiteral("peers"), peers);
        // An idle demo still shows the chain moving, a block every few seconds.
        config.insert(QStringLiteral("emptyBlockIntervalMs"), kEmptyBlockIntervalMs);
        if (auto ok = dir.writeConfig(config); !ok)
            return ok.failure();
        if (progress)
            progress(i + 1, int(nodes.size()));
    }

    QJsonArray listed;
    for (const DemoNode &node : nodes)
        listed.append(node.toJson());
    const QJsonObject network {
        {QStringLiteral("chainId"), m_genesis.chainId},
        {QStringLiteral("passphraseHint"), QStringLiteral("the demo passphrase")},
        {QStringLiteral("nodes"), listed}};
    const QByteArray bytes = QJsonDocument(network).toJson(QJsonDocument::Indented);
    QSaveFile file(root.filePath(QStringLiteral("network.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                      QStringLiteral("io")};
    return nodes;
}

} // namespace medchain::demo
