#include "records/Pseudonym.h"

#include "crypto/Sha256.h"

namespace medchain::records {

namespace {
constexpr qsizetype kPseudonymSize = 16;
}

QByteArray supervisionPseudonym(const crypto::SecureBuffer &registrationKey,
                                const chain::IdentityId &patient)
{
    const QByteArray message = QByteArrayLiteral("medchain/pseudonym/v1") + patient.toByteArray();
    return crypto::hmacSha256(registrationKey, message).toByteArray().first(kPseudonymSize);
}

} // namespace medchain::records
