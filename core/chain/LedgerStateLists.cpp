// The lists the desktop's views read: a patient's records, amendments, grants, requests and
// break-glass accesses, and the directory of identities and funds. Queries only.
#include "chain/LedgerStateImpl.h"

namespace medchain::chain {

using storage::Statement;

namespace {
RecordInfo recordFrom(const Statement &s)
{
    return {fixedFrom<Hash>(s.columnBlob(0)),
            fixedFrom<IdentityId>(s.columnBlob(1)),
            fixedFrom<IdentityId>(s.columnBlob(2)),
            fixedFrom<IdentityId>(s.columnBlob(3)),
            RecordCategory(s.columnInt64(4)),
            s.columnInt64(5),
            quint64(s.columnInt64(6)),
            fixedFrom<Hash>(s.columnBlob(7))};
}

AmendmentInfo amendmentFrom(const Statement &s)
{
    return {fixedFrom<Hash>(s.columnBlob(0)), fixedFrom<Hash>(s.columnBlob(1)),
            fixedFrom<IdentityId>(s.columnBlob(2)), AmendmentStatus(s.columnInt64(3)),
            quint64(s.columnInt64(4))};
}
} // namespace

QList<RecordInfo> LedgerState::recordsForPatient(const IdentityId &patient) const
{
    QList<RecordInfo> records;
    auto s = d->prepare("SELECT id, patient, author, institution, category, encounter_time, "
                        "height, current_version FROM records WHERE patient = ?1 "
                        "ORDER BY encounter_time DESC, id");
    if (!s)
        return records;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        records.append(recordFrom(*s));
    return records;
}

QList<AmendmentInfo> LedgerState::amendmentsForRecord(const Hash &record) const
{
    QList<AmendmentInfo> amendments;
    auto s = d->prepare("SELECT id, record, author, status, height FROM amendments "
                        "WHERE record = ?1 ORDER BY height, id");
    if (!s)
        return amendments;
    s->bindBlob(1, bytesOf(record));
    while (d->firstRow(s))
        amendments.append(amendmentFrom(*s));
    return amendments;
}

QList<AmendmentInfo> LedgerState::pendingAmendmentsForPatient(const IdentityId &patient) const
{
    QList<AmendmentInfo> amendments;
    auto s = d->prepare("SELECT a.id, a.record, a.author, a.status, a.height FROM records r "
                        "JOIN amendments a ON a.record = r.id AND a.status = 0 "
                        "WHERE r.patient = ?1 ORDER BY a.height, a.id");
    if (!s)
        return amendments;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        amendments.append(amendmentFrom(*s));
    return amendments;
}

QList<GrantInfo> LedgerState::grantsForPatient(const IdentityId &patient) const
{
    QList<GrantInfo> grants;
    auto s = d->prepare("SELECT id, patient, grantee, scope, expiry, height, revoked FROM grants "
                        "WHERE patient = ?1 ORDER BY height DESC, id");
    if (!s)
        return grants;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        grants.append(grantFrom(*s));
    return grants;
}

QList<RequestInfo> LedgerState::requestsForPatient(const IdentityId &patient) const
{
    QList<RequestInfo> requests;
    auto s = d->prepare("SELECT id, requester, scope, expiry, purpose, status, height FROM "
                        "requests WHERE patient = ?1 ORDER BY height DESC, id");
    if (!s)
        return requests;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        requests.append({fixedFrom<Hash>(s->columnBlob(0)), patient,
                         fixedFrom<IdentityId>(s->columnBlob(1)), decodeScope(s->columnBlob(2)),
                         s->columnInt64(3), s->columnText(4), RequestStatus(s->columnInt64(5)),
                         quint64(s->columnInt64(6))});
    return requests;
}

QList<EmergencyInfo> LedgerState::emergenciesForPatient(const IdentityId &patient) const
{
    QList<EmergencyInfo> emergencies;
    auto s = d->prepare("SELECT id, practitioner, reason, start, expiry, height FROM emergencies "
                        "WHERE patient = ?1 ORDER BY height DESC, id");
    if (!s)
        return emergencies;
    s->bindBlob(1, bytesOf(patient));
    while (d->firstRow(s))
        emergencies.append({fixedFrom<Hash>(s->columnBlob(0)), patient,
                            fixedFrom<IdentityId>(s->columnBlob(1)), s->columnText(2),
                            s->columnInt64(3), s->columnInt64(4), quint64(s->columnInt64(5))});
    return emergencies;
}

QList<GrantInfo> LedgerState::grantsForGrantee(const IdentityId &grantee) const
{
    QList<GrantInfo> grants;
    auto s = d->prepare("SELECT id, patient, grantee, scope, expiry, height, revoked FROM grants "
                        "WHERE grantee = ?1 ORDER BY height DESC, id");
    if (!s)
        return grants;
    s->bindBlob(1, bytesOf(grantee));
    while (d->firstRow(s))
        grants.append(grantFrom(*s));
    return grants;
}

QList<EmergencyInfo> LedgerState::emergenciesByPractitioner(const IdentityId &practitioner) const
{
    QList<EmergencyInfo> emergencies;
    auto s = d->prepare("SELECT id, patient, reason, start, expiry, height FROM emergencies "
                        "WHERE practitioner = ?1 ORDER BY height DESC, id");
    if (!s)
        return emergencies;
    s->bindBlob(1, bytesOf(practitioner));
    while (d->firstRow(s))
        emergencies.append({fixedFrom<Hash>(s->columnBlob(0)),
                            fixedFrom<IdentityId>(s->columnBlob(1)), practitioner, s->columnText(2),
                            s->columnInt64(3), s->columnInt64(4), quint64(s->columnInt64(5))});
    return emergencies;
}

QList<AmendmentInfo> LedgerState::amendmentsByAuthor(const IdentityId &author) const
{
    QList<AmendmentInfo> amendments;
    auto s = d->prepare("SELECT id, record, author, status, height FROM amendments "
                        "WHERE author = ?1 ORDER BY height DESC, id");
    if (!s)
        return amendments;
    s->bindBlob(1, bytesOf(author));
    while (d->firstRow(s))
        amendments.append(amendmentFrom(*s));
    return amendments;
}

QList<IdentityInfo> LedgerState::identitiesEnrolledBy(const IdentityId &parent) const
{
    QList<IdentityInfo> identities;
    auto s = d->prepare("SELECT id, role, kind, parent, name, region, licence, specialty, "
                        "encryption_key, national_id_hash, certificate, nonce, enrolled_height, "
                        "revoked FROM identities WHERE parent = ?1 AND id != ?1 ORDER BY name, id");
    if (!s)
        return identities;
    s->bindBlob(1, bytesOf(parent));
    while (d->firstRow(s))
        identities.append(identityFrom(*s));
    return identities;
}

QList<IdentityInfo> LedgerState::identitiesWithRole(Role role) const
{
    QList<IdentityInfo> identities;
    auto s = d->prepare("SELECT id, role, kind, parent, name, region, licence, specialty, "
                        "encryption_key, national_id_hash, certificate, nonce, enrolled_height, "
                        "revoked FROM identities WHERE role = ?1 ORDER BY name, id");
    if (!s)
        return identities;
    s->bindInt64(1, qint64(role));
    while (d->firstRow(s))
        identities.append(identityFrom(*s));
    return identities;
}

QList<FundInfo> LedgerState::funds() const
{
    QList<FundInfo> funds;
    auto s = d->prepare("SELECT id, issuer, name, total_shares, last_yield_day, height FROM funds "
                        "ORDER BY name, id");
    if (!s)
        return funds;
    while (d->firstRow(s))
        funds.append({fixedFrom<Hash>(s->columnBlob(0)), fixedFrom<IdentityId>(s->columnBlob(1)),
                      s->columnText(2), s->columnInt64(3), s->columnInt64(4),
                      quint64(s->columnInt64(5))});
    return funds;
}

} // namespace medchain::chain
