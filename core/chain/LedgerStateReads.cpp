#include "chain/LedgerStateImpl.h"

namespace medchain::chain {

using storage::Statement;

Result<crypto::Certificate> LedgerState::certificate(const QByteArray &der) const
{
    if (const auto found = d->certificates.constFind(der); found != d->certificates.cend())
        return *found;
    auto parsed = crypto::Certificate::fromDer(der);
    if (parsed && d->caching)
        d->certificates.insert(der, parsed.value());
    return parsed;
}

void LedgerState::beginBlock()
{
    d->identities.clear();
    d->certificates.clear();
    d->activeGrants.clear();
    d->forgetBlockMoney();
    d->caching = true;
    d->effects.emplace();
}

void LedgerState::endBlock()
{
    d->caching = false;
    d->identities.clear();
    d->certificates.clear();
    d->activeGrants.clear();
    d->dirtyNonces.clear();
    d->forgetBlockMoney();
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

std::optional<IdentityInfo>
LedgerState::activePatientWithNationalId(const Hash &nationalIdHash) const
{
    auto s = d->prepare("SELECT id, role, kind, parent, name, region, licence, specialty, "
                        "encryption_key, national_id_hash, certificate, nonce, enrolled_height, "
                        "revoked FROM identities WHERE national_id_hash = ?1 AND revoked = 0 "
                        "AND role = ?2 LIMIT 1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(nationalIdHash));
    s->bindInt64(2, qint64(Role::Patient));
    if (!d->firstRow(s))
        return std::nullopt;
    return identityFrom(*s);
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
    if (d->caching) {
        const auto cached = d->activeGrants.find(patient);
        if (cached != d->activeGrants.end() && cached->second.first == at)
            return cached->second.second;
    }
    QList<GrantInfo> grants;
    auto s = d->prepare("SELECT id, patient, grantee, scope, expiry, height, revoked FROM grants "
                        "WHERE patient = ?1 AND revoked = 0 AND expiry > ?2 ORDER BY id");
    if (!s)
        return grants;
    s->bindBlob(1, bytesOf(patient)).bindInt64(2, at);
    while (d->firstRow(s))
        grants.append(grantFrom(*s));
    if (d->caching)
        d->activeGrants[patient] = {at, grants};
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
    return sealedKey(content, recipient).has_value();
}

std::optional<QByteArray> LedgerState::sealedKey(const Hash &content,
                                                 const IdentityId &recipient) const
{
    auto shared
        = d->prepare("SELECT sealed_key FROM record_keys WHERE content = ?1 AND recipient = ?2");
    if (!shared)
        return std::nullopt;
    shared->bindBlob(1, bytesOf(content)).bindBlob(2, bytesOf(recipient));
    if (d->firstRow(shared))
        return shared->columnBlob(0);
    // A record's first version keeps its envelopes in its row.
    auto first = d->prepare("SELECT keys FROM records WHERE id = ?1");
    if (!first)
        return std::nullopt;
    first->bindBlob(1, bytesOf(content));
    if (!d->firstRow(first))
        return std::nullopt;
    return findPackedKey(first->columnBlob(0), recipient);
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
        "SELECT * FROM accounts ORDER BY id",
        "SELECT * FROM entries ORDER BY rowid",
        "SELECT * FROM payments ORDER BY gateway, kind, reference, account",
        "SELECT * FROM invoices ORDER BY id",
        "SELECT * FROM programs ORDER BY id",
        "SELECT * FROM beneficiaries ORDER BY program, patient",
        "SELECT * FROM subsidies ORDER BY record, program",
        "SELECT * FROM funds ORDER BY id",
        "SELECT * FROM holdings ORDER BY fund, holder",
        "SELECT * FROM yields ORDER BY fund, day",
        "SELECT * FROM equivocations ORDER BY rowid",
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

} // namespace medchain::chain
