#include "net/PeerNetwork.h"

#include "chain/Block.h"
#include "chain/RuleContext.h"
#include "net/PeerAdmission.h"
#include "net/TlsPolicy.h"
#include "node/ConsensusDriver.h"
#include "node/Node.h"

#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace medchain::net {

namespace {
// What a Blocks or Headers reply may hold, leaving room for the message's own encoding.
constexpr qsizetype kReplyBudget = wire::MaxFrameSize - 64 * 1024;
constexpr qsizetype kEntryOverhead = 16;
// Our requests a peer may have in flight besides block requests: a GetHeaders and a Ping.
constexpr int kOtherRequests = 2;

BlockDownload::Settings downloadSettings(BlockDownload::Settings settings, const PeerLimits &limits)
{
    settings.requestsPerPeer = std::clamp(
        settings.requestsPerPeer, 1, std::max(1, limits.maxOutstandingRequests - kOtherRequests));
    return settings;
}
// Transactions remembered for relaying once; forgotten all at once beyond this.
constexpr qsizetype kMaxSeenTransactions = 200'000;
constexpr qsizetype kMaxSeenConsensus = 100'000;
} // namespace

PeerNetwork::PeerNetwork(node::Node &node, crypto::Certificate root, Settings settings,
                         QObject *parent)
    : QObject(parent),
      m_node(node),
      m_root(std::move(root)),
      m_settings(std::move(settings)),
      m_download(downloadSettings(m_settings.download, m_settings.limits))
{
    qRegisterMetaType<Hello>();
    qRegisterMetaType<Message>();
    qRegisterMetaType<Disconnect>();
    const chain::ChainTip tip = m_node.ledger().tip();
    m_download.setTip(tip.height, tip.hash);
    // Whoever moves the tip (this download, consensus, the embedded producer), the download
    // follows.
    connect(&m_node, &node::Node::blockCommitted, this, [this](const chain::ChainTip &committed) {
        m_download.setTip(committed.height, committed.hash);
    });
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
        m_server->setHandshakeTimeout(m_settings.handshakeTimeoutMs);
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
    // A peer that accepts the connection but never completes the handshake is given up on.
    QTimer::singleShot(m_settings.handshakeTimeoutMs, socket, [socket, settle] {
        if (socket->isEncrypted())
            return;
        settle();
        socket->abort();
        socket->deleteLater();
    });
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
        const bool connected
            = std::any_of(m_peers.cbegin(), m_peers.cend(), [&](const auto &entry) {
                  return entry.first->peer() == configured.node;
              });
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
    return int(m_peers.size());
}

QList<PeerNetwork::PeerStatus> PeerNetwork::peers() const
{
    QList<PeerStatus> peers;
    for (const auto &[connection, peer] : m_peers)
        peers.append(
            {*connection->peer(), m_download.peerHeight(peer.id).value_or(0), peer.blocksApplied});
    return peers;
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
    for (const auto &entry : m_peers) {
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
    const BlockDownload::PeerId id = m_nextPeerId++;
    m_peers[peer] = Peer {id, {}, 0};
    m_download.addPeer(id, hello.height);
    emit peerCountChanged(peerCount());
    sync();
}

void PeerNetwork::onClosed(PeerConnection *peer, const Disconnect &)
{
    const auto found = m_peers.find(peer);
    m_outbound.remove(peer);
    peer->deleteLater();
    if (found == m_peers.end())
        return;
    m_download.removePeer(found->second.id);
    m_peers.erase(found);
    emit peerCountChanged(peerCount());
    // Its requests go to the other peers, once the caller (maybe sync() itself) is done.
    QMetaObject::invokeMethod(this, &PeerNetwork::sync, Qt::QueuedConnection);
}

void PeerNetwork::poll()
{
    m_download.expire(m_settings.clock());
    // From the last header known: a peer that has it and more shows both, and the next one
    // starts the next catch-up.
    const GetHeaders request {std::max<quint64>(1, m_download.lastHeader()), 2};
    for (PeerConnection *peer : establishedPeers())
        if (const auto found = m_peers.find(peer);
            found != m_peers.end() && found->second.headerRequests.empty())
            sendHeaderRequest(peer, request, false);
    sync();
}

void PeerNetwork::sync()
{
    // Headers first, one batch at a time, from the peer that showed the most.
    const bool fetching = std::any_of(m_peers.cbegin(), m_peers.cend(), [](const auto &entry) {
        const auto &requests = entry.second.headerRequests;
        return std::any_of(requests.cbegin(), requests.cend(),
                           [](const HeaderRequest &r) { return r.fetch; });
    });
    if (const quint64 count = m_download.headersWanted(); count > 0 && !fetching) {
        PeerConnection *best = nullptr;
        quint64 bestHeight = m_download.lastHeader();
        for (const auto &[connection, peer] : m_peers) {
            const quint64 height = m_download.peerHeight(peer.id).value_or(0);
            if (height > bestHeight && peer.headerRequests.empty()) {
                best = connection;
                bestHeight = height;
            }
        }
        if (best)
            sendHeaderRequest(best, {m_download.lastHeader() + 1, count}, true);
    }
    // Then blocks for the verified headers: one request per peer in turn, so that every peer
    // that has them gets a share, until the download wants no more.
    const qint64 now = m_settings.clock();
    for (bool asked = true; asked;) {
        asked = false;
        for (PeerConnection *peer : establishedPeers()) {
            const auto found = m_peers.find(peer);
            if (found == m_peers.end())
                continue; // closed meanwhile
            const BlockDownload::PeerId id = found->second.id;
            const QList<quint64> heights = m_download.nextRequest(id, now);
            if (heights.isEmpty())
                continue;
            if (peer->send(GetBlocks {heights}).ok())
                asked = true;
            else
                m_download.unsend(id);
        }
    }
}

bool PeerNetwork::sendHeaderRequest(PeerConnection *peer, const GetHeaders &request, bool fetch)
{
    if (!peer->send(request).ok())
        return false; // busy, or closed
    if (const auto found = m_peers.find(peer); found != m_peers.end())
        found->second.headerRequests.push_back({request, fetch});
    return true;
}

void PeerNetwork::onHeaders(PeerConnection *peer, const Headers &answer)
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end() || found->second.headerRequests.empty())
        return;
    const GetHeaders asked = found->second.headerRequests.front().request;
    found->second.headerRequests.pop_front();
    const chain::Ledger &ledger = m_node.ledger();
    const quint64 target = m_download.target();
    if (auto ok = m_download.addHeaders(found->second.id, asked, answer.headers,
                                        ledger.state().validators(), ledger.genesis().chainId);
        !ok) {
        punish(peer, ok.error());
        return;
    }
    if (m_download.target() > target)
        emit syncProgress(ledger.tip().height, m_download.target());
    sync();
}

void PeerNetwork::onBlocks(PeerConnection *peer, const Blocks &answer)
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end())
        return;
    QList<DownloadedBlock> blocks;
    for (const CommittedBlock &committed : answer.blocks) {
        auto block = chain::Block::decode(committed.block);
        auto commit = chain::CommitCertificate::decode(committed.commit);
        if (!block || !commit) {
            punish(peer, tr("A block or its commit certificate does not decode."));
            return;
        }
        blocks.append({std::move(block).value(), std::move(commit).value(),
                       committed.block.size() + committed.commit.size(), found->second.id});
    }
    if (!m_download.receive(found->second.id, std::move(blocks))) {
        punish(peer, tr("A block is not one asked for, or does not match its header."));
        return;
    }
    scheduleApply();
    sync();
}

void PeerNetwork::scheduleApply()
{
    if (m_applyScheduled)
        return;
    m_applyScheduled = true;
    QMetaObject::invokeMethod(this, &PeerNetwork::applyNext, Qt::QueuedConnection);
}

/// One block per turn of the event loop, so that answers keep arriving while blocks execute.
void PeerNetwork::applyNext()
{
    m_applyScheduled = false;
    if (m_node.isHalted())
        return;
    std::optional<DownloadedBlock> next = m_download.takeNext();
    if (!next)
        return;
    const auto accepted = m_node.acceptBlock(next->block, next->commit);
    if (m_node.isHalted())
        return; // this replica is broken, not the peer (conservation, §5.7): stop here
    PeerConnection *sender = connectionOf(next->from);
    if (!accepted) {
        m_download.refused(*next);
        if (sender)
            punish(sender, accepted.error());
        else
            qWarning().noquote() << tr("A block from a peer is refused: %1").arg(accepted.error());
        sync();
        return;
    }
    if (sender)
        ++m_peers.at(sender).blocksApplied;
    emit syncProgress(m_node.ledger().tip().height, m_download.target());
    sync(); // room in the buffer, and maybe for headers a new validator set signs
    scheduleApply();
}

PeerConnection *PeerNetwork::connectionOf(BlockDownload::PeerId id) const
{
    for (const auto &[connection, peer] : m_peers)
        if (peer.id == id)
            return connection;
    return nullptr;
}

void PeerNetwork::onMessage(PeerConnection *peer, const Message &message)
{
    if (const auto *blocks = std::get_if<Blocks>(&message)) {
        onBlocks(peer, *blocks);
    } else if (const auto *headers = std::get_if<Headers>(&message)) {
        onHeaders(peer, *headers);
    } else if (const auto *get = std::get_if<GetBlocks>(&message)) {
        serveBlocks(peer, *get);
    } else if (const auto *ask = std::get_if<GetHeaders>(&message)) {
        serveHeaders(peer, *ask);
    } else if (std::holds_alternative<GetTransactions>(message)) {
        // Gossip by inventory is not used yet: say "none of those" rather than leave it open.
        (void)peer->send(Transactions {});
    } else if (const auto *consensus = std::get_if<Consensus>(&message)) {
        onConsensus(peer, *consensus);
    } else if (const auto *transactions = std::get_if<Transactions>(&message)) {
        // Only what this node accepted travels on. A transaction that no honest node would have
        // passed on (malformed, another chain's, badly signed) is the sender's fault.
        QList<QByteArray> accepted;
        for (const QByteArray &tx : transactions->transactions) {
            const QByteArray hash = crypto::sha256(tx).toByteArray();
            if (m_seenTransactions.contains(hash))
                continue;
            remember(hash);
            const auto verdict = m_node.submit(tx);
            if (verdict) {
                accepted.append(tx);
            } else if (verdict.errorCode() == chain::errors::invalid()
                       || verdict.errorCode() == chain::errors::signature()) {
                relay(accepted, peer);
                punish(peer, tr("A transaction no node should pass on: %1").arg(verdict.error()));
                return;
            }
        }
        relay(accepted, peer);
    }
}

/// As many of the blocks asked for as fit in one frame, in order; the peer asks again for the
/// rest.
void PeerNetwork::serveBlocks(PeerConnection *peer, const GetBlocks &request)
{
    const chain::Ledger &ledger = m_node.ledger();
    Blocks reply;
    qsizetype size = 0;
    for (quint64 height : request.heights) {
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
}

void PeerNetwork::serveHeaders(PeerConnection *peer, const GetHeaders &request)
{
    const chain::Ledger &ledger = m_node.ledger();
    Headers reply;
    qsizetype size = 0;
    for (quint64 height = request.fromHeight; height < request.fromHeight + request.count;
         ++height) {
        const auto header = ledger.header(height);
        const auto commit = ledger.commit(height);
        if (!header || !commit)
            break;
        CommittedHeader committed {header->encode(), commit->encode()};
        size += committed.header.size() + committed.commit.size() + kEntryOverhead;
        if (size > kReplyBudget)
            break;
        reply.headers.append(std::move(committed));
    }
    (void)peer->send(reply);
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
        punish(from, tr("A malformed or forged consensus message."));
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
        if (peer != except && m_peers.count(peer))
            (void)peer->send(Consensus {kind, payload});
}

void PeerNetwork::submit(const QByteArray &transaction)
{
    remember(crypto::sha256(transaction).toByteArray());
    if (m_node.submit(transaction))
        relay({transaction}, nullptr);
}

void PeerNetwork::relay(const QList<QByteArray> &transactions, PeerConnection *except)
{
    if (transactions.isEmpty())
        return;
    for (PeerConnection *peer : establishedPeers())
        if (peer != except && m_peers.count(peer))
            (void)peer->send(Transactions {transactions});
}

void PeerNetwork::remember(const QByteArray &hash)
{
    if (m_seenTransactions.size() >= kMaxSeenTransactions)
        m_seenTransactions.clear(); // at worst a transaction is relayed twice
    m_seenTransactions.insert(hash);
}

void PeerNetwork::punish(PeerConnection *peer, const QString &why)
{
    if (!why.isEmpty())
        qWarning().noquote() << tr("A peer is cut off for misbehaving: %1").arg(why);
    const qint64 now = m_settings.clock();
    if (peer->peer())
        m_discouraged.record(Discouragement::identityKey(*peer->peer()), now);
    peer->close(DisconnectReason::Malformed);
}

std::vector<PeerConnection *> PeerNetwork::establishedPeers() const
{
    // A copy: sending can close a connection, which removes it from m_peers.
    std::vector<PeerConnection *> peers;
    peers.reserve(m_peers.size());
    for (const auto &entry : m_peers)
        peers.push_back(entry.first);
    return peers;
}

} // namespace medchain::net
