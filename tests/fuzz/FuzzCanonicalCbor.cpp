// Fuzz target: the canonical CBOR decoder. Anything it accepts must re-encode to exactly the same
// bytes (one encoding per value), and nothing may crash, hang or allocate without bound.
#include "codec/CanonicalCbor.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using medchain::codec::CanonicalCbor;
    const QByteArrayView input(data, qsizetype(size));
    const auto decoded = CanonicalCbor::decode(input);
    if (!decoded.ok())
        return 0;
    const auto encoded = CanonicalCbor::encode(decoded.value());
    if (!encoded.ok() || encoded.value() != input)
        std::abort();
    return 0;
}
