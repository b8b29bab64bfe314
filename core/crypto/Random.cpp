#include "crypto/Random.h"

#include <sodium.h>

namespace medchain::crypto {

void randomFill(std::span<std::uint8_t> out)
{
    randombytes_buf(out.data(), out.size());
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return bytes;
}

std::uint32_t randomUniform(std::uint32_t upperBound)
{
    return randombytes_uniform(upperBound);
}

} // namespace medchain::crypto
