// Proof that a validator signed two different votes of one kind at one height and round: the
// two votes themselves. Anyone holding the validator set can check it offline.
#pragma once

#include "consensus/Messages.h"

namespace medchain::consensus {

struct EquivocationEvidence {
    Q_DECLARE_TR_FUNCTIONS(EquivocationEvidence)
public:
    Vote first; // the two votes in canonical order: first.encode() < second.encode()
    Vote second;

    /// The largest encoding decode() reads (also the bound of a ReportEquivocation body).
    static constexpr qsizetype MaxSize = 2048;

    /// Orders the two votes canonically.
    static EquivocationEvidence of(const Vote &a, const Vote &b);
    /// {0: first vote, 1: second vote}, each the vote's own map.
    QByteArray encode() const;
    static Result<EquivocationEvidence> decode(QByteArrayView bytes);
    /// Same validator, kind, height and round; different values; the validator is in the set
    /// and both signatures verify.
    Result<void> verify(const QList<identity::Validator> &validators, const QString &chainId) const;
    bool operator==(const EquivocationEvidence &) const = default;
};

} // namespace medchain::consensus
