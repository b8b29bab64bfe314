#include "crypto/Aead.h"

#include <sodium.h>

namespace medchain::crypto {

namespace {
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == Aead::KeySize);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == Aead::NonceSize);
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == Aead::TagSize);

const unsigned char *ucharData(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

QByteArray encryptBytes(const SecureBuffer &key, const std::uint8_t *plaintext,
                        std::size_t plaintextSize, QByteArrayView associatedData)
{
    if (key.size() != Aead::KeySize)
        return {};
    QByteArray sealed(static_cast<qsizetype>(plaintextSize + Aead::Overhead), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, Aead::NonceSize);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + Aead::NonceSize, nullptr, plaintext, plaintextSize, ucharData(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, nonce, key.data());
    return sealed;
}

// Checks what can be checked before decrypting; on success, the plaintext's size.
Result<std::size_t> plaintextSizeOf(const SecureBuffer &key, QByteArrayView sealed)
{
    if (key.size() != Aead::KeySize)
        return Error {Aead::tr("A decryption key must be %1 bytes, not %2.")
                          .arg(Aead::KeySize)
                          .arg(key.size())};
    const auto sealedSize = static_cast<std::size_t>(sealed.size());
    if (sealedSize < Aead::Overhead)
        return Error {Aead::tr("The encrypted data is cut short: it has %1 bytes, but even an "
                               "empty message has %2.")
                          .arg(sealedSize)
                          .arg(Aead::Overhead)};
    return sealedSize - Aead::Overhead;
}

// Writes the plaintext to out only when the tag checks out (libsodium verifies first).
Result<void> decryptInto(std::uint8_t *out, const SecureBuffer &key, QByteArrayView sealed,
                         QByteArrayView associatedData)
{
    const unsigned char *nonce = ucharData(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            out, nullptr, nullptr, nonce + Aead::NonceSize,
            static_cast<unsigned long long>(sealed.size()) - Aead::NonceSize,
            ucharData(associatedData), static_cast<unsigned long long>(associatedData.size()),
            nonce, key.data())
        != 0)
        return Error {Aead::tr("The encrypted data could not be decrypted: the key is wrong, or "
                               "the data or its context was altered.")};
    return {};
}
} // namespace

SecureBuffer Aead::generateKey()
{
    SecureBuffer key(KeySize);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return key;
}

QByteArray Aead::encrypt(const SecureBuffer &key, QByteArrayView plaintext,
                         QByteArrayView associatedData)
{
    return encryptBytes(key, ucharData(plaintext), static_cast<std::size_t>(plaintext.size()),
                        associatedData);
}

QByteArray Aead::encryptSecret(const SecureBuffer &key, const SecureBuffer &plaintext,
                               QByteArrayView associatedData)
{
    return encryptBytes(key, plaintext.data(), plaintext.size(), associatedData);
}

Result<QByteArray> Aead::decrypt(const SecureBuffer &key, QByteArrayView sealed,
                                 QByteArrayView associatedData)
{
    const auto size = plaintextSizeOf(key, sealed);
    if (!size)
        return Error {size.error()};
    QByteArray plaintext(static_cast<qsizetype>(size.value()), Qt::Uninitialized);
    const auto decrypted = decryptInto(reinterpret_cast<std::uint8_t *>(plaintext.data()), key,
                                       sealed, associatedData);
    if (!decrypted)
        return Error {decrypted.error()};
    return plaintext;
}

Result<SecureBuffer> Aead::decryptSecret(const SecureBuffer &key, QByteArrayView sealed,
                                         QByteArrayView associatedData)
{
    const auto size = plaintextSizeOf(key, sealed);
    if (!size)
        return Error {size.error()};
    SecureBuffer plaintext(size.value());
    const auto decrypted = decryptInto(plaintext.data(), key, sealed, associatedData);
    if (!decrypted)
        return Error {decrypted.error()};
    return plaintext;
}

} // namespace medchain::crypto
