// A validator's part in consensus: runs the Tendermint machine (core/consensus) over the chain's
// validator set, proposes blocks from the node's mempool, judges other proposals by executing
// them (rolled back), and commits each decided block with the certificate its precommits make.
// Lives in the node's thread; the peer network carries its messages (broadcast() out,
// receive() in), so it knows nothing of sockets.
#pragma once

#include "consensus/CachingVerifier.h"
#include "consensus/Tendermint.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>

class QTimer;

namespace medchain::node {

class Node;

/// What a net::Consensus message carries (its `kind`; wire values, never renumbered).
enum class ConsensusKind : quint64 {
    Proposal = 1, // consensus::Proposal
    Vote = 2, // consensus::Vote
    Block = 3, // the chain::Block a proposal names, sent just before it
};

class ConsensusDriver : public QObject {
    Q_OBJECT
public:
    struct Settings {
        consensus::TimeoutParams timeouts;
        /// With nothing to propose, the next height still starts after this long, so block time
        /// moves on and a validator that crashed is noticed.
        qint64 emptyBlockIntervalMs = 30'000;
        /// How often what this validator signed at the current height is sent again, for peers
        /// that (re)connected late or lost a message.
        int regossipIntervalMs = 2'000;
        /// A proposed block whose time is further ahead of this node's clock is invalid.
        qint64 maxClockAheadMs = 10'000;
    };

    /// What the network should do with a message it received.
    enum class Verdict {
        Relay, // new and plausible: pass it on to the other peers
        Ignore, // a duplicate, stale or not for us: drop it quietly
        Punish, // malformed, forged or from outside the validator set: the sender misbehaves
    };

    ConsensusDriver(Node &node, crypto::Ed25519SigningKey key,
                    std::unique_ptr<consensus::SigningGuard> guard, Settings settings,
                    QObject *parent = nullptr);
    ~ConsensusDriver() override;

    /// Starts taking part from the replica's tip; call in the node's thread.
    void start();
    /// A consensus message from a peer.
    Verdict receive(quint64 kind, const QByteArray &payload);

    quint64 height() const { return m_machine.height(); }
    quint32 round() const { return m_machine.round(); }

signals:
    /// A message for every other validator (and the replicas that relay to them).
    void broadcast(quint64 kind, const QByteArray &payload);
    /// A validator signed two different votes at one height and round; a ReportEquivocation
    /// signed by this validator has gone to the node's mempool.
    void equivocation(const QByteArray &evidence);

private:
    void heartbeat();
    void maybeStartHeight();
    void onBlockCommitted();
    consensus::Hash proposeValue(quint64 height, quint32 round);
    bool judge(const consensus::Proposal &proposal);
    void feedPending();
    void process();
    void commit(const consensus::Decision &decision);
    void report(const consensus::EquivocationEvidence &evidence);
    void regossip();
    void send(ConsensusKind kind, const QByteArray &payload);
    qint64 now() const;

    Node &m_node;
    consensus::Ed25519Signer m_signer;
    consensus::CachingVerifier m_verifier; // receive() checks, the machine asks again
    std::unique_ptr<consensus::SigningGuard> m_guard;
    Settings m_settings;
    consensus::Tendermint m_machine;
    QTimer *m_heartbeat = nullptr;
    bool m_running = false; // the machine runs the height after the tip
    qint64 m_lastCommitAt = 0; // this node's clock when the tip arrived (at start: its time)
    qint64 m_lastRegossip = 0;
    quint64 m_lastReportNonce = 0; // the nonce of our last evidence report
    bool m_heardOfNextHeight = false; // a peer's proposal or vote for the height to start
    /// Proposed blocks of the current and the next height, by hash, with their encodings.
    QHash<QByteArray, chain::Block> m_blocks;
    QHash<QByteArray, QByteArray> m_blockBytes;
    QHash<QByteArray, bool> m_verdicts; // block hash -> valid(v), at the current height
    QList<consensus::Proposal> m_pending; // proposals waiting for their block or their height
};

} // namespace medchain::node
