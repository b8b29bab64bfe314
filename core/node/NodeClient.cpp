#include "node/NodeClient.h"

#include "identity/Keystore.h"
#include "net/PeerNetwork.h"
#include "node/NodeNetworking.h"
#include "node/NodeThread.h"

#include <QDebug>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>

namespace medchain::node {

namespace {
QString hexOf(const chain::Hash &hash)
{
    return QString::fromLatin1(hash.toByteArray().toHex());
}
} // namespace

NodeClient::NodeClient(DataDir dir) : m_dir(std::move(dir))
{
    qRegisterMetaType<SyncStatus>();
}

Result<std::unique_ptr<NodeClient>> NodeClient::start(const QString &folder,
                                                      const crypto::SecureBuffer &passphrase)
{
    std::unique_ptr<NodeClient> created(new NodeClient(DataDir(folder)));
    const DataDir &dir = created->m_dir;
    if (!QFileInfo::exists(dir.genesisPath()))
        return Error {
            tr("%1 holds no MedChain network (there is no genesis.cbor).").arg(dir.root())};
    auto lock = dir.lockForWriting();
    if (!lock)
        return lock.failure();
    created->m_lock = std::move(lock).value();
    auto config = dir.readConfig();
    if (!config)
        return config.failure();
    auto ledger = dir.openLedger(passphrase);
    if (!ledger)
        return ledger.failure();

    auto network = NetworkConfig::fromJson(config.value());
    if (!network)
        return network.failure();
    auto unlock = [&](const QString &file) -> Result<std::optional<crypto::Ed25519SigningKey>> {
        if (file.isEmpty())
            return std::optional<crypto::Ed25519SigningKey> {};
        auto unlocked = identity::Keystore::unlock(dir.path(file), passphrase);
        if (!unlocked)
            return unlocked.failure();
        return std::optional {std::move(unlocked->keys.signing)};
    };
    auto validatorKey = unlock(network->validatorKeystore);
    if (!validatorKey)
        return validatorKey.failure();
    auto nodeKey = unlock(network->nodeKeystore);
    if (!nodeKey)
        return nodeKey.failure();

    const chain::ChainTip tip = ledger.value()->tip();
    const QString chainId = ledger.value()->genesis().chainId;
    const bool validating = validatorKey->has_value();
    const bool networked = nodeKey->has_value();
    // With a network, blocks come from consensus; alone, the embedded producer makes them.
    auto node = std::make_unique<Node>(std::move(ledger).value(),
                                       networked ? std::nullopt : std::move(validatorKey).value());
    created->m_thread = std::make_unique<NodeThread>(std::move(node));
    Node *running = created->m_thread->node();
    NodeClient *client = created.get();
    created->m_status.height = tip.height;
    created->m_status.target = tip.height;
    connect(running, &Node::blockCommitted, running, [](const chain::ChainTip &committed) {
        qInfo().noquote()
            << tr("Block %1 committed (%2).").arg(committed.height).arg(hexOf(committed.hash));
    });
    connect(running, &Node::blockCommitted, client, [client](const chain::ChainTip &committed) {
        SyncStatus status = client->m_status;
        status.height = committed.height;
        status.target = std::max(status.target, committed.height);
        client->update(status);
        emit client->blockCommitted(committed);
    });
    connect(running, &Node::transactionQueued, client, &NodeClient::transactionQueued);
    connect(running, &Node::transactionRejected, client, &NodeClient::transactionRejected);
    connect(running, &Node::transactionCommitted, client, &NodeClient::transactionCommitted);
    connect(running, &Node::halted, client, &NodeClient::halted);
    qInfo().noquote() << tr("Serving %1: chain %2 at height %3 (%4), %5.")
                             .arg(dir.root(), chainId)
                             .arg(tip.height)
                             .arg(hexOf(tip.hash))
                             .arg(validating ? tr("a validator") : tr("not a validator"));
    if (!networked) {
        qInfo().noquote() << tr("node.json names no node keystore: the node serves this "
                                "folder's replica without peers.");
        return created;
    }
    Result<void> started;
    QMetaObject::invokeMethod(
        running,
        [&] {
            auto networking = NodeNetworking::start(*running, network.value(), *nodeKey.value(),
                                                    std::move(validatorKey).value(),
                                                    dir.path(QStringLiteral("consensus.wal")));
            if (!networking) {
                started = networking.failure();
                return;
            }
            created->m_networking = std::move(networking).value();
            net::PeerNetwork &peers = created->m_networking->network();
            connect(&peers, &net::PeerNetwork::peerCountChanged, client, [client](int count) {
                SyncStatus status = client->m_status;
                status.peers = count;
                client->update(status);
            });
            connect(&peers, &net::PeerNetwork::syncProgress, client,
                    [client](quint64 height, quint64 target) {
                        SyncStatus status = client->m_status;
                        status.height = std::max(status.height, height);
                        status.target = std::max(status.height, target);
                        client->update(status);
                    });
            created->m_port = created->m_networking->port();
            qInfo().noquote() << tr("Listening on %1 port %2; %n configured peer(s).", nullptr,
                                    int(network->peers.size()))
                                     .arg(network->listenAddress.toString())
                                     .arg(created->m_networking->port());
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return started.failure();
    return created;
}

void NodeClient::update(const SyncStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit syncStatusChanged(m_status);
}

void NodeClient::submit(const QByteArray &transaction)
{
    NodeNetworking *networking = m_networking.get();
    Node *node = m_thread->node();
    QMetaObject::invokeMethod(node, [networking, node, transaction] {
        if (networking)
            networking->network().submit(transaction);
        else
            (void)node->submit(transaction); // the verdict is signalled
    });
}

void NodeClient::peers(QObject *context, std::function<void(const QList<PeerInfo> &)> done)
{
    // The answer comes back through this object (on the caller's thread, which outlives the
    // node's); the guard is made here, where context lives.
    NodeNetworking *networking = m_networking.get();
    QMetaObject::invokeMethod(
        m_thread->node(),
        [this, networking, guard = QPointer<QObject>(context), done = std::move(done)] {
            QList<PeerInfo> peers;
            if (networking)
                for (const auto &peer : networking->network().peers())
                    peers.append({peer.node, peer.height, peer.blocksApplied});
            QMetaObject::invokeMethod(
                this,
                [guard, done, peers] {
                    if (guard)
                        done(peers);
                },
                Qt::QueuedConnection);
        });
}

NodeClient::~NodeClient()
{
    if (m_networking)
        QMetaObject::invokeMethod(
            m_thread->node(), [this] { m_networking.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.reset(); // waits for the node's thread, which finishes its current block first
    if (m_lock)
        qInfo().noquote() << tr("Stopped; %1 is free.").arg(m_dir.root());
}

} // namespace medchain::node
