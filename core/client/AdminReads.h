// The health authority's view of the network: validators with what this replica's recent
// blocks say of them, the node's peers, and who and what it administers.
#pragma once

#include "client/AdminTypes.h"
#include "node/NodeClient.h"

namespace medchain::chain {
class Ledger;
}

namespace medchain::client {

class AdminReads {
public:
    /// How many of the newest blocks health() reads commits from: a validator silent for this
    /// long is shown as not signing.
    static constexpr quint64 ScanDepth = 256;

    static NetworkHealth health(const chain::Ledger &ledger, const QList<node::PeerInfo> &peers);
    static AdminDirectory directory(const chain::Ledger &ledger, const IdentityId &authority);
};

} // namespace medchain::client
