#include "storage/ReplicaKeyFile.h"

#include "crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace medchain::storage {

namespace {

constexpr qint64 kMaxFileSize = 64 * 1024;
constexpr char kFormatName[] = "medchain-replica-key";
constexpr char kCheckLabel[] = "medchain/replica-key-check/v1";

QString member(const char *name)
{
    return QString::fromLatin1(name);
}

crypto::Sha256Digest keyCheckOf(const crypto::SecureBuffer &key)
{
    crypto::Sha256 hasher;
    hasher.add(QByteArrayView(kCheckLabel));
    hasher.add(QByteArrayView(reinterpret_cast<const char *>(key.data()),
                              static_cast<qsizetype>(key.size())));
    return hasher.finish();
}

// QByteArray::fromHex skips characters it does not understand; a key file must not.
std::optional<QByteArray> strictHex(const QJsonValue &value, qsizetype expectedBytes)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() != expectedBytes * 2)
        return std::nullopt;
    const bool allHex = std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (!allHex)
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

QString ReplicaKeyFile::pathFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".key.json"));
}

QByteArray ReplicaKeyFile::generateSalt()
{
    return crypto::randomBytes(SaltSize);
}

Result<ReplicaKeyFile> ReplicaKeyFile::create(QByteArrayView salt, const QJsonObject &kdfParameters,
                                              const crypto::SecureBuffer &key)
{
    if (salt.size() != SaltSize)
        return Error {
            tr("A replica salt must be %1 bytes, not %2.").arg(SaltSize).arg(salt.size())};
    if (key.size() != KeySize)
        return Error {tr("A replica key must be %1 bytes, not %2.").arg(KeySize).arg(key.size())};
    ReplicaKeyFile file;
    file.m_salt = salt.toByteArray();
    file.m_kdfParameters = kdfParameters;
    file.m_keyCheck = keyCheckOf(key);
    return file;
}

Result<ReplicaKeyFile> ReplicaKeyFile::load(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile input(path);
    if (!input.exists())
        return Error {tr("The replica key file %1 is missing. Without it the replica cannot be "
                         "unlocked; restore it from the backup you made with the replica.")
                          .arg(name)};
    if (!input.open(QIODevice::ReadOnly))
        return Error {
            tr("Could not read the replica key file %1: %2").arg(name, input.errorString())};
    if (input.size() > kMaxFileSize)
        return Error {tr("The replica key file %1 is too large to be one; it is damaged or has "
                         "been replaced.")
                          .arg(name)};
    const QByteArray bytes = input.read(kMaxFileSize + 1);
    const Error damaged {tr("The replica key file %1 is damaged or has been altered; restore it "
                            "from the backup you made with the replica.")
                             .arg(name)};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged;
    const QJsonObject object = document.object();
    if (object.value(member("format")).toString() != member(kFormatName))
        return damaged;
    const QJsonValue version = object.value(member("version"));
    if (!version.isDouble() || version.toDouble() != version.toInteger() || version.toInteger() < 1)
        return damaged;
    if (version.toInteger() > FormatVersion)
        return Error {tr("The replica key file %1 was made by a newer MedChain (format version "
                         "%2). Upgrade MedChain to open this replica.")
                          .arg(name)
                          .arg(version.toInteger())};
    const QStringList expected {member("format"), member("version"), member("salt"), member("kdf"),
                                member("keyCheck")};
    if (object.size() != expected.size()
        || !std::all_of(expected.begin(), expected.end(),
                        [&](const QString &key) { return object.contains(key); }))
        return damaged;

    const auto salt = strictHex(object.value(member("salt")), SaltSize);
    const auto check = strictHex(object.value(member("keyCheck")),
                                 static_cast<qsizetype>(crypto::Sha256Digest::Size));
    const QJsonValue kdf = object.value(member("kdf"));
    if (!salt || !check || !kdf.isObject())
        return damaged;

    ReplicaKeyFile file;
    file.m_salt = *salt;
    file.m_kdfParameters = kdf.toObject();
    std::copy(check->begin(), check->end(), file.m_keyCheck.bytes.begin());
    return file;
}

Result<void> ReplicaKeyFile::save(const QString &path) const
{
    QJsonObject object;
    object.insert(member("format"), member(kFormatName));
    object.insert(member("version"), FormatVersion);
    object.insert(member("salt"), QString::fromLatin1(m_salt.toHex()));
    object.insert(member("kdf"), m_kdfParameters);
    object.insert(member("keyCheck"), QString::fromLatin1(m_keyCheck.toHex()));

    const QString name = QDir::toNativeSeparators(path);
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return Error {
            tr("Could not write the replica key file %1: %2").arg(name, output.errorString())};
    output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (output.write(bytes) != bytes.size() || !output.commit())
        return Error {
            tr("Could not write the replica key file %1: %2").arg(name, output.errorString())};
    return {};
}

Result<void> ReplicaKeyFile::checkKey(const crypto::SecureBuffer &key) const
{
    const crypto::Sha256Digest candidate = keyCheckOf(key);
    // The stored value is public, but comparing in constant time costs nothing.
    std::uint8_t difference = key.size() == KeySize ? 0 : 1;
    for (std::size_t i = 0; i < crypto::Sha256Digest::Size; ++i)
        difference |= candidate.bytes[i] ^ m_keyCheck.bytes[i];
    if (difference != 0)
        return Error {tr("Wrong passphrase: it does not unlock this replica. Check the "
                         "passphrase and try again.")};
    return {};
}

} // namespace medchain::storage
