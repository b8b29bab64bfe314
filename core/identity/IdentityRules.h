// Who may enroll, register and revoke whom, and what their certificates must say.
// Each rule checks everything first and writes only when the transaction is valid.
#pragma once

#include "chain/RuleContext.h"

namespace medchain::identity {

Result<void> applyRule(const chain::RuleContext &ctx, const EnrollInstitution &body);
Result<void> applyRule(const chain::RuleContext &ctx, const EnrollPractitioner &body);
Result<void> applyRule(const chain::RuleContext &ctx, const RegisterPatient &body);
Result<void> applyRule(const chain::RuleContext &ctx, const EnrollNode &body);
Result<void> applyRule(const chain::RuleContext &ctx, const RevokeIdentity &body);
Result<void> applyRule(const chain::RuleContext &ctx, const SetValidators &body);

/// The certificate chain (leaf first, root last) that vouches for an enrolled identity.
QList<QByteArray> certificateChain(const chain::LedgerState &state, const chain::IdentityInfo &who,
                                   const chain::Genesis &genesis);

} // namespace medchain::identity
