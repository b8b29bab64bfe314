#include "net/PeerNetwork.h"

#include "chain/Block.h"
#include "codec/CborReader.h"
#include "net/PeerAdmission.h"
#include "net/TlsPolicy.h"
#include "node/ConsensusDriver.h"
#include "node/Node.h"

#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace medchain::net {

namespace {
// What a Blocks reply may hold, leaving room for the message's own encoding.
constexpr qsizetype kReplyBudget = wire::MaxFrameSize - 64 * 1024;
constexpr qsizetype kEntryOverhead = 16;
// Transactions remembered for relaying once; forgotten all at once beyond this.
constexpr qsizetype kMaxSeenTransactions = 200'000;
constexpr qsizetype kMaxSeenConsensus = 100'000;
} // namespace

PeerNetwork::PeerNetwork(node::Node &node, crypto::Certificate root, Settings settings,
                         QObject *parent)
    : QObject(parent), m_node(node), m_root(std::move(root)), m_settings(std::move(settings))
{
    qRegisterMetaType<Hello>();
    qRegisterMetaType<Message>();
    qRegisterMetaType<Disconnect>();
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &PeerNetwork::poll);
    m_poll->start(m_settings.pollIntervalMs);
    m_redial = new QTimer(this);
    connect(m_redial, &QTimer::timeout, this, &PeerNetwork::redial);
    m_redial->start(m_settings.redialIntervalMs);
}

PeerNetwork::~PeerNetwork() = default;

Result<quint16> PeerNetwork::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        m_server = new QSslServer(this);
        m_server->setSslConfiguration(m_settings.tls);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection()))
                adopt(socket, std::nullopt, false);
        });
    }
    if (!m_server->listen(address, port))
        return Error {tr("Cannot listen on %1 port %2: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(m_server->errorString())};
    return m_server->serverPort();
}

void PeerNetwork::connectTo(const QString &host, quint16 port,
                            std::optional<chain::IdentityId> expected)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_settings.tls);
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &errors) {
        socket->ignoreSslErrors(TlsPolicy::ignorable(errors));
    });
    auto settle = [this, expected] {
        if (!expected)
            return;
        for (ConfiguredPeer &configured : m_configured)
            if (configured.node == *expected)
                configured.dialing = false;
    };
    connect(socket, &QSslSocket::encrypted, this, [this, socket, expected, settle] {
        socket->disconnect(this);
        settle();
        adopt(socket, expected, true);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket, settle] {
        settle();
        socket->deleteLater();
    });
    socket->connectToHostEncrypted(host, port);
}

void PeerNetwork::addPeer(const QString &host, quint16 port, const chain::IdentityId &node)
{
    m_configured.push_back({host, port, node, false});
    redial();
}

void PeerNetwork::redial()
{
    for (ConfiguredPeer &configured : m_configured) {
        if (configured.dialing || configured.node == m_settings.self)
            continue;
        const bool connected = std::any_of(
            m_peerHeights.cbegin(), m_peerHeights.cend(),
            [&](const auto &entry) { return entry.first->peer() == configured.node; });
        if (connected)
            continue;
        configured.dialing = true;
        connectTo(configured.host, configured.port, configured.node);
    }
}

void PeerNetwork::attach(node::ConsensusDriver &driver)
{
    m_consensus = &driver;
    connect(&driver, &node::ConsensusDriver::broadcast, this,
            [this](quint64 kind, const QByteArray &payload) {
                broadcastConsensus(kind, payload, nullptr);
            });
}

int PeerNetwork::peerCount() const
{
    return int(m_peerHeights.size());
}

Hello PeerNetwork::localHello() const
{
    const chain::Ledger &ledger = m_node.ledger();
    const chain::ChainTip tip = ledger.tip();
    Hello hello;
    hello.chainId = ledger.genesis().chainId;
    hello.node = m_settings.self;
    hello.height = tip.height;
    hello.tipHash = tip.hash;
    hello.genesisHash = ledger.genesis().hash();
    return hello;
}

void PeerNetwork::adopt(QSslSocket *socket, std::optional<chain::IdentityId> expected,
                        bool outbound)
{
    PeerConnection::Settings settings;
    settings.protocol.local = localHello();
    settings.protocol.limits = m_settings.limits;
    settings.protocol.nonceSeed = QRandomGenerator::system()->generate64();
    settings.clock = m_settings.clock;
    settings.expectedPeer = expected;
    const QString address = Discouragement::addressKey(socket->peerAddress());
    settings.admit = [this, address](const chain::IdentityId &peer) -> Result<void> {
        if (!m_discouraged.acceptsConnection(Discouragement::identityKey(peer), address,
                                             m_settings.clock()))
            return Error {tr("The peer is kept out for a while after misbehaving.")};
        return PeerAdmission::check(m_node.ledger().state(), peer);
    };
    auto *peer = new PeerConnection(socket, m_root, std::move(settings), this);
    if (outbound)
        m_outbound.insert(peer);
    connect(peer, &PeerConnection::established, this,
            [this, peer](const Hello &hello) { onEstablished(peer, hello); });
    connect(peer, &PeerConnection::received, this,
            [this, peer](const Message &message) { onMessage(peer, message); });
    connect(peer, &PeerConnection::closed, this, [this, peer, address](const Disconnect &why) {
        if (why.discourage) {
            const qint64 now = m_settings.clock();
            m_discouraged.record(address, now);
            if (peer->peer())
                m_discouraged.record(Discouragement::identityKey(*peer->peer()), now);
        }
        onClosed(peer, why);
    });
}

bool PeerNetwork::keepsDuplicate(PeerConnection *peer) const
{
    const auto dialer = [this](PeerConnection *c) {
        return m_outbound.contains(c) ? m_settings.self : *c->peer();
    };
    for (const auto &entry : m_peerHeights) {
        PeerConnection *other = entry.first;
        if (other->peer() != peer->peer())
            continue;
        // The older one stays when both were dialed by the same end.
        return dialer(peer).toByteArray() < dialer(other).toByteArray();
    }
    return true;
}

void PeerNetwork::onEstablished(PeerConnection *peer, const Hello &hello)
{
    if (!keepsDuplicate(peer)) {
        peer->close(DisconnectReason::Shutdown);
        return;
    }
    for (PeerConnection *other : establishedPeers())
        if (other->peer() == peer->peer())
            other->close(DisconnectReason::Shutdown);
    m_peerHeights[peer] = hello.height;
    emit peerCountChanged(peerCount());
    requestBlocks(peer);
}

void PeerNetwork::onClosed(PeerConnection *peer, const Disconnect &)
{
    const bool wasPeer = m_peerHeights.erase(peer) > 0;
    m_waitingForBlocks.remove(peer);
    m_outbound.remove(peer);
    peer->deleteLater();
    if (wasPeer)
        emit peerCountChanged(peerCount());
}

void PeerNetwork::requestBlocks(PeerConnection *peer)
{
    const auto known = m_peerHeights.find(peer);
    if (known == m_peerHeights.end())
        return;
    const quint64 height = m_node.ledger().tip().height;
    const quint64 target = known->second;
    if (target <= height || m_waitingForBlocks.contains(peer))
        return;
    GetBlocks request;
    for (quint64 h = height + 1;
         h <= target && quint64(request.heights.size()) < wire::MaxBlocksPerMessage; ++h)
        request.heights.append(h);
    if (peer->send(request).ok())
        m_waitingForBlocks.insert(peer);
    emit syncProgress(height, target);
}

void PeerNetwork::poll()
{
    const quint64 height = m_node.ledger().tip().height;
    for (PeerConnection *peer : establishedPeers())
        if (m_peerHeights.count(peer) && !m_waitingForBlocks.contains(peer))
            (void)peer->send(GetHeaders {height + 1, 1});
}

void PeerNetwork::onMessage(PeerConnection *peer, const Message &message)
{
    const chain::Ledger &ledger = m_node.ledger();
    if (const auto *blocks = std::get_if<Blocks>(&message)) {
        m_waitingForBlocks.remove(peer);
        for (const CommittedBlock &committed : blocks->blocks) {
            auto block = chain::Block::decode(committed.block);
            auto commit = chain::CommitCertificate::decode(committed.commit);
            if (!block || !commit) {
                punish(peer);
                return;
            }
            if (block->header.height <= ledger.tip().height)
                continue; // another peer brought it first
            if (auto ok = m_node.acceptBlock(block.value(), commit.value()); !ok) {
                qWarning().noquote()
                    << tr("A peer sent a block this node refuses: %1").arg(ok.error());
                punish(peer);
                return;
            }
        }
        requestBlocks(peer);
    } else if (const auto *headers = std::get_if<Headers>(&message)) {
        // An answer to a poll: the peer has a block beyond our tip.
        if (!headers->headers.isEmpty()) {
            codec::CborReader reader(headers->headers.last().header);
            const chain::BlockHeader header = chain::BlockHeader::decode(reader);
            const auto known = m_peerHeights.find(peer);
            if (known != m_peerHeights.end() && !reader.hasError() && header.height > known->second)
                known->second = header.height;
            requestBlocks(peer);
        }
    } else if (const auto *get = std::get_if<GetBlocks>(&message)) {
        // As many of the blocks asked for as fit in one frame, in order; the peer asks again
        // for the rest.
        Blocks reply;
        qsizetype size = 0;
        for (quint64 height : get->heights) {
            const auto block = ledger.block(height);
            const auto commit = ledger.commit(height);
            if (!block || !commit)
                break;
            CommittedBlock committed {block->encode(), commit->encode()};
            size += committed.block.size() + committed.commit.size() + kEntryOverhead;
            if (!reply.blocks.isEmpty() && size > kReplyBudget)
                break;
            reply.blocks.append(std::move(committed));
        }
        (void)peer->send(reply);
    } else if (const auto *ask = std::get_if<GetHeaders>(&message)) {
        Headers reply;
        for (quint64 height = ask->fromHeight; height < ask->fromHeight + ask->count; ++height) {
            const auto block = ledger.block(height);
            const auto commit = ledger.commit(height);
            if (!block || !commit)
                break;
            reply.headers.append({block->header.encode(), commit->encode()});
        }
        (void)peer->send(reply);
    } else if (std::holds_alternative<GetTransactions>(message)) {
        // Gossip by inventory is not used yet: say "none of those" rather than leave it open.
        (void)peer->send(Transactions {});
    } else if (const auto *consensus = std::get_if<Consensus>(&message)) {
        onConsensus(peer, *consensus);
    } else if (const auto *transactions = std::get_if<Transactions>(&message)) {
        QList<QByteArray> fresh;
        for (const QByteArray &tx : transactions->transactions) {
            const QByteArray hash = crypto::sha256(tx).toByteArray();
            if (m_seenTransactions.contains(hash))
                continue;
            remember(hash);
            m_node.submit(tx);
            fresh.append(tx);
        }
        relay(fresh, peer);
    }
}

void PeerNetwork::onConsensus(PeerConnection *from, const Consensus &message)
{
    if (!rememberConsensus(message.kind, message.payload))
        return;
    if (!m_consensus)
        return; // a replica follows by block sync; validators are each other's peers
    switch (m_consensus->receive(message.kind, message.payload)) {
    case node::ConsensusDriver::Verdict::Relay:
        broadcastConsensus(message.kind, message.payload, from);
        break;
    case node::ConsensusDriver::Verdict::Ignore:
        break;
    case node::ConsensusDriver::Verdict::Punish:
        qWarning().noquote() << tr("A peer sent a malformed or forged consensus message.");
        punish(from);
        break;
    }
}

bool PeerNetwork::rememberConsensus(quint64 kind, const QByteArray &payload)
{
    const QByteArray key
        = crypto::sha256(QByteArray(QByteArray::number(kind) + ':' + payload)).toByteArray();
    if (m_seenConsensus.contains(key))
        return false;
    if (m_seenConsensus.size() >= kMaxSeenConsensus)
        m_seenConsensus.clear(); // at worst a message is relayed twice
    m_seenConsensus.insert(key);
    return true;
}

void PeerNetwork::broadcastConsensus(quint64 kind, const QByteArray &payload,
                                     PeerConnection *except)
{
    if (!except)
        (void)rememberConsensus(kind, payload); // our own: not relayed back when it returns
    for (PeerConnection *peer : establishedPeers())
        if (peer != except && m_peerHeights.count(peer))
            (void)peer->send(Consensus {kind, payload});
}

void PeerNetwork::submit(const QByteArray &transaction)
{
    remember(crypto::sha256(transaction).toByteArray());
    m_node.submit(transaction);
    relay({transaction}, nullptr);
}

void PeerNetwork::relay(const QList<QByteArray> &transactions, PeerConnection *except)
{
    if (transactions.isEmpty())
        return;
    for (PeerConnection *peer : establishedPeers())
        if (peer != except && m_peerHeights.count(peer))
            (void)peer->send(Transactions {transactions});
}

void PeerNetwork::remember(const QByteArray &hash)
{
    if (m_seenTransactions.size() >= kMaxSeenTransactions)
        m_seenTransactions.clear(); // at worst a transaction is relayed twice
    m_seenTransactions.insert(hash);
}

void PeerNetwork::punish(PeerConnection *peer)
{
    const qint64 now = m_settings.clock();
    if (peer->peer())
        m_discouraged.record(Discouragement::identityKey(*peer->peer()), now);
    peer->close(DisconnectReason::Malformed);
}

std::vector<PeerConnection *> PeerNetwork::establishedPeers() const
{
    // A copy: sending can close a connection, which removes it from m_peerHeights.
    std::vector<PeerConnection *> peers;
    peers.reserve(m_peerHeights.size());
    for (const auto &entry : m_peerHeights)
        peers.push_back(entry.first);
    return peers;
}

} // namespace medchain::net
