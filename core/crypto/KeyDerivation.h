// Subkeys from one master key (libsodium's crypto_kdf, BLAKE2b): the same master, context and
// id always give the same subkey; different ids or contexts give unrelated ones.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace medchain::crypto {

class KeyDerivation {
    Q_DECLARE_TR_FUNCTIONS(KeyDerivation)
public:
    static constexpr std::size_t MasterKeySize = 32;
    static constexpr qsizetype ContextSize = 8;

    /// A 32-byte subkey of master (MasterKeySize bytes) for an 8-byte context such as
    /// "mcdemo01" and a subkey id.
    static Result<SecureBuffer> derive(const SecureBuffer &master, QByteArrayView context,
                                       quint64 subkeyId);
};

} // namespace medchain::crypto
