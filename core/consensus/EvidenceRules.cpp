#include "consensus/EvidenceRules.h"

#include "consensus/Evidence.h"

namespace medchain::consensus {

using namespace chain;

namespace {
struct EvidenceRules {
    Q_DECLARE_TR_FUNCTIONS(EvidenceRules)
};

Error refuse(const QString &message, const QString &code)
{
    return Error {message, code};
}
} // namespace

Result<void> applyRule(const RuleContext &ctx, const ReportEquivocation &body)
{
    // The set in the state now: a SetValidators earlier in the same block already counts.
    const QList<identity::Validator> validators = ctx.state.validators();
    const bool isAuthority = ctx.sender.role == Role::Authority;
    const bool isValidator
        = ctx.sender.role == Role::Node && powerOf(validators, ctx.sender.id) > 0;
    if (!isAuthority && !isValidator)
        return refuse(EvidenceRules::tr("Only the authority or a current validator may report an "
                                        "equivocation."),
                      errors::notAuthorised());

    const auto evidence = EquivocationEvidence::decode(body.evidence);
    if (!evidence)
        return refuse(evidence.error(), errors::invalid());
    const Vote &first = evidence->first;
    if (first.height > ctx.block.height)
        return refuse(EvidenceRules::tr("The evidence is about height %1, above this block's %2.")
                          .arg(first.height)
                          .arg(ctx.block.height),
                      errors::invalid());
    if (powerOf(validators, first.validator) == 0) {
        // Judged on its own (a set of the accused alone), it may still not be evidence at all.
        // Genuine evidence against a node outside the set is moot: the node signs no blocks
        // now, and taking it out is all the authority could do.
        if (auto genuine = evidence->verify({{first.validator, 1}}, ctx.tx.chainId); !genuine)
            return refuse(genuine.error(), errors::invalid());
        return refuse(EvidenceRules::tr("The accused node is not in the current validator set."),
                      errors::state());
    }
    if (auto verified = evidence->verify(validators, ctx.tx.chainId); !verified)
        return refuse(verified.error(), errors::invalid());
    if (ctx.state.equivocationRecorded(first.validator, first.height, first.round,
                                       quint8(first.kind)))
        return refuse(EvidenceRules::tr("This equivocation is already recorded."),
                      errors::exists());

    EquivocationInfo record;
    record.validator = first.validator;
    record.height = first.height;
    record.round = first.round;
    record.kind = quint8(first.kind);
    record.reporter = ctx.sender.id;
    record.evidence = body.evidence;
    record.blockHeight = ctx.block.height;
    ctx.state.putEquivocation(record);
    return {};
}

} // namespace medchain::consensus
