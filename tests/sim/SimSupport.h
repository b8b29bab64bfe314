// Small pieces the simulations share: a seeded generator whose output is fixed by its
// specification, a signer over a key the simulation owns, and trace helpers.
#pragma once

#include "consensus/Messages.h"
#include "consensus/Signer.h"

namespace medchain::sim {

/// SplitMix64: a tiny, fully specified generator, so a seed means the same run everywhere.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) { }
    quint64 next();
    /// Uniform in [0, bound).
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    bool chance(int percent) { return below(100) < quint64(percent); }

private:
    quint64 m_state;
};

/// Signs with a key the simulation owns for its whole run.
class KeySigner final : public consensus::Signer {
public:
    explicit KeySigner(const crypto::Ed25519SigningKey &key) : m_key(key) { }
    chain::IdentityId id() const override { return m_key.publicKey(); }
    crypto::Ed25519Signature sign(QByteArrayView message) override { return m_key.sign(message); }

private:
    const crypto::Ed25519SigningKey &m_key;
};

/// The first eight hex digits of a value, or "nil", for traces.
inline QString shortHex(const consensus::Value &value)
{
    return value ? QString::fromLatin1(value->toHex().left(8)) : QStringLiteral("nil");
}

/// The application stub's judgement: a seeded eighth of all blocks are invalid.

/// Appends a number's bytes to a key.
inline void append(QByteArray &key, quint64 v)
{
    key.append(reinterpret_cast<const char *>(&v), sizeof v);
}

} // namespace medchain::sim
