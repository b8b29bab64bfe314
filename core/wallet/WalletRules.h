// Who may move money and how: gateway payments, invoices, subsidy programs and the fund.
// Each rule checks everything first and writes only when the transaction is valid; a refused
// movement of money is `funds` (not enough money) or `invalid` (an amount that cannot be held).
#pragma once

#include "chain/RuleContext.h"
#include "wallet/WalletTx.h"

namespace medchain::wallet {

Result<void> applyRule(const chain::RuleContext &ctx, const Deposit &body);
Result<void> applyRule(const chain::RuleContext &ctx, const Withdraw &body);
Result<void> applyRule(const chain::RuleContext &ctx, const IssueInvoice &body);
Result<void> applyRule(const chain::RuleContext &ctx, const PayInvoice &body);
Result<void> applyRule(const chain::RuleContext &ctx, const CancelInvoice &body);
Result<void> applyRule(const chain::RuleContext &ctx, const CreateProgram &body);
Result<void> applyRule(const chain::RuleContext &ctx, const FundProgram &body);
Result<void> applyRule(const chain::RuleContext &ctx, const EnrollBeneficiary &body);
Result<void> applyRule(const chain::RuleContext &ctx, const CreateFund &body);
Result<void> applyRule(const chain::RuleContext &ctx, const Subscribe &body);
Result<void> applyRule(const chain::RuleContext &ctx, const Redeem &body);
Result<void> applyRule(const chain::RuleContext &ctx, const PublishYield &body);

/// The subsidy claims of a new record (AddRecord key 6) must name existing programs whose rule
/// has diagnosis codes: only for those does the author's attestation matter.
Result<void> checkSubsidyClaims(const chain::RuleContext &ctx, const QList<Hash> &claims);
/// Pays, from each program the record's patient is enrolled in and whose rule the record meets,
/// the program's amount, limited by the pool and the patient's cap; records every payout,
/// including one that paid nothing because the pool was empty or the cap reached.
void paySubsidies(const chain::RuleContext &ctx, const chain::RecordInfo &record,
                  const QList<Hash> &claims);

/// The shares `amount` fen buys in a fund holding `assets` fen over `shares` shares.
std::optional<qint64> sharesFor(Amount amount, Amount assets, qint64 shares);
/// What `held` shares of such a fund are worth, in whole fen.
Amount valueOf(qint64 held, Amount assets, qint64 shares);

} // namespace medchain::wallet
