#include "consensus/CachingVerifier.h"

#include "crypto/Sha256.h"

namespace medchain::consensus {

bool CachingVerifier::verify(const chain::IdentityId &signer, QByteArrayView message,
                             const crypto::Ed25519Signature &signature)
{
    crypto::Sha256 hasher;
    hasher.add(signer.toByteArray());
    hasher.add(signature.toByteArray());
    hasher.add(message);
    const QByteArray key = hasher.finish().toByteArray();
    if (const auto known = m_known.constFind(key); known != m_known.cend())
        return *known;
    const bool ok = crypto::ed25519Verify(signer, message, signature);
    if (m_known.size() >= MaxRemembered)
        m_known.clear();
    m_known.insert(key, ok);
    return ok;
}

} // namespace medchain::consensus
