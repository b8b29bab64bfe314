// A Verifier that remembers its answers: a node checks a consensus message's signature before
// relaying it and the machine checks it again; a simulation checks each message at every node.
#pragma once

#include "consensus/Signer.h"

#include <QHash>

namespace medchain::consensus {

class CachingVerifier final : public Verifier {
public:
    /// Answers kept at most; all are forgotten at once beyond this (a check may be repeated).
    static constexpr qsizetype MaxRemembered = 100'000;

    bool verify(const chain::IdentityId &signer, QByteArrayView message,
                const crypto::Ed25519Signature &signature) override;

private:
    QHash<QByteArray, bool> m_known; // SHA-256(signer ‖ signature ‖ message) -> answer
};

} // namespace medchain::consensus
