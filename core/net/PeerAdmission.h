// Whether an authenticated peer may stay connected, by the chain's state: revocation lives on
// chain only (certificates carry no CRL), so every connection is checked against it.
#pragma once

#include "chain/LedgerState.h"

#include <QCoreApplication>

namespace medchain::net {

class PeerAdmission {
    Q_DECLARE_TR_FUNCTIONS(PeerAdmission)
public:
    /// The peer's key is an enrolled node, and neither it nor whoever enrolled it (an
    /// institution or the authority) is revoked.
    static Result<void> check(const chain::LedgerState &state, const chain::IdentityId &peer);
};

} // namespace medchain::net
