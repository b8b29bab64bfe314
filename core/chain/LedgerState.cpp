#include "chain/LedgerState.h"

#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>
#include <map>

namespace medchain::chain {

using storage::Statement;

namespace {
QByteArrayView bytesOf(const auto &fixed)
{
    return QByteArrayView(reinterpret_cast<const char *>(fixed.bytes.data()),
                          qsizetype(fixed.bytes.size()));
}

template <typename Fixed> Fixed fixedFrom(const QByteArray &bytes)
{
    Fixed value;
    if (bytes.size() == qsizetype(value.bytes.size()))
        std::copy(bytes.begin(), bytes.end(), value.bytes.begin());
    return value;
}

QByteArray encodeScope(const consent::AccessScope &scope)
{
    codec::CborWriter w;
    scope.encode(w);
    return w.take();
}

consent::AccessScope decodeScope(const QByteArray &bytes)
{
    codec::CborReader r(bytes);
    return consent::AccessScope::decode(r);
}

// Operation codes of the effect log; part of the state hash, so never renumber.
enum Effect : int {
    PutIdentity = 1,
    SetNonce,
    RevokeIdentityEffect,
    PutRecord,
    SetRecordVersion,
    PutKey,
    PutAmendment,
    SetAmendmentStatus,
    PutGrant,
    RevokeGrantEffect,
    PutRequest,
    SetRequestStatus,
    PutEmergency,
    PutReceipt,
    SetValidatorsEffect,
    ClearValidators,
};

void writeField(codec::CborWriter &w, const IdentityId &v)
{
    w.writeBytes(bytesOf(v));
}
void writeField(codec::CborWriter &w, const Hash &v)
{
    w.writeBytes(bytesOf(v));
}
void writeField(codec::CborWriter &w, const crypto::X25519PublicKey &v)
{
    w.writeBytes(bytesOf(v));
}
void writeField(codec::CborWriter &w, const QString &v)
{
    w.writeText(v);
}
void writeField(codec::CborWriter &w, const QByteArray &v)
{
    w.writeBytes(v);
}
void writeField(codec::CborWriter &w, bool v)
{
    w.writeBool(v);
}
void writeField(codec::CborWriter &w, qint64 v)
{
    w.writeInteger(v);
}
void writeField(codec::CborWriter &w, quint64 v)
{
    w.writeInteger(qint64(v));
}
template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
void writeField(codec::CborWriter &w, Enum v)
{
    w.writeInteger(qint64(v));
}
template <typename T> void writeField(codec::CborWriter &w, const std::optional<T> &v)
{
    if (v)
        writeField(w, *v);
    else
        w.writeNull();
}
} // namespace

class LedgerState::Impl {
public:
    explicit Impl(storage::Database &database) : db(database) { effects.emplace(); }

    /// A prepared statement; a failure is remembered and an invalid statement returned.
    std::optional<Statement> prepare(const char *sql)
    {
        auto statement = db.prepare(QByteArrayView(sql));
        if (!statement) {
            fail(statement.error());
            return std::nullopt;
        }
        return std::move(statement).value();
    }

    void run(std::optional<Statement> &statement)
    {
        if (!statement)
            return;
        if (auto ok = statement->run(); !ok)
            fail(ok.error());
    }

    /// Steps once; true when a row is there. A storage error is remembered.
    bool firstRow(std::optional<Statement> &statement)
    {
        if (!statement)
            return false;
        switch (statement->step()) {
        case Statement::Step::Row:
            return true;
        case Statement::Step::Done:
            return false;
        case Statement::Step::Error:
            fail(statement->errorMessage());
            return false;
        }
        return false;
    }

    template <typename... Fields> void effect(Effect op, const Fields &...fields)
    {
        codec::CborWriter w;
        w.beginArray(1 + sizeof...(Fields));
        w.writeInteger(op);
        (writeField(w, fields), ...);
        w.end();
        effects->add(w.take());
    }

    void fail(const QString &message)
    {
        if (failure.isEmpty())
            failure = message;
    }

    storage::Database &db;
    std::optional<crypto::Sha256> effects;
    QString failure;
    // Identities read or written during the current block. Only the block's writer fills it,
    // and every identity write goes through this class, so it cannot go stale within a block.
    bool caching = false;
    std::map<IdentityId, std::optional<IdentityInfo>> identities;
};

LedgerState::LedgerState(storage::Database &db) : d(std::make_unique<Impl>(db)) { }

LedgerState::~LedgerState() = default;

namespace {
IdentityInfo identityFrom(const Statement &s)
{
    IdentityInfo info;
    info.id = fixedFrom<IdentityId>(s.columnBlob(0));
    info.role = Role(s.columnInt64(1));
    if (!s.columnIsNull(2))
        info.kind = InstitutionKind(s.columnInt64(2));
    info.parent = fixedFrom<IdentityId>(s.columnBlob(3));
    info.name = s.columnText(4);
    info.regionCode = s.columnText(5);
    info.licenceNumber = s.columnText(6);
    info.specialty = s.columnText(7);
    info.encryptionKey = fixedFrom<crypto::X25519PublicKey>(s.columnBlob(8));
    if (!s.columnIsNull(9))
        info.nationalIdHash = fixedFrom<Hash>(s.columnBlob(9));
    info.certificate = s.columnBlob(10);
    info.nonce = quint64(s.columnInt64(11));
    info.enrolledHeight = quint64(s.columnInt64(12));
    info.revoked = s.columnInt64(13) != 0;
    return info;
}

GrantInfo grantFrom(const Statement &s)
{
    return {fixedFrom<Hash>(s.columnBlob(0)),
            fixedFrom<IdentityId>(s.columnBlob(1)),
            fixedFrom<IdentityId>(s.columnBlob(2)),
            decodeScope(s.columnBlob(3)),
            s.columnInt64(4),
            quint64(s.columnInt64(5)),
            s.columnInt64(6) != 0};
}
} // namespace

void LedgerState::beginBlock()
{
    d->identities.clear();
    d->caching = true;
    d->effects.emplace();
}

void LedgerState::endBlock()
{
    d->caching = false;
    d->identities.clear();
}

std::optional<IdentityInfo> LedgerState::identity(const IdentityId &id) const
{
    if (d->caching) {
        if (const auto cached = d->identities.find(id); cached != d->identities.end())
            return cached->second;
    }
    auto s = d->prepare("SELECT id, role, kind, parent, name, region, licence, specialty, "
                        "encryption_key, national_id_hash, certificate, nonce, enrolled_height, "
                        "revoked FROM identities WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    std::optional<IdentityInfo> found;
    if (d->firstRow(s))
        found = identityFrom(*s);
    if (d->caching)
        d->identities[id] = found;
    return found;
}

bool LedgerState::activeNationalIdExists(const Hash &nationalIdHash) const
{
    auto s = d->prepare(
        "SELECT 1 FROM identities WHERE national_id_hash = ?1 AND revoked = 0 LIMIT 1");
    if (!s)
        return false;
    s->bindBlob(1, bytesOf(nationalIdHash));
    return d->firstRow(s);
}

std::optional<RecordInfo> LedgerState::record(const Hash &id) const
{
    auto s = d->prepare("SELECT patient, author, institution, category, encounter_time, height, "
                        "current_version FROM records WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return RecordInfo {id,
                       fixedFrom<IdentityId>(s->columnBlob(0)),
                       fixedFrom<IdentityId>(s->columnBlob(1)),
                       fixedFrom<IdentityId>(s->columnBlob(2)),
                       RecordCategory(s->columnInt64(3)),
                       s->columnInt64(4),
                       quint64(s->columnInt64(5)),
                       fixedFrom<Hash>(s->columnBlob(6))};
}

std::optional<AmendmentInfo> LedgerState::amendment(const Hash &id) const
{
    auto s = d->prepare("SELECT record, author, status, height FROM amendments WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return AmendmentInfo {id, fixedFrom<Hash>(s->columnBlob(0)),
                          fixedFrom<IdentityId>(s->columnBlob(1)),
                          AmendmentStatus(s->columnInt64(2)), quint64(s->columnInt64(3))};
}

bool LedgerState::hasPendingAmendment(const Hash &record) const
{
    auto s = d->prepare("SELECT 1 FROM amendments WHERE record = ?1 AND status = 0 LIMIT 1");
    if (!s)
        return false;
    s->bindBlob(1, bytesOf(record));
    return d->firstRow(s);
}

std::optional<GrantInfo> LedgerState::grant(const Hash &id) const
{
    auto s = d->prepare("SELECT id, patient, grantee, scope, expiry, height, revoked FROM grants "
                        "WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return grantFrom(*s);
}

QList<GrantInfo> LedgerState::activeGrants(const IdentityId &patient, qint64 at) const
{
    QList<GrantInfo> grants;
    auto s = d->prepare("SELECT id, patient, grantee, scope, expiry, height, revoked FROM grants "
                        "WHERE patient = ?1 AND revoked = 0 AND expiry > ?2 ORDER BY id");
    if (!s)
        return grants;
    s->bindBlob(1, bytesOf(patient)).bindInt64(2, at);
    while (d->firstRow(s))
        grants.append(grantFrom(*s));
    return grants;
}

std::optional<RequestInfo> LedgerState::request(const Hash &id) const
{
    auto s = d->prepare("SELECT patient, requester, scope, expiry, purpose, status, height FROM "
                        "requests WHERE id = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(id));
    if (!d->firstRow(s))
        return std::nullopt;
    return RequestInfo {id,
                        fixedFrom<IdentityId>(s->columnBlob(0)),
                        fixedFrom<IdentityId>(s->columnBlob(1)),
                        decodeScope(s->columnBlob(2)),
                        s->columnInt64(3),
                        s->columnText(4),
                        RequestStatus(s->columnInt64(5)),
                        quint64(s->columnInt64(6))};
}

bool LedgerState::hasEmergencyAccess(const IdentityId &patient, const IdentityId &reader,
                                     qint64 at) const
{
    auto s = d->prepare("SELECT 1 FROM emergencies WHERE patient = ?1 AND practitioner = ?2 AND "
                        "start <= ?3 AND expiry > ?3 LIMIT 1");
    if (!s)
        return false;
    s->bindBlob(1, bytesOf(patient)).bindBlob(2, bytesOf(reader)).bindInt64(3, at);
    return d->firstRow(s);
}

bool LedgerState::hasKey(const Hash &content, const IdentityId &recipient) const
{
    auto s = d->prepare("SELECT 1 FROM record_keys WHERE content = ?1 AND recipient = ?2");
    if (!s)
        return false;
    s->bindBlob(1, bytesOf(content)).bindBlob(2, bytesOf(recipient));
    return d->firstRow(s);
}

std::optional<QByteArray> LedgerState::sealedKey(const Hash &content,
                                                 const IdentityId &recipient) const
{
    auto s = d->prepare("SELECT sealed_key FROM record_keys WHERE content = ?1 AND recipient = ?2");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(content)).bindBlob(2, bytesOf(recipient));
    if (!d->firstRow(s))
        return std::nullopt;
    return s->columnBlob(0);
}

QList<identity::Validator> LedgerState::validators() const
{
    QList<identity::Validator> validators;
    auto s = d->prepare("SELECT node, power FROM validators ORDER BY node");
    if (!s)
        return validators;
    while (d->firstRow(s))
        validators.append({fixedFrom<IdentityId>(s->columnBlob(0)), quint64(s->columnInt64(1))});
    return validators;
}

QList<ReceiptInfo> LedgerState::receiptsForPatient(const IdentityId &patient) const
{
    QList<ReceiptInfo> receipts;
    auto s = d->prepare("SELECT id, record, reader, time, purpose, automated, emergency, height "
                        "FROM receipts WHERE patient = ?1 ORDER BY time, id");
    if (!s)
        return receipts;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        receipts.append({fixedFrom<Hash>(s->columnBlob(0)), fixedFrom<Hash>(s->columnBlob(1)),
                         fixedFrom<IdentityId>(s->columnBlob(2)), s->columnInt64(3),
                         s->columnText(4), s->columnInt64(5) != 0, s->columnInt64(6) != 0,
                         quint64(s->columnInt64(7))});
    return receipts;
}

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
    auto s = d->prepare("UPDATE identities SET nonce = ?2 WHERE id = ?1");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(id)).bindInt64(2, qint64(nonce));
    d->run(s);
    if (const auto cached = d->identities.find(id); cached != d->identities.end() && cached->second)
        cached->second->nonce = nonce;
    d->effect(SetNonce, id, nonce);
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

void LedgerState::putRecord(const RecordInfo &r)
{
    auto s = d->prepare("INSERT INTO records(id, patient, author, institution, category, "
                        "encounter_time, height, current_version) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(r.id)).bindBlob(2, bytesOf(r.patient)).bindBlob(3, bytesOf(r.author));
    s->bindBlob(4, bytesOf(r.institution)).bindInt64(5, qint64(r.category));
    s->bindInt64(6, r.encounterTime).bindInt64(7, qint64(r.height));
    s->bindBlob(8, bytesOf(r.currentVersion));
    d->run(s);
    d->effect(PutRecord, r.id, r.patient, r.author, r.institution, r.category, r.encounterTime,
              r.height, r.currentVersion);
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

Hash LedgerState::tablesDigest() const
{
    static const char *const queries[] = {
        "SELECT * FROM identities ORDER BY id",
        "SELECT * FROM validators ORDER BY node",
        "SELECT * FROM records ORDER BY id",
        "SELECT * FROM record_keys ORDER BY content, recipient",
        "SELECT * FROM amendments ORDER BY id",
        "SELECT * FROM grants ORDER BY id",
        "SELECT * FROM requests ORDER BY id",
        "SELECT * FROM emergencies ORDER BY id",
        "SELECT * FROM receipts ORDER BY id",
    };
    crypto::Sha256 hasher;
    for (const char *query : queries) {
        hasher.add(QByteArrayView(query));
        auto s = d->prepare(query);
        while (d->firstRow(s)) {
            for (int column = 0; column < s->columnCount(); ++column) {
                const QByteArray value = s->columnBlob(column);
                const QByteArray tag = s->columnIsNull(column)
                    ? QByteArrayLiteral("N")
                    : QByteArray::number(value.size()) + ':';
                hasher.add(tag);
                hasher.add(value);
            }
        }
    }
    return hasher.finish();
}

Hash LedgerState::takeEffectsDigest()
{
    const Hash digest = d->effects->finish();
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
