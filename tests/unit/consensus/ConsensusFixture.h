// Shared by the consensus unit tests: deterministic validator keys, a validator set with
// unequal powers, and helpers that sign proposals and votes as any of them.
#pragma once

#include "consensus/Messages.h"
#include "consensus/Signer.h"
#include "crypto/SecureBuffer.h"

#include <algorithm>
#include <vector>

namespace consensus_test {

using namespace medchain;
using namespace medchain::consensus;

inline const QString kChain = QStringLiteral("medchain-test");

inline Hash valueOf(const char *text)
{
    return crypto::sha256(QByteArray(text));
}

/// Keys from fixed seeds, sorted by public key so index i is validator i of the set.
inline const std::vector<crypto::Ed25519SigningKey> &keys()
{
    static const std::vector<crypto::Ed25519SigningKey> made = [] {
        std::vector<crypto::Ed25519SigningKey> k;
        for (int i = 0; i < 5; ++i) {
            crypto::SecureBuffer seed(crypto::Ed25519SigningKey::SeedSize);
            std::fill_n(seed.data(), seed.size(), std::uint8_t(0x10 + i));
            k.push_back(crypto::Ed25519SigningKey::fromSeed(seed).value());
        }
        std::sort(k.begin(), k.end(),
                  [](const auto &a, const auto &b) { return a.publicKey() < b.publicKey(); });
        return k;
    }();
    return made;
}

inline QList<identity::Validator> validatorsWithPowers(const QList<quint64> &powers)
{
    QList<identity::Validator> set;
    for (qsizetype i = 0; i < powers.size(); ++i)
        set.append({keys()[size_t(i)].publicKey(), powers[i]});
    return set;
}

inline Vote vote(int who, VoteKind kind, quint64 height, quint32 round, const Value &value)
{
    Vote v {kind, height, round, value, keys()[size_t(who)].publicKey(), {}};
    v.signature = keys()[size_t(who)].sign(v.signingBytes(kChain));
    return v;
}

inline Proposal proposal(int who, quint64 height, quint32 round, const Hash &value,
                         qint64 polRound = -1)
{
    Proposal p {height, round, polRound, value, keys()[size_t(who)].publicKey(), {}};
    p.signature = keys()[size_t(who)].sign(p.signingBytes(kChain));
    return p;
}

class KeySigner final : public Signer {
public:
    explicit KeySigner(int who) : m_who(who) { }
    IdentityId id() const override { return keys()[size_t(m_who)].publicKey(); }
    crypto::Ed25519Signature sign(QByteArrayView message) override
    {
        return keys()[size_t(m_who)].sign(message);
    }

private:
    int m_who;
};

} // namespace consensus_test
