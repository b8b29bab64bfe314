// The simulation's judgements of honest behaviour: the lock audit and the checks on every
// decision (agreement, commit certificates), kept apart from the network mechanics.
#include "ConsensusSimulation.h"
#include "SimNode.h"

namespace medchain::sim {

using namespace consensus;

void ConsensusSimulation::beforeInput(int index)
{
    Node &node = *m_nodes[size_t(index)];
    node.lockHeightBefore = node.machine->height();
    node.lockRoundBefore = node.machine->lockedRound();
    node.lockValueBefore = node.machine->lockedValue();
    node.lastSignedBefore = node.guard.records().isEmpty()
        ? std::nullopt
        : std::optional<SignRecord>(node.guard.records().last());
}

void ConsensusSimulation::auditLock(int index, const Vote &prevote)
{
    Node &node = *m_nodes[size_t(index)];
    if (node.byzantine || !prevote.blockHash || prevote.height != node.lockHeightBefore
        || node.lockRoundBefore < 0 || node.lockValueBefore == prevote.blockHash)
        return;
    const SignRecord slot {prevote.height, prevote.round, SignStep::Prevote, {}, -1};
    if (node.lastSignedBefore && !node.lastSignedBefore->before(slot))
        return; // a signature repeated after a restart, not a new decision to prevote
    QByteArray key = prevote.blockHash->toByteArray();
    append(key, prevote.height);
    append(key, prevote.round);
    const auto seen = node.proposalsSeen.constFind(key);
    bool justified = seen != node.proposalsSeen.cend() && *seen >= node.lockRoundBefore;
    for (const Output &output : node.machine->signedAtHeight()) {
        if (const auto *own = std::get_if<Proposal>(&output); own && own->round == prevote.round
            && own->blockHash == *prevote.blockHash && own->polRound >= node.lockRoundBefore)
            justified = true;
    }
    if (!justified)
        fail(QStringLiteral("LOCK: v%1 prevoted %2 at h%3 r%4 while locked on %5 since round %6, "
                            "without a proof of a later lock")
                 .arg(index)
                 .arg(shortHex(prevote.blockHash))
                 .arg(prevote.height)
                 .arg(prevote.round)
                 .arg(shortHex(node.lockValueBefore))
                 .arg(node.lockRoundBefore));
}

void ConsensusSimulation::decided(int index, const Decision &decision)
{
    Node &node = *m_nodes[size_t(index)];
    log(QStringLiteral("v%1 DECIDES h%2 r%3 %4")
            .arg(index)
            .arg(decision.height)
            .arg(decision.round)
            .arg(shortHex(decision.value)));
    if (!node.byzantine) {
        if (decision.commit.blockHash != decision.value
            || decision.commit.height != decision.height)
            fail(QStringLiteral("v%1's commit certificate is for another block").arg(index));
        // Every certificate is checked; the first of each height with the chain's own verify().
        const bool first = !m_decided.contains(decision.height);
        const Result<void> verified
            = first ? decision.commit.verify(m_validators, m_chainId) : Result<void>();
        QList<Vote> precommits;
        for (const chain::CommitSignature &s : decision.commit.signatures)
            precommits.append({VoteKind::Precommit, decision.height, decision.commit.round,
                               decision.value, s.validator, s.signature});
        const auto reassembled
            = CommitAssembly::assemble(precommits, m_validators, m_chainId, decision.height,
                                       decision.commit.round, decision.value, m_verifier);
        if (!verified.ok() || !reassembled.ok())
            fail(QStringLiteral("v%1's commit certificate for h%2 does not verify: %3")
                     .arg(index)
                     .arg(decision.height)
                     .arg(verified.ok() ? reassembled.error() : verified.error()));
        if (first)
            m_decided.insert(decision.height, decision.value);
        // The hardest case for the lock rule: the first to decide drops off the network before
        // its precommit spreads, and the others must not decide anything else.
        const bool partitionActive = m_now >= m_partitionFrom && m_now < m_partitionUntil;
        if (first && m_isolateDeciders && m_now < m_stabilisation && !partitionActive) {
            m_partitionFrom = m_now;
            m_partitionUntil
                = std::min(m_stabilisation, m_now + 2000 + qint64(m_random.below(8000)));
            m_partitionMask = 1u << index;
            log(QStringLiteral("v%1 is cut off until %2 ms").arg(index).arg(m_partitionUntil));
        } else if (m_decided.value(decision.height) != decision.value)
            fail(QStringLiteral("SAFETY: v%1 decided %2 at h%3, another honest validator %4")
                     .arg(index)
                     .arg(shortHex(decision.value))
                     .arg(decision.height)
                     .arg(shortHex(m_decided.value(decision.height))));
        m_result.maxRound = std::max(m_result.maxRound, decision.round);
    }
    node.decisions.insert(decision.height, decision);
    node.ledgerHeight = decision.height;
    node.machine->startHeight(decision.height + 1, m_validators);
    const auto pending = node.pendingCommits.find(decision.height + 1);
    if (pending != node.pendingCommits.end()) {
        const CommitPackage package = *pending;
        node.pendingCommits.erase(pending);
        node.machine->onCommit(package.proposal, package.commit,
                               isValid(package.proposal.blockHash));
    }
}

} // namespace medchain::sim
