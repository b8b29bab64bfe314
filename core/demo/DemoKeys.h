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
    };

    explicit DemoKeys(quint64 seed);

    identity::IdentityKeys keys(Kind kind, int index = 0) const;
    crypto::Ed25519SigningKey validatorKey() const;
    /// The network's key for national-ID hashes and supervision pseudonyms.
    crypto::SecureBuffer registrationKey() const;

private:
    crypto::SecureBuffer subkey(Kind kind, int index, int purpose) const;

    crypto::SecureBuffer m_master;
};

} // namespace medchain::demo
