#include "demo/WalletBook.h"

#include "wallet/WalletRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace medchain::demo {

using chain::InstitutionKind;
using chain::InvoiceStatus;
using chain::SubsidyStatus;
using wallet::checkedAdd;
using wallet::MaxAmount;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

bool isAmount(wallet::Amount amount, bool zeroAllowed = false)
{
    return amount <= MaxAmount && (amount > 0 || (zeroAllowed && amount == 0));
}

bool isName(const QString &name)
{
    return !name.trimmed().isEmpty() && name.size() <= chain::limits::MaxNameLength;
}

bool areCodes(const QStringList &codes)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"));
    if (quint64(codes.size()) > chain::limits::MaxProgramCodes)
        return false;
    for (qsizetype i = 0; i < codes.size(); ++i)
        if (!pattern.match(codes[i]).hasMatch() || (i > 0 && !(codes[i - 1] < codes[i])))
            return false;
    return true;
}

} // namespace

WalletBook::WalletBook(const Scenario &scenario)
    : m_scenario(scenario),
      m_patients(size_t(scenario.patients.size()), 0),
      m_institutions(size_t(scenario.institutions.size()), 0)
{
}

Result<void> WalletBook::apply(const Event &event)
{
    return std::visit(
        [&](const auto &e) -> Result<void> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, YieldEvent>)
                return apply(e, event.time);
            else if constexpr (
                std::is_same_v<
                    T,
                    AmendmentEvent> || std::is_same_v<T, GrantEvent> || std::is_same_v<T, RequestEvent> || std::is_same_v<T, ReadEvent> || std::is_same_v<T, EmergencyEvent>)
                return {};
            else
                return apply(e);
        },
        event.what);
}

// --- accounts --------------------------------------------------------------------------------

bool WalletBook::isAccount(const Account &account) const
{
    switch (account.kind) {
    case Account::Kind::Patient:
        return account.index >= 0 && account.index < int(m_patients.size());
    case Account::Kind::Institution:
        return account.index >= 0 && account.index < int(m_institutions.size());
    case Account::Kind::Authority:
        return true;
    }
    return false;
}

bool WalletBook::isInstitutionOf(int institution,
                                 std::initializer_list<InstitutionKind> kinds) const
{
    return institution >= 0 && institution < m_scenario.institutions.size()
        && std::find(kinds.begin(), kinds.end(), m_scenario.institutions[institution].kind)
        != kinds.end();
}

WalletBook::Amount &WalletBook::balanceOf(const Account &account)
{
    switch (account.kind) {
    case Account::Kind::Patient:
        return m_patients[size_t(account.index)];
    case Account::Kind::Institution:
        return m_institutions[size_t(account.index)];
    case Account::Kind::Authority:
        break;
    }
    return m_authority;
}

WalletBook::Amount WalletBook::balance(const Account &account) const
{
    if (!isAccount(account))
        return 0;
    switch (account.kind) {
    case Account::Kind::Patient:
        return m_patients[size_t(account.index)];
    case Account::Kind::Institution:
        return m_institutions[size_t(account.index)];
    case Account::Kind::Authority:
        break;
    }
    return m_authority;
}

Result<void> WalletBook::take(const Account &from, Amount amount) const
{
    if (balance(from) < amount)
        return Error {tr("The balance is too low for this payment.")};
    return {};
}

Result<void> WalletBook::give(const Account &to, Amount amount) const
{
    if (!checkedAdd(balance(to), amount))
        return Error {tr("The receiving account cannot hold that much.")};
    return {};
}

WalletBook::Amount WalletBook::pool(int program) const
{
    return program >= 0 && program < int(m_programs.size()) ? m_programs[size_t(program)].pool : 0;
}

WalletBook::Amount WalletBook::fundAssets(int fund) const
{
    return fund >= 0 && fund < int(m_funds.size()) ? m_funds[size_t(fund)].assets : 0;
}

WalletBook::Amount WalletBook::holdingValue(int fund, int patient) const
{
    if (fund < 0 || fund >= int(m_funds.size()))
        return 0;
    const Fund &f = m_funds[size_t(fund)];
    return wallet::valueOf(f.holdings.value(patient), f.assets, f.shares);
}

std::optional<InvoiceStatus> WalletBook::invoiceStatus(int invoice) const
{
    if (invoice < 0 || invoice >= int(m_invoices.size()))
        return std::nullopt;
    return m_invoices[size_t(invoice)].status;
}

// --- the gateway -----------------------------------------------------------------------------

Result<void> WalletBook::apply(const PaymentEvent &e)
{
    if (!isInstitutionOf(m_scenario.cast.gateway, {InstitutionKind::PaymentGateway})
        || !isAccount(e.account))
        return Error {tr("Money goes in and out only through the scenario's payment gateway, "
                         "for an identity of the network.")};
    if (!isAmount(e.amount))
        return Error {tr("An amount must be more than nothing and at most the most one "
                         "transaction may move.")};
    if (e.reference.trimmed().isEmpty()
        || e.reference.size() > chain::limits::MaxPaymentReferenceLength
        || m_references.contains(e.reference))
        return Error {tr("A payment needs a reference of its own that the gateway has not used "
                         "before.")};
    const bool deposit = e.kind == PaymentEvent::Kind::Deposit;
    if (auto ok = deposit ? give(e.account, e.amount) : take(e.account, e.amount); !ok)
        return ok;
    m_references.insert(e.reference);
    balanceOf(e.account) += deposit ? e.amount : -e.amount;
    ++(deposit ? m_counts.deposits : m_counts.withdrawals);
    return {};
}

// --- invoices --------------------------------------------------------------------------------

Result<void> WalletBook::apply(const InvoiceEvent &e)
{
    if (!isInstitutionOf(e.institution, {InstitutionKind::Hospital, InstitutionKind::Clinic})
        || e.patient < 0 || e.patient >= int(m_patients.size()) || !isAmount(e.amount))
        return Error {tr("Only a hospital or clinic may bill a patient, for more than nothing.")};
    if (e.encounter >= 0
        && (e.encounter >= int(m_records.size())
            || m_records[size_t(e.encounter)].patient != e.patient
            || m_records[size_t(e.encounter)].institution != e.institution))
        return Error {tr("An invoice's encounter must be an earlier record of this patient at "
                         "this institution.")};
    m_invoices.push_back({e.institution, e.patient, e.amount, InvoiceStatus::Open});
    ++m_counts.invoices;
    return {};
}

Result<void> WalletBook::apply(const SettlementEvent &e)
{
    if (e.invoice < 0 || e.invoice >= int(m_invoices.size())
        || m_invoices[size_t(e.invoice)].status != InvoiceStatus::Open)
        return Error {tr("Only an open invoice can be paid or cancelled.")};
    Invoice &invoice = m_invoices[size_t(e.invoice)];
    if (e.kind == SettlementEvent::Kind::Cancel) {
        invoice.status = InvoiceStatus::Cancelled;
        ++m_counts.invoicesCancelled;
        return {};
    }
    const Account patient {Account::Kind::Patient, invoice.patient};
    const Account institution {Account::Kind::Institution, invoice.institution};
    if (auto ok = take(patient, invoice.amount); !ok)
        return ok;
    if (auto ok = give(institution, invoice.amount); !ok)
        return ok;
    balanceOf(patient) -= invoice.amount;
    balanceOf(institution) += invoice.amount;
    invoice.status = InvoiceStatus::Paid;
    ++m_counts.invoicesPaid;
    return {};
}

// --- subsidy programs ------------------------------------------------------------------------

Result<void> WalletBook::apply(const ProgramEvent &e)
{
    const bool mayOwn = e.owner.kind == Account::Kind::Authority
        || (e.owner.kind == Account::Kind::Institution
            && isInstitutionOf(e.owner.index, {InstitutionKind::TrialSponsor}));
    if (!mayOwn || !isName(e.name) || !areCodes(e.codes) || !isAmount(e.amountPerEvent)
        || !isAmount(e.capPerPatient, true) || !isAmount(e.funding, true))
        return Error {tr("Only the health authority or a trial sponsor may open a subsidy "
                         "program, with a name, sorted ICD-10 codes and an amount per record.")};
    if (auto ok = take(e.owner, e.funding); !ok)
        return ok;
    balanceOf(e.owner) -= e.funding;
    m_programs.push_back(
        {e.owner, e.category, !e.codes.isEmpty(), e.amountPerEvent, e.capPerPatient, e.funding});
    ++m_counts.programs;
    return {};
}

Result<void> WalletBook::apply(const ProgramFundingEvent &e)
{
    if (e.program < 0 || e.program >= int(m_programs.size()) || !isAmount(e.amount))
        return Error {tr("Money can only be added to an existing program's pool.")};
    Program &program = m_programs[size_t(e.program)];
    if (auto ok = take(program.owner, e.amount); !ok)
        return ok;
    if (!checkedAdd(program.pool, e.amount))
        return Error {tr("The receiving account cannot hold that much.")};
    balanceOf(program.owner) -= e.amount;
    program.pool += e.amount;
    return {};
}

Result<void> WalletBook::apply(const EnrolmentEvent &e)
{
    if (e.program < 0 || e.program >= int(m_programs.size()) || e.patient < 0
        || e.patient >= int(m_patients.size()))
        return Error {tr("A patient can only be enrolled in an existing program.")};
    QList<Enrolment> &enrolments = m_enrolments[e.patient];
    if (std::any_of(enrolments.cbegin(), enrolments.cend(),
                    [&](const Enrolment &x) { return x.program == e.program; }))
        return Error {tr("The patient is enrolled in this program already.")};
    enrolments.append({e.program, 0});
    ++m_counts.enrolments;
    return {};
}

Result<void> WalletBook::apply(const RecordEvent &e)
{
    if (e.patient < 0 || e.patient >= int(m_patients.size()) || e.practitioner < 0
        || e.practitioner >= m_scenario.practitioners.size())
        return Error {tr("A record needs a patient and an author of the network.")};
    QList<int> claims = e.claims;
    std::sort(claims.begin(), claims.end());
    if (quint64(claims.size()) > chain::limits::MaxSubsidyClaims
        || std::adjacent_find(claims.cbegin(), claims.cend()) != claims.cend()
        || std::any_of(claims.cbegin(), claims.cend(), [&](int p) {
               return p < 0 || p >= int(m_programs.size()) || !m_programs[size_t(p)].hasCodes;
           }))
        return Error {tr("A record may claim only existing programs with diagnosis codes, each "
                         "once.")};
    m_records.push_back({e.patient, m_scenario.practitioners[e.practitioner].institution});

    // wallet::paySubsidies, program by program.
    m_lastPayouts.clear();
    const auto enrolled = m_enrolments.find(e.patient);
    if (enrolled == m_enrolments.end())
        return {};
    Amount &patientBalance = m_patients[size_t(e.patient)];
    for (Enrolment &enrolment : *enrolled) {
        Program &program = m_programs[size_t(enrolment.program)];
        if ((program.category && *program.category != e.category)
            || (program.hasCodes && !claims.contains(enrolment.program)))
            continue;
        const Amount capLeft = program.capPerPatient == 0
            ? MaxAmount
            : std::max<Amount>(0, program.capPerPatient - enrolment.paid);
        Amount pay = std::min({program.amountPerEvent, program.pool, capLeft});
        if (!checkedAdd(patientBalance, pay))
            pay = 0;
        SubsidyStatus status = SubsidyStatus::Paid;
        if (pay < program.amountPerEvent)
            status = capLeft <= program.pool ? SubsidyStatus::CapReached
                                             : SubsidyStatus::PoolExhausted;
        program.pool -= pay;
        patientBalance += pay;
        enrolment.paid += pay;
        m_lastPayouts.append({enrolment.program, pay, status});
        ++m_counts.subsidies;
        m_counts.subsidiesPoolExhausted += status == SubsidyStatus::PoolExhausted;
        m_counts.subsidiesCapReached += status == SubsidyStatus::CapReached;
    }
    return {};
}

// --- the money-market fund -------------------------------------------------------------------

Result<void> WalletBook::apply(const FundEvent &e)
{
    if (!isInstitutionOf(e.institution, {InstitutionKind::FundManager}) || !isName(e.name))
        return Error {tr("Only a licensed fund manager may issue a fund, under a name.")};
    Fund fund;
    fund.issuer = e.institution;
    m_funds.push_back(std::move(fund));
    return {};
}

Result<void> WalletBook::apply(const FundOrderEvent &e)
{
    if (e.fund < 0 || e.fund >= int(m_funds.size()) || e.patient < 0
        || e.patient >= int(m_patients.size()) || !isAmount(e.amount))
        return Error {tr("A fund order needs an existing fund, a patient and an amount.")};
    Fund &fund = m_funds[size_t(e.fund)];
    const Account holder {Account::Kind::Patient, e.patient};
    qint64 &held = fund.holdings[e.patient];
    if (e.kind == FundOrderEvent::Kind::Subscribe) {
        if (auto ok = take(holder, e.amount); !ok)
            return ok;
        const auto minted = wallet::sharesFor(e.amount, fund.assets, fund.shares);
        if (!checkedAdd(fund.assets, e.amount) || !minted || *minted == 0
            || !checkedAdd(fund.shares, *minted))
            return Error {tr("This amount does not buy a whole number of shares.")};
        balanceOf(holder) -= e.amount;
        fund.assets += e.amount;
        fund.shares += *minted;
        held += *minted;
        ++m_counts.subscriptions;
        return {};
    }
    const auto burned = wallet::mulDivCeil(e.amount, fund.shares, fund.assets);
    if (!burned || *burned > held)
        return Error {tr("The holding is worth less than the amount to redeem.")};
    if (auto ok = give(holder, e.amount); !ok)
        return ok;
    balanceOf(holder) += e.amount;
    fund.assets -= e.amount;
    fund.shares -= *burned;
    held -= *burned;
    ++m_counts.redemptions;
    return {};
}

Result<void> WalletBook::apply(const YieldEvent &e, qint64 time)
{
    if (e.fund < 0 || e.fund >= int(m_funds.size()) || e.ratePpb > wallet::PublishYield::MaxRatePpb
        || e.day > wallet::PublishYield::MaxDay)
        return Error {tr("A yield needs an existing fund and a daily rate of at most 0.1%.")};
    Fund &fund = m_funds[size_t(e.fund)];
    if (e.day <= fund.lastDay || e.day > (time - kYieldDelayMs) / kDayMs)
        return Error {tr("A yield must be for a later day than the last, one that began at "
                         "least six hours before it is published.")};
    const Account issuer {Account::Kind::Institution, fund.issuer};
    const Amount amount
        = wallet::mulDivFloor(fund.assets, qint64(e.ratePpb), 1'000'000'000).value_or(0);
    if (amount > 0) {
        if (auto ok = take(issuer, amount); !ok)
            return ok;
        if (!checkedAdd(fund.assets, amount))
            return Error {tr("The receiving account cannot hold that much.")};
    }
    balanceOf(issuer) -= amount;
    fund.assets += amount;
    fund.lastDay = e.day;
    m_lastYield = amount;
    ++m_counts.yields;
    return {};
}

} // namespace medchain::demo
