// The node's peers: a TLS listener, outbound connections, and what the node does with them —
// catching up on blocks from peers that are ahead (each block checked against its commit
// certificate by the ledger), answering peers' requests, and relaying transactions once each.
// Lives in the node's thread and uses the node directly.
#pragma once

#include "net/Discouragement.h"
#include "net/PeerConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <map>
#include <memory>
#include <vector>

class QSslServer;
class QTimer;

namespace medchain::node {
class Node;
}

namespace medchain::net {

class PeerNetwork : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QSslConfiguration tls; // TlsPolicy::configuration for this node
        chain::IdentityId self; // this node's key, as in its certificate
        PeerLimits limits;
        std::function<qint64()> clock; // ms since the Unix epoch
        int pollIntervalMs = 1000; // how often peers are asked for newer blocks
    };

    PeerNetwork(node::Node &node, crypto::Certificate root, Settings settings,
                QObject *parent = nullptr);
    ~PeerNetwork() override;

    /// Listens for peers; the port actually bound (useful with 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// Dials a peer; `expected` is the node key its certificate must carry, when known.
    void connectTo(const QString &host, quint16 port, std::optional<chain::IdentityId> expected);
    /// Submits a transaction to this node and relays it to every peer.
    void submit(const QByteArray &transaction);
    int peerCount() const;

signals:
    void peerCountChanged(int peers);
    /// While catching up: the height reached and the best height a peer reported.
    void syncProgress(quint64 height, quint64 target);

private:
    void adopt(QSslSocket *socket, std::optional<chain::IdentityId> expected);
    void onEstablished(PeerConnection *peer, const Hello &hello);
    void onMessage(PeerConnection *peer, const Message &message);
    void onClosed(PeerConnection *peer, const Disconnect &why);
    void requestBlocks(PeerConnection *peer);
    void poll();
    void relay(const QList<QByteArray> &transactions, PeerConnection *except);
    void remember(const QByteArray &transactionHash);
    std::vector<PeerConnection *> establishedPeers() const;
    /// A peer that sent a block this node refuses: kept out for a while, then disconnected.
    void punish(PeerConnection *peer);
    Hello localHello() const;

    node::Node &m_node;
    crypto::Certificate m_root;
    Settings m_settings;
    QSslServer *m_server = nullptr;
    QTimer *m_poll = nullptr;
    Discouragement m_discouraged;
    std::map<PeerConnection *, quint64> m_peerHeights; // established peers
    QSet<PeerConnection *> m_waitingForBlocks;
    QSet<QByteArray> m_seenTransactions; // hashes relayed or received, to relay each once
};

} // namespace medchain::net
