#include "crypto/Crypto.h"

#include "crypto/SelfTest.h"

#include <openssl/crypto.h>
#include <sodium.h>

#include <mutex>

namespace medchain::crypto {

Result<void> Crypto::initialise()
{
    static std::once_flag once;
    static Result<void> outcome;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            outcome = Error {tr("The libsodium library could not be initialised.")};
            return;
        }
        outcome = SelfTest::runAll();
    });
    return outcome;
}

QString Crypto::sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QString Crypto::opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
}

} // namespace medchain::crypto
