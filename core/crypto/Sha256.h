// SHA-256 (FIPS 180-4): the chain's hash for blocks, transactions and Merkle trees.
// One-shot sha256() for whole buffers, Sha256 for data that arrives in pieces.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>

namespace medchain::crypto {

struct Sha256Digest {
    static constexpr std::size_t Size = 32;
    std::array<std::uint8_t, Size> bytes {};

    QByteArray toByteArray() const;
    QByteArray toHex() const;
    auto operator<=>(const Sha256Digest &) const = default;
};

Sha256Digest sha256(QByteArrayView data);

class SecureBuffer;
/// HMAC-SHA-256 (RFC 2104) under a secret key, e.g. hashing national IDs so that only holders
/// of the network's registration key can link a hash to a person.
Sha256Digest hmacSha256(const SecureBuffer &key, QByteArrayView data);
/// A 32-byte key for one purpose, HMAC-SHA-256(key, label), kept in guarded memory: a local
/// database's key derived from an identity's secret, so only that identity opens it.
SecureBuffer deriveSubkey(const SecureBuffer &key, QByteArrayView label);

/// Incremental hashing: add() any number of times, then finish() once.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    Sha256Digest finish();

private:
    // libsodium's crypto_hash_sha256_state, kept opaque so no header outside crypto/ sees sodium.
    alignas(8) std::array<std::byte, 128> m_state;
};

} // namespace medchain::crypto
