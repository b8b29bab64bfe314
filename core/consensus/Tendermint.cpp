#include "consensus/Tendermint.h"

#include "consensus/ProposerSelection.h"

namespace medchain::consensus {

namespace {
constexpr qsizetype kMaxEarlyMessages = 4096;
}

qint64 TimeoutParams::duration(TimeoutKind kind, quint32 round) const
{
    switch (kind) {
    case TimeoutKind::Propose:
        return proposeBase + qint64(round) * proposeDelta;
    case TimeoutKind::Prevote:
        return prevoteBase + qint64(round) * prevoteDelta;
    case TimeoutKind::Precommit:
        break;
    }
    return precommitBase + qint64(round) * precommitDelta;
}

Tendermint::Tendermint(ConsensusConfig config, Signer &signer, Verifier &verifier,
                       SigningGuard &guard, GetValue getValue)
    : m_config(std::move(config)),
      m_signer(signer),
      m_verifier(verifier),
      m_guard(guard),
      m_getValue(std::move(getValue)),
      m_id(signer.id())
{
}

void Tendermint::startHeight(quint64 height, const QList<identity::Validator> &validators)
{
    m_height = height;
    m_validators = validators;
    m_totalPower = totalPower(validators);
    m_rounds.clear();
    m_signed.clear();
    m_lockedValue.reset();
    m_lockedRound = -1;
    m_validValue.reset();
    m_validRound = -1;
    quint32 round = 0;
    // A restarted validator honours what it signed before the crash: its lock, and its round.
    for (const SignRecord &r : m_guard.records()) {
        if (r.height == height)
            round = std::max(round, r.round);
    }
    if (const std::optional<SignRecord> lock = m_guard.lockAt(height)) {
        m_lockedValue = m_validValue = lock->value;
        m_lockedRound = m_validRound = qint64(lock->round);
    }
    restoreSigned();
    startRound(round);
    const QList<Early> early = std::exchange(m_early, {});
    for (const Early &e : early) {
        if (e.proposal && e.proposal->height == height)
            onProposal(*e.proposal, e.valid);
        else if (e.vote && e.vote->height == height)
            onVote(*e.vote);
    }
    evaluate();
}

void Tendermint::restoreSigned()
{
    // What this validator signed at this height before a restart is part of its own message
    // log: without its own earlier votes it may never see the quorum the others saw. Signing the
    // recorded value again is what the guard allows, and gives the same signature.
    for (const SignRecord &r : m_guard.records()) {
        if (r.height != m_height || !m_guard.approve(r).ok())
            continue;
        if (r.step == SignStep::Propose) {
            if (!r.value)
                continue;
            Proposal p {m_height, r.round, r.polRound, *r.value, m_id, {}};
            p.signature = m_signer.sign(p.signingBytes(m_config.chainId));
            m_signed.append(p);
            RoundLog &log = m_rounds[r.round];
            log.proposals.append({p, true});
            log.noteSender(m_id, powerOf(m_validators, m_id));
            continue;
        }
        const VoteKind kind = r.step == SignStep::Prevote ? VoteKind::Prevote : VoteKind::Precommit;
        Vote v {kind, m_height, r.round, r.value, m_id, {}};
        v.signature = m_signer.sign(v.signingBytes(m_config.chainId));
        m_signed.append(v);
        acceptVote(v);
    }
}

bool Tendermint::tooFarAhead(quint32 round) const
{
    return round > m_round && round - m_round > m_config.maxRoundsAhead;
}

void Tendermint::onProposal(const Proposal &proposal, bool valid)
{
    if (proposal.height == m_height + 1 && m_early.size() < kMaxEarlyMessages) {
        m_early.append({proposal, valid, std::nullopt});
        return;
    }
    if (proposal.height != m_height || m_step == Step::Decided || tooFarAhead(proposal.round))
        return;
    if (proposal.proposer != proposerFor(m_validators, m_height, proposal.round))
        return;
    RoundLog &log = m_rounds[proposal.round];
    for (const RoundLog::Received &r : std::as_const(log.proposals)) {
        if (r.proposal == proposal)
            return; // a duplicate
    }
    if (log.proposals.size() >= RoundLog::MaxProposals)
        return;
    if (proposal.proposer != m_id
        && !m_verifier.verify(proposal.proposer, proposal.signingBytes(m_config.chainId),
                              proposal.signature))
        return;
    log.proposals.append({proposal, valid});
    log.noteSender(proposal.proposer, powerOf(m_validators, proposal.proposer));
    evaluate();
}

void Tendermint::onVote(const Vote &vote)
{
    if (vote.height == m_height + 1 && m_early.size() < kMaxEarlyMessages) {
        m_early.append({std::nullopt, false, vote});
        return;
    }
    if (vote.height != m_height || m_step == Step::Decided || tooFarAhead(vote.round))
        return;
    const quint64 power = powerOf(m_validators, vote.validator);
    if (power == 0)
        return;
    VoteTally &tally = m_rounds[vote.round].tally(vote.kind);
    const auto known = tally.votes.find(vote.validator);
    if (known != tally.votes.end()) {
        for (const Vote &earlier : known->second) {
            if (earlier.blockHash == vote.blockHash)
                return; // a duplicate (or a second signature on the same value): nothing new
        }
        if (known->second.size() >= VoteTally::MaxValuesPerValidator)
            return;
    }
    if (vote.validator != m_id
        && !m_verifier.verify(vote.validator, vote.signingBytes(m_config.chainId), vote.signature))
        return;
    if (known != tally.votes.end() && tally.equivocators.insert(vote.validator).second)
        m_outputs.append(EquivocationEvidence::of(known->second.first(), vote));
    acceptVote(vote);
    evaluate();
}

void Tendermint::acceptVote(const Vote &vote)
{
    const quint64 power = powerOf(m_validators, vote.validator);
    RoundLog &log = m_rounds[vote.round];
    VoteTally &tally = log.tally(vote.kind);
    QList<Vote> &votes = tally.votes[vote.validator];
    if (votes.isEmpty())
        tally.anyPower += power;
    votes.append(vote);
    tally.power[vote.blockHash] += power;
    log.noteSender(vote.validator, power);
}

void Tendermint::onTimeout(TimeoutKind kind, quint64 height, quint32 round)
{
    if (height != m_height || round != m_round || m_step == Step::Decided)
        return;
    if (kind == TimeoutKind::Propose && m_step == Step::Propose) {
        prevote(std::nullopt); // line 57
    } else if (kind == TimeoutKind::Prevote && m_step == Step::Prevote) {
        precommit(std::nullopt); // line 61
    } else if (kind == TimeoutKind::Precommit) {
        startRound(m_round + 1); // line 65
    }
    evaluate();
}

void Tendermint::onCommit(const Proposal &proposal, const chain::CommitCertificate &commit,
                          bool valid)
{
    if (!valid || m_step == Step::Decided || commit.height != m_height
        || proposal.height != m_height || proposal.blockHash != commit.blockHash
        || proposal.round != commit.round)
        return;
    if (proposal.proposer != proposerFor(m_validators, m_height, proposal.round)
        || !m_verifier.verify(proposal.proposer, proposal.signingBytes(m_config.chainId),
                              proposal.signature))
        return;
    QList<Vote> precommits;
    for (const chain::CommitSignature &s : commit.signatures)
        precommits.append({VoteKind::Precommit, commit.height, commit.round, commit.blockHash,
                           s.validator, s.signature});
    const auto checked
        = CommitAssembly::assemble(precommits, m_validators, m_config.chainId, commit.height,
                                   commit.round, commit.blockHash, m_verifier);
    if (!checked.ok())
        return;
    m_step = Step::Decided;
    m_outputs.append(
        Decision {m_height, commit.round, commit.blockHash, checked.value(), proposal});
}

QList<Output> Tendermint::takeOutputs()
{
    return std::exchange(m_outputs, {});
}

void Tendermint::startRound(quint32 round)
{
    m_round = round;
    m_step = Step::Propose;
    if (proposerFor(m_validators, m_height, round) != m_id) {
        m_outputs.append(ScheduleTimeout {TimeoutKind::Propose, m_height, round,
                                          m_config.timeouts.duration(TimeoutKind::Propose, round)});
        return;
    }
    const Hash value = m_validValue ? *m_validValue : m_getValue(m_height, round);
    const std::optional<SignRecord> signedRecord
        = guardedSign({m_height, round, SignStep::Propose, value, m_validRound});
    if (!signedRecord || !signedRecord->value)
        return;
    Proposal proposal;
    proposal.height = m_height;
    proposal.round = round;
    proposal.polRound = signedRecord->polRound;
    proposal.blockHash = *signedRecord->value;
    proposal.proposer = m_id;
    proposal.signature = m_signer.sign(proposal.signingBytes(m_config.chainId));
    m_outputs.append(proposal);
    RoundLog &log = m_rounds[round];
    if (log.proposalFor(proposal.blockHash))
        return; // restored from the guard: already in the log and in m_signed
    m_signed.append(proposal);
    log.proposals.append({proposal, true});
    log.noteSender(m_id, powerOf(m_validators, m_id));
}

std::optional<SignRecord> Tendermint::guardedSign(SignRecord record)
{
    if (m_guard.approve(record).ok())
        return record;
    // Already signed something else in this slot before a restart: repeat exactly that.
    if (const auto earlier = m_guard.recorded(record.height, record.round, record.step);
        earlier && m_guard.approve(*earlier).ok())
        return earlier;
    return std::nullopt;
}

void Tendermint::prevote(const Value &value)
{
    m_step = Step::Prevote;
    const auto signedRecord = guardedSign({m_height, m_round, SignStep::Prevote, value, -1});
    if (!signedRecord)
        return;
    Vote vote {VoteKind::Prevote, m_height, m_round, signedRecord->value, m_id, {}};
    vote.signature = m_signer.sign(vote.signingBytes(m_config.chainId));
    m_outputs.append(vote);
    signedVote(vote);
}

void Tendermint::precommit(const Value &value)
{
    m_step = Step::Precommit;
    const auto signedRecord = guardedSign({m_height, m_round, SignStep::Precommit, value, -1});
    if (!signedRecord)
        return;
    Vote vote {VoteKind::Precommit, m_height, m_round, signedRecord->value, m_id, {}};
    vote.signature = m_signer.sign(vote.signingBytes(m_config.chainId));
    m_outputs.append(vote);
    signedVote(vote);
}

void Tendermint::signedVote(const Vote &vote)
{
    const auto &mine = m_rounds[vote.round].tally(vote.kind).votes;
    const auto known = mine.find(m_id);
    if (known != mine.end() && known->second.contains(vote))
        return; // restored from the guard after a restart
    m_signed.append(vote);
    acceptVote(vote);
}

void Tendermint::evaluate()
{
    // Apply the paper's "upon" rules until none fires; each fires at most once per round.
    for (bool progressed = true; progressed && m_step != Step::Decided;) {
        if (tryDecide())
            return;
        progressed = tryRoundSkip();
        if (progressed)
            continue;
        RoundLog &log = m_rounds[m_round];
        progressed = tryProposeStep(log) || tryPrevoteStep(log);
    }
}

bool Tendermint::tryDecide()
{
    // Line 49: a proposal and more than 2/3 precommits for its value, in any round.
    for (const auto &[round, log] : m_rounds) {
        for (const auto &[value, power] : log.precommits.power) {
            if (!value || !isTwoThirds(power))
                continue;
            const RoundLog::Received *received = log.proposalFor(*value);
            if (!received || !received->valid)
                continue;
            QList<Vote> precommits;
            for (const auto &[node, votes] : log.precommits.votes) {
                for (const Vote &vote : votes) {
                    if (vote.blockHash == value)
                        precommits.append(vote);
                }
            }
            const auto commit = CommitAssembly::assemble(precommits, m_validators, m_config.chainId,
                                                         m_height, round, *value, m_verifier);
            if (!commit.ok())
                continue; // cannot happen with verified votes; never decide without proof
            m_step = Step::Decided;
            m_outputs.append(
                Decision {m_height, round, *value, commit.value(), received->proposal});
            return true;
        }
    }
    return false;
}

bool Tendermint::tryRoundSkip()
{
    // Line 55: more than 1/3 of the power is already in a later round: join it.
    for (auto it = m_rounds.rbegin(); it != m_rounds.rend() && it->first > m_round; ++it) {
        if (isOneThird(it->second.senderPower)) {
            startRound(it->first);
            return true;
        }
    }
    return false;
}

bool Tendermint::tryProposeStep(RoundLog &log)
{
    if (m_step != Step::Propose)
        return false;
    for (const RoundLog::Received &r : std::as_const(log.proposals)) {
        const Proposal &p = r.proposal;
        if (p.polRound == -1) { // line 22
            const bool accept = r.valid && (m_lockedRound == -1 || m_lockedValue == p.blockHash);
            prevote(accept ? Value(p.blockHash) : std::nullopt);
            return true;
        }
        // Line 28: a re-proposal justified by a polka in an earlier round.
        if (p.polRound >= 0 && p.polRound < qint64(m_round)) {
            const auto pol = m_rounds.find(quint32(p.polRound));
            if (pol == m_rounds.end() || !isTwoThirds(pol->second.prevotes.powerFor(p.blockHash)))
                continue;
            const bool accept
                = r.valid && (m_lockedRound <= p.polRound || m_lockedValue == p.blockHash);
            prevote(accept ? Value(p.blockHash) : std::nullopt);
            return true;
        }
    }
    return false;
}

bool Tendermint::tryPrevoteStep(RoundLog &log)
{
    bool progressed = false;
    if (m_step == Step::Prevote && !log.prevoteTimeoutScheduled
        && isTwoThirds(log.prevotes.anyPower)) { // line 34
        log.prevoteTimeoutScheduled = true;
        m_outputs.append(
            ScheduleTimeout {TimeoutKind::Prevote, m_height, m_round,
                             m_config.timeouts.duration(TimeoutKind::Prevote, m_round)});
        progressed = true;
    }
    if (m_step >= Step::Prevote && !log.polkaHandled) { // line 36
        for (const RoundLog::Received &r : std::as_const(log.proposals)) {
            if (!r.valid || !isTwoThirds(log.prevotes.powerFor(r.proposal.blockHash)))
                continue;
            log.polkaHandled = true;
            const Hash value = r.proposal.blockHash;
            if (m_step == Step::Prevote) {
                m_lockedValue = value;
                m_lockedRound = m_round;
                precommit(value);
            }
            m_validValue = value;
            m_validRound = m_round;
            return true;
        }
    }
    if (m_step == Step::Prevote && isTwoThirds(log.prevotes.powerFor(std::nullopt))) { // line 44
        precommit(std::nullopt);
        return true;
    }
    if (!log.precommitTimeoutScheduled && isTwoThirds(log.precommits.anyPower)) { // line 47
        log.precommitTimeoutScheduled = true;
        m_outputs.append(
            ScheduleTimeout {TimeoutKind::Precommit, m_height, m_round,
                             m_config.timeouts.duration(TimeoutKind::Precommit, m_round)});
        progressed = true;
    }
    return progressed;
}

} // namespace medchain::consensus
