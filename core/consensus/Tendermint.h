// Tendermint BFT (Buchman, Kwon, Milošević 2018, Algorithm 1) for one validator, as a pure,
// deterministic state machine: the caller feeds it messages and timeouts and carries out what
// it outputs. No clock, no threads, no sockets; the caller owns transport and timers.
#pragma once

#include "consensus/Evidence.h"
#include "consensus/Messages.h"
#include "consensus/RoundLog.h"
#include "consensus/Signer.h"
#include "consensus/SigningGuard.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <variant>

namespace medchain::consensus {

enum class Step { Propose, Prevote, Precommit, Decided };
enum class TimeoutKind { Propose, Prevote, Precommit };

/// Timeouts grow with the round so that, after the network stabilises, some round is long
/// enough for every honest message to arrive: duration(r) = base + r × delta, in milliseconds.
struct TimeoutParams {
    qint64 proposeBase = 3000;
    qint64 proposeDelta = 500;
    qint64 prevoteBase = 1000;
    qint64 prevoteDelta = 500;
    qint64 precommitBase = 1000;
    qint64 precommitDelta = 500;
    qint64 duration(TimeoutKind kind, quint32 round) const;
};

struct ConsensusConfig {
    QString chainId;
    TimeoutParams timeouts;
    /// Messages more than this many rounds ahead of ours are dropped (memory bound against a
    /// byzantine sender); gossip brings them back once we get closer.
    quint32 maxRoundsAhead = 1000;
};

/// Output: start a timer; when it fires, call onTimeout(kind, height, round).
struct ScheduleTimeout {
    TimeoutKind kind = TimeoutKind::Propose;
    quint64 height = 0;
    quint32 round = 0;
    qint64 durationMs = 0;
};

/// Output: the height is decided. The commit certificate verifies against the height's set.
struct Decision {
    quint64 height = 0;
    quint32 round = 0;
    Hash value;
    chain::CommitCertificate commit;
    Proposal proposal;
};

/// Proposal and Vote outputs are to be broadcast to every other validator (the machine has
/// already counted them itself).
using Output = std::variant<Proposal, Vote, ScheduleTimeout, Decision, EquivocationEvidence>;

class Tendermint {
    Q_DECLARE_TR_FUNCTIONS(Tendermint)
public:
    /// getValue is the application's block for a height and round when this node proposes and
    /// holds no valid value from an earlier round (the paper's getValue()).
    using GetValue = std::function<Hash(quint64 height, quint32 round)>;

    Tendermint(ConsensusConfig config, Signer &signer, Verifier &verifier, SigningGuard &guard,
               GetValue getValue);

    /// Starts height with its validator set. Picks up the lock and the round from the signing
    /// guard (a restarted validator resumes where it signed last), then replays messages that
    /// arrived early for this height.
    void startHeight(quint64 height, const QList<identity::Validator> &validators);
    /// A proposal, with the application's judgement of its block (the paper's valid(v)).
    void onProposal(const Proposal &proposal, bool valid);
    void onVote(const Vote &vote);
    void onTimeout(TimeoutKind kind, quint64 height, quint32 round);
    /// Catch-up (block sync): a decided height's proposal and commit certificate, from a peer
    /// that is ahead. Decides the current height if the certificate verifies against its set,
    /// is for the proposal's block and the block is valid; ignored otherwise.
    void onCommit(const Proposal &proposal, const chain::CommitCertificate &commit, bool valid);

    /// Everything produced since the last call, in order.
    QList<Output> takeOutputs();
    /// The proposals and votes this node signed at the current height (for re-gossip).
    const QList<Output> &signedAtHeight() const { return m_signed; }

    quint64 height() const { return m_height; }
    quint32 round() const { return m_round; }
    Step step() const { return m_step; }
    qint64 lockedRound() const { return m_lockedRound; }
    Value lockedValue() const { return m_lockedValue; }
    qint64 validRound() const { return m_validRound; }
    Value validValue() const { return m_validValue; }
    const QList<identity::Validator> &validators() const { return m_validators; }
    const IdentityId &id() const { return m_id; }

private:
    struct Early {
        std::optional<Proposal> proposal;
        bool valid = false;
        std::optional<Vote> vote;
    };

    void startRound(quint32 round);
    void evaluate();
    bool tryDecide();
    bool tryRoundSkip();
    bool tryProposeStep(RoundLog &log);
    bool tryPrevoteStep(RoundLog &log);
    void prevote(const Value &value);
    void precommit(const Value &value);
    /// Asks the guard, signs and broadcasts; returns what was actually signed, if anything.
    std::optional<SignRecord> guardedSign(SignRecord record);
    void acceptVote(const Vote &vote);
    void signedVote(const Vote &vote);
    void restoreSigned();
    bool tooFarAhead(quint32 round) const;
    bool isTwoThirds(quint64 power) const { return 3 * power > 2 * m_totalPower; }
    bool isOneThird(quint64 power) const { return 3 * power > m_totalPower; }

    ConsensusConfig m_config;
    Signer &m_signer;
    Verifier &m_verifier;
    SigningGuard &m_guard;
    GetValue m_getValue;
    IdentityId m_id;

    quint64 m_height = 0;
    quint32 m_round = 0;
    Step m_step = Step::Decided; // nothing happens until startHeight()
    Value m_lockedValue;
    qint64 m_lockedRound = -1;
    Value m_validValue;
    qint64 m_validRound = -1;
    QList<identity::Validator> m_validators;
    quint64 m_totalPower = 0;
    std::map<quint32, RoundLog> m_rounds;
    QList<Early> m_early; // messages for height + 1
    QList<Output> m_outputs;
    QList<Output> m_signed;
};

} // namespace medchain::consensus
