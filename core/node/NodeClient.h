// The one way the GUI, medchain-node or any other thread talks to a running node: the node lives
// in a thread of its own (with its peer network and, on a validator, consensus); calls go in
// queued, and what happens comes back as signals in the client's thread.
#pragma once

#include "chain/Ledger.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "node/DataDir.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

class QLockFile;

namespace medchain::node {

class NodeNetworking;
class NodeThread;

/// Where the replica stands against its peers: the GUI's status bar.
struct SyncStatus {
    int peers = 0;
    quint64 height = 0; // the replica's tip
    quint64 target = 0; // the best height a peer reported (at least `height`)
    bool catchingUp() const { return target > height; }
    bool operator==(const SyncStatus &) const = default;
};

/// A connected peer as this node sees it.
struct PeerInfo {
    chain::IdentityId node;
    quint64 height = 0; // the best height it has shown
    quint64 blocksApplied = 0; // blocks it sent that this node applied
};

class NodeClient : public QObject {
    Q_OBJECT
public:
    /// Locks the folder, opens (or creates from genesis.cbor) the replica, unlocks the keystores
    /// node.json names, and starts the node with its peer network (and consensus, on a
    /// validator). Logs what it runs. Call from the thread that will receive the signals; it
    /// blocks while the replica key is derived (about half a second), so a window shows a busy
    /// state meanwhile rather than calling it unannounced.
    static Result<std::unique_ptr<NodeClient>> start(const QString &folder,
                                                     const crypto::SecureBuffer &passphrase);
    /// Stops the network, then the node (its thread finishes what it is doing), then releases
    /// the lock.
    ~NodeClient() override;

    /// Queues a signed transaction (and relays it to the peers); the verdict comes as
    /// transactionQueued or transactionRejected, then transactionCommitted.
    void submit(const QByteArray &transaction);
    SyncStatus syncStatus() const { return m_status; }
    /// The connected peers, asked of the node's thread and handed to done on context's
    /// thread (an empty list without a network); dropped if context is gone by then.
    void peers(QObject *context, std::function<void(const QList<PeerInfo> &)> done);
    /// The peer port actually listened on; 0 without a network.
    quint16 port() const { return m_port; }

signals:
    void syncStatusChanged(const medchain::node::SyncStatus &status);
    void blockCommitted(const medchain::chain::ChainTip &tip);
    void transactionQueued(const medchain::chain::Hash &hash);
    void transactionRejected(const medchain::chain::Hash &hash, const QString &reason,
                             const QString &code);
    void transactionCommitted(const medchain::chain::Hash &hash, quint64 height);
    /// The replica could not be written: the node stopped.
    void halted(const QString &reason);

private:
    explicit NodeClient(DataDir dir);
    void update(const SyncStatus &status);

    DataDir m_dir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<NodeThread> m_thread;
    std::unique_ptr<NodeNetworking> m_networking; // lives in the node's thread
    SyncStatus m_status;
    quint16 m_port = 0;
};

} // namespace medchain::node

Q_DECLARE_METATYPE(medchain::node::SyncStatus)
