#include "identity/IdentityTx.h"

#include "chain/FieldCodec.h"

namespace medchain::identity {

using namespace chain;
using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
struct IdentityTx {
    Q_DECLARE_TR_FUNCTIONS(IdentityTx)
};
} // namespace

void EnrollInstitution::encode(CborWriter &w) const
{
    w.beginMap(6);
    w.key(0);
    writeIdentity(w, identity);
    w.key(1);
    writeEncryptionKey(w, encryptionKey);
    w.key(2);
    w.writeInteger(qint64(kind));
    w.key(3);
    w.writeText(name);
    w.key(4);
    w.writeText(regionCode);
    w.key(5);
    w.writeBytes(certificate);
    w.end();
}

EnrollInstitution EnrollInstitution::decode(CborReader &r)
{
    EnrollInstitution body;
    CborMapReader map(r, 6);
    map.require(0);
    body.identity = readIdentity(r);
    map.require(1);
    body.encryptionKey = readEncryptionKey(r);
    map.require(2);
    body.kind = readEnum(r, InstitutionKind::Hospital, InstitutionKind::FundManager);
    map.require(3);
    body.name = r.readText(limits::MaxNameLength);
    map.require(4);
    body.regionCode = r.readText(limits::MaxShortTextLength);
    map.require(5);
    body.certificate = r.readBytes(limits::MaxCertificateSize);
    map.finish();
    return body;
}

void EnrollPractitioner::encode(CborWriter &w) const
{
    w.beginMap(6);
    w.key(0);
    writeIdentity(w, identity);
    w.key(1);
    writeEncryptionKey(w, encryptionKey);
    w.key(2);
    w.writeText(name);
    w.key(3);
    w.writeText(licenceNumber);
    w.key(4);
    w.writeText(specialty);
    w.key(5);
    w.writeBytes(certificate);
    w.end();
}

EnrollPractitioner EnrollPractitioner::decode(CborReader &r)
{
    EnrollPractitioner body;
    CborMapReader map(r, 6);
    map.require(0);
    body.identity = readIdentity(r);
    map.require(1);
    body.encryptionKey = readEncryptionKey(r);
    map.require(2);
    body.name = r.readText(limits::MaxNameLength);
    map.require(3);
    body.licenceNumber = r.readText(limits::MaxNameLength);
    map.require(4);
    body.specialty = r.readText(limits::MaxNameLength);
    map.require(5);
    body.certificate = r.readBytes(limits::MaxCertificateSize);
    map.finish();
    return body;
}

void RegisterPatient::encode(CborWriter &w) const
{
    w.beginMap(5);
    w.key(0);
    writeIdentity(w, identity);
    w.key(1);
    writeEncryptionKey(w, encryptionKey);
    w.key(2);
    writeHash(w, nationalIdHash);
    w.key(3);
    w.writeText(regionCode);
    w.key(4);
    w.writeBytes(certificate);
    w.end();
}

RegisterPatient RegisterPatient::decode(CborReader &r)
{
    RegisterPatient body;
    CborMapReader map(r, 5);
    map.require(0);
    body.identity = readIdentity(r);
    map.require(1);
    body.encryptionKey = readEncryptionKey(r);
    map.require(2);
    body.nationalIdHash = readHash(r);
    map.require(3);
    body.regionCode = r.readText(limits::MaxShortTextLength);
    map.require(4);
    body.certificate = r.readBytes(limits::MaxCertificateSize);
    map.finish();
    return body;
}

void EnrollNode::encode(CborWriter &w) const
{
    w.beginMap(3);
    w.key(0);
    writeIdentity(w, identity);
    w.key(1);
    w.writeText(name);
    w.key(2);
    w.writeBytes(certificate);
    w.end();
}

EnrollNode EnrollNode::decode(CborReader &r)
{
    EnrollNode body;
    CborMapReader map(r, 3);
    map.require(0);
    body.identity = readIdentity(r);
    map.require(1);
    body.name = r.readText(limits::MaxNameLength);
    map.require(2);
    body.certificate = r.readBytes(limits::MaxCertificateSize);
    map.finish();
    return body;
}

void RevokeIdentity::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeIdentity(w, identity);
    w.key(1);
    w.writeText(reason);
    w.end();
}

RevokeIdentity RevokeIdentity::decode(CborReader &r)
{
    RevokeIdentity body;
    CborMapReader map(r, 2);
    map.require(0);
    body.identity = readIdentity(r);
    map.require(1);
    body.reason = r.readText(limits::MaxShortTextLength);
    map.finish();
    return body;
}

void writeValidators(CborWriter &w, const QList<Validator> &validators)
{
    w.beginArray(quint64(validators.size()));
    for (const Validator &validator : validators) {
        w.beginArray(2);
        writeIdentity(w, validator.node);
        w.writeInteger(qint64(validator.power));
        w.end();
    }
    w.end();
}

QList<Validator> readValidators(CborReader &r)
{
    QList<Validator> validators;
    const quint64 count = r.readArrayHeader(limits::MaxValidators);
    for (quint64 i = 0; i < count && !r.hasError(); ++i) {
        if (r.readArrayHeader(2) != 2 && !r.hasError())
            r.fail(IdentityTx::tr("a validator entry must have two parts"));
        Validator validator;
        validator.node = readIdentity(r);
        validator.power = r.readUnsigned();
        if (!r.hasError() && (validator.power == 0 || validator.power > 1'000'000))
            r.fail(IdentityTx::tr("a validator's voting power must be between 1 and 1000000"));
        if (!validators.isEmpty() && !(validators.last().node < validator.node))
            r.fail(IdentityTx::tr("validators must be sorted by key, without repeats"));
        validators.append(validator);
    }
    return validators;
}

void SetValidators::encode(CborWriter &w) const
{
    w.beginMap(1);
    w.key(0);
    writeValidators(w, validators);
    w.end();
}

SetValidators SetValidators::decode(CborReader &r)
{
    SetValidators body;
    CborMapReader map(r, 1);
    map.require(0);
    body.validators = readValidators(r);
    map.finish();
    return body;
}

} // namespace medchain::identity
