// A node's place in the network, from its node.json: the peer network (listen address and
// configured peers, TLS with the node's own key and certificate chain) and, on a validator, the
// consensus driver with its signing log. Built and destroyed in the node's thread.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace medchain::net {
class PeerNetwork;
}

namespace medchain::node {

class ConsensusDriver;
class Node;

/// The network part of node.json.
struct NetworkConfig {
    Q_DECLARE_TR_FUNCTIONS(NetworkConfig)
public:
    struct Peer {
        QString host;
        quint16 port = 0;
        chain::IdentityId node;
    };
    QString nodeKeystore; // "node": the node identity's keystore (TLS and Hello)
    QString validatorKeystore; // "validator": present on validators (usually the same file)
    QHostAddress listenAddress = QHostAddress::LocalHost; // "listen": "HOST:PORT"
    quint16 listenPort = 0;
    QList<Peer> peers; // "peers": [{"address": "HOST:PORT", "node": "<hex key>"}]
    qint64 emptyBlockIntervalMs = 30'000; // "emptyBlockIntervalMs" (validators)

    /// Reads the settings; a missing "node" means the node runs without a network.
    static Result<NetworkConfig> fromJson(const QJsonObject &config);
};

class NodeNetworking {
    Q_DECLARE_TR_FUNCTIONS(NodeNetworking)
public:
    /// Listens, dials the peers and, given a validator key, takes part in consensus (signing
    /// log at signingLogPath). Call in the node's thread; the node must outlive the result.
    static Result<std::unique_ptr<NodeNetworking>>
    start(Node &node, const NetworkConfig &config, const crypto::Ed25519SigningKey &nodeKey,
          std::optional<crypto::Ed25519SigningKey> validatorKey, const QString &signingLogPath);
    /// Stops consensus first, then closes the connections. In the node's thread.
    ~NodeNetworking();

    net::PeerNetwork &network() { return *m_network; }
    quint16 port() const { return m_port; }

private:
    NodeNetworking() = default;
    std::unique_ptr<net::PeerNetwork> m_network;
    std::unique_ptr<ConsensusDriver> m_driver;
    quint16 m_port = 0;
};

} // namespace medchain::node
