// Cryptographically secure randomness from the operating system (libsodium randombytes).
// Use it for keys, nonces and salts; simulations use their own seeded generators instead.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <span>

namespace medchain::crypto {

void randomFill(std::span<std::uint8_t> out);
QByteArray randomBytes(qsizetype count);
/// Uniform in [0, upperBound) without modulo bias; upperBound must be at least 1.
std::uint32_t randomUniform(std::uint32_t upperBound);

} // namespace medchain::crypto
