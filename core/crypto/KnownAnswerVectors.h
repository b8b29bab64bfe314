// Published known-answer vectors for every crypto primitive, shared by the start-up self-test
// and the unit tests so that each vector is written down exactly once. Data only, no checks.
#pragma once

#include <QtGlobal>

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

struct HmacSha256Vector {
    const char *name;
    const char *keyHex; // repeated keyRepeat times
    int keyRepeat;
    const char *data; // bytes (C escapes where not ASCII), repeated dataRepeat times
    int dataRepeat;
    const char *macHex;
};

/// Sealed in our layout: nonce || ciphertext || tag.
struct AeadVector {
    const char *name;
    const char *keyHex;
    const char *nonceHex;
    const char *associatedDataHex;
    const char *plaintext; // ASCII
    const char *ciphertextHex;
    const char *tagHex;
};

/// A Diffie-Hellman exchange: each side's secret and public key, and what both compute.
struct X25519Vector {
    const char *name;
    const char *aliceSecretHex;
    const char *alicePublicHex;
    const char *bobSecretHex;
    const char *bobPublicHex;
    const char *sharedSecretHex;
};

struct Argon2idVector {
    const char *name;
    const char *passwordHex;
    const char *saltHex;
    quint64 opsLimit;
    quint64 memLimitBytes;
    const char *outputHex;
};

/// The root of the tree over the first leafCount entries of ctMerkleLeafHex().
struct MerkleRootVector {
    const char *name;
    int leafCount;
    const char *rootHex;
};

/// A self-signed Ed25519 certificate made by another implementation, with what it must parse to.
struct CertificateVector {
    const char *name;
    const char *pem;
    const char *seedHex; // the RFC 8032 seed of the key it certifies and is signed with
    const char *publicKeyHex;
    const char *subjectName;
    const char *serialHex;
    const char *notBefore; // ISO 8601, UTC
    const char *notAfter;
    const char *sha256Hex; // the fingerprint: SHA-256 of the DER
};

/// RFC 8032 §7.1 TEST 1, 2, 3 and SHA(abc).
std::span<const Ed25519Vector> rfc8032Vectors();
/// FIPS 180-2 appendix B examples and the empty message.
std::span<const Sha256Vector> sha256Vectors();
/// RFC 4231 §4 test cases 1, 2, 3, 4, 6 and 7 (case 5 truncates the output; we never do).
std::span<const HmacSha256Vector> rfc4231Vectors();
/// draft-irtf-cfrg-xchacha-03 §A.3.1 (AEAD_XChaCha20_Poly1305).
std::span<const AeadVector> xchacha20Poly1305Vectors();
/// RFC 7748 §6.1.
std::span<const X25519Vector> rfc7748Vectors();
/// libsodium's test/default/pwhash_argon2id.c tv2[1], its vector with the least memory (1.3 MiB).
std::span<const Argon2idVector> argon2idVectors();
/// The Certificate Transparency test leaves (google/certificate-transparency, via
/// transparency-dev/merkle testonly/constants.go LeafInputs), hex, in tree order.
std::span<const char *const> ctMerkleLeafHex();
/// CT RootHashes: ctMerkleRootVectors()[n] is the root over the first n leaves, n = 0..8.
std::span<const MerkleRootVector> ctMerkleRootVectors();
/// An authority certificate that the openssl command-line tool made from the RFC 8410 key.
std::span<const CertificateVector> certificateVectors();

} // namespace medchain::crypto
