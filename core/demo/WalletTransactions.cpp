#include "demo/WalletTransactions.h"

#include "crypto/Sha256.h"
#include "demo/DemoTransactions.h"

#include <algorithm>

namespace medchain::demo {

using chain::Hash;

WalletTransactions::WalletTransactions(const Scenario &scenario, const DemoParties &parties,
                                       Sign sign, RecordId recordId)
    : m_scenario(scenario),
      m_parties(parties),
      m_sign(std::move(sign)),
      m_recordId(std::move(recordId)),
      m_book(scenario)
{
}

chain::IdentityId WalletTransactions::idOf(const Account &account) const
{
    switch (account.kind) {
    case Account::Kind::Patient:
        return m_parties.patients[account.index].id;
    case Account::Kind::Institution:
        return m_parties.institutions[account.index].id;
    case Account::Kind::Authority:
        break;
    }
    return m_parties.authority.id;
}

QByteArray WalletTransactions::sign(const Account &sender, chain::TxBody body, qint64 time)
{
    QByteArray bytes = m_sign(sender, std::move(body), time);
    m_lastHash = crypto::sha256(bytes);
    return bytes;
}

Result<QList<Hash>> WalletTransactions::addRecord(const Event &record)
{
    if (auto ok = m_book.apply(record); !ok)
        return ok.failure();
    QList<Hash> claims;
    for (const int program : std::get<RecordEvent>(record.what).claims)
        claims.append(m_programs[size_t(program)].id);
    std::sort(claims.begin(), claims.end());
    return claims;
}

Result<QByteArray> WalletTransactions::build(const Event &event)
{
    if (auto ok = m_book.apply(event); !ok)
        return ok.failure();
    const Account gateway {Account::Kind::Institution, m_scenario.cast.gateway};
    return std::visit(
        [&](const auto &e) -> QByteArray {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, PaymentEvent>) {
                if (e.kind == PaymentEvent::Kind::Deposit)
                    return sign(gateway, wallet::Deposit {idOf(e.account), e.amount, e.reference},
                                event.time);
                return sign(e.account, wallet::Withdraw {idOf(gateway), e.amount, e.reference},
                            event.time);
            } else if constexpr (std::is_same_v<T, InvoiceEvent>) {
                std::optional<Hash> encounter;
                if (e.encounter >= 0)
                    encounter = m_recordId(e.encounter);
                const Account institution {Account::Kind::Institution, e.institution};
                QByteArray bytes
                    = sign(institution,
                           wallet::IssueInvoice {idOf({Account::Kind::Patient, e.patient}),
                                                 e.feeType, e.amount, encounter},
                           event.time);
                m_invoices.push_back({m_lastHash, e.patient, e.institution});
                return bytes;
            } else if constexpr (std::is_same_v<T, SettlementEvent>) {
                const Invoice &invoice = m_invoices[size_t(e.invoice)];
                if (e.kind == SettlementEvent::Kind::Cancel)
                    return sign({Account::Kind::Institution, invoice.institution},
                                wallet::CancelInvoice {invoice.id}, event.time);
                return sign({Account::Kind::Patient, invoice.patient},
                            wallet::PayInvoice {invoice.id}, event.time);
            } else if constexpr (std::is_same_v<T, ProgramEvent>) {
                QByteArray bytes
                    = sign(e.owner,
                           wallet::CreateProgram {e.name, e.category, e.codes, e.amountPerEvent,
                                                  e.capPerPatient, e.funding},
                           event.time);
                m_programs.push_back({m_lastHash, e.owner});
                return bytes;
            } else if constexpr (std::is_same_v<T, ProgramFundingEvent>) {
                const Issued &program = m_programs[size_t(e.program)];
                return sign(program.owner, wallet::FundProgram {program.id, e.amount}, event.time);
            } else if constexpr (std::is_same_v<T, EnrolmentEvent>) {
                const Issued &program = m_programs[size_t(e.program)];
                return sign(program.owner,
                            wallet::EnrollBeneficiary {program.id,
                                                       idOf({Account::Kind::Patient, e.patient})},
                            event.time);
            } else if constexpr (std::is_same_v<T, FundEvent>) {
                const Account issuer {Account::Kind::Institution, e.institution};
                QByteArray bytes = sign(issuer, wallet::CreateFund {e.name}, event.time);
                m_funds.push_back({m_lastHash, issuer});
                return bytes;
            } else if constexpr (std::is_same_v<T, FundOrderEvent>) {
                const Account holder {Account::Kind::Patient, e.patient};
                const Hash &fund = m_funds[size_t(e.fund)].id;
                if (e.kind == FundOrderEvent::Kind::Subscribe)
                    return sign(holder, wallet::Subscribe {fund, e.amount}, event.time);
                return sign(holder, wallet::Redeem {fund, e.amount}, event.time);
            } else if constexpr (std::is_same_v<T, YieldEvent>) {
                const Issued &fund = m_funds[size_t(e.fund)];
                return sign(fund.owner, wallet::PublishYield {fund.id, e.day, e.ratePpb},
                            event.time);
            } else {
                return {}; // not a wallet event: nothing to sign
            }
        },
        event.what);
}

} // namespace medchain::demo
