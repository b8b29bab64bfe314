// The demo's nodes run as processes (node::NodeProcesses) on loopback until every one has
// committed a block made by the validators' consensus; then they are stopped.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace medchain::cli {

class DemoLaunch {
    Q_DECLARE_TR_FUNCTIONS(DemoLaunch)
public:
    /// Runs medchain-node (next to this program) in each of folders, giving it passphrase on
    /// standard input, until all of them report a block above fromHeight; then stops them with
    /// SIGTERM. The height they reached together, or what went wrong (with the node's log).
    static Result<quint64> firstBlockTogether(const QStringList &folders,
                                              const crypto::SecureBuffer &passphrase,
                                              quint64 fromHeight,
                                              const std::function<void(int)> &progress = {});
};

} // namespace medchain::cli
