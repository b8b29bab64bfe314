#include "identity/RegistrationRequest.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"

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

} // namespace medchain::identity
