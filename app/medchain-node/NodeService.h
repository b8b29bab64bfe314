// What medchain-node runs: a data folder's replica, locked for writing, with the node (and,
// when node.json names a validator keystore, its block producer) in a thread of its own.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "node/DataDir.h"
#include "node/NodeNetworking.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace medchain::node {
class NodeThread;
}

namespace medchain::nodeapp {

class NodeService {
    Q_DECLARE_TR_FUNCTIONS(NodeService)
public:
    /// Locks the folder, opens (or creates from genesis.cbor) the replica, unlocks the keystores
    /// node.json names, and starts the node with its peer network (and consensus, on a
    /// validator). Logs what it runs.
    static Result<std::unique_ptr<NodeService>> start(const QString &folder,
                                                      const crypto::SecureBuffer &passphrase);
    /// Stops the node (its thread finishes what it is doing), then releases the lock.
    ~NodeService();

    /// The node's own thread reports a halt here (the replica could not be written).
    node::NodeThread &thread() { return *m_thread; }

private:
    explicit NodeService(node::DataDir dir) : m_dir(std::move(dir)) { }

    node::DataDir m_dir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<node::NodeThread> m_thread;
    std::unique_ptr<node::NodeNetworking> m_networking; // lives in the node's thread
};

} // namespace medchain::nodeapp
