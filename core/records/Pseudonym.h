// The patient pseudonym in supervision summaries: stable per patient, so the regulator can
// count people rather than visits, and not linkable to the patient without the network key.
#pragma once

#include "chain/ChainTypes.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace medchain::records {

/// The first 16 bytes of HMAC-SHA-256(registrationKey, "medchain/pseudonym/v1" || patient id).
/// The registration key is the one institutions hash national IDs under (never on chain).
QByteArray supervisionPseudonym(const crypto::SecureBuffer &registrationKey,
                                const chain::IdentityId &patient);

} // namespace medchain::records
