#include "records/RecordRules.h"

#include "consent/ConsentRules.h"

#include "crypto/X25519.h"
#include "wallet/WalletRules.h"

#include <algorithm>

namespace medchain::records {

using namespace chain;

namespace {
struct RecordRules {
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
};

// A sealed 32-byte content key: the key plus the sealed box's overhead.
Error refuse(const QString &message, const QString &code)
{
    return Error {message, code};
}

bool isActive(const LedgerState &state, const IdentityId &id, Role role)
{
    const auto who = state.identity(id);
    return who && who->role == role && !who->revoked;
}

/// The author must be an active practitioner of an active institution.
Result<IdentityInfo> activeInstitutionOf(const RuleContext &ctx)
{
    if (ctx.sender.role != Role::Practitioner)
        return refuse(RecordRules::tr("Only enrolled practitioners write records."),
                      errors::notAuthorised());
    const auto institution = ctx.state.identity(ctx.sender.parent);
    if (!institution || institution->revoked)
        return refuse(RecordRules::tr("The practitioner's institution is not active."),
                      errors::revoked());
    return institution.value();
}

Result<void> checkEnvelopes(const RuleContext &ctx, const QList<KeyEnvelope> &envelopes,
                            const IdentityId &patient, RecordCategory category)
{
    const QList<IdentityId> required
        = requiredRecipients(ctx.state, patient, ctx.sender, category, ctx.block.time);
    QList<IdentityId> given;
    for (const KeyEnvelope &envelope : envelopes) {
        if (envelope.sealedKey.size() != kSealedKeySize)
            return refuse(RecordRules::tr("A sealed content key has the wrong size."),
                          errors::invalid());
        given.append(envelope.recipient);
    }
    if (given != required)
        return refuse(RecordRules::tr("The record must be sealed to exactly the patient, the "
                                      "author, the author's institution and the patient's "
                                      "active grantees (%1 expected, %2 given).")
                          .arg(required.size())
                          .arg(given.size()),
                      errors::recipients());
    return {};
}

} // namespace

QList<IdentityId> requiredRecipients(const LedgerState &state, const IdentityId &patient,
                                     const IdentityInfo &author, RecordCategory category, qint64 at)
{
    QList<IdentityId> recipients {patient, author.id, author.parent};
    const QList<GrantInfo> grants = state.activeGrants(patient, at);
    for (const GrantInfo &grant : grants) {
        // A grant listing records cannot cover a record that does not exist yet.
        const bool covers = grant.scope.kind == consent::AccessScope::Kind::All
            || (grant.scope.kind == consent::AccessScope::Kind::Categories
                && grant.scope.categories.contains(category));
        const auto grantee = state.identity(grant.grantee);
        if (covers && grantee && consent::isActiveReader(state, *grantee))
            recipients.append(grant.grantee);
    }
    std::sort(recipients.begin(), recipients.end());
    recipients.erase(std::unique(recipients.begin(), recipients.end()), recipients.end());
    return recipients;
}

Result<void> applyRule(const RuleContext &ctx, const AddRecord &body)
{
    const auto institution = activeInstitutionOf(ctx);
    if (!institution)
        return institution.failure();
    if (!isActive(ctx.state, body.patient, Role::Patient))
        return refuse(RecordRules::tr("The patient is not an active registered patient."),
                      errors::unknown());
    if (body.encounterTime > ctx.block.time + ctx.genesis.parameters.maxClockSkewMs)
        return refuse(RecordRules::tr("The encounter lies in the future."), errors::invalid());
    if (body.ciphertext.isEmpty() || body.supervision.isEmpty())
        return refuse(RecordRules::tr("A record needs its content and its supervision summary."),
                      errors::invalid());
    if (auto ok = checkEnvelopes(ctx, body.envelopes, body.patient, body.category); !ok)
        return ok;
    if (auto ok = wallet::checkSubsidyClaims(ctx, body.claims); !ok)
        return ok;

    RecordInfo record;
    record.id = ctx.txHash;
    record.patient = body.patient;
    record.author = ctx.sender.id;
    record.institution = ctx.sender.parent;
    record.category = body.category;
    record.encounterTime = body.encounterTime;
    record.height = ctx.block.height;
    record.currentVersion = ctx.txHash;
    ctx.state.putRecord(record, body.envelopes);
    wallet::paySubsidies(ctx, record, body.claims);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const ProposeAmendment &body)
{
    const auto record = ctx.state.record(body.record);
    if (!record)
        return refuse(RecordRules::tr("There is no such record."), errors::unknown());
    if (record->author != ctx.sender.id)
        return refuse(RecordRules::tr("Only the record's author may propose an amendment."),
                      errors::notAuthorised());
    const auto institution = activeInstitutionOf(ctx);
    if (!institution)
        return institution.failure();
    if (!isActive(ctx.state, record->patient, Role::Patient))
        return refuse(RecordRules::tr("The patient is not an active registered patient."),
                      errors::unknown());
    if (ctx.state.hasPendingAmendment(body.record))
        return refuse(RecordRules::tr("An amendment of this record already awaits the patient."),
                      errors::state());
    if (body.ciphertext.isEmpty() || body.supervision.isEmpty())
        return refuse(
            RecordRules::tr("An amendment needs its content and its supervision summary."),
            errors::invalid());
    if (auto ok = checkEnvelopes(ctx, body.envelopes, record->patient, record->category); !ok)
        return ok;

    ctx.state.putAmendment(
        {ctx.txHash, body.record, ctx.sender.id, AmendmentStatus::Pending, ctx.block.height});
    ctx.state.putKeys(ctx.txHash, body.envelopes);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const AnswerAmendment &body)
{
    const auto amendment = ctx.state.amendment(body.amendment);
    if (!amendment)
        return refuse(RecordRules::tr("There is no such amendment."), errors::unknown());
    const auto record = ctx.state.record(amendment->record);
    if (!record || record->patient != ctx.sender.id)
        return refuse(RecordRules::tr("Only the patient confirms or rejects an amendment."),
                      errors::notAuthorised());
    if (amendment->status != AmendmentStatus::Pending)
        return refuse(RecordRules::tr("This amendment has already been answered."),
                      errors::state());
    ctx.state.setAmendmentStatus(
        body.amendment, body.accept ? AmendmentStatus::Confirmed : AmendmentStatus::Rejected);
    if (body.accept)
        ctx.state.setRecordVersion(amendment->record, body.amendment);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const AccessReceipt &body)
{
    const auto record = ctx.state.record(body.record);
    if (!record)
        return refuse(RecordRules::tr("There is no such record."), errors::unknown());
    if (record->patient == ctx.sender.id)
        return refuse(RecordRules::tr("Patients do not leave receipts for their own records."),
                      errors::invalid());
    if (body.purpose.trimmed().isEmpty())
        return refuse(RecordRules::tr("A read needs a stated purpose."), errors::invalid());
    // A receipt admits a read. It is refused only from someone who could not have read the
    // record at all: never because a grant lapsed, which would hide the read from the patient.
    const bool holdsKey = ctx.state.hasKey(record->currentVersion, ctx.sender.id)
        || ctx.state.hasKey(record->id, ctx.sender.id);
    const bool emergency
        = ctx.state.hasEmergencyAccess(record->patient, ctx.sender.id, ctx.block.time);
    if (!holdsKey && !emergency)
        return refuse(RecordRules::tr("The sender holds no key to this record."),
                      errors::notAuthorised());
    bool granted = record->author == ctx.sender.id || record->institution == ctx.sender.id;
    const QList<GrantInfo> grants = ctx.state.activeGrants(record->patient, ctx.block.time);
    for (const GrantInfo &grant : grants)
        granted = granted
            || (grant.grantee == ctx.sender.id && grant.scope.covers(record->id, record->category));

    ReceiptInfo receipt;
    receipt.id = ctx.txHash;
    receipt.record = body.record;
    receipt.reader = ctx.sender.id;
    receipt.time = ctx.tx.time;
    receipt.purpose = body.purpose;
    receipt.automated = body.automated;
    receipt.emergency = !granted && emergency;
    receipt.height = ctx.block.height;
    ctx.state.putReceipt(receipt);
    return {};
}

} // namespace medchain::records
