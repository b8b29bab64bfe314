// How the consensus machine signs its own messages and checks everyone else's: two small
// interfaces, so the key can live in a keystore or an HSM and a simulator can share work.
#pragma once

#include "chain/ChainTypes.h"

#include <QByteArrayView>

#include <optional>

namespace medchain::consensus {

class Signer {
public:
    virtual ~Signer() = default;
    virtual chain::IdentityId id() const = 0;
    virtual crypto::Ed25519Signature sign(QByteArrayView message) = 0;
};

class Verifier {
public:
    virtual ~Verifier() = default;
    virtual bool verify(const chain::IdentityId &signer, QByteArrayView message,
                        const crypto::Ed25519Signature &signature)
        = 0;
};

/// Signs with an Ed25519 key held in guarded memory.
class Ed25519Signer final : public Signer {
public:
    explicit Ed25519Signer(crypto::Ed25519SigningKey key) : m_key(std::move(key)) { }
    chain::IdentityId id() const override { return m_key.publicKey(); }
    crypto::Ed25519Signature sign(QByteArrayView message) override { return m_key.sign(message); }
    /// The key itself, for signing what is not a consensus message (an evidence report).
    const crypto::Ed25519SigningKey &key() const { return m_key; }

private:
    crypto::Ed25519SigningKey m_key;
};

/// Plain Ed25519 verification (crypto::ed25519Verify).
class Ed25519Verifier final : public Verifier {
public:
    bool verify(const chain::IdentityId &signer, QByteArrayView message,
                const crypto::Ed25519Signature &signature) override
    {
        return crypto::ed25519Verify(signer, message, signature);
    }
};

} // namespace medchain::consensus
