// Who may grant, revoke, request, decline and break the glass, and who may hand out keys.
// Each rule checks everything first and writes only when the transaction is valid.
#pragma once

#include "chain/RuleContext.h"

namespace medchain::consent {

/// Someone who may be given a record's key: an active practitioner of an active institution,
/// or an active institution. Revoking an institution takes its practitioners with it.
bool isActiveReader(const chain::LedgerState &state, const chain::IdentityInfo &who);

Result<void> applyRule(const chain::RuleContext &ctx, const GrantAccess &body);
Result<void> applyRule(const chain::RuleContext &ctx, const RevokeGrant &body);
Result<void> applyRule(const chain::RuleContext &ctx, const RequestAccess &body);
Result<void> applyRule(const chain::RuleContext &ctx, const DeclineRequest &body);
Result<void> applyRule(const chain::RuleContext &ctx, const EmergencyAccess &body);
Result<void> applyRule(const chain::RuleContext &ctx, const ShareKeys &body);

} // namespace medchain::consent
