// The small metadata file beside a replica: KDF salt and parameters, and a key-check value.
// It answers "wrong passphrase" before the database is opened, so a wrong guess changes nothing.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace medchain::storage {

/// SQLCipher fails the same way for a wrong key and for a damaged file (page 1's HMAC), so the
/// key is checked here first; after a passing check, a database failure means damage.
///
/// File format, version 1: UTF-8 JSON, one object with exactly these members:
///
///     {
///       "format":   "medchain-replica-key",
///       "version":  1,
///       "salt":     "<32 lowercase hex digits: the 16-byte random KDF salt>",
///       "kdf":      { ...the caller's KDF parameters, stored and returned unchanged... },
///       "keyCheck": "<64 lowercase hex digits: SHA-256("medchain/replica-key-check/v1" || key)>"
///     }
///
/// key is the 32-byte raw database key the caller derived from the passphrase with salt and
/// kdf (this class never sees the passphrase). Version 1 also fixes how the database is keyed:
/// SQLCipher 3 raw key, cipher_page_size 4096, per-page HMAC on. The check value lets an
/// attacker test passphrases only as fast as the KDF allows, as the database itself would.
/// Readers refuse unknown members, malformed values and files over 64 KiB.
class ReplicaKeyFile {
    Q_DECLARE_TR_FUNCTIONS(ReplicaKeyFile)
public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype SaltSize = 16;
    static constexpr std::size_t KeySize = 32;

    /// Where the key file of the database at databasePath lives: "dir/replica.db" gives
    /// "dir/replica.key.json".
    static QString pathFor(const QString &databasePath);
    /// A fresh random salt for a new replica's KDF.
    static QByteArray generateSalt();

    /// The key file for a new replica whose key was derived with salt and kdfParameters.
    static Result<ReplicaKeyFile> create(QByteArrayView salt, const QJsonObject &kdfParameters,
                                         const crypto::SecureBuffer &key);
    static Result<ReplicaKeyFile> load(const QString &path);
    /// Writes atomically (a temporary file renamed over path), readable by the owner only.
    Result<void> save(const QString &path) const;

    QByteArray salt() const { return m_salt; }
    QJsonObject kdfParameters() const { return m_kdfParameters; }

    /// Succeeds only for the key this file was created with; the failure says "wrong passphrase".
    Result<void> checkKey(const crypto::SecureBuffer &key) const;

private:
    ReplicaKeyFile() = default;

    QByteArray m_salt;
    QJsonObject m_kdfParameters;
    crypto::Sha256Digest m_keyCheck;
};

} // namespace medchain::storage
