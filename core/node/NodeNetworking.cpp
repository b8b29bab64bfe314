#include "node/NodeNetworking.h"

#include "consensus/SigningLog.h"
#include "identity/IdentityRules.h"
#include "net/PeerNetwork.h"
#include "net/TlsPolicy.h"
#include "node/ConsensusDriver.h"
#include "node/Node.h"

#include <QDebug>
#include <QJsonArray>

namespace medchain::node {

namespace {
/// "HOST:PORT" (an IPv6 host in brackets).
std::optional<std::pair<QString, quint16>> splitAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return std::pair {host, quint16(port)};
}
} // namespace

Result<NetworkConfig> NetworkConfig::fromJson(const QJsonObject &config)
{
    NetworkConfig c;
    c.nodeKeystore = config.value(QStringLiteral("node")).toString();
    c.validatorKeystore = config.value(QStringLiteral("validator")).toString();
    if (const QString listen = config.value(QStringLiteral("listen")).toString();
        !listen.isEmpty()) {
        const auto address = splitAddress(listen);
        if (!address || QHostAddress(address->first).isNull())
            return Error {tr("node.json: \"listen\" must be an address like 127.0.0.1:7101, not "
                             "\"%1\".")
                              .arg(listen)};
        c.listenAddress = QHostAddress(address->first);
        c.listenPort = address->second;
    }
    for (const QJsonValue &entry : config.value(QStringLiteral("peers")).toArray()) {
        const QJsonObject peer = entry.toObject();
        const QString text = peer.value(QStringLiteral("address")).toString();
        const auto address = splitAddress(text);
        const auto key = chain::IdentityId::fromBytes(
            QByteArray::fromHex(peer.value(QStringLiteral("node")).toString().toLatin1()));
        if (!address || !key)
            return Error {tr("node.json: each peer needs an \"address\" like 127.0.0.1:7102 and "
                             "its \"node\" key in hex (\"%1\" has not).")
                              .arg(text)};
        c.peers.append({address->first, address->second, *key});
    }
    if (const QJsonValue empty = config.value(QStringLiteral("emptyBlockIntervalMs"));
        !empty.isUndefined()) {
        if (empty.toInteger(-1) < 100)
            return Error {tr("node.json: \"emptyBlockIntervalMs\" must be at least 100.")};
        c.emptyBlockIntervalMs = empty.toInteger();
    }
    return c;
}

Result<std::unique_ptr<NodeNetworking>> NodeNetworking::start(
    Node &node, const NetworkConfig &config, const crypto::Ed25519SigningKey &nodeKey,
    std::optional<crypto::Ed25519SigningKey> validatorKey, const QString &signingLogPath)
{
    const chain::Ledger &ledger = node.ledger();
    const auto root = crypto::Certificate::fromDer(ledger.genesis().rootCertificate);
    if (!root)
        return root.failure();
    const auto self = ledger.state().identity(nodeKey.publicKey());
    if (!self || self->role != chain::Role::Node)
        return Error {tr("This node's key is not enrolled on the chain as a node; enroll it "
                         "before it joins the network.")};
    QList<crypto::Certificate> chain;
    const QList<QByteArray> ders
        = identity::certificateChain(ledger.state(), *self, ledger.genesis());
    for (const QByteArray &der : ders.first(ders.size() - 1)) { // the root travels in genesis
        auto certificate = crypto::Certificate::fromDer(der);
        if (!certificate)
            return certificate.failure();
        chain.append(std::move(certificate).value());
    }
    auto tls = net::TlsPolicy::configuration(root.value(), chain, nodeKey);
    if (!tls)
        return tls.failure();

    std::unique_ptr<NodeNetworking> networking(new NodeNetworking);
    net::PeerNetwork::Settings settings;
    settings.tls = std::move(tls).value();
    settings.self = nodeKey.publicKey();
    settings.clock = [&node] { return node.now(); };
    networking->m_network = std::make_unique<net::PeerNetwork>(node, root.value(), settings);
    net::PeerNetwork &network = *networking->m_network;
    const auto port = network.listen(config.listenAddress, config.listenPort);
    if (!port)
        return port.failure();
    networking->m_port = port.value();
    QObject::connect(&network, &net::PeerNetwork::peerCountChanged, &network, [](int peers) {
        qInfo().noquote() << tr("%n peer(s) connected.", nullptr, peers);
    });

    if (validatorKey) {
        auto log = consensus::SigningLog::open(signingLogPath);
        if (!log)
            return log.failure();
        if (log.value()->recoveredTornTail())
            qWarning().noquote() << tr("The signing log ended in a torn record (a crash while "
                                       "writing it); the record was dropped.");
        ConsensusDriver::Settings consensus;
        consensus.emptyBlockIntervalMs = config.emptyBlockIntervalMs;
        networking->m_driver = std::make_unique<ConsensusDriver>(node, std::move(*validatorKey),
                                                                 std::move(log).value(), consensus);
        network.attach(*networking->m_driver);
    }
    for (const NetworkConfig::Peer &peer : config.peers)
        network.addPeer(peer.host, peer.port, peer.node);
    if (networking->m_driver)
        networking->m_driver->start();
    return networking;
}

NodeNetworking::~NodeNetworking()
{
    m_driver.reset();
    m_network.reset();
}

} // namespace medchain::node
