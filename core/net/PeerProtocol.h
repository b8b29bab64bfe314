// One peer connection's protocol as a pure state machine: fed bytes and the time, it checks the
// handshake and every limit, and says what to deliver, what to write and when to hang up.
#pragma once

#include "common/Result.h"
#include "net/Frame.h"
#include "net/Messages.h"
#include "net/PeerLimits.h"
#include "net/TokenBucket.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <deque>
#include <optional>

namespace medchain::net {

/// The end of a connection: why, and whether the peer should be kept out for a while
/// (Discouragement::record on its identity and address).
struct Disconnect {
    DisconnectReason reason = DisconnectReason::Shutdown;
    bool discourage = false;
    QString detail; // translated, for the log
};

/// What one step produced. The transport writes `toSend` (already framed) and, after a
/// disconnect, closes the socket once it is written.
struct PeerOutput {
    QList<Message> messages; // for the node, in arrival order; the first one is the peer's Hello
    QByteArray toSend;
    std::optional<Disconnect> disconnect;
};

class PeerProtocol {
    Q_DECLARE_TR_FUNCTIONS(PeerProtocol)
public:
    enum class State { AwaitingHello, Established, Closed };

    struct Config {
        Hello local; // our chain id, version, node key, tip and genesis
        /// The identity the transport authenticated (TLS certificate); the Hello must match it.
        std::optional<chain::IdentityId> authenticatedPeer;
        PeerLimits limits;
        quint64 nonceSeed = 0; // Ping nonces; the transport seeds it from a random source
    };

    PeerProtocol(Config config, qint64 nowMs);

    /// Our Hello, framed: written first on every connection (both sides speak at once).
    PeerOutput start();
    /// Bytes from the socket, in any chunking.
    PeerOutput receive(QByteArrayView bytes, qint64 nowMs);
    /// Timers: the Hello deadline, request deadlines, keep-alive Pings.
    PeerOutput tick(qint64 nowMs);
    /// Encodes and frames a message for the peer, tracking requests and answers. Refuses (the
    /// connection stays up) an unknown answer, or a request beyond maxOutstandingRequests; a send
    /// queue beyond its cap closes the connection (then disconnect() says why).
    Result<QByteArray> send(const Message &message, qint64 nowMs);
    /// The transport wrote count bytes of what send(), start(), receive() or tick() produced.
    void bytesWritten(qint64 count);
    /// Ends the connection from our side, with a Goodbye for the peer.
    PeerOutput close(DisconnectReason reason, qint64 nowMs);

    State state() const { return m_state; }
    const std::optional<Hello> &peerHello() const { return m_peerHello; }
    const std::optional<Disconnect> &disconnect() const { return m_disconnect; }
    qsizetype bufferedBytes() const { return m_reader.bufferedBytes(); }
    qsizetype sendQueueBytes() const { return m_sendQueue; }
    int outstandingRequests() const { return int(m_requests.size()); }
    int pendingPeerRequests() const;

private:
    struct Request {
        MessageType answer; // Headers, Blocks, Transactions or Pong
        quint64 size = 0; // how many headers, blocks or transactions were asked for; a Ping nonce
        qint64 deadlineMs = 0;
    };

    void handle(const QByteArray &payload, qint64 nowMs, PeerOutput &out);
    void handleHello(const Hello &hello, PeerOutput &out);
    /// True if message answers our oldest request of its kind (and retires that request).
    bool answersRequest(const Message &message);
    void queue(QByteArray framed, PeerOutput &out);
    void fail(PeerOutput &out, DisconnectReason reason, bool discourage, const QString &detail);

    Config m_config;
    State m_state = State::AwaitingHello;
    FrameReader m_reader;
    TokenBucket m_messages;
    TokenBucket m_bytes;
    qint64 m_helloDeadlineMs;
    qint64 m_lastReceivedMs;
    quint64 m_nonceCounter = 0;
    std::deque<Request> m_requests; // ours, oldest first
    int m_peerRequests[3] = {}; // the peer's unanswered GetHeaders, GetBlocks, GetTransactions
    qsizetype m_sendQueue = 0;
    std::optional<Hello> m_peerHello;
    std::optional<Disconnect> m_disconnect;
};

} // namespace medchain::net
