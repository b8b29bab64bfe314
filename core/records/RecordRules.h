// Who may add, amend, confirm and read records, and to whom a record's key must be sealed.
// Each rule checks everything first and writes only when the transaction is valid.
#pragma once

#include "chain/RuleContext.h"

namespace medchain::records {

Result<void> applyRule(const chain::RuleContext &ctx, const AddRecord &body);
Result<void> applyRule(const chain::RuleContext &ctx, const ProposeAmendment &body);
Result<void> applyRule(const chain::RuleContext &ctx, const AnswerAmendment &body);
Result<void> applyRule(const chain::RuleContext &ctx, const AccessReceipt &body);

/// Exactly who a new record (or amendment) of `category` for `patient` by `author` must be
/// sealed to at time `at`: the patient, the author, the author's institution (which keeps
/// custody) and every active grantee whose scope covers the category. Sorted, no repeats.
QList<IdentityId> requiredRecipients(const chain::LedgerState &state, const IdentityId &patient,
                                     const chain::IdentityInfo &author,
                                     chain::RecordCategory category, qint64 at);

} // namespace medchain::records
