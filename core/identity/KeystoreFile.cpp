#include "identity/KeystoreFile.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"

#include <algorithm>

namespace medchain::identity {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {

constexpr quint64 kKiB = 1024;

void writeFixed(CborWriter &w, const auto &value)
{
    w.writeBytes(QByteArrayView(reinterpret_cast<const char *>(value.bytes.data()),
                                qsizetype(value.bytes.size())));
}

// Fields 0 to 3: the file's header, which is also what the sealed secrets are bound to.
void writeHeaderFields(CborWriter &w, const KeystoreFile &file)
{
    w.key(0);
    w.writeInteger(qint64(KeystoreFile::FormatVersion));
    w.key(1);
    w.beginArray(2);
    w.writeInteger(qint64(file.kdf.opsLimit));
    w.writeInteger(qint64(file.kdf.memLimitBytes));
    w.end();
    w.key(2);
    w.writeBytes(file.salt);
    w.key(3);
    const KeystorePublicInfo &info = file.info;
    w.beginMap(3 + (info.label.isEmpty() ? 0 : 1) + (info.chainId.isEmpty() ? 0 : 1));
    w.key(0);
    w.writeInteger(qint64(info.role));
    w.key(1);
    writeFixed(w, info.identity);
    w.key(2);
    writeFixed(w, info.encryptionKey);
    if (!info.label.isEmpty()) {
        w.key(3);
        w.writeText(info.label);
    }
    if (!info.chainId.isEmpty()) {
        w.key(4);
        w.writeText(info.chainId);
    }
    w.end();
}

// An optional text field is absent rather than empty, so each value has one encoding.
QString readOptionalText(CborReader &r, qsizetype maxSize)
{
    QString text = r.readText(maxSize);
    if (!r.hasError() && text.isEmpty())
        r.fail(KeystoreFile::tr("an empty optional field must be left out"));
    return text;
}

KeystorePublicInfo readPublicInfo(CborReader &r)
{
    KeystorePublicInfo info;
    CborMapReader map(r, 5);
    map.require(0);
    info.role = chain::readEnum(r, chain::Role::Authority, chain::Role::Node);
    map.require(1);
    info.identity = chain::readIdentity(r);
    map.require(2);
    const QByteArray encryptionKey = r.readFixedBytes(crypto::X25519PublicKey::Size);
    if (!r.hasError()) {
        if (const auto key = crypto::X25519PublicKey::fromBytes(encryptionKey))
            info.encryptionKey = *key;
        else
            r.fail(KeystoreFile::tr("the encryption key is not a usable X25519 key"));
    }
    if (map.field(3))
        info.label = readOptionalText(r, KeystoreFile::MaxLabelSize);
    if (map.field(4))
        info.chainId = readOptionalText(r, chain::limits::MaxChainIdLength);
    map.finish();
    return info;
}

crypto::Argon2Params readKdf(CborReader &r)
{
    crypto::Argon2Params params;
    if (r.readArrayHeader(2) != 2 && !r.hasError())
        r.fail(KeystoreFile::tr("the key derivation settings need two numbers"));
    params.opsLimit = r.readUnsigned();
    params.memLimitBytes = r.readUnsigned();
    if (!r.hasError() && !KeystoreFile::checkKdf(params))
        r.fail(KeystoreFile::tr("the key derivation settings (%1 passes, %2 KiB) are out of range")
                   .arg(params.opsLimit)
                   .arg(params.memLimitBytes / kKiB));
    return params;
}

} // namespace

Result<KeystoreFile> KeystoreFile::parse(QByteArrayView bytes)
{
    codec::CborLimits limits;
    limits.maxInputSize = MaxFileSize;
    limits.maxStringSize = MaxSealedSize;
    limits.maxContainerItems = 8;
    limits.maxDepth = 3;
    CborReader r(bytes, limits);
    KeystoreFile file;
    CborMapReader map(r, 6);
    map.require(0);
    const quint64 version = r.readUnsigned();
    if (!r.hasError() && version > FormatVersion)
        return Error {tr("The keystore file was made by a newer version of MedChain (format "
                         "version %1). Upgrade MedChain to open it.")
                          .arg(version),
                      QStringLiteral("unsupported-version")};
    if (!r.hasError() && version != FormatVersion)
        r.fail(tr("unknown format version %1").arg(version));
    map.require(1);
    file.kdf = readKdf(r);
    map.require(2);
    file.salt = r.readFixedBytes(qsizetype(crypto::Argon2id::SaltSize));
    map.require(3);
    file.info = readPublicInfo(r);
    map.require(4);
    file.keyCheck = r.readFixedBytes(KeyCheckSize);
    map.require(5);
    file.sealedSecrets = r.readBytes(MaxSealedSize);
    if (!r.hasError() && file.sealedSecrets.size() < MinSealedSize)
        r.fail(tr("the sealed keys are too short to hold two keys"));
    map.finish();
    r.finish();
    if (!r.hasError() && file.encode() != bytes)
        r.fail(tr("the file is not in canonical form"));
    if (r.hasError())
        return Error {tr("The keystore file is damaged or is not a MedChain keystore. %1")
                          .arg(r.errorString()),
                      QStringLiteral("damaged")};
    return file;
}

QByteArray KeystoreFile::encode() const
{
    CborWriter w;
    w.beginMap(6);
    writeHeaderFields(w, *this);
    w.key(4);
    w.writeBytes(keyCheck);
    w.key(5);
    w.writeBytes(sealedSecrets);
    w.end();
    return w.take();
}

QByteArray KeystoreFile::associatedData() const
{
    CborWriter w;
    w.beginMap(4);
    writeHeaderFields(w, *this);
    w.end();
    return QByteArrayView(AssociatedDataTag).toByteArray() + w.take();
}

Result<void> KeystoreFile::checkKdf(const crypto::Argon2Params &params)
{
    if (const auto valid = crypto::Argon2id::validate(params); !valid)
        return valid;
    if (params.memLimitBytes > MaxMemLimitBytes)
        return Error {tr("The passphrase settings ask for %1 MiB of memory; a keystore may ask "
                         "for at most %2 MiB.")
                          .arg(params.memLimitBytes / (kKiB * kKiB))
                          .arg(MaxMemLimitBytes / (kKiB * kKiB))};
    return {};
}

Result<void> KeystoreFile::checkPublicInfo(const KeystorePublicInfo &info)
{
    if (info.label.toUtf8().size() > MaxLabelSize)
        return Error {tr("The identity's label is too long: at most %1 bytes of UTF-8 are allowed.")
                          .arg(MaxLabelSize)};
    if (info.chainId.toUtf8().size() > chain::limits::MaxChainIdLength)
        return Error {tr("The chain id is too long: at most %1 bytes of UTF-8 are allowed.")
                          .arg(chain::limits::MaxChainIdLength)};
    if (info.role < chain::Role::Authority || info.role > chain::Role::Node)
        return Error {tr("The identity's role is not one MedChain knows.")};
    if (!crypto::X25519PublicKey::fromBytes(info.encryptionKey.toByteArray()))
        return Error {tr("The identity's encryption key is not a usable X25519 key.")};
    return {};
}

} // namespace medchain::identity
