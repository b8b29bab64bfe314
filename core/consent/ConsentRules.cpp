#include "consent/ConsentRules.h"

#include "crypto/X25519.h"

#include <functional>

namespace medchain::consent {

using namespace chain;

namespace {
struct ConsentRules {
    Q_DECLARE_TR_FUNCTIONS(ConsentRules)
};

Error refuse(const QString &message, const QString &code)
{
    return Error {message, code};
}

/// A scope that lists records may list only existing records of that patient.
Result<void> checkScope(const RuleContext &ctx, const AccessScope &scope, const IdentityId &patient)
{
    for (const Hash &id : scope.records) {
        const auto record = ctx.state.record(id);
        if (!record || record->patient != patient)
            return refuse(ConsentRules::tr("The scope lists a record that is not this patient's."),
                          errors::invalid());
    }
    return {};
}

Result<void> requirePatient(const RuleContext &ctx)
{
    if (ctx.sender.role != Role::Patient)
        return refuse(ConsentRules::tr("Only the patient decides who may read their records."),
                      errors::notAuthorised());
    return {};
}

Result<void> checkExpiry(const RuleContext &ctx, qint64 expiry)
{
    if (expiry <= ctx.block.time)
        return refuse(ConsentRules::tr("The expiry lies in the past."), errors::expired());
    if (expiry - ctx.block.time > ctx.genesis.parameters.maxGrantMs)
        return refuse(ConsentRules::tr("Access cannot be given for that long."), errors::invalid());
    return {};
}

/// Every shared key must be for a record of `patient` that the reader is entitled to, sealed
/// to a reader who does not hold it yet.
Result<void> checkShares(const RuleContext &ctx, const QList<RecordKeyShare> &shares,
                         const IdentityId &reader,
                         const std::function<bool(const RecordInfo &)> &entitled)
{
    for (const RecordKeyShare &share : shares) {
        const auto record = ctx.state.record(share.record);
        if (!record)
            return refuse(ConsentRules::tr("A shared key is for an unknown record."),
                          errors::unknown());
        if (share.sealedKey.size() != kSealedKeySize)
            return refuse(ConsentRules::tr("A sealed content key has the wrong size."),
                          errors::invalid());
        if (!entitled(*record))
            return refuse(ConsentRules::tr("A shared key is for a record the reader may not read."),
                          errors::notAuthorised());
        if (ctx.state.hasKey(record->currentVersion, reader))
            return refuse(ConsentRules::tr("The reader already holds the key of a shared record."),
                          errors::exists());
    }
    return {};
}

void storeShares(const RuleContext &ctx, const QList<RecordKeyShare> &shares,
                 const IdentityId &reader)
{
    // A share opens the version in force, which is what a reader should see.
    for (const RecordKeyShare &share : shares)
        ctx.state.putKey(ctx.state.record(share.record)->currentVersion, reader, share.sealedKey);
}
} // namespace

bool isActiveReader(const LedgerState &state, const IdentityInfo &who)
{
    if (who.revoked)
        return false;
    if (who.role == Role::Institution)
        return true;
    if (who.role != Role::Practitioner)
        return false;
    const auto institution = state.identity(who.parent);
    return institution && !institution->revoked;
}

Result<void> applyRule(const RuleContext &ctx, const GrantAccess &body)
{
    if (auto ok = requirePatient(ctx); !ok)
        return ok;
    const auto grantee = ctx.state.identity(body.grantee);
    if (!grantee || !isActiveReader(ctx.state, *grantee))
        return refuse(ConsentRules::tr("Access can be granted to an active practitioner or "
                                       "institution only."),
                      errors::invalid());
    if (auto ok = checkExpiry(ctx, body.expiry); !ok)
        return ok;
    if (auto ok = checkScope(ctx, body.scope, ctx.sender.id); !ok)
        return ok;
    if (body.request) {
        const auto request = ctx.state.request(*body.request);
        if (!request || request->patient != ctx.sender.id || request->requester != body.grantee)
            return refuse(ConsentRules::tr("The answered request is not this patient's request "
                                           "from this grantee."),
                          errors::invalid());
        if (request->status != RequestStatus::Pending)
            return refuse(ConsentRules::tr("The request has already been answered."),
                          errors::state());
    }
    auto entitled = [&](const RecordInfo &record) {
        return record.patient == ctx.sender.id && body.scope.covers(record.id, record.category);
    };
    if (auto ok = checkShares(ctx, body.shares, body.grantee, entitled); !ok)
        return ok;

    ctx.state.putGrant({ctx.txHash, ctx.sender.id, body.grantee, body.scope, body.expiry,
                        ctx.block.height, false});
    storeShares(ctx, body.shares, body.grantee);
    if (body.request)
        ctx.state.setRequestStatus(*body.request, RequestStatus::Granted);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const RevokeGrant &body)
{
    const auto grant = ctx.state.grant(body.grant);
    if (!grant)
        return refuse(ConsentRules::tr("There is no such grant."), errors::unknown());
    if (grant->patient != ctx.sender.id)
        return refuse(ConsentRules::tr("Only the patient who gave a grant may revoke it."),
                      errors::notAuthorised());
    if (grant->revoked)
        return refuse(ConsentRules::tr("This grant is already revoked."), errors::revoked());
    ctx.state.revokeGrant(body.grant);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const RequestAccess &body)
{
    if (!isActiveReader(ctx.state, ctx.sender))
        return refuse(ConsentRules::tr("Only practitioners and institutions request access."),
                      errors::notAuthorised());
    const auto patient = ctx.state.identity(body.patient);
    if (!patient || patient->role != Role::Patient || patient->revoked)
        return refuse(ConsentRules::tr("The patient is not an active registered patient."),
                      errors::unknown());
    if (auto ok = checkExpiry(ctx, body.expiry); !ok)
        return ok;
    if (auto ok = checkScope(ctx, body.scope, body.patient); !ok)
        return ok;
    if (body.purpose.trimmed().isEmpty())
        return refuse(ConsentRules::tr("A request needs a stated purpose."), errors::invalid());
    ctx.state.putRequest({ctx.txHash, body.patient, ctx.sender.id, body.scope, body.expiry,
                          body.purpose, RequestStatus::Pending, ctx.block.height});
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const DeclineRequest &body)
{
    const auto request = ctx.state.request(body.request);
    if (!request)
        return refuse(ConsentRules::tr("There is no such request."), errors::unknown());
    if (request->patient != ctx.sender.id)
        return refuse(ConsentRules::tr("Only the patient asked may decline a request."),
                      errors::notAuthorised());
    if (request->status != RequestStatus::Pending)
        return refuse(ConsentRules::tr("The request has already been answered."), errors::state());
    ctx.state.setRequestStatus(body.request, RequestStatus::Declined);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const EmergencyAccess &body)
{
    if (ctx.sender.role != Role::Practitioner)
        return refuse(ConsentRules::tr("Only practitioners may use emergency access."),
                      errors::notAuthorised());
    const auto institution = ctx.state.identity(ctx.sender.parent);
    if (!institution || institution->revoked)
        return refuse(ConsentRules::tr("The practitioner's institution is not active."),
                      errors::revoked());
    const auto patient = ctx.state.identity(body.patient);
    if (!patient || patient->role != Role::Patient || patient->revoked)
        return refuse(ConsentRules::tr("The patient is not an active registered patient."),
                      errors::unknown());
    if (body.reason.trimmed().size() < 10)
        return refuse(
            ConsentRules::tr("Emergency access needs a reason of at least ten characters."),
            errors::invalid());
    ctx.state.putEmergency({ctx.txHash, body.patient, ctx.sender.id, body.reason, ctx.block.time,
                            ctx.block.time + ctx.genesis.parameters.emergencyAccessMs,
                            ctx.block.height});
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const ShareKeys &body)
{
    const auto reader = ctx.state.identity(body.recipient);
    if (!reader || !isActiveReader(ctx.state, *reader))
        return refuse(ConsentRules::tr("Keys can be shared with an active practitioner or "
                                       "institution only."),
                      errors::invalid());
    if (body.shares.isEmpty())
        return refuse(ConsentRules::tr("There are no keys to share."), errors::invalid());
    auto entitled = [&](const RecordInfo &record) {
        // The patient, or the institution that keeps custody of its own records.
        if (record.patient != ctx.sender.id && record.institution != ctx.sender.id)
            return false;
        if (ctx.state.hasEmergencyAccess(record.patient, body.recipient, ctx.block.time))
            return true;
        const QList<GrantInfo> grants = ctx.state.activeGrants(record.patient, ctx.block.time);
        for (const GrantInfo &grant : grants)
            if (grant.grantee == body.recipient && grant.scope.covers(record.id, record.category))
                return true;
        return false;
    };
    if (auto ok = checkShares(ctx, body.shares, body.recipient, entitled); !ok)
        return ok;
    storeShares(ctx, body.shares, body.recipient);
    return {};
}

} // namespace medchain::consent
