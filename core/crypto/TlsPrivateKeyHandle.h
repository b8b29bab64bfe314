// An Ed25519 signing key as an OpenSSL EVP_PKEY handle for QSslKey(Qt::HANDLE, QSsl::PrivateKey),
// which is how Qt's TLS takes an Ed25519 key (DESIGN.md §1). QSslKey takes ownership on release().
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>

namespace medchain::crypto {

class TlsPrivateKeyHandle {
    Q_DECLARE_TR_FUNCTIONS(TlsPrivateKeyHandle)
public:
    /// A handle owning OpenSSL's copy of key (the seed is copied straight from guarded memory).
    static Result<TlsPrivateKeyHandle> fromSigningKey(const Ed25519SigningKey &key);

    ~TlsPrivateKeyHandle();
    TlsPrivateKeyHandle(TlsPrivateKeyHandle &&other) noexcept;
    TlsPrivateKeyHandle &operator=(TlsPrivateKeyHandle &&other) noexcept;
    TlsPrivateKeyHandle(const TlsPrivateKeyHandle &) = delete;
    TlsPrivateKeyHandle &operator=(const TlsPrivateKeyHandle &) = delete;

    bool isNull() const { return m_key == nullptr; }
    /// Gives the EVP_PKEY away, for QSslKey(handle, QSsl::PrivateKey), which frees it; the
    /// handle is null afterwards. An unreleased key is freed (and wiped) by the destructor.
    Qt::HANDLE release();

private:
    explicit TlsPrivateKeyHandle(void *key) : m_key(key) { }
    void reset() noexcept;

    void *m_key = nullptr; // EVP_PKEY, kept opaque so no header outside crypto/ sees OpenSSL
};

} // namespace medchain::crypto
