// Fuzz target: the registration request a desk imports from a patient's device. Nothing may
// crash; what parses must re-encode to the same bytes and carry a signature its keys made.
#include "identity/RegistrationRequest.h"

#include "crypto/Ed25519.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using medchain::identity::RegistrationRequest;
    const QByteArrayView input(data, qsizetype(size));
    const auto request = RegistrationRequest::decode(input);
    if (!request.ok())
        return 0;
    if (request->encode() != input)
        std::abort();
    if (!medchain::crypto::ed25519Verify(request->identity, request->signedBytes(),
                                         request->signature))
        std::abort();
    return 0;
}
