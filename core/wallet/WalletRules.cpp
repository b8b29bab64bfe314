#include "wallet/WalletRules.h"

#include <algorithm>

namespace medchain::wallet {

using namespace chain;

namespace {
struct WalletRules {
    Q_DECLARE_TR_FUNCTIONS(WalletRules)
};

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

Error refuse(const QString &message, const QString &code)
{
    return Error {message, code};
}

bool isInstitutionOfKind(const IdentityInfo &who, std::initializer_list<InstitutionKind> kinds)
{
    return who.role == Role::Institution && who.kind
        && std::find(kinds.begin(), kinds.end(), *who.kind) != kinds.end();
}

bool isActive(const LedgerState &state, const IdentityId &id, Role role)
{
    const auto who = state.identity(id);
    return who && !who->revoked && who->role == role;
}

Result<void> requireFunds(const RuleContext &ctx, const AccountId &account, Amount amount)
{
    if (ctx.state.balance(account) < amount)
        return refuse(WalletRules::tr("The balance is too low for this payment."), errors::funds());
    return {};
}

Result<void> requireRoom(const RuleContext &ctx, const AccountId &account, Amount amount)
{
    if (!checkedAdd(ctx.state.balance(account), amount))
        return refuse(WalletRules::tr("The receiving account cannot hold that much."),
                      errors::invalid());
    return {};
}

Result<ProgramInfo> ownProgram(const RuleContext &ctx, const Hash &id)
{
    auto program = ctx.state.program(id);
    if (!program)
        return refuse(WalletRules::tr("There is no such subsidy program."), errors::unknown());
    if (program->owner != ctx.sender.id)
        return refuse(WalletRules::tr("Only the program's owner may do this."),
                      errors::notAuthorised());
    return std::move(program).value();
}

Result<FundInfo> activeFund(const RuleContext &ctx, const Hash &id)
{
    auto fund = ctx.state.fund(id);
    if (!fund)
        return refuse(WalletRules::tr("There is no such fund."), errors::unknown());
    const auto issuer = ctx.state.identity(fund->issuer);
    if (!issuer || issuer->revoked)
        return refuse(WalletRules::tr("The fund's issuer has been revoked."), errors::revoked());
    return std::move(fund).value();
}

/// Money moving for this transaction: from one account to another, or in or out of the chain
/// (no `from` or no `to`) through a gateway.
Movement movement(const RuleContext &ctx, EntryKind kind, std::optional<AccountId> from,
                  std::optional<AccountId> to, Amount amount)
{
    Movement m;
    m.from = std::move(from);
    m.to = std::move(to);
    m.amount = amount;
    m.kind = kind;
    m.tx = ctx.txHash;
    m.height = ctx.block.height;
    return m;
}
} // namespace

std::optional<qint64> sharesFor(Amount amount, Amount assets, qint64 shares)
{
    if (shares == 0 || assets == 0)
        return mulDivFloor(amount, SharesPerFen, 1);
    return mulDivFloor(amount, shares, assets);
}

Amount valueOf(qint64 held, Amount assets, qint64 shares)
{
    if (shares == 0)
        return 0;
    return mulDivFloor(held, assets, shares).value_or(0);
}

// --- gateway ---------------------------------------------------------------------------------

Result<void> applyRule(const RuleContext &ctx, const Deposit &body)
{
    if (!isInstitutionOfKind(ctx.sender, {InstitutionKind::PaymentGateway}))
        return refuse(WalletRules::tr("Only a payment gateway may deposit money."),
                      errors::notAuthorised());
    const auto account = ctx.state.identity(body.account);
    if (!account || account->revoked)
        return refuse(WalletRules::tr("The account is not an active identity."), errors::unknown());
    if (ctx.state.paymentExists(ctx.sender.id, PaymentKind::Deposit, body.reference, body.account))
        return refuse(WalletRules::tr("This payment reference has been used already."),
                      errors::exists());
    if (auto ok = requireRoom(ctx, accountOf(body.account), body.amount); !ok)
        return ok;

    ctx.state.putPayment({ctx.sender.id, body.reference, PaymentKind::Deposit, body.account,
                          body.amount, ctx.txHash, ctx.block.height});
    Movement m
        = movement(ctx, EntryKind::Deposit, std::nullopt, accountOf(body.account), body.amount);
    m.gateway = accountOf(ctx.sender.id);
    m.subject = body.reference.toUtf8();
    ctx.state.moveMoney(m);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const Withdraw &body)
{
    const auto gateway = ctx.state.identity(body.gateway);
    if (!gateway || gateway->revoked
        || !isInstitutionOfKind(*gateway, {InstitutionKind::PaymentGateway}))
        return refuse(WalletRules::tr("Money can only be withdrawn through an active payment "
                                      "gateway."),
                      errors::unknown());
    if (ctx.state.paymentExists(body.gateway, PaymentKind::Withdrawal, body.reference,
                                ctx.sender.id))
        return refuse(WalletRules::tr("You have used this withdrawal reference already."),
                      errors::exists());
    if (auto ok = requireFunds(ctx, accountOf(ctx.sender.id), body.amount); !ok)
        return ok;

    ctx.state.putPayment({body.gateway, body.reference, PaymentKind::Withdrawal, ctx.sender.id,
                          body.amount, ctx.txHash, ctx.block.height});
    Movement m
        = movement(ctx, EntryKind::Withdrawal, accountOf(ctx.sender.id), std::nullopt, body.amount);
    m.gateway = accountOf(body.gateway);
    m.subject = body.reference.toUtf8();
    ctx.state.moveMoney(m);
    return {};
}

// --- invoices --------------------------------------------------------------------------------

Result<void> applyRule(const RuleContext &ctx, const IssueInvoice &body)
{
    if (!isInstitutionOfKind(ctx.sender, {InstitutionKind::Hospital, InstitutionKind::Clinic}))
        return refuse(WalletRules::tr("Only a hospital or clinic may issue an invoice."),
                      errors::notAuthorised());
    if (!isActive(ctx.state, body.patient, Role::Patient))
        return refuse(WalletRules::tr("The patient is not an active registered patient."),
                      errors::unknown());
    if (body.encounter) {
        const auto record = ctx.state.record(*body.encounter);
        if (!record)
            return refuse(WalletRules::tr("The invoice's encounter is not a record."),
                          errors::unknown());
        if (record->patient != body.patient || record->institution != ctx.sender.id)
            return refuse(WalletRules::tr("The invoice's encounter is not this patient's record "
                                          "at this institution."),
                          errors::invalid());
    }
    InvoiceInfo invoice;
    invoice.id = ctx.txHash;
    invoice.institution = ctx.sender.id;
    invoice.patient = body.patient;
    invoice.feeType = body.feeType;
    invoice.amount = body.amount;
    invoice.encounter = body.encounter;
    invoice.height = ctx.block.height;
    ctx.state.putInvoice(invoice);
    return {};
}

namespace {
Result<InvoiceInfo> openInvoice(const RuleContext &ctx, const Hash &id)
{
    auto invoice = ctx.state.invoice(id);
    if (!invoice)
        return refuse(WalletRules::tr("There is no such invoice."), errors::unknown());
    if (invoice->status == InvoiceStatus::Paid)
        return refuse(WalletRules::tr("The invoice has been paid already."), errors::state());
    if (invoice->status == InvoiceStatus::Cancelled)
        return refuse(WalletRules::tr("The invoice has been cancelled."), errors::state());
    return std::move(invoice).value();
}
} // namespace

Result<void> applyRule(const RuleContext &ctx, const PayInvoice &body)
{
    const auto existing = ctx.state.invoice(body.invoice);
    if (existing && existing->patient != ctx.sender.id)
        return refuse(WalletRules::tr("Only the invoiced patient may pay it."),
                      errors::notAuthorised());
    const auto invoice = openInvoice(ctx, body.invoice);
    if (!invoice)
        return invoice.failure();
    const auto institution = ctx.state.identity(invoice->institution);
    if (!institution || institution->revoked)
        return refuse(WalletRules::tr("The issuing institution has been revoked."),
                      errors::revoked());
    if (auto ok = requireFunds(ctx, accountOf(ctx.sender.id), invoice->amount); !ok)
        return ok;
    if (auto ok = requireRoom(ctx, accountOf(invoice->institution), invoice->amount); !ok)
        return ok;

    Movement m = movement(ctx, EntryKind::Invoice, accountOf(ctx.sender.id),
                          accountOf(invoice->institution), invoice->amount);
    m.subject = bytesOf(invoice->id).toByteArray();
    ctx.state.moveMoney(m);
    ctx.state.setInvoiceStatus(invoice->id, InvoiceStatus::Paid, ctx.txHash);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const CancelInvoice &body)
{
    const auto existing = ctx.state.invoice(body.invoice);
    if (existing && existing->institution != ctx.sender.id)
        return refuse(WalletRules::tr("Only the issuing institution may cancel an invoice."),
                      errors::notAuthorised());
    const auto invoice = openInvoice(ctx, body.invoice);
    if (!invoice)
        return invoice.failure();
    ctx.state.setInvoiceStatus(invoice->id, InvoiceStatus::Cancelled, ctx.txHash);
    return {};
}

// --- subsidy programs ------------------------------------------------------------------------

Result<void> applyRule(const RuleContext &ctx, const CreateProgram &body)
{
    if (ctx.sender.role != Role::Authority
        && !isInstitutionOfKind(ctx.sender, {InstitutionKind::TrialSponsor}))
        return refuse(WalletRules::tr("Only the health authority or a trial sponsor may create a "
                                      "subsidy program."),
                      errors::notAuthorised());
    if (body.funding > 0)
        if (auto ok = requireFunds(ctx, accountOf(ctx.sender.id), body.funding); !ok)
            return ok;

    ProgramInfo program;
    program.id = ctx.txHash;
    program.owner = ctx.sender.id;
    program.name = body.name;
    program.category = body.category;
    program.codes = body.codes;
    program.amountPerEvent = body.amountPerEvent;
    program.capPerPatient = body.capPerPatient;
    program.height = ctx.block.height;
    ctx.state.putProgram(program);
    if (body.funding > 0) {
        ctx.state.moveMoney(movement(ctx, EntryKind::ProgramFunding, accountOf(ctx.sender.id),
                                     program.id, body.funding));
    }
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const FundProgram &body)
{
    const auto program = ownProgram(ctx, body.program);
    if (!program)
        return program.failure();
    if (auto ok = requireFunds(ctx, accountOf(ctx.sender.id), body.amount); !ok)
        return ok;
    if (auto ok = requireRoom(ctx, program->id, body.amount); !ok)
        return ok;
    ctx.state.moveMoney(movement(ctx, EntryKind::ProgramFunding, accountOf(ctx.sender.id),
                                 program->id, body.amount));
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const EnrollBeneficiary &body)
{
    const auto program = ownProgram(ctx, body.program);
    if (!program)
        return program.failure();
    if (!isActive(ctx.state, body.patient, Role::Patient))
        return refuse(WalletRules::tr("The patient is not an active registered patient."),
                      errors::unknown());
    if (ctx.state.beneficiary(body.program, body.patient))
        return refuse(WalletRules::tr("The patient is enrolled in this program already."),
                      errors::exists());
    ctx.state.putBeneficiary({body.program, body.patient, 0, ctx.block.height});
    return {};
}

Result<void> checkSubsidyClaims(const RuleContext &ctx, const QList<Hash> &claims)
{
    for (const Hash &claim : claims) {
        const auto program = ctx.state.program(claim);
        if (!program)
            return refuse(WalletRules::tr("The record claims an unknown subsidy program."),
                          errors::unknown());
        if (program->codes.isEmpty())
            return refuse(WalletRules::tr("The record claims a program without diagnosis codes; "
                                          "such programs pay without a claim."),
                          errors::invalid());
    }
    return {};
}

void paySubsidies(const RuleContext &ctx, const RecordInfo &record, const QList<Hash> &claims)
{
    for (const BeneficiaryInfo &enrolment : ctx.state.enrolments(record.patient)) {
        const auto program = ctx.state.program(enrolment.program);
        if (!program)
            continue;
        if (program->category && *program->category != record.category)
            continue;
        if (!program->codes.isEmpty() && !claims.contains(program->id))
            continue;
        const auto owner = ctx.state.identity(program->owner);
        if (!owner || owner->revoked)
            continue; // a revoked sponsor's program pays no more

        const Amount pool = ctx.state.balance(program->id);
        const Amount capLeft = program->capPerPatient == 0
            ? MaxAmount
            : std::max<Amount>(0, program->capPerPatient - enrolment.paid);
        Amount pay = std::min({program->amountPerEvent, pool, capLeft});
        // A patient's balance near the integer limit cannot take more; it never gets near it
        // through real payments, but a record must not fail because of someone's balance.
        if (!checkedAdd(ctx.state.balance(accountOf(record.patient)), pay))
            pay = 0;
        SubsidyStatus status = SubsidyStatus::Paid;
        if (pay < program->amountPerEvent)
            status = capLeft <= pool ? SubsidyStatus::CapReached : SubsidyStatus::PoolExhausted;

        if (pay > 0) {
            Movement m
                = movement(ctx, EntryKind::Subsidy, program->id, accountOf(record.patient), pay);
            m.subject = bytesOf(record.id).toByteArray();
            ctx.state.moveMoney(m);
            ctx.state.setBeneficiaryPaid(program->id, record.patient, enrolment.paid + pay);
        }
        ctx.state.putSubsidy(
            {record.id, program->id, record.patient, pay, status, ctx.block.height, 0});
    }
}

// --- the money-market fund -------------------------------------------------------------------

Result<void> applyRule(const RuleContext &ctx, const CreateFund &body)
{
    if (!isInstitutionOfKind(ctx.sender, {InstitutionKind::FundManager}))
        return refuse(WalletRules::tr("Only a licensed fund manager may issue a fund."),
                      errors::notAuthorised());
    // Yields start on the fund's first day: the issuer may publish a missed day late, but not
    // days before the fund existed.
    ctx.state.putFund(
        {ctx.txHash, ctx.sender.id, body.name, 0, ctx.block.time / kDayMs - 1, ctx.block.height});
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const Subscribe &body)
{
    const auto fund = activeFund(ctx, body.fund);
    if (!fund)
        return fund.failure();
    if (auto ok = requireFunds(ctx, accountOf(ctx.sender.id), body.amount); !ok)
        return ok;
    if (auto ok = requireRoom(ctx, fund->id, body.amount); !ok)
        return ok;
    const auto minted = sharesFor(body.amount, ctx.state.balance(fund->id), fund->totalShares);
    const qint64 held = ctx.state.holding(fund->id, ctx.sender.id);
    const auto total = minted ? checkedAdd(fund->totalShares, *minted) : std::nullopt;
    if (!minted || *minted == 0 || !total)
        return refuse(WalletRules::tr("This amount does not buy a whole number of shares."),
                      errors::invalid());

    Movement m
        = movement(ctx, EntryKind::Subscription, accountOf(ctx.sender.id), fund->id, body.amount);
    m.shares = *minted;
    ctx.state.moveMoney(m);
    ctx.state.setHolding(fund->id, ctx.sender.id, held + *minted);
    ctx.state.setFund(fund->id, *total, fund->lastYieldDay);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const Redeem &body)
{
    const auto fund = ctx.state.fund(body.fund); // a revoked issuer's holders may still leave
    if (!fund)
        return refuse(WalletRules::tr("There is no such fund."), errors::unknown());
    const Amount assets = ctx.state.balance(fund->id);
    const qint64 held = ctx.state.holding(fund->id, ctx.sender.id);
    const auto burned = mulDivCeil(body.amount, fund->totalShares, assets);
    // No shares burned means no shares in the fund: what is left there is no one's to take.
    if (!burned || *burned == 0 || *burned > held)
        return refuse(WalletRules::tr("The holding is worth less than the amount to redeem."),
                      errors::funds());
    if (auto ok = requireRoom(ctx, accountOf(ctx.sender.id), body.amount); !ok)
        return ok;

    Movement m
        = movement(ctx, EntryKind::Redemption, fund->id, accountOf(ctx.sender.id), body.amount);
    m.shares = -*burned;
    ctx.state.moveMoney(m);
    ctx.state.setHolding(fund->id, ctx.sender.id, held - *burned);
    ctx.state.setFund(fund->id, fund->totalShares - *burned, fund->lastYieldDay);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const PublishYield &body)
{
    const auto fund = activeFund(ctx, body.fund);
    if (!fund)
        return fund.failure();
    if (fund->issuer != ctx.sender.id)
        return refuse(WalletRules::tr("Only the fund's issuer may publish its yield."),
                      errors::notAuthorised());
    if (body.day <= fund->lastYieldDay)
        return refuse(WalletRules::tr("A yield for this day or a later one has been published."),
                      errors::state());
    if (body.day > ctx.block.time / kDayMs)
        return refuse(WalletRules::tr("The yield's day has not begun."), errors::invalid());
    const Amount assets = ctx.state.balance(fund->id);
    const Amount amount = mulDivFloor(assets, qint64(body.ratePpb), 1'000'000'000).value_or(0);
    if (amount > 0) {
        if (auto ok = requireFunds(ctx, accountOf(ctx.sender.id), amount); !ok)
            return ok;
        if (auto ok = requireRoom(ctx, fund->id, amount); !ok)
            return ok;
    }

    if (amount > 0) {
        ctx.state.moveMoney(
            movement(ctx, EntryKind::Yield, accountOf(ctx.sender.id), fund->id, amount));
    }
    ctx.state.putYield(
        {fund->id, body.day, body.ratePpb, amount, assets, fund->totalShares, ctx.block.height});
    ctx.state.setFund(fund->id, fund->totalShares, body.day);
    return {};
}

} // namespace medchain::wallet
