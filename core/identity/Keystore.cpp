#include "identity/Keystore.h"

#include "crypto/Aead.h"
#include "crypto/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace medchain::identity {

using crypto::Aead;
using crypto::Argon2id;
using crypto::Argon2Params;
using crypto::SecureBuffer;

namespace {

QString nameOf(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error invalid(const QString &message)
{
    return Error {message, QStringLiteral("invalid")};
}

Error damaged(const QString &message)
{
    return Error {message, QStringLiteral("damaged")};
}

Error ioError(const QString &message)
{
    return Error {message, QStringLiteral("io")};
}

Result<QByteArray> readBytes(const QString &path)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return ioError(Keystore::tr("Could not read the keystore %1: %2")
                           .arg(nameOf(path), input.errorString()));
    const QByteArray bytes = input.read(KeystoreFile::MaxFileSize + 1);
    if (input.error() != QFileDevice::NoError)
        return ioError(Keystore::tr("Could not read the keystore %1: %2")
                           .arg(nameOf(path), input.errorString()));
    if (bytes.size() > KeystoreFile::MaxFileSize)
        return damaged(Keystore::tr("The file %1 is too large to be a keystore: it is damaged or "
                                    "is not a MedChain keystore.")
                           .arg(nameOf(path)));
    return bytes;
}

Result<KeystoreFile> loadFile(const QString &path)
{
    const auto bytes = readBytes(path);
    if (!bytes)
        return bytes.failure();
    auto file = KeystoreFile::parse(bytes.value());
    if (!file)
        return Error {
            Keystore::tr("Cannot open the keystore %1. %2").arg(nameOf(path), file.error()),
            file.errorCode()};
    return file;
}

// One derivation gives both the AEAD key and the key check (see KeystoreFile.h).
struct DerivedKeys {
    SecureBuffer aeadKey;
    QByteArray keyCheck;
};

Result<DerivedKeys> deriveKeys(const SecureBuffer &passphraseUtf8, QByteArrayView salt,
                               const Argon2Params &params)
{
    const auto derived
        = Argon2id::deriveKey(passphraseUtf8, salt, params, KeystoreFile::DerivedSize);
    if (!derived)
        return Error {derived.error(), QStringLiteral("kdf")};
    const auto bytes = derived->bytes();
    SecureBuffer aeadKey = SecureBuffer::copyOf(bytes.first(Aead::KeySize));
    const SecureBuffer checkKey = SecureBuffer::copyOf(bytes.subspan(Aead::KeySize));
    const QByteArray check
        = crypto::hmacSha256(checkKey, QByteArrayView(KeystoreFile::KeyCheckLabel)).toByteArray();
    return DerivedKeys {std::move(aeadKey), check.first(KeystoreFile::KeyCheckSize)};
}

bool sameCheck(const QByteArray &a, const QByteArray &b)
{
    // The stored check is public, but comparing in constant time costs nothing.
    if (a.size() != b.size())
        return false;
    std::uint8_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= std::uint8_t(a[i] ^ b[i]);
    return difference == 0;
}

// Seed || X25519 secret || extra secret, built in guarded memory.
SecureBuffer packSecrets(const IdentityKeys &keys, const SecureBuffer *extra)
{
    const SecureBuffer seed = keys.signing.seed();
    const SecureBuffer secret = keys.encryption.secret();
    SecureBuffer payload(KeystoreFile::KeySecretsSize + (extra ? extra->size() : 0));
    auto out = std::copy(seed.bytes().begin(), seed.bytes().end(), payload.data());
    out = std::copy(secret.bytes().begin(), secret.bytes().end(), out);
    if (extra)
        std::copy(extra->bytes().begin(), extra->bytes().end(), out);
    return payload;
}

Result<UnlockedIdentity> unpackSecrets(const SecureBuffer &payload, const KeystorePublicInfo &info,
                                       const QString &path)
{
    const auto bytes = payload.bytes();
    const Error mismatch = damaged(
        Keystore::tr("The keystore %1 is damaged: the keys inside it do not match the identity "
                     "it names. Restore it from a backup.")
            .arg(nameOf(path)));
    if (bytes.size() < KeystoreFile::KeySecretsSize)
        return mismatch;
    constexpr std::size_t seedSize = crypto::Ed25519SigningKey::SeedSize;
    auto signing = crypto::Ed25519SigningKey::fromSeed(SecureBuffer::copyOf(bytes.first(seedSize)));
    auto encryption = crypto::X25519SecretKey::fromSecret(
        SecureBuffer::copyOf(bytes.subspan(seedSize, crypto::X25519SecretKey::Size)));
    if (!signing || !encryption || signing->publicKey() != info.identity
        || encryption->publicKey() != info.encryptionKey)
        return mismatch;
    std::optional<SecureBuffer> extra;
    if (bytes.size() > KeystoreFile::KeySecretsSize)
        extra = SecureBuffer::copyOf(bytes.subspan(KeystoreFile::KeySecretsSize));
    return UnlockedIdentity {
        IdentityKeys {std::move(signing.value()), std::move(encryption.value())}, info,
        std::move(extra)};
}

// What every write checks before spending a derivation on it.
Result<void> checkWrite(const SecureBuffer &passphraseUtf8, const Argon2Params &params)
{
    if (passphraseUtf8.isEmpty())
        return invalid(Keystore::tr("Choose a passphrase: an empty one would leave the keys "
                                    "unprotected."));
    if (const auto kdf = KeystoreFile::checkKdf(params); !kdf)
        return invalid(kdf.error());
    return {};
}

Result<void> refuseExisting(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return Error {Keystore::tr("The file %1 already exists; it was left as it is. Choose "
                                   "another name, or move the existing file away first.")
                          .arg(nameOf(path)),
                      QStringLiteral("exists")};
    return {};
}

Result<void> saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile output(path);
    const auto failed = [&] {
        return ioError(Keystore::tr("Could not write the keystore %1: %2")
                           .arg(nameOf(path), output.errorString()));
    };
    if (!output.open(QIODevice::WriteOnly))
        return failed();
    // Before the first byte is written, so the keys are never readable by others.
    if (!output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed();
    if (output.write(bytes) != bytes.size() || !output.commit())
        return failed();
    return {};
}

// Seals the keys under a key derived from a fresh salt and writes the file atomically.
Result<void> writeKeystore(const QString &path, const IdentityKeys &keys,
                           const KeystorePublicInfo &info, const SecureBuffer *extra,
                           const SecureBuffer &passphraseUtf8, const Argon2Params &params)
{
    KeystoreFile file;
    file.kdf = params;
    file.salt = Argon2id::generateSalt();
    file.info = info;
    auto derived = deriveKeys(passphraseUtf8, file.salt, params);
    if (!derived)
        return derived.failure();
    file.keyCheck = derived->keyCheck;
    const SecureBuffer payload = packSecrets(keys, extra);
    file.sealedSecrets = Aead::encryptSecret(derived->aeadKey, payload, file.associatedData());
    return saveBytes(path, file.encode());
}

} // namespace

Result<void> Keystore::create(const QString &path, const IdentityKeys &keys,
                              const KeystorePublicInfo &info, const SecureBuffer &passphraseUtf8,
                              const Argon2Params &params,
                              const std::optional<SecureBuffer> &extraSecret)
{
    if (auto checked = checkWrite(passphraseUtf8, params); !checked)
        return checked;
    if (const auto valid = KeystoreFile::checkPublicInfo(info); !valid)
        return invalid(valid.error());
    if (info.identity != keys.signing.publicKey()
        || info.encryptionKey != keys.encryption.publicKey())
        return invalid(tr("The identity's public keys do not match the keys to be stored."));
    if (extraSecret
        && (extraSecret->isEmpty() || extraSecret->size() > KeystoreFile::MaxExtraSecretSize))
        return invalid(tr("An extra secret must be 1 to %1 bytes long.")
                           .arg(KeystoreFile::MaxExtraSecretSize));
    if (auto free = refuseExisting(path); !free)
        return free;
    return writeKeystore(path, keys, info, extraSecret ? &*extraSecret : nullptr, passphraseUtf8,
                         params);
}

Result<KeystorePublicInfo> Keystore::readPublicInfo(const QString &path)
{
    const auto file = loadFile(path);
    if (!file)
        return file.failure();
    return file->info;
}

Result<UnlockedIdentity> Keystore::unlock(const QString &path, const SecureBuffer &passphraseUtf8)
{
    const auto file = loadFile(path);
    if (!file)
        return file.failure();
    const auto derived = deriveKeys(passphraseUtf8, file->salt, file->kdf);
    if (!derived)
        return derived.failure();
    if (!sameCheck(derived->keyCheck, file->keyCheck))
        return Error {tr("The passphrase is wrong: it does not unlock the keystore %1. Check it "
                         "(and the keyboard layout) and try again.")
                          .arg(nameOf(path)),
                      QStringLiteral("wrong-passphrase")};
    const auto payload
        = Aead::decryptSecret(derived->aeadKey, file->sealedSecrets, file->associatedData());
    if (!payload)
        return damaged(tr("The keystore %1 has been altered or damaged: the passphrase is right, "
                          "but the file fails its integrity check. Restore it from a backup.")
                           .arg(nameOf(path)));
    return unpackSecrets(payload.value(), file->info, path);
}

Result<void> Keystore::changePassphrase(const QString &path, const SecureBuffer &oldPassphraseUtf8,
                                        const SecureBuffer &newPassphraseUtf8,
                                        const Argon2Params &newParams)
{
    if (auto checked = checkWrite(newPassphraseUtf8, newParams); !checked)
        return checked;
    const auto opened = unlock(path, oldPassphraseUtf8);
    if (!opened)
        return opened.failure();
    const auto &extra = opened->extraSecret;
    return writeKeystore(path, opened->keys, opened->info, extra ? &*extra : nullptr,
                         newPassphraseUtf8, newParams);
}

Result<void> Keystore::exportBackup(const QString &path, const QString &backupPath,
                                    const SecureBuffer &passphraseUtf8,
                                    const SecureBuffer &backupPassphraseUtf8,
                                    const Argon2Params &backupParams)
{
    if (auto checked = checkWrite(backupPassphraseUtf8, backupParams); !checked)
        return checked;
    if (auto free = refuseExisting(backupPath); !free)
        return free;
    const auto opened = unlock(path, passphraseUtf8);
    if (!opened)
        return opened.failure();
    const auto &extra = opened->extraSecret;
    return writeKeystore(backupPath, opened->keys, opened->info, extra ? &*extra : nullptr,
                         backupPassphraseUtf8, backupParams);
}

} // namespace medchain::identity
