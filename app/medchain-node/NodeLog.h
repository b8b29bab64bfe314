// medchain-node's log: every Qt message, with its time and level, to DIR/node.log and stderr.
// Messages never carry secrets (passphrases and keys stay in guarded memory, see conventions).
#pragma once

#include "common/Result.h"

#include <QString>

namespace medchain::nodeapp {

class NodeLog {
public:
    /// Opens path for appending and installs the message handler; the previous handler comes
    /// back when the returned object goes.
    static Result<void> install(const QString &path);
    static void uninstall();
};

} // namespace medchain::nodeapp
