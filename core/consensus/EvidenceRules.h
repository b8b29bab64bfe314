// Who may put a validator's double vote on chain, and what makes a report acceptable. Recording
// is all it does: removing or revoking the validator is the authority's decision, taken with
// SetValidators and RevokeIdentity.
#pragma once

#include "chain/RuleContext.h"
#include "consensus/EvidenceTx.h"

namespace medchain::consensus {

/// Checks, in order: the sender is the authority or a validator of the current set
/// (`not-authorised`); the evidence decodes strictly (`invalid`); its height is not above the
/// block's (`invalid`); it verifies against the current set and this chain (`invalid`, or
/// `state` for genuine evidence against a node no longer in the set: moot, it is out already);
/// the (validator, height, round, kind) is not recorded yet (`exists`). Then records it.
Result<void> applyRule(const chain::RuleContext &ctx, const ReportEquivocation &body);

} // namespace medchain::consensus
