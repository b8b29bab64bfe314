#include "crypto/X25519.h"

#include <sodium.h>

#include <algorithm>

namespace medchain::crypto {

namespace {
static_assert(crypto_box_PUBLICKEYBYTES == X25519PublicKey::Size);
static_assert(crypto_box_SECRETKEYBYTES == X25519SecretKey::Size);
static_assert(crypto_box_SEALBYTES == X25519SecretKey::SealOverhead);
static_assert(crypto_scalarmult_BYTES == X25519PublicKey::Size);
static_assert(crypto_scalarmult_SCALARBYTES == X25519SecretKey::Size);

// A point of small order is sent to the identity by every clamped scalar (a multiple of 8), and
// libsodium reports that all-zero result as failure; any other point gives a non-zero result.
bool hasSmallOrder(const std::array<std::uint8_t, X25519PublicKey::Size> &point)
{
    std::array<std::uint8_t, crypto_scalarmult_SCALARBYTES> scalar {};
    scalar[0] = 1;
    std::array<std::uint8_t, crypto_scalarmult_BYTES> product {};
    return crypto_scalarmult(product.data(), scalar.data(), point.data()) != 0;
}
} // namespace

std::optional<X25519PublicKey> X25519PublicKey::fromBytes(QByteArrayView bytes)
{
    if (static_cast<std::size_t>(bytes.size()) != Size)
        return std::nullopt;
    X25519PublicKey key;
    std::copy(bytes.begin(), bytes.end(), key.bytes.begin());
    if (hasSmallOrder(key.bytes))
        return std::nullopt;
    return key;
}

QByteArray X25519PublicKey::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), Size);
}

X25519SecretKey X25519SecretKey::generate()
{
    X25519SecretKey key;
    key.m_secret = SecureBuffer(Size);
    crypto_box_keypair(key.m_publicKey.bytes.data(), key.m_secret.data());
    return key;
}

Result<X25519SecretKey> X25519SecretKey::fromSecret(const SecureBuffer &secret)
{
    if (secret.size() != Size)
        return Error {
            tr("An X25519 secret key must be %1 bytes, not %2.").arg(Size).arg(secret.size())};
    X25519SecretKey key;
    key.m_secret = SecureBuffer::copyOf(secret.bytes());
    if (crypto_scalarmult_base(key.m_publicKey.bytes.data(), key.m_secret.data()) != 0)
        return Error {tr("This X25519 secret key is unusable. Generate a new key.")};
    return key;
}

SecureBuffer X25519SecretKey::secret() const
{
    return SecureBuffer::copyOf(m_secret.bytes());
}

Result<SecureBuffer> X25519SecretKey::open(QByteArrayView sealed) const
{
    const auto sealedSize = static_cast<std::size_t>(sealed.size());
    if (sealedSize < SealOverhead)
        return Error {tr("This sealed box is cut short: it has %1 bytes, but even an empty one "
                         "has %2. Ask the sender to share it again.")
                          .arg(sealedSize)
                          .arg(SealOverhead)};
    SecureBuffer plaintext(sealedSize - SealOverhead);
    std::uint8_t none = 0; // libsodium wants somewhere to write even an empty plaintext
    if (crypto_box_seal_open(plaintext.isEmpty() ? &none : plaintext.data(),
                             reinterpret_cast<const unsigned char *>(sealed.data()),
                             static_cast<unsigned long long>(sealedSize), m_publicKey.bytes.data(),
                             m_secret.data())
        != 0)
        return Error {tr("This sealed box cannot be opened with your key: it was sealed for "
                         "someone else, or it was altered on the way.")};
    return plaintext;
}

QByteArray sealTo(const X25519PublicKey &recipient, std::span<const std::uint8_t> plaintext)
{
    QByteArray sealed(static_cast<qsizetype>(plaintext.size() + X25519SecretKey::SealOverhead),
                      Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), plaintext.data(),
                        static_cast<unsigned long long>(plaintext.size()), recipient.bytes.data())
        != 0)
        return {};
    return sealed;
}

} // namespace medchain::crypto
