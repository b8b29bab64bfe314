// Ed25519 signatures (RFC 8032) for transactions, votes and certificates.
// The signing key lives in guarded memory; public keys and signatures are plain values.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace medchain::crypto {

struct Ed25519PublicKey {
    static constexpr std::size_t Size = 32;
    std::array<std::uint8_t, Size> bytes {};

    /// Nullopt unless bytes holds exactly Size bytes.
    static std::optional<Ed25519PublicKey> fromBytes(QByteArrayView bytes);
    QByteArray toByteArray() const;
    auto operator<=>(const Ed25519PublicKey &) const = default;
};

struct Ed25519Signature {
    static constexpr std::size_t Size = 64;
    std::array<std::uint8_t, Size> bytes {};

    static std::optional<Ed25519Signature> fromBytes(QByteArrayView bytes);
    QByteArray toByteArray() const;
    auto operator<=>(const Ed25519Signature &) const = default;
};

class Ed25519SigningKey {
    Q_DECLARE_TR_FUNCTIONS(Ed25519SigningKey)
public:
    static constexpr std::size_t SeedSize = 32;

    /// A fresh key from the system's secure random source.
    static Ed25519SigningKey generate();
    /// The key RFC 8032 derives from a 32-byte seed (what a keystore stores).
    static Result<Ed25519SigningKey> fromSeed(const SecureBuffer &seed);

    const Ed25519PublicKey &publicKey() const { return m_publicKey; }
    /// The 32-byte seed, for writing to an encrypted keystore.
    SecureBuffer seed() const;
    Ed25519Signature sign(QByteArrayView message) const;

private:
    Ed25519SigningKey() = default;

    SecureBuffer m_secret; // libsodium layout: seed || public key
    Ed25519PublicKey m_publicKey;
};

/// True only for a valid signature by publicKey over exactly message (canonical encodings only).
bool ed25519Verify(const Ed25519PublicKey &publicKey, QByteArrayView message,
                   const Ed25519Signature &signature);

} // namespace medchain::crypto
