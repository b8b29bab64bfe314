#include "identity/RegistrationRequest.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "identity/Keystore.h"

#include <QFile>
#include <QSaveFile>

namespace medchain::identity {

namespace {
void writeFields(codec::CborWriter &w, const RegistrationRequest &request, bool withSignature)
{
    w.beginMap(withSignature ? 5 : 4);
    w.key(0);
    w.writeInteger(qint64(RegistrationRequest::Version));
    w.key(1);
    chain::writeIdentity(w, request.identity);
    w.key(2);
    chain::writeEncryptionKey(w, request.encryptionKey);
    w.key(3);
    w.writeInteger(request.created);
    if (withSignature) {
        w.key(4);
        w.writeBytes(chain::bytesOf(request.signature));
    }
    w.end();
}
} // namespace

QByteArray RegistrationRequest::signedBytes() const
{
    codec::CborWriter w;
    writeFields(w, *this, false);
    return QByteArray(SignatureTag) + w.take();
}

QByteArray RegistrationRequest::encode() const
{
    codec::CborWriter w;
    writeFields(w, *this, true);
    return w.take();
}

QByteArray RegistrationRequest::create(const IdentityKeys &keys, qint64 created)
{
    RegistrationRequest request;
    request.identity = keys.id();
    request.encryptionKey = keys.encryption.publicKey();
    request.created = created;
    request.signature = keys.signing.sign(request.signedBytes());
    return request.encode();
}

Result<RegistrationRequest> RegistrationRequest::decode(QByteArrayView bytes)
{
    if (bytes.size() > MaxSize)
        return Error {tr("This is not a registration request: it is too large."),
                      QStringLiteral("damaged")};
    codec::CborReader r(bytes);
    RegistrationRequest request;
    codec::CborMapReader map(r, 5);
    map.require(0);
    if (r.readUnsigned() != Version && !r.hasError())
        return Error {tr("This registration request was made by a newer MedChain."),
                      QStringLiteral("unsupported-version")};
    map.require(1);
    request.identity = chain::readIdentity(r);
    map.require(2);
    request.encryptionKey = chain::readEncryptionKey(r);
    map.require(3);
    request.created = r.readInteger();
    map.require(4);
    const QByteArray signature = r.readFixedBytes(qsizetype(crypto::Ed25519Signature::Size));
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("This is not a registration request: %1").arg(r.errorString()),
                      QStringLiteral("damaged")};
    request.signature = chain::fixedFrom<crypto::Ed25519Signature>(signature);
    if (!crypto::ed25519Verify(request.identity, request.signedBytes(), request.signature))
        return Error {tr("This registration request's signature does not match its keys: it was "
                         "altered, or not made by the keys' owner."),
                      QStringLiteral("forged")};
    return request;
}

Result<QByteArray> RegistrationRequest::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Could not read %1: %2").arg(path, file.errorString()),
                      QStringLiteral("io")};
    if (file.size() > MaxSize)
        return Error {tr("%1 is not a registration request: it is too large.").arg(path),
                      QStringLiteral("damaged")};
    return file.read(MaxSize + 1);
}

Result<chain::IdentityId>
RegistrationRequest::createIdentity(const QString &keystorePath, const QString &requestPath,
                                    const crypto::SecureBuffer &passphraseUtf8,
                                    const crypto::Argon2Params &params, const QString &chainId,
                                    qint64 created)
{
    if (QFile::exists(requestPath))
        return Error {
            tr("%1 already exists; choose another file for the request.").arg(requestPath),
            QStringLiteral("exists")};
    const auto keys = IdentityKeys::generate();
    const KeystorePublicInfo info {chain::Role::Patient, keys.id(), keys.encryption.publicKey(),
                                   QString(), chainId};
    if (auto made = Keystore::create(keystorePath, keys, info, passphraseUtf8, params); !made)
        return made.failure();
    QSaveFile out(requestPath);
    const QByteArray request = create(keys, created);
    if (!out.open(QIODevice::WriteOnly) || out.write(request) != request.size() || !out.commit()) {
        const QString why = out.errorString();
        QFile::remove(keystorePath);
        return Error {tr("Could not write %1: %2").arg(requestPath, why), QStringLiteral("io")};
    }
    return keys.id();
}

} // namespace medchain::identity
