// Known-answer self-tests of every crypto primitive, run at the start of every binary: a build
// that computes wrong answers must not run. The vectors live in KnownAnswerVectors.h.
#pragma once

#include "common/Result.h"
#include "crypto/KnownAnswerVectors.h"

#include <QCoreApplication>

#include <span>

namespace medchain::crypto {

/// Each check takes its vectors as an argument, so a test can hand it a corrupted one and see
/// the failure name that vector.
class SelfTest {
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
public:
    /// Signs with libsodium and verifies with both libsodium and OpenSSL; also checks that a
    /// corrupted signature is refused.
    static Result<void> checkEd25519(std::span<const Ed25519Vector> vectors);
    static Result<void> checkSha256(std::span<const Sha256Vector> vectors);
    static Result<void> checkHmacSha256(std::span<const HmacSha256Vector> vectors);
    /// Encrypts with the vector's nonce (Aead itself always draws a fresh one), decrypts through
    /// Aead, and checks that an altered ciphertext is refused.
    static Result<void> checkXChaCha20Poly1305(std::span<const AeadVector> vectors);
    /// Both public keys, the shared secret computed by each side (the Montgomery ladder that
    /// sealed boxes rest on), and a sealed box that opens for Alice but not for Bob, nor altered.
    static Result<void> checkX25519(std::span<const X25519Vector> vectors);
    static Result<void> checkArgon2id(std::span<const Argon2idVector> vectors);
    /// Each root over the first leaves, and an inclusion proof for every leaf of every tree.
    static Result<void> checkMerkle(std::span<const char *const> leafHex,
                                    std::span<const MerkleRootVector> roots);
    /// Parses the certificate and compares its fields, then issues a practitioner certificate
    /// beneath it with a fixed key: that chain must verify (the self-signature included) and the
    /// leaf be issued by it, and a copy with one flipped signature bit must not.
    static Result<void> checkCertificates(std::span<const CertificateVector> vectors);
    /// Everything above with the published vectors, the primitives others build on first.
    static Result<void> runAll();
};

} // namespace medchain::crypto
