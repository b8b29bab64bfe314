#include "crypto/Sha256.h"

#include "crypto/SecureBuffer.h"

#include <sodium.h>

namespace medchain::crypto {

namespace {
static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256::m_state is too small");
static_assert(crypto_hash_sha256_BYTES == Sha256Digest::Size);

crypto_hash_sha256_state *stateOf(std::array<std::byte, 128> &storage)
{
    return reinterpret_cast<crypto_hash_sha256_state *>(storage.data());
}
} // namespace

QByteArray Sha256Digest::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), Size);
}

QByteArray Sha256Digest::toHex() const
{
    return toByteArray().toHex();
}

Sha256Digest sha256(QByteArrayView data)
{
    Sha256Digest digest;
    crypto_hash_sha256(digest.bytes.data(), reinterpret_cast<const unsigned char *>(data.data()),
                       static_cast<unsigned long long>(data.size()));
    return digest;
}

Sha256Digest hmacSha256(const SecureBuffer &key, QByteArrayView data)
{
    Sha256Digest digest;
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(data.data()),
                                  static_cast<unsigned long long>(data.size()));
    crypto_auth_hmacsha256_final(&state, digest.bytes.data());
    sodium_memzero(&state, sizeof state);
    return digest;
}

SecureBuffer deriveSubkey(const SecureBuffer &key, QByteArrayView label)
{
    SecureBuffer subkey(Sha256Digest::Size);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(label.data()),
                                  static_cast<unsigned long long>(label.size()));
    crypto_auth_hmacsha256_final(&state, subkey.data());
    sodium_memzero(&state, sizeof state);
    return subkey;
}

Sha256::Sha256()
{
    crypto_hash_sha256_init(stateOf(m_state));
}

Sha256::~Sha256()
{
    secureWipe({reinterpret_cast<std::uint8_t *>(m_state.data()), m_state.size()});
}

void Sha256::add(QByteArrayView data)
{
    crypto_hash_sha256_update(stateOf(m_state),
                              reinterpret_cast<const unsigned char *>(data.data()),
                              static_cast<unsigned long long>(data.size()));
}

Sha256Digest Sha256::finish()
{
    Sha256Digest digest;
    crypto_hash_sha256_final(stateOf(m_state), digest.bytes.data());
    return digest;
}

} // namespace medchain::crypto
