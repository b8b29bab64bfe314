#include "crypto/TlsPrivateKeyHandle.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <utility>

namespace medchain::crypto {

Result<TlsPrivateKeyHandle> TlsPrivateKeyHandle::fromSigningKey(const Ed25519SigningKey &key)
{
    const SecureBuffer seed = key.seed();
    EVP_PKEY *pkey
        = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size());
    if (!pkey) {
        ERR_clear_error();
        return Error {tr("OpenSSL could not load the Ed25519 key for TLS.")};
    }
    return TlsPrivateKeyHandle(pkey);
}

TlsPrivateKeyHandle::~TlsPrivateKeyHandle()
{
    reset();
}

TlsPrivateKeyHandle::TlsPrivateKeyHandle(TlsPrivateKeyHandle &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{
}

TlsPrivateKeyHandle &TlsPrivateKeyHandle::operator=(TlsPrivateKeyHandle &&other) noexcept
{
    if (this != &other) {
        reset();
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

Qt::HANDLE TlsPrivateKeyHandle::release()
{
    return std::exchange(m_key, nullptr);
}

void TlsPrivateKeyHandle::reset() noexcept
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(std::exchange(m_key, nullptr)));
}

} // namespace medchain::crypto
