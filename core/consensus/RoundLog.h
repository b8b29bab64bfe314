// What one validator has seen in one round of one height: the proposer's proposals and the
// prevotes and precommits, tallied by voting power. Used by the Tendermint machine.
#pragma once

#include "consensus/Messages.h"

#include <map>
#include <set>

namespace medchain::consensus {

/// Votes of one kind in one round, and power per value. As in the paper, where the message log
/// holds every message, a validator that votes for two values counts for each of them (the
/// quorum-intersection argument allows for it); its power counts once towards "any value".
/// An equivocator's votes are kept up to MaxValuesPerValidator distinct values (memory bound).
struct VoteTally {
    static constexpr int MaxValuesPerValidator = 4;
    std::map<IdentityId, QList<Vote>> votes; // first vote first
    std::map<Value, quint64> power;
    quint64 anyPower = 0;
    std::set<IdentityId> equivocators; // reported once each

    quint64 powerFor(const Value &value) const;
};

struct RoundLog {
    /// Proposals signed by the round's proposer: a correct proposer signs one; a byzantine one
    /// may sign several, of which the first few distinct ones are kept.
    static constexpr int MaxProposals = 4;
    struct Received {
        Proposal proposal;
        bool valid = false;
    };
    QList<Received> proposals;
    VoteTally prevotes;
    VoteTally precommits;
    std::map<IdentityId, quint64> senders; // anyone who sent anything this round, with power
    quint64 senderPower = 0;
    bool prevoteTimeoutScheduled = false; // the paper's "for the first time" flags
    bool precommitTimeoutScheduled = false;
    bool polkaHandled = false;

    VoteTally &tally(VoteKind kind) { return kind == VoteKind::Prevote ? prevotes : precommits; }
    void noteSender(const IdentityId &node, quint64 power);
    const Received *proposalFor(const Hash &value) const;
};

} // namespace medchain::consensus
