// Authenticated encryption (XChaCha20-Poly1305-IETF) for record bodies and keystore contents.
// Sealed = 24-byte random nonce || ciphertext || 16-byte tag, so one key can seal many messages.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>

namespace medchain::crypto {

class Aead {
    Q_DECLARE_TR_FUNCTIONS(Aead)
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr std::size_t NonceSize = 24;
    static constexpr std::size_t TagSize = 16;
    /// How much longer the sealed form is than the plaintext.
    static constexpr std::size_t Overhead = NonceSize + TagSize;

    /// A fresh random key (a record's content key, for instance).
    static SecureBuffer generateKey();

    /// Encrypts plaintext and binds associatedData to it: associatedData is not stored in the
    /// result, and decrypting needs exactly the same bytes. key must be KeySize bytes (from
    /// generateKey() or a KDF); any other size is a programmer error and gives an empty array.
    static QByteArray encrypt(const SecureBuffer &key, QByteArrayView plaintext,
                              QByteArrayView associatedData);
    /// The plaintext, or an error for a wrong key, different associated data, or sealed bytes
    /// that were altered or cut short in any way.
    static Result<QByteArray> decrypt(const SecureBuffer &key, QByteArrayView sealed,
                                      QByteArrayView associatedData);

    /// encrypt() for a plaintext that is itself a secret (keys in a keystore).
    static QByteArray encryptSecret(const SecureBuffer &key, const SecureBuffer &plaintext,
                                    QByteArrayView associatedData);
    /// decrypt() straight into guarded memory.
    static Result<SecureBuffer> decryptSecret(const SecureBuffer &key, QByteArrayView sealed,
                                              QByteArrayView associatedData);
};

} // namespace medchain::crypto
