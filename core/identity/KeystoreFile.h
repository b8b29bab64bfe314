// The bytes of a keystore file: an identity's public part, its KDF settings and its sealed keys.
// Parsing needs no passphrase and never sees a secret; Keystore does the cryptography.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace medchain::identity {

/// What anyone holding the file can read without the passphrase, so the GUI can list identities.
struct KeystorePublicInfo {
    chain::Role role = chain::Role::Patient;
    chain::IdentityId identity; // the Ed25519 public key
    crypto::X25519PublicKey encryptionKey;
    QString label; // optional, e.g. "Dr Wang — Anhui Provincial Hospital"
    QString chainId; // optional: the network this identity belongs to
    bool operator==(const KeystorePublicInfo &) const = default;
};

/// File format, version 1: one canonical CBOR map (RFC 8949 §4.2.1, as codec/CborWriter writes
/// it), every field required unless marked optional, nothing else allowed:
///
///     {
///       0: 1,                                  format version
///       1: [opsLimit, memLimitBytes],          Argon2id v1.3 settings (one lane)
///       2: h'16 bytes',                        Argon2id salt, fresh on every write
///       3: {                                   public part
///            0: role,                          chain::Role as an unsigned integer
///            1: h'32 bytes',                   Ed25519 public key (the identity id)
///            2: h'32 bytes',                   X25519 public key
///            3: "label",                       optional, non-empty, at most 512 UTF-8 bytes
///            4: "chain id"                     optional, non-empty, at most 64 UTF-8 bytes
///          },
///       4: h'16 bytes',                        key check
///       5: h'nonce(24) || ciphertext || tag(16)'   sealed secrets (XChaCha20-Poly1305)
///     }
///
/// Argon2id turns the passphrase (NFC, UTF-8) and salt into 64 bytes D. D[0..32) is the AEAD
/// key. The key check is the first 16 bytes of HMAC-SHA-256(key = D[32..64), KeyCheckLabel): it
/// tells a wrong passphrase apart from an altered file without weakening the AEAD key, and lets a
/// guesser test passphrases no faster than the AEAD tag would.
///
/// The AEAD's associated data is AssociatedDataTag followed by the canonical encoding of the
/// 4-entry map of fields 0 to 3 (associatedData()), so no part of the header can be swapped.
/// The plaintext is a fixed layout rather than CBOR, so it can be built and split in guarded
/// memory: Ed25519 seed (32) || X25519 secret (32) || optional extra secret (1 to 1024 bytes,
/// e.g. an institution's network registration key); its length says whether the extra is there.
///
/// Readers refuse anything else: other versions, unknown fields, non-canonical encodings,
/// trailing bytes, files over MaxFileSize, and KDF settings outside Argon2id's bounds or above
/// MaxMemLimitBytes (a hostile file must not make an unlock allocate gigabytes).
class KeystoreFile {
    Q_DECLARE_TR_FUNCTIONS(KeystoreFile)
public:
    static constexpr quint64 FormatVersion = 1;
    static constexpr qsizetype MaxFileSize = 64 * 1024;
    static constexpr qsizetype MaxLabelSize = 512;
    static constexpr qsizetype KeyCheckSize = 16;
    static constexpr std::size_t DerivedSize = 64;
    static constexpr std::size_t KeySecretsSize = 64;
    static constexpr std::size_t MaxExtraSecretSize = 1024;
    static constexpr qsizetype MinSealedSize = qsizetype(crypto::Aead::Overhead + KeySecretsSize);
    static constexpr qsizetype MaxSealedSize = MinSealedSize + qsizetype(MaxExtraSecretSize);
    static constexpr quint64 MaxMemLimitBytes = quint64(1024) * 1024 * 1024;
    static constexpr char AssociatedDataTag[] = "medchain/keystore/v1";
    static constexpr char KeyCheckLabel[] = "medchain/keystore/v1/key-check";

    crypto::Argon2Params kdf;
    QByteArray salt;
    KeystorePublicInfo info;
    QByteArray keyCheck;
    QByteArray sealedSecrets;

    /// The file at bytes, or why not. Error codes: "damaged" (malformed, out of bounds, not
    /// canonical) and "unsupported-version" (made by a newer MedChain). Never derives a key.
    static Result<KeystoreFile> parse(QByteArrayView bytes);
    /// The canonical bytes; parse(encode()) gives this object back for anything parse accepts.
    QByteArray encode() const;
    /// What the sealed secrets are bound to (see the format above).
    QByteArray associatedData() const;

    /// Ok for settings this format reads back: Argon2id's bounds, memory at most MaxMemLimitBytes.
    static Result<void> checkKdf(const crypto::Argon2Params &params);
    /// Ok for a label and chain id that fit the format.
    static Result<void> checkPublicInfo(const KeystorePublicInfo &info);
};

} // namespace medchain::identity
