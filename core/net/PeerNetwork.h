// The node's peers: a TLS listener, outbound connections, and what the node does with them —
// catching up with peers that are ahead (headers first, then blocks from several peers at once,
// each block checked against its commit certificate by the ledger), answering peers' requests,
// and relaying transactions once each. Lives in the node's thread and uses the node directly.
#pragma once

#include "net/BlockDownload.h"
#include "net/Discouragement.h"
#include "net/PeerConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <deque>
#include <map>
#include <memory>
#include <vector>

class QSslServer;
class QTimer;

namespace medchain::node {
class ConsensusDriver;
class Node;
} // namespace medchain::node

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
        int redialIntervalMs = 3000; // how often lost configured peers are dialed again
        int handshakeTimeoutMs = 10'000; // a TCP connection must finish its TLS handshake by then
        /// Catch-up: requests in flight, the memory bound, stalls. requestsPerPeer is held
        /// to limits.maxOutstandingRequests less two (a GetHeaders and a Ping).
        BlockDownload::Settings download;
    };

    /// An established peer as this node sees it.
    struct PeerStatus {
        chain::IdentityId node;
        quint64 height = 0; // the best height it has shown
        quint64 blocksApplied = 0; // blocks it sent that this node applied
    };

    PeerNetwork(node::Node &node, crypto::Certificate root, Settings settings,
                QObject *parent = nullptr);
    ~PeerNetwork() override;

    /// Listens for peers; the port actually bound (useful with 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// Dials a peer; `expected` is the node key its certificate must carry, when known.
    void connectTo(const QString &host, quint16 port, std::optional<chain::IdentityId> expected);
    /// A configured peer: dialed now, and again whenever no connection to it is up.
    void addPeer(const QString &host, quint16 port, const chain::IdentityId &node);
    /// Carries a validator's consensus messages: its broadcasts go to every peer, and peers'
    /// consensus messages go to it (relayed on when it finds them new and well formed).
    void attach(node::ConsensusDriver &driver);
    /// Submits a transaction to this node and relays it to every peer.
    void submit(const QByteArray &transaction);
    int peerCount() const;
    QList<PeerStatus> peers() const;

signals:
    void peerCountChanged(int peers);
    /// While catching up: the height reached and the best height a peer reported.
    void syncProgress(quint64 height, quint64 target);

private:
    void adopt(QSslSocket *socket, std::optional<chain::IdentityId> expected, bool outbound);
    /// Two connections to one peer (both dialed at once): both ends keep the one dialed by
    /// the smaller node key, so they agree without talking.
    bool keepsDuplicate(PeerConnection *peer) const;
    void redial();
    void onConsensus(PeerConnection *from, const Consensus &message);
    /// False if this consensus message was seen already.
    bool rememberConsensus(quint64 kind, const QByteArray &payload);
    void broadcastConsensus(quint64 kind, const QByteArray &payload, PeerConnection *except);
    void onEstablished(PeerConnection *peer, const Hello &hello);
    void onMessage(PeerConnection *peer, const Message &message);
    void onClosed(PeerConnection *peer, const Disconnect &why);
    // Catching up (BlockDownload): polls, headers, block requests, applying in height order.
    void poll();
    void sync();
    bool sendHeaderRequest(PeerConnection *peer, const GetHeaders &request, bool fetch);
    void onHeaders(PeerConnection *peer, const Headers &answer);
    void onBlocks(PeerConnection *peer, const Blocks &answer);
    void scheduleApply();
    void applyNext();
    PeerConnection *connectionOf(BlockDownload::PeerId id) const;
    // Answering peers from the replica.
    void serveHeaders(PeerConnection *peer, const GetHeaders &request);
    void serveBlocks(PeerConnection *peer, const GetBlocks &request);
    void relay(const QList<QByteArray> &transactions, PeerConnection *except);
    void remember(const QByteArray &transactionHash);
    std::vector<PeerConnection *> establishedPeers() const;
    /// A peer that sent a block or header this node refuses: kept out for a while, then
    /// disconnected.
    void punish(PeerConnection *peer, const QString &why = {});
    Hello localHello() const;

    node::Node &m_node;
    crypto::Certificate m_root;
    Settings m_settings;
    QSslServer *m_server = nullptr;
    QTimer *m_poll = nullptr;
    Discouragement m_discouraged;
    struct HeaderRequest {
        GetHeaders request;
        bool fetch = false; // a batch for the download, not a poll
    };
    struct Peer {
        BlockDownload::PeerId id = 0;
        std::deque<HeaderRequest> headerRequests; // ours in flight, oldest first
        quint64 blocksApplied = 0;
    };
    std::map<PeerConnection *, Peer> m_peers; // established peers
    BlockDownload m_download;
    BlockDownload::PeerId m_nextPeerId = 1;
    bool m_applyScheduled = false;
    QSet<QByteArray> m_seenTransactions; // hashes relayed or received, to relay each once
    QSet<QByteArray> m_seenConsensus; // the same for consensus messages
    node::ConsensusDriver *m_consensus = nullptr;
    QSet<PeerConnection *> m_outbound;
    struct ConfiguredPeer {
        QString host;
        quint16 port = 0;
        chain::IdentityId node;
        bool dialing = false;
    };
    std::vector<ConfiguredPeer> m_configured;
    QTimer *m_redial = nullptr;
};

} // namespace medchain::net
