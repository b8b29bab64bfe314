#include "consent/ConsentTx.h"

#include <algorithm>

namespace medchain::consent {

using namespace chain;
using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
struct ConsentTx {
    Q_DECLARE_TR_FUNCTIONS(ConsentTx)
};
} // namespace

bool AccessScope::covers(const Hash &record, RecordCategory category) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::Categories:
        return categories.contains(category);
    case Kind::Records:
        return std::binary_search(records.cbegin(), records.cend(), record);
    }
    return false;
}

void AccessScope::encode(CborWriter &w) const
{
    w.beginMap(kind == Kind::All ? 1 : 2);
    w.key(0);
    w.writeInteger(qint64(kind));
    if (kind == Kind::Categories) {
        w.key(1);
        w.beginArray(quint64(categories.size()));
        for (RecordCategory category : categories)
            w.writeInteger(qint64(category));
        w.end();
    } else if (kind == Kind::Records) {
        w.key(2);
        writeHashList(w, records);
    }
    w.end();
}

AccessScope AccessScope::decode(CborReader &r)
{
    AccessScope scope;
    CborMapReader map(r, 2);
    map.require(0);
    scope.kind = readEnum(r, Kind::All, Kind::Records);
    if (scope.kind == Kind::Categories) {
        map.require(1);
        const quint64 count = r.readArrayHeader(16);
        for (quint64 i = 0; i < count && !r.hasError(); ++i) {
            const auto category
                = readEnum(r, RecordCategory::Encounter, RecordCategory::Vaccination);
            if (!scope.categories.isEmpty() && !(scope.categories.last() < category))
                r.fail(ConsentTx::tr("categories must be sorted, without repeats"));
            scope.categories.append(category);
        }
        if (!r.hasError() && scope.categories.isEmpty())
            r.fail(ConsentTx::tr("a scope by category must name at least one"));
    } else if (scope.kind == Kind::Records) {
        map.require(2);
        scope.records = readHashList(r, limits::MaxListItems);
        if (!r.hasError() && scope.records.isEmpty())
            r.fail(ConsentTx::tr("a scope by record must name at least one"));
    }
    map.finish();
    return scope;
}

void GrantAccess::encode(CborWriter &w) const
{
    w.beginMap(request ? 5 : 4);
    w.key(0);
    writeIdentity(w, grantee);
    w.key(1);
    scope.encode(w);
    w.key(2);
    w.writeInteger(expiry);
    w.key(3);
    writeKeyShares(w, shares);
    if (request) {
        w.key(4);
        writeHash(w, *request);
    }
    w.end();
}

GrantAccess GrantAccess::decode(CborReader &r)
{
    GrantAccess body;
    CborMapReader map(r, 5);
    map.require(0);
    body.grantee = readIdentity(r);
    map.require(1);
    body.scope = AccessScope::decode(r);
    map.require(2);
    body.expiry = r.readInteger();
    map.require(3);
    body.shares = readKeyShares(r);
    if (map.field(4))
        body.request = readHash(r);
    map.finish();
    return body;
}

void RevokeGrant::encode(CborWriter &w) const
{
    w.beginMap(1);
    w.key(0);
    writeHash(w, grant);
    w.end();
}

RevokeGrant RevokeGrant::decode(CborReader &r)
{
    RevokeGrant body;
    CborMapReader map(r, 1);
    map.require(0);
    body.grant = readHash(r);
    map.finish();
    return body;
}

void RequestAccess::encode(CborWriter &w) const
{
    w.beginMap(4);
    w.key(0);
    writeIdentity(w, patient);
    w.key(1);
    scope.encode(w);
    w.key(2);
    w.writeInteger(expiry);
    w.key(3);
    w.writeText(purpose);
    w.end();
}

RequestAccess RequestAccess::decode(CborReader &r)
{
    RequestAccess body;
    CborMapReader map(r, 4);
    map.require(0);
    body.patient = readIdentity(r);
    map.require(1);
    body.scope = AccessScope::decode(r);
    map.require(2);
    body.expiry = r.readInteger();
    map.require(3);
    body.purpose = r.readText(limits::MaxShortTextLength);
    map.finish();
    return body;
}

void DeclineRequest::encode(CborWriter &w) const
{
    w.beginMap(1);
    w.key(0);
    writeHash(w, request);
    w.end();
}

DeclineRequest DeclineRequest::decode(CborReader &r)
{
    DeclineRequest body;
    CborMapReader map(r, 1);
    map.require(0);
    body.request = readHash(r);
    map.finish();
    return body;
}

void EmergencyAccess::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeIdentity(w, patient);
    w.key(1);
    w.writeText(reason);
    w.end();
}

EmergencyAccess EmergencyAccess::decode(CborReader &r)
{
    EmergencyAccess body;
    CborMapReader map(r, 2);
    map.require(0);
    body.patient = readIdentity(r);
    map.require(1);
    body.reason = r.readText(limits::MaxShortTextLength);
    map.finish();
    return body;
}

void ShareKeys::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeIdentity(w, recipient);
    w.key(1);
    writeKeyShares(w, shares);
    w.end();
}

ShareKeys ShareKeys::decode(CborReader &r)
{
    ShareKeys body;
    CborMapReader map(r, 2);
    map.require(0);
    body.recipient = readIdentity(r);
    map.require(1);
    body.shares = readKeyShares(r);
    map.finish();
    return body;
}

} // namespace medchain::consent
