#include "chain/LedgerStateImpl.h"

namespace medchain::chain {

using storage::Statement;

LedgerState::LedgerState(storage::Database &db) : d(std::make_unique<Impl>(db)) { }

LedgerState::~LedgerState() = default;

void LedgerState::putIdentity(const IdentityInfo &i)
{
    auto s = d->prepare("INSERT INTO identities(id, role, kind, parent, name, region, licence, "
                        "specialty, encryption_key, national_id_hash, certificate, nonce, "
                        "enrolled_height, revoked) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(i.id)).bindInt64(2, qint64(i.role));
    if (i.kind)
        s->bindInt64(3, qint64(*i.kind));
    else
        s->bindNull(3);
    s->bindBlob(4, bytesOf(i.parent)).bindText(5, i.name).bindText(6, i.regionCode);
    s->bindText(7, i.licenceNumber).bindText(8, i.specialty).bindBlob(9, bytesOf(i.encryptionKey));
    if (i.nationalIdHash)
        s->bindBlob(10, bytesOf(*i.nationalIdHash));
    else
        s->bindNull(10);
    s->bindBlob(11, i.certificate).bindInt64(12, qint64(i.nonce));
    s->bindInt64(13, qint64(i.enrolledHeight)).bindInt64(14, i.revoked ? 1 : 0);
    d->run(s);
    if (d->caching)
        d->identities[i.id] = i;
    d->effect(PutIdentity, i.id, i.role, i.kind, i.parent, i.name, i.regionCode, i.licenceNumber,
              i.specialty, i.encryptionKey, i.nationalIdHash, i.certificate, i.nonce,
              i.enrolledHeight, i.revoked);
}

void LedgerState::setNonce(const IdentityId &id, quint64 nonce)
{
    const auto cached = d->identities.find(id);
    if (d->caching && cached != d->identities.end() && cached->second) {
        // A busy sender sends many transactions per block: one write at the block's end.
        cached->second->nonce = nonce;
        d->dirtyNonces[id] = nonce;
        return;
    }
    d->writeNonce(id, nonce);
}

void LedgerState::flushBlockWrites()
{
    for (const auto &[id, nonce] : d->dirtyNonces) // in key order: the effect log stays canonical
        d->writeNonce(id, nonce);
    d->dirtyNonces.clear();
}

void LedgerState::revokeIdentity(const IdentityId &id)
{
    auto s = d->prepare("UPDATE identities SET revoked = 1 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(id));
    d->run(s);
    if (const auto cached = d->identities.find(id); cached != d->identities.end() && cached->second)
        cached->second->revoked = true;
    d->effect(RevokeIdentityEffect, id);
}

void LedgerState::putRecord(const RecordInfo &r, const QList<KeyEnvelope> &envelopes)
{
    auto s = d->prepare("INSERT INTO records(id, patient, author, institution, category, "
                        "encounter_time, height, current_version, keys) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return;
    const QByteArray keys = packEnvelopes(envelopes);
    s->bindBlob(1, bytesOf(r.id)).bindBlob(2, bytesOf(r.patient)).bindBlob(3, bytesOf(r.author));
    s->bindBlob(4, bytesOf(r.institution)).bindInt64(5, qint64(r.category));
    s->bindInt64(6, r.encounterTime).bindInt64(7, qint64(r.height));
    s->bindBlob(8, bytesOf(r.currentVersion)).bindBlob(9, keys);
    d->run(s);
    d->effect(PutRecord, r.id, r.patient, r.author, r.institution, r.category, r.encounterTime,
              r.height, r.currentVersion);
    d->effect(PutKeys, r.id, keys);
}

void LedgerState::setRecordVersion(const Hash &record, const Hash &version)
{
    auto s = d->prepare("UPDATE records SET current_version = ?2 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(record)).bindBlob(2, bytesOf(version));
    d->run(s);
    d->effect(SetRecordVersion, record, version);
}

void LedgerState::putKey(const Hash &content, const IdentityId &recipient,
                         const QByteArray &sealedKey)
{
    auto s
        = d->prepare("INSERT INTO record_keys(content, recipient, sealed_key) VALUES(?1, ?2, ?3)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(content)).bindBlob(2, bytesOf(recipient)).bindBlob(3, sealedKey);
    d->run(s);
    d->effect(PutKey, content, recipient, sealedKey);
}

void LedgerState::putKeys(const Hash &content, const QList<KeyEnvelope> &envelopes)
{
    for (const KeyEnvelope &envelope : envelopes) {
        auto s = d->prepare(
            "INSERT INTO record_keys(content, recipient, sealed_key) VALUES(?1, ?2, ?3)");
        if (!s)
            return;
        s->bindBlob(1, bytesOf(content)).bindBlob(2, bytesOf(envelope.recipient));
        s->bindBlob(3, envelope.sealedKey);
        d->run(s);
    }
    d->effect(PutKeys, content, packEnvelopes(envelopes));
}

void LedgerState::putAmendment(const AmendmentInfo &a)
{
    auto s = d->prepare("INSERT INTO amendments(id, record, author, status, height) "
                        "VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(a.id)).bindBlob(2, bytesOf(a.record)).bindBlob(3, bytesOf(a.author));
    s->bindInt64(4, qint64(a.status)).bindInt64(5, qint64(a.height));
    d->run(s);
    d->effect(PutAmendment, a.id, a.record, a.author, a.status, a.height);
}

void LedgerState::setAmendmentStatus(const Hash &amendment, AmendmentStatus status)
{
    auto s = d->prepare("UPDATE amendments SET status = ?2 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(amendment)).bindInt64(2, qint64(status));
    d->run(s);
    d->effect(SetAmendmentStatus, amendment, status);
}

void LedgerState::putGrant(const GrantInfo &g)
{
    d->activeGrants.erase(g.patient);
    auto s = d->prepare("INSERT INTO grants(id, patient, grantee, scope, expiry, height, revoked) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return;
    const QByteArray scope = encodeScope(g.scope);
    s->bindBlob(1, bytesOf(g.id)).bindBlob(2, bytesOf(g.patient)).bindBlob(3, bytesOf(g.grantee));
    s->bindBlob(4, scope).bindInt64(5, g.expiry).bindInt64(6, qint64(g.height));
    s->bindInt64(7, g.revoked ? 1 : 0);
    d->run(s);
    d->effect(PutGrant, g.id, g.patient, g.grantee, scope, g.expiry, g.height, g.revoked);
}

void LedgerState::revokeGrant(const Hash &grant)
{
    d->activeGrants.clear(); // rare: forget every patient's rather than look this one up
    auto s = d->prepare("UPDATE grants SET revoked = 1 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(grant));
    d->run(s);
    d->effect(RevokeGrantEffect, grant);
}

void LedgerState::putRequest(const RequestInfo &r)
{
    auto s = d->prepare("INSERT INTO requests(id, patient, requester, scope, expiry, purpose, "
                        "status, height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!s)
        return;
    const QByteArray scope = encodeScope(r.scope);
    s->bindBlob(1, bytesOf(r.id)).bindBlob(2, bytesOf(r.patient)).bindBlob(3, bytesOf(r.requester));
    s->bindBlob(4, scope).bindInt64(5, r.expiry).bindText(6, r.purpose);
    s->bindInt64(7, qint64(r.status)).bindInt64(8, qint64(r.height));
    d->run(s);
    d->effect(PutRequest, r.id, r.patient, r.requester, scope, r.expiry, r.purpose, r.status,
              r.height);
}

void LedgerState::setRequestStatus(const Hash &request, RequestStatus status)
{
    auto s = d->prepare("UPDATE requests SET status = ?2 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(request)).bindInt64(2, qint64(status));
    d->run(s);
    d->effect(SetRequestStatus, request, status);
}

void LedgerState::putEmergency(const EmergencyInfo &e)
{
    auto s = d->prepare("INSERT INTO emergencies(id, patient, practitioner, reason, start, expiry, "
                        "height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(e.id)).bindBlob(2, bytesOf(e.patient));
    s->bindBlob(3, bytesOf(e.practitioner)).bindText(4, e.reason).bindInt64(5, e.start);
    s->bindInt64(6, e.expiry).bindInt64(7, qint64(e.height));
    d->run(s);
    d->effect(PutEmergency, e.id, e.patient, e.practitioner, e.reason, e.start, e.expiry, e.height);
}

void LedgerState::putReceipt(const ReceiptInfo &r)
{
    const auto record = this->record(r.record);
    if (!record) {
        d->fail(tr("A receipt refers to an unknown record."));
        return;
    }
    auto s = d->prepare("INSERT INTO receipts(id, record, reader, patient, time, purpose, "
                        "automated, emergency, height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(r.id)).bindBlob(2, bytesOf(r.record)).bindBlob(3, bytesOf(r.reader));
    s->bindBlob(4, bytesOf(record->patient)).bindInt64(5, r.time).bindText(6, r.purpose);
    s->bindInt64(7, r.automated ? 1 : 0).bindInt64(8, r.emergency ? 1 : 0);
    s->bindInt64(9, qint64(r.height));
    d->run(s);
    d->effect(PutReceipt, r.id, r.record, r.reader, r.time, r.purpose, r.automated, r.emergency,
              r.height);
}

void LedgerState::setValidators(const QList<identity::Validator> &validators)
{
    auto clear = d->prepare("DELETE FROM validators");
    d->run(clear);
    d->effect(ClearValidators, quint64(validators.size()));
    for (const identity::Validator &v : validators) {
        auto s = d->prepare("INSERT INTO validators(node, power) VALUES(?1, ?2)");
        if (!s)
            return;
        s->bindBlob(1, bytesOf(v.node)).bindInt64(2, qint64(v.power));
        d->run(s);
        d->effect(SetValidatorsEffect, v.node, v.power);
    }
}

Hash LedgerState::takeEffectsDigest()
{
    const Hash digest = crypto::sha256(d->effects->take());
    d->effects.emplace();
    return digest;
}

bool LedgerState::hasFailed() const
{
    return !d->failure.isEmpty();
}

QString LedgerState::failure() const
{
    return d->failure;
}

} // namespace medchain::chain
