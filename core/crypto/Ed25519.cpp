#include "crypto/Ed25519.h"

#include <sodium.h>

#include <algorithm>

namespace medchain::crypto {

namespace {
static_assert(crypto_sign_PUBLICKEYBYTES == Ed25519PublicKey::Size);
static_assert(crypto_sign_BYTES == Ed25519Signature::Size);
static_assert(crypto_sign_SEEDBYTES == Ed25519SigningKey::SeedSize);

template <typename Fixed> std::optional<Fixed> fixedFromBytes(QByteArrayView bytes)
{
    if (static_cast<std::size_t>(bytes.size()) != Fixed::Size)
        return std::nullopt;
    Fixed value;
    std::copy(bytes.begin(), bytes.end(), value.bytes.begin());
    return value;
}

template <typename Fixed> QByteArray fixedToByteArray(const Fixed &value)
{
    return QByteArray(reinterpret_cast<const char *>(value.bytes.data()), Fixed::Size);
}

const unsigned char *ucharData(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}
} // namespace

std::optional<Ed25519PublicKey> Ed25519PublicKey::fromBytes(QByteArrayView bytes)
{
    return fixedFromBytes<Ed25519PublicKey>(bytes);
}

QByteArray Ed25519PublicKey::toByteArray() const
{
    return fixedToByteArray(*this);
}

std::optional<Ed25519Signature> Ed25519Signature::fromBytes(QByteArrayView bytes)
{
    return fixedFromBytes<Ed25519Signature>(bytes);
}

QByteArray Ed25519Signature::toByteArray() const
{
    return fixedToByteArray(*this);
}

Ed25519SigningKey Ed25519SigningKey::generate()
{
    Ed25519SigningKey key;
    key.m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(key.m_publicKey.bytes.data(), key.m_secret.data());
    return key;
}

Result<Ed25519SigningKey> Ed25519SigningKey::fromSeed(const SecureBuffer &seed)
{
    if (seed.size() != SeedSize)
        return Error {
            tr("An Ed25519 seed must be %1 bytes, not %2.").arg(SeedSize).arg(seed.size())};
    Ed25519SigningKey key;
    key.m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(key.m_publicKey.bytes.data(), key.m_secret.data(), seed.data());
    return key;
}

SecureBuffer Ed25519SigningKey::seed() const
{
    SecureBuffer seed(SeedSize);
    crypto_sign_ed25519_sk_to_seed(seed.data(), m_secret.data());
    return seed;
}

Ed25519Signature Ed25519SigningKey::sign(QByteArrayView message) const
{
    Ed25519Signature signature;
    crypto_sign_detached(signature.bytes.data(), nullptr, ucharData(message),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

bool ed25519Verify(const Ed25519PublicKey &publicKey, QByteArrayView message,
                   const Ed25519Signature &signature)
{
    return crypto_sign_verify_detached(signature.bytes.data(), ucharData(message),
                                       static_cast<unsigned long long>(message.size()),
                                       publicKey.bytes.data())
        == 0;
}

} // namespace medchain::crypto
