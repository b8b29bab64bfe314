// Fuzz target: the keystore file parser, which reads files before any passphrase is asked for.
// Nothing may crash; what parses must re-encode to the same bytes and pass the writer's checks.
#include "identity/KeystoreFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using medchain::identity::KeystoreFile;
    const QByteArrayView input(data, qsizetype(size));
    const auto file = KeystoreFile::parse(input);
    if (!file.ok())
        return 0;
    if (file->encode() != input)
        std::abort();
    // A file the parser accepts must be one the writer could have written.
    if (!KeystoreFile::checkKdf(file->kdf).ok() || !KeystoreFile::checkPublicInfo(file->info).ok())
        std::abort();
    if (!file->associatedData().startsWith(QByteArrayView(KeystoreFile::AssociatedDataTag)))
        std::abort();
    return 0;
}
