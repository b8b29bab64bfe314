// X25519 encryption keys and sealed boxes (libsodium crypto_box_seal) that hand each reader a
// record's content key. Only the recipient's secret key opens a box; the sender stays anonymous.
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
#include <span>

namespace medchain::crypto {

struct X25519PublicKey {
    static constexpr std::size_t Size = 32;
    std::array<std::uint8_t, Size> bytes {};

    /// Nullopt unless bytes holds exactly Size bytes and is not one of the low-order points that
    /// no secret key corresponds to (nothing could be sealed to such a key).
    static std::optional<X25519PublicKey> fromBytes(QByteArrayView bytes);
    QByteArray toByteArray() const;
    auto operator<=>(const X25519PublicKey &) const = default;
};

class X25519SecretKey {
    Q_DECLARE_TR_FUNCTIONS(X25519SecretKey)
public:
    static constexpr std::size_t Size = 32;
    /// How much longer a sealed box is than its plaintext (ephemeral public key and tag).
    static constexpr std::size_t SealOverhead = 48;

    /// A fresh key pair from the system's secure random source.
    static X25519SecretKey generate();
    /// The key pair for a stored 32-byte secret (what a keystore keeps).
    static Result<X25519SecretKey> fromSecret(const SecureBuffer &secret);

    const X25519PublicKey &publicKey() const { return m_publicKey; }
    /// A copy of the 32-byte secret, for writing to an encrypted keystore.
    SecureBuffer secret() const;
    /// The plaintext of a box sealed to publicKey(), in guarded memory. Fails, never returns
    /// garbage, for a box sealed to another key or altered or cut short in any way.
    Result<SecureBuffer> open(QByteArrayView sealed) const;

private:
    X25519SecretKey() = default;

    SecureBuffer m_secret;
    X25519PublicKey m_publicKey;
};

/// Seals plaintext so that only recipient's secret key can open it; the result is
/// X25519SecretKey::SealOverhead bytes longer and different on every call. Empty only when
/// recipient was filled in by hand with a low-order point (fromBytes() refuses those).
QByteArray sealTo(const X25519PublicKey &recipient, std::span<const std::uint8_t> plaintext);

} // namespace medchain::crypto
