// The identity keystore: one file per identity holding its keys under an Argon2id-derived key.
// Every call derives a key (about half a second with calibrated settings): run it off the GUI
// thread.
#pragma once

#include "common/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"
#include "identity/Enrollment.h"
#include "identity/KeystoreFile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace medchain::identity {

/// An opened keystore: the keys, the public part they were checked against, and the extra
/// secret if the keystore holds one.
struct UnlockedIdentity {
    IdentityKeys keys;
    KeystorePublicInfo info;
    std::optional<crypto::SecureBuffer> extraSecret;
};

/// The file format is documented in KeystoreFile.h. Passphrases are NFC-normalised UTF-8 in
/// guarded memory (crypto::Argon2id::passphraseToUtf8). Every write derives a fresh key from a
/// fresh salt, goes through a temporary file renamed over the target (a crash leaves the old
/// file or the new one, never half of either) and leaves the file readable by its owner only.
///
/// Failures carry a translated message (never a secret) and one of these codes:
///   "wrong-passphrase"    the passphrase does not open this keystore; nothing was changed
///   "damaged"             malformed, altered, or its keys do not match its public part
///   "unsupported-version" made by a newer MedChain
///   "exists"              create or export would overwrite a file
///   "io"                  the file could not be read or written (the message names it)
///   "invalid"             the caller's arguments are unusable (settings, label, empty passphrase)
///   "kdf"                 the key could not be derived (not enough memory)
class Keystore {
    Q_DECLARE_TR_FUNCTIONS(Keystore)
public:
    /// Writes a new keystore at path; refuses to replace an existing file. info must describe
    /// keys (same public keys); extraSecret, if given, is 1 to 1024 bytes.
    static Result<void> create(const QString &path, const IdentityKeys &keys,
                               const KeystorePublicInfo &info,
                               const crypto::SecureBuffer &passphraseUtf8,
                               const crypto::Argon2Params &params,
                               const std::optional<crypto::SecureBuffer> &extraSecret = {});

    /// The public part, without the passphrase and without deriving anything.
    static Result<KeystorePublicInfo> readPublicInfo(const QString &path);

    /// The keys, checked against the public part. Only reads the file.
    static Result<UnlockedIdentity> unlock(const QString &path,
                                           const crypto::SecureBuffer &passphraseUtf8);

    /// Re-encrypts the same keys under a new passphrase and settings. With a wrong old
    /// passphrase the file is left exactly as it was.
    static Result<void> changePassphrase(const QString &path,
                                         const crypto::SecureBuffer &oldPassphraseUtf8,
                                         const crypto::SecureBuffer &newPassphraseUtf8,
                                         const crypto::Argon2Params &newParams);

    /// Writes a copy of the keystore at backupPath under its own passphrase. The backup is an
    /// ordinary keystore file (restore by copying it back); the original is only read, and an
    /// existing file at backupPath is not replaced.
    static Result<void> exportBackup(const QString &path, const QString &backupPath,
                                     const crypto::SecureBuffer &passphraseUtf8,
                                     const crypto::SecureBuffer &backupPassphraseUtf8,
                                     const crypto::Argon2Params &backupParams);
};

} // namespace medchain::identity
