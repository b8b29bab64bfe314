// The demo network's keys, derived from its seed, so the same seed gives the same identities.
// Anyone who knows the seed knows every key: for demonstrations and tests, never real people.
#pragma once

#include "crypto/SecureBuffer.h"
#include "identity/Enrollment.h"

namespace medchain::demo {

class DemoKeys {
public:
    enum class Kind : quint8 {
        Authority = 1,
        Validator = 2,
        Institution = 3,
        Practitioner = 4,
        Patient = 5,
        RegistrationKey = 6,
        Node = 7, // nodes 2, 3, … (node 1 is the genesis validator)
    };

    explicit DemoKeys(quint64 seed);

    identity::IdentityKeys keys(Kind kind, int index = 0) const;
    crypto::Ed25519SigningKey validatorKey() const;
    /// Node `number` of the demo: 1 is the authority's genesis validator (validatorKey()).
    /// The X25519 key is only for its keystore; a node has no encryption key on chain.
    identity::IdentityKeys nodeKeys(int number) const;
    /// The network's key for national-ID hashes and supervision pseudonyms.
    crypto::SecureBuffer registrationKey() const;

private:
    crypto::SecureBuffer subkey(Kind kind, int index, int purpose) const;

    crypto::SecureBuffer m_master;
};

} // namespace medchain::demo
