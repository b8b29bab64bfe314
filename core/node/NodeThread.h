// Runs a Node in a thread of its own with its own event loop, and stops it cleanly: the GUI
// and the CLI never call the node directly, only through queued connections to it.
#pragma once

#include "node/Node.h"

#include <QThread>

namespace medchain::node {

class NodeThread {
public:
    /// Moves node to a new thread and starts it there.
    explicit NodeThread(std::unique_ptr<Node> node);
    /// Quits the thread's event loop, waits for it, and destroys the node in its own thread.
    ~NodeThread();
    NodeThread(const NodeThread &) = delete;
    NodeThread &operator=(const NodeThread &) = delete;

    /// For connecting signals and queued invocations; never call its methods directly.
    Node *node() const { return m_node; }

private:
    QThread m_thread;
    Node *m_node = nullptr;
};

} // namespace medchain::node
