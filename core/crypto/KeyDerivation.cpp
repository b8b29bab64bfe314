#include "crypto/KeyDerivation.h"

#include <sodium.h>

#include <array>
#include <cstring>

namespace medchain::crypto {

static_assert(KeyDerivation::MasterKeySize == crypto_kdf_KEYBYTES);
static_assert(KeyDerivation::ContextSize == crypto_kdf_CONTEXTBYTES);

Result<SecureBuffer> KeyDerivation::derive(const SecureBuffer &master, QByteArrayView context,
                                           quint64 subkeyId)
{
    if (master.size() != MasterKeySize)
        return Error {tr("A master key of %1 bytes is needed.").arg(MasterKeySize)};
    if (context.size() != ContextSize)
        return Error {tr("A key derivation context of %1 bytes is needed.").arg(ContextSize)};
    std::array<char, crypto_kdf_CONTEXTBYTES> ctx {};
    std::memcpy(ctx.data(), context.data(), ctx.size());
    SecureBuffer subkey(32);
    if (crypto_kdf_derive_from_key(subkey.data(), subkey.size(), subkeyId, ctx.data(),
                                   master.data())
        != 0)
        return Error {tr("The subkey could not be derived.")};
    return subkey;
}

} // namespace medchain::crypto
