#include "net/PeerProtocol.h"

#include <algorithm>

namespace medchain::net {

namespace {
/// Slot of a request the peer may send us, or -1.
int peerRequestSlot(MessageType type)
{
    switch (type) {
    case MessageType::GetHeaders:
        return 0;
    case MessageType::GetBlocks:
        return 1;
    case MessageType::GetTransactions:
        return 2;
    default:
        return -1;
    }
}

/// Slot of the request an answer of this type retires, or -1.
int answerSlot(MessageType type)
{
    switch (type) {
    case MessageType::Headers:
        return 0;
    case MessageType::Blocks:
        return 1;
    case MessageType::Transactions:
        return 2;
    default:
        return -1;
    }
}

/// How many items an answer holds (a Pong: its nonce).
quint64 answerSize(const Message &message)
{
    if (const auto *m = std::get_if<Headers>(&message))
        return quint64(m->headers.size());
    if (const auto *m = std::get_if<Blocks>(&message))
        return quint64(m->blocks.size());
    if (const auto *m = std::get_if<Transactions>(&message))
        return quint64(m->transactions.size());
    if (const auto *m = std::get_if<Pong>(&message))
        return m->nonce;
    return 0;
}

/// The answer a request expects and how many items it asks for (a Ping: its nonce).
std::optional<std::pair<MessageType, quint64>> requestOf(const Message &message)
{
    if (const auto *m = std::get_if<GetHeaders>(&message))
        return std::pair {MessageType::Headers, m->count};
    if (const auto *m = std::get_if<GetBlocks>(&message))
        return std::pair {MessageType::Blocks, quint64(m->heights.size())};
    if (const auto *m = std::get_if<GetTransactions>(&message))
        return std::pair {MessageType::Transactions, quint64(m->hashes.size())};
    if (const auto *m = std::get_if<Ping>(&message))
        return std::pair {MessageType::Pong, m->nonce};
    return std::nullopt;
}

/// SplitMix64: distinct, unpredictable-enough Ping nonces from a seed, in 0 … 2^63 − 1.
quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return (x ^ (x >> 31)) & 0x7fff'ffff'ffff'ffffULL; // CBOR integers here stay within int64
}
} // namespace

PeerProtocol::PeerProtocol(Config config, qint64 nowMs)
    : m_config(std::move(config)),
      m_reader(m_config.limits.maxHelloFrameSize),
      m_messages(m_config.limits.messagesPerSecond, m_config.limits.messageBurst, nowMs),
      m_bytes(m_config.limits.bytesPerSecond, m_config.limits.byteBurst, nowMs),
      m_helloDeadlineMs(nowMs + m_config.limits.helloTimeoutMs),
      m_lastReceivedMs(nowMs)
{
}

int PeerProtocol::pendingPeerRequests() const
{
    return m_peerRequests[0] + m_peerRequests[1] + m_peerRequests[2];
}

PeerOutput PeerProtocol::start()
{
    PeerOutput out;
    queue(MessageCodec::frame(m_config.local), out);
    return out;
}

PeerOutput PeerProtocol::receive(QByteArrayView bytes, qint64 nowMs)
{
    PeerOutput out;
    while (!bytes.isEmpty() && m_state != State::Closed) {
        bytes = bytes.sliced(m_reader.feedUntilFrame(bytes));
        if (m_reader.hasError()) {
            fail(out, DisconnectReason::Oversized, true, m_reader.errorString());
            break;
        }
        if (m_reader.bufferedBytes() > m_config.limits.maxInboundBufferBytes) {
            fail(out, DisconnectReason::MemoryLimit, true,
                 tr("A peer's unfinished message needs more than %1 bytes of memory.")
                     .arg(m_config.limits.maxInboundBufferBytes));
            break;
        }
        while (m_state != State::Closed) {
            const std::optional<QByteArray> payload = m_reader.next();
            if (!payload)
                break;
            handle(*payload, nowMs, out);
        }
    }
    return out;
}

void PeerProtocol::handle(const QByteArray &payload, qint64 nowMs, PeerOutput &out)
{
    m_lastReceivedMs = nowMs;
    Result<Message> decoded = MessageCodec::decode(payload);
    if (!decoded) {
        const bool oversized = decoded.errorCode() == QLatin1String("oversized");
        fail(out, oversized ? DisconnectReason::Oversized : DisconnectReason::Malformed, true,
             decoded.error());
        return;
    }
    const Message &message = decoded.value();
    if (!m_messages.take(1, nowMs)) {
        fail(out, DisconnectReason::RateLimited, true,
             tr("A peer sent more than %1 messages a second.")
                 .arg(m_config.limits.messagesPerSecond));
        return;
    }
    const MessageType type = typeOf(message);
    if (m_state == State::AwaitingHello) {
        if (type != MessageType::Hello) {
            fail(out, DisconnectReason::MessageBeforeHello, true,
                 tr("A peer sent a message before its Hello."));
            return;
        }
        handleHello(std::get<Hello>(message), out);
        return;
    }
    if (type == MessageType::Hello) {
        fail(out, DisconnectReason::DuplicateHello, true, tr("A peer sent a second Hello."));
        return;
    }
    if (type == MessageType::Goodbye) {
        fail(out, DisconnectReason::PeerSaidGoodbye, false,
             tr("The peer closed the connection (reason %1).")
                 .arg(int(std::get<Goodbye>(message).reason)));
        return;
    }
    const bool solicited = answersRequest(message);
    if (!solicited
        && (type == MessageType::Headers || type == MessageType::Blocks
            || type == MessageType::Pong)) {
        fail(out, DisconnectReason::UnsolicitedResponse, true,
             tr("A peer sent an answer to a request this node did not make."));
        return;
    }
    if (!solicited && !m_bytes.take(payload.size() + wire::FrameHeaderSize, nowMs)) {
        fail(out, DisconnectReason::RateLimited, true,
             tr("A peer sent more than %1 bytes a second.").arg(m_config.limits.bytesPerSecond));
        return;
    }
    if (const auto *ping = std::get_if<Ping>(&message)) {
        queue(MessageCodec::frame(Pong {ping->nonce}), out);
        return;
    }
    if (type == MessageType::Pong)
        return; // a keep-alive answered; nothing for the node
    if (const int slot = peerRequestSlot(type); slot >= 0) {
        if (pendingPeerRequests() >= m_config.limits.maxPendingPeerRequests) {
            fail(out, DisconnectReason::TooManyRequests, true,
                 tr("A peer has more than %1 requests waiting for answers.")
                     .arg(m_config.limits.maxPendingPeerRequests));
            return;
        }
        ++m_peerRequests[slot];
    }
    out.messages.append(message);
}

void PeerProtocol::handleHello(const Hello &hello, PeerOutput &out)
{
    const Hello &local = m_config.local;
    if (hello.protocolVersion != ProtocolVersion) {
        fail(out, DisconnectReason::UnsupportedVersion, false,
             tr("A peer speaks protocol version %1; this node speaks version %2.")
                 .arg(hello.protocolVersion)
                 .arg(ProtocolVersion));
    } else if (hello.chainId != local.chainId) {
        fail(out, DisconnectReason::WrongChain, true,
             tr("A peer is on chain \"%1\", not \"%2\".").arg(hello.chainId, local.chainId));
    } else if (hello.genesisHash != local.genesisHash) {
        fail(out, DisconnectReason::WrongGenesis, true,
             tr("A peer's chain starts from a different genesis."));
    } else if (hello.node == local.node) {
        fail(out, DisconnectReason::SelfConnection, false, tr("This node connected to itself."));
    } else if (m_config.authenticatedPeer && *m_config.authenticatedPeer != hello.node) {
        fail(out, DisconnectReason::IdentityMismatch, true,
             tr("A peer's Hello names a node other than its certificate."));
    } else {
        m_state = State::Established;
        m_peerHello = hello;
        m_reader.setMaxFrameSize(m_config.limits.maxFrameSize);
        out.messages.append(hello);
    }
}

bool PeerProtocol::answersRequest(const Message &message)
{
    const MessageType type = typeOf(message);
    const quint64 size = answerSize(message);
    const auto it = std::find_if(m_requests.begin(), m_requests.end(), [&](const Request &r) {
        if (r.answer != type)
            return false;
        return type == MessageType::Pong ? r.size == size : size <= r.size;
    });
    if (it == m_requests.end())
        return false;
    m_requests.erase(it);
    return true;
}

PeerOutput PeerProtocol::tick(qint64 nowMs)
{
    PeerOutput out;
    if (m_state == State::AwaitingHello) {
        if (nowMs >= m_helloDeadlineMs)
            fail(out, DisconnectReason::HandshakeTimeout, false,
                 tr("A peer did not say Hello within %1 ms.").arg(m_config.limits.helloTimeoutMs));
        return out;
    }
    if (m_state != State::Established)
        return out;
    for (const Request &request : m_requests) {
        if (nowMs >= request.deadlineMs) {
            const bool ping = request.answer == MessageType::Pong;
            fail(out, ping ? DisconnectReason::Unresponsive : DisconnectReason::RequestTimeout,
                 false,
                 tr("A peer did not answer within %1 ms.").arg(m_config.limits.requestTimeoutMs));
            return out;
        }
    }
    const bool pinging = std::any_of(m_requests.cbegin(), m_requests.cend(), [](const Request &r) {
        return r.answer == MessageType::Pong;
    });
    if (!pinging && nowMs - m_lastReceivedMs >= m_config.limits.pingIntervalMs) {
        const Ping ping {splitMix(m_config.nonceSeed + ++m_nonceCounter)};
        m_requests.push_back(
            {MessageType::Pong, ping.nonce, nowMs + m_config.limits.requestTimeoutMs});
        queue(MessageCodec::frame(ping), out);
    }
    return out;
}

Result<QByteArray> PeerProtocol::send(const Message &message, qint64 nowMs)
{
    if (m_state != State::Established)
        return Error {tr("The connection to the peer is not open."), QStringLiteral("closed")};
    const MessageType type = typeOf(message);
    if (type == MessageType::Hello || type == MessageType::Pong || type == MessageType::Goodbye)
        return Error {tr("The protocol sends Hello, Pong and Goodbye itself."),
                      QStringLiteral("reserved")};
    const auto request = requestOf(message);
    if (request && int(m_requests.size()) >= m_config.limits.maxOutstandingRequests)
        return Error {tr("Already %1 requests are waiting for this peer's answers.")
                          .arg(m_config.limits.maxOutstandingRequests),
                      QStringLiteral("busy")};
    const int slot = answerSlot(type);
    if ((type == MessageType::Headers || type == MessageType::Blocks) && m_peerRequests[slot] == 0)
        return Error {tr("The peer did not ask for this."), QStringLiteral("unsolicited")};
    QByteArray framed = MessageCodec::frame(message);
    if (framed.size() - wire::FrameHeaderSize > m_config.limits.maxFrameSize)
        return Error {tr("A message of %1 bytes is too large to send.").arg(framed.size()),
                      QStringLiteral("oversized")};
    if (slot >= 0 && m_peerRequests[slot] > 0)
        --m_peerRequests[slot];
    if (request)
        m_requests.push_back(
            {request->first, request->second, nowMs + m_config.limits.requestTimeoutMs});
    PeerOutput out;
    queue(framed, out);
    if (out.disconnect)
        return Error {out.disconnect->detail, QStringLiteral("backlog")};
    return framed;
}

void PeerProtocol::bytesWritten(qint64 count)
{
    m_sendQueue = std::max<qsizetype>(0, m_sendQueue - qsizetype(count));
}

PeerOutput PeerProtocol::close(DisconnectReason reason, qint64)
{
    PeerOutput out;
    if (m_state != State::Closed)
        fail(out, reason, false, tr("This node closed the connection."));
    return out;
}

void PeerProtocol::queue(QByteArray framed, PeerOutput &out)
{
    m_sendQueue += framed.size();
    out.toSend.append(framed);
    if (m_sendQueue > m_config.limits.maxSendQueueBytes)
        fail(out, DisconnectReason::SendBacklog, false,
             tr("A peer is not reading: more than %1 bytes wait to be sent.")
                 .arg(m_config.limits.maxSendQueueBytes));
}

void PeerProtocol::fail(PeerOutput &out, DisconnectReason reason, bool discourage,
                        const QString &detail)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_requests.clear();
    if (reason != DisconnectReason::PeerSaidGoodbye && reason != DisconnectReason::SendBacklog) {
        const QByteArray goodbye = MessageCodec::frame(Goodbye {reason});
        m_sendQueue += goodbye.size();
        out.toSend.append(goodbye);
    }
    m_disconnect = Disconnect {reason, discourage, detail};
    out.disconnect = m_disconnect;
}

} // namespace medchain::net
