#include "records/RecordTx.h"

namespace medchain::records {

using namespace chain;
using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

void AddRecord::encode(CborWriter &w) const
{
    w.beginMap(claims.isEmpty() ? 6 : 7);
    w.key(0);
    writeIdentity(w, patient);
    w.key(1);
    w.writeInteger(qint64(category));
    w.key(2);
    w.writeInteger(encounterTime);
    w.key(3);
    w.writeBytes(ciphertext);
    w.key(4);
    writeEnvelopes(w, envelopes);
    w.key(5);
    w.writeBytes(supervision);
    if (!claims.isEmpty()) {
        w.key(6);
        writeHashList(w, claims);
    }
    w.end();
}

AddRecord AddRecord::decode(CborReader &r)
{
    AddRecord body;
    CborMapReader map(r, 7);
    map.require(0);
    body.patient = readIdentity(r);
    map.require(1);
    body.category = readEnum(r, RecordCategory::Encounter, RecordCategory::Vaccination);
    map.require(2);
    body.encounterTime = r.readInteger();
    map.require(3);
    body.ciphertext = r.readBytes(limits::MaxRecordCiphertextSize);
    map.require(4);
    body.envelopes = readEnvelopes(r);
    map.require(5);
    body.supervision = r.readBytes(limits::MaxRecordCiphertextSize);
    if (map.field(6)) {
        body.claims = readHashList(r, limits::MaxSubsidyClaims);
        if (!r.hasError() && body.claims.isEmpty())
            r.fail(QCoreApplication::translate("medchain::records",
                                               "an empty claim list must be left out"));
    }
    map.finish();
    return body;
}

void ProposeAmendment::encode(CborWriter &w) const
{
    w.beginMap(4);
    w.key(0);
    writeHash(w, record);
    w.key(1);
    w.writeBytes(ciphertext);
    w.key(2);
    writeEnvelopes(w, envelopes);
    w.key(3);
    w.writeBytes(supervision);
    w.end();
}

ProposeAmendment ProposeAmendment::decode(CborReader &r)
{
    ProposeAmendment body;
    CborMapReader map(r, 4);
    map.require(0);
    body.record = readHash(r);
    map.require(1);
    body.ciphertext = r.readBytes(limits::MaxRecordCiphertextSize);
    map.require(2);
    body.envelopes = readEnvelopes(r);
    map.require(3);
    body.supervision = r.readBytes(limits::MaxRecordCiphertextSize);
    map.finish();
    return body;
}

void AnswerAmendment::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeHash(w, amendment);
    w.key(1);
    w.writeBool(accept);
    w.end();
}

AnswerAmendment AnswerAmendment::decode(CborReader &r)
{
    AnswerAmendment body;
    CborMapReader map(r, 2);
    map.require(0);
    body.amendment = readHash(r);
    map.require(1);
    body.accept = r.readBool();
    map.finish();
    return body;
}

void AccessReceipt::encode(CborWriter &w) const
{
    w.beginMap(3);
    w.key(0);
    writeHash(w, record);
    w.key(1);
    w.writeText(purpose);
    w.key(2);
    w.writeBool(automated);
    w.end();
}

AccessReceipt AccessReceipt::decode(CborReader &r)
{
    AccessReceipt body;
    CborMapReader map(r, 3);
    map.require(0);
    body.record = readHash(r);
    map.require(1);
    body.purpose = r.readText(limits::MaxShortTextLength);
    map.require(2);
    body.automated = r.readBool();
    map.finish();
    return body;
}

} // namespace medchain::records
