// Starting the desktop's own node off the GUI thread: NodeClient::start blocks while the replica
// key is derived, so it runs on a worker and the client then moves to the caller's thread.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace medchain::node {
class NodeClient;
}

namespace medchain::ui {

class NodeStart {
public:
    using Done = std::function<void(Result<std::unique_ptr<node::NodeClient>>)>;

    /// Starts the node in folder with passphrase on a worker thread; done runs in context's
    /// thread, where the client then lives (its signals arrive there), unless context is gone.
    static void inBackground(QObject *context, const QString &folder,
                             crypto::SecureBuffer passphrase, Done done);
};

} // namespace medchain::ui
