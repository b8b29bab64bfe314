// Known-answer self-tests of the crypto primitives (RFC 8032 for Ed25519, FIPS 180 for
// SHA-256), run at the start of every binary: a build that computes wrong answers must not run.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <span>

namespace medchain::crypto {

struct Ed25519Vector {
    const char *name;
    const char *seedHex;
    const char *publicKeyHex;
    const char *messageHex;
    const char *signatureHex;
};

struct Sha256Vector {
    const char *name;
    const char *message; // ASCII, repeated `repeat` times
    int repeat;
    const char *digestHex;
};

/// RFC 8032 §7.1 TEST 1, 2, 3 and SHA(abc).
std::span<const Ed25519Vector> rfc8032Vectors();
/// FIPS 180-2 appendix B examples and the empty message.
std::span<const Sha256Vector> sha256Vectors();

class SelfTest {
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
public:
    /// Signs with libsodium and verifies with both libsodium and OpenSSL; also checks that a
    /// corrupted signature is refused.
    static Result<void> checkEd25519(std::span<const Ed25519Vector> vectors);
    static Result<void> checkSha256(std::span<const Sha256Vector> vectors);
    /// Everything above with the published vectors.
    static Result<void> runAll();
};

} // namespace medchain::crypto
