// Creating a new network: the health authority's keys and root certificate, its first
// validator node, and the genesis document every participant will start from.
#pragma once

#include "chain/Genesis.h"
#include "common/Result.h"
#include "identity/Enrollment.h"

#include <optional>

namespace medchain::chain {

struct NetworkSpec {
    QString chainId;
    QString authorityName;
    QString authorityRegion; // six-digit administrative division code
    qint64 time = 0; // genesis time, ms since the Unix epoch
    int certificateYears = 10;
    ChainParameters parameters;
};

struct NewNetwork {
    identity::IdentityKeys authority;
    crypto::Certificate root;
    crypto::Ed25519SigningKey validator; // the authority's first node, the only validator
    Genesis genesis;
};

class NetworkBootstrap {
    Q_DECLARE_TR_FUNCTIONS(NetworkBootstrap)
public:
    /// A network with fresh keys for the authority and its first node.
    static Result<NewNetwork> create(const NetworkSpec &spec);
    /// The same with the caller's keys (the demo derives them from its seed).
    static Result<NewNetwork> create(const NetworkSpec &spec, identity::IdentityKeys authority,
                                     crypto::Ed25519SigningKey validator);
    /// Certificates for a network are valid from its genesis time for this many years.
    static identity::Validity validityFor(const Genesis &genesis, int years);
};

} // namespace medchain::chain
