// A deterministic network of Tendermint validators under a virtual clock: seeded delays, drops,
// duplicates, partitions, crashes with restarts and one equivocating validator; then checks.
#pragma once

#include "SimSupport.h"

#include "consensus/CachingVerifier.h"
#include "consensus/Tendermint.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <queue>
#include <variant>
#include <vector>

namespace medchain::sim {

struct SimulationResult {
    quint64 seed = 0;
    int validators = 0;
    bool byzantine = false;
    bool ok = true;
    QString failure;
    quint64 heightsDecided = 0; // by every honest validator
    quint32 maxRound = 0;
    quint64 messages = 0;
    quint64 evidence = 0; // distinct equivocations found by honest validators
    qint64 virtualMs = 0; // when the last honest validator decided the last height
    qint64 afterStabilisationMs = 0; // ...counted from the global stabilisation time
    int crashes = 0;
};

struct SimulationOptions {
    int heights = 4;
    /// Every honest validator must decide all heights this long after stabilisation.
    qint64 livenessBoundMs = 120'000;
    bool trace = false;
};

class ConsensusSimulation {
public:
    ConsensusSimulation(quint64 seed, SimulationOptions options);
    ~ConsensusSimulation();
    SimulationResult run();
    const QStringList &trace() const { return m_trace; }

private:
    /// What a peer that is ahead sends one that is behind: the decided proposal and its commit.
    struct CommitPackage {
        consensus::Proposal proposal;
        chain::CommitCertificate commit;
        quint64 height = 0;
    };
    using Message = std::variant<consensus::Proposal, consensus::Vote, CommitPackage>;
    struct Node;
    struct Event {
        qint64 time = 0;
        quint64 sequence = 0;
        enum Kind { Deliver, Timeout, Crash, Restart, Gossip } kind = Deliver;
        int node = 0;
        int from = 0;
        int incarnation = 0;
        Message message;
        consensus::ScheduleTimeout timeout;
        bool operator>(const Event &other) const
        {
            return time != other.time ? time > other.time : sequence > other.sequence;
        }
    };

    void setUp();
    void push(Event event);
    void send(int from, int to, const Message &message);
    void broadcast(int from, const Message &message);
    void deliver(const Event &event);
    void drain(int node);
    /// Remembers a node's lock and last signature before an input, for auditLock().
    void beforeInput(int node);
    /// The lock rule, checked from outside: a new prevote for a block other than the one the
    /// node was locked on needs a proposal for it whose proof-of-lock round is at least the lock's.
    void auditLock(int node, const consensus::Vote &prevote);
    void startMachine(int node);
    void decided(int node, const consensus::Decision &decision);
    void catchUp(int node, int peer, quint64 height);
    bool partitioned(int a, int b) const;
    bool allDecided() const;
    bool isValid(const chain::Hash &value) const;
    void fail(const QString &why);
    void log(const QString &line);
    consensus::Vote equivocation(const consensus::Vote &vote);

    quint64 m_seed;
    SimulationOptions m_options;
    SplitMix64 m_random;
    SimulationResult m_result;
    QString m_chainId;
    QList<identity::Validator> m_validators;
    std::vector<std::unique_ptr<Node>> m_nodes;
    int m_byzantine = -1;
    consensus::CachingVerifier m_verifier;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_queue;
    quint64 m_sequence = 0;
    qint64 m_now = 0;
    qint64 m_stabilisation = 0; // GST: no drops, partitions or crashes from here on
    int m_dropPercent = 0;
    qint64 m_partitionFrom = 0;
    qint64 m_partitionUntil = 0;
    quint32 m_partitionMask = 0;
    bool m_isolateDeciders = false; // cut off the first honest node to decide each height
    bool m_lockAttack = false; // the byzantine validator's strategy, see drain()
    bool m_slowPrecommits = false; // before GST precommits take up to 4 s: rounds end first
    QHash<quint64, chain::Hash> m_decided; // height -> the honest decision
    QStringList m_trace;
};

} // namespace medchain::sim
