// Helpers for the keystore tests: passphrases, file snapshots, and the key derivation done
// independently from the documented format (so the tests check the format, not the code).
#pragma once

#include "TryValue.h"

#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"
#include "identity/Enrollment.h"
#include "identity/KeystoreFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

#include <optional>
#include <utility>

namespace keystoretest {

using medchain::chain::Role;
using medchain::crypto::SecureBuffer;
using medchain::identity::IdentityKeys;
using medchain::identity::KeystorePublicInfo;

inline const medchain::crypto::Argon2Params kFast
    = medchain::crypto::Argon2Params::fastInsecureForTests();
inline const QString kWrong = QStringLiteral("wrong-passphrase");
inline const QString kDamaged = QStringLiteral("damaged");

inline SecureBuffer passphrase(const char *utf8)
{
    return medchain::crypto::Argon2id::passphraseToUtf8(QString::fromUtf8(utf8));
}

inline QByteArray bytesOf(const SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

inline SecureBuffer secureOf(const QByteArray &bytes)
{
    return SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())});
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/// What "the file was not touched" means: same bytes, same modification time.
struct FileSnapshot {
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const FileSnapshot &) const = default;
};

inline FileSnapshot snapshot(const QString &path)
{
    return {readAll(path), QFileInfo(path).lastModified()};
}

/// The AEAD key and key check of a keystore, derived as KeystoreFile.h documents it.
struct DocumentedKeys {
    SecureBuffer aeadKey;
    QByteArray keyCheck;
};

inline DocumentedKeys documentedKeys(const SecureBuffer &passphraseUtf8, const QByteArray &salt,
                                     const medchain::crypto::Argon2Params &params)
{
    auto derived = medchain::crypto::Argon2id::deriveKey(passphraseUtf8, salt, params, 64);
    if (!derived)
        return {};
    const auto bytes = derived->bytes();
    const SecureBuffer checkKey = SecureBuffer::copyOf(bytes.subspan(32));
    const QByteArray mac
        = medchain::crypto::hmacSha256(checkKey, "medchain/keystore/v1/key-check").toByteArray();
    return {SecureBuffer::copyOf(bytes.first(32)), mac.first(16)};
}

/// The public part of keys, with a label and chain id by default.
inline KeystorePublicInfo infoFor(const IdentityKeys &keys, Role role = Role::Practitioner,
                                  const QString &label
                                  = QString::fromUtf8("Dr Wang — 安徽省立医院"),
                                  const QString &chainId = QStringLiteral("medchain-anhui-1"))
{
    return {role, keys.signing.publicKey(), keys.encryption.publicKey(), label, chainId};
}

/// The seed, X25519 secret and extra secret as one plaintext, for comparing with the file.
inline QByteArray secretsOf(const IdentityKeys &keys, const std::optional<SecureBuffer> &extra)
{
    return bytesOf(keys.signing.seed()) + bytesOf(keys.encryption.secret())
        + (extra ? bytesOf(*extra) : QByteArray());
}

} // namespace keystoretest
