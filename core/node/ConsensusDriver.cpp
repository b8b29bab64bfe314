#include "node/ConsensusDriver.h"

#include "consensus/EvidenceTx.h"
#include "consensus/ProposerSelection.h"
#include "node/Node.h"

#include <QDateTime>
#include <QDebug>
#include <QTimer>

namespace medchain::node {

using consensus::Decision;
using consensus::Output;
using consensus::Proposal;
using consensus::ScheduleTimeout;
using consensus::Vote;

namespace {
constexpr int kHeartbeatMs = 100;
// Bounds on what peers can make this node hold between heights: an honest proposer sends one
// block per round it leads, a byzantine one gains nothing from more than two.
constexpr int kMaxBlocksPerProposer = 2;
constexpr qsizetype kMaxPending = 256;

QByteArray keyOf(const chain::Hash &hash)
{
    return hash.toByteArray();
}
} // namespace

ConsensusDriver::ConsensusDriver(Node &node, crypto::Ed25519SigningKey key,
                                 std::unique_ptr<consensus::SigningGuard> guard, Settings settings,
                                 QObject *parent)
    : QObject(parent),
      m_node(node),
      m_signer(std::move(key)),
      m_guard(std::move(guard)),
      m_settings(settings),
      m_machine({node.ledger().genesis().chainId, settings.timeouts, 1000}, m_signer, m_verifier,
                *m_guard,
                [this](quint64 height, quint32 round) { return proposeValue(height, round); })
{
}

ConsensusDriver::~ConsensusDriver() = default;

qint64 ConsensusDriver::now() const
{
    return m_node.now();
}

void ConsensusDriver::start()
{
    if (m_heartbeat)
        return;
    connect(&m_node, &Node::blockCommitted, this, &ConsensusDriver::onBlockCommitted);
    // The tip's own time: a network that was down longer than the empty-block interval makes
    // its next block at once.
    m_lastCommitAt = std::min(now(), m_node.ledger().tip().time);
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, &ConsensusDriver::heartbeat);
    m_heartbeat->start(kHeartbeatMs);
    maybeStartHeight();
}

void ConsensusDriver::heartbeat()
{
    maybeStartHeight();
    if (m_running && now() - m_lastRegossip >= m_settings.regossipIntervalMs)
        regossip();
}

void ConsensusDriver::maybeStartHeight()
{
    if (m_running || m_node.isHalted())
        return;
    const chain::Ledger &ledger = m_node.ledger();
    const qint64 sinceCommit = now() - m_lastCommitAt;
    if (sinceCommit < qint64(ledger.genesis().parameters.blockIntervalMs))
        return;
    // A height starts when there is something to propose, when another validator has started
    // it, or when the empty-block interval has passed.
    if (m_node.pendingCount() == 0 && !m_heardOfNextHeight
        && sinceCommit < m_settings.emptyBlockIntervalMs)
        return;
    const QList<identity::Validator> validators = ledger.state().validators();
    if (consensus::powerOf(validators, m_signer.id()) == 0)
        return; // not (or no longer) a validator: the replica follows by block sync
    m_running = true;
    m_heardOfNextHeight = false;
    m_verdicts.clear();
    m_machine.startHeight(ledger.tip().height + 1, validators);
    feedPending();
    process();
}

void ConsensusDriver::onBlockCommitted()
{
    const quint64 tip = m_node.ledger().tip().height;
    if (m_running && tip < m_machine.height())
        return;
    // Decided here or synced from a peer: the height after the tip comes next.
    m_running = false;
    m_lastCommitAt = now();
    m_verdicts.clear();
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (it->header.height <= tip) {
            m_blockBytes.remove(it.key());
            it = m_blocks.erase(it);
        } else {
            ++it;
        }
    }
    m_pending.removeIf([tip](const Proposal &p) { return p.height <= tip; });
}

consensus::Hash ConsensusDriver::proposeValue(quint64 height, quint32 round)
{
    chain::Ledger &ledger = m_node.ledger();
    const auto max = qsizetype(ledger.genesis().parameters.maxBlockTransactions);
    auto proposed = ledger.proposeBlock(m_node.candidates(max), now(), m_signer.id());
    if (!proposed) {
        // The others will prevote nil on a value nobody can see, and the round moves on.
        qCritical().noquote() << tr("Cannot propose block %1 (round %2): %3")
                                     .arg(height)
                                     .arg(round)
                                     .arg(proposed.error());
        return {};
    }
    m_node.discard(proposed->rejected);
    const chain::Block &block = proposed->block;
    const chain::Hash hash = block.header.hash();
    const QByteArray bytes = block.encode();
    m_blocks.insert(keyOf(hash), block);
    m_blockBytes.insert(keyOf(hash), bytes);
    m_verdicts.insert(keyOf(hash), true);
    send(ConsensusKind::Block, bytes); // before the proposal that names it
    return hash;
}

bool ConsensusDriver::judge(const Proposal &proposal)
{
    const QByteArray key = keyOf(proposal.blockHash);
    if (const auto known = m_verdicts.constFind(key); known != m_verdicts.cend())
        return *known;
    const chain::Block &block = m_blocks[key];
    bool valid = block.header.height == proposal.height
        && block.header.proposer == proposal.proposer
        && block.header.time <= now() + m_settings.maxClockAheadMs;
    if (valid) {
        if (auto ok = m_node.ledger().checkBlock(block); !ok) {
            qWarning().noquote() << tr("Proposal for block %1 (round %2) is invalid: %3")
                                        .arg(proposal.height)
                                        .arg(proposal.round)
                                        .arg(ok.error());
            valid = false;
        }
    }
    m_verdicts.insert(key, valid);
    return valid;
}

void ConsensusDriver::feedPending()
{
    if (!m_running)
        return;
    const quint64 height = m_machine.height();
    const QList<Proposal> pending = std::exchange(m_pending, {});
    for (const Proposal &proposal : pending) {
        if (proposal.height == height && m_blocks.contains(keyOf(proposal.blockHash)))
            m_machine.onProposal(proposal, judge(proposal));
        else if (proposal.height >= height)
            m_pending.append(proposal);
    }
}

ConsensusDriver::Verdict ConsensusDriver::receive(quint64 kind, const QByteArray &payload)
{
    const chain::Ledger &ledger = m_node.ledger();
    const quint64 next = ledger.tip().height + 1;
    const QList<identity::Validator> validators = ledger.state().validators();
    const QString &chainId = ledger.genesis().chainId;
    switch (ConsensusKind(kind)) {
    case ConsensusKind::Block: {
        auto block = chain::Block::decode(payload);
        if (!block)
            return Verdict::Punish;
        const quint64 height = block->header.height;
        if (height < next || height > next + 1)
            return Verdict::Ignore;
        if (consensus::powerOf(validators, block->header.proposer) == 0)
            return height == next ? Verdict::Punish : Verdict::Ignore;
        const QByteArray key = keyOf(block->header.hash());
        if (m_blocks.contains(key))
            return Verdict::Ignore;
        const auto fromProposer
            = std::count_if(m_blocks.cbegin(), m_blocks.cend(), [&](const chain::Block &held) {
                  return held.header.height == height
                      && held.header.proposer == block->header.proposer;
              });
        if (fromProposer >= kMaxBlocksPerProposer)
            return Verdict::Ignore;
        m_blocks.insert(key, std::move(block).value());
        m_blockBytes.insert(key, payload);
        feedPending();
        process();
        return Verdict::Relay;
    }
    case ConsensusKind::Proposal: {
        auto proposal = Proposal::decode(payload);
        if (!proposal)
            return Verdict::Punish;
        if (proposal->height < next || proposal->height > next + 1)
            return Verdict::Ignore;
        if (proposal->proposer
                != consensus::proposerFor(validators, proposal->height, proposal->round)
            || !m_verifier.verify(proposal->proposer, proposal->signingBytes(chainId),
                                  proposal->signature))
            // The next height's set may differ from ours; only this height's is certain.
            return proposal->height == next ? Verdict::Punish : Verdict::Ignore;
        if (m_pending.contains(proposal.value()) || m_pending.size() >= kMaxPending)
            return Verdict::Ignore;
        m_heardOfNextHeight = m_heardOfNextHeight || proposal->height == next;
        m_pending.append(std::move(proposal).value());
        feedPending();
        process();
        return Verdict::Relay;
    }
    case ConsensusKind::Vote: {
        auto vote = Vote::decode(payload);
        if (!vote)
            return Verdict::Punish;
        if (vote->height < next || vote->height > next + 1)
            return Verdict::Ignore;
        if (consensus::powerOf(validators, vote->validator) == 0
            || !m_verifier.verify(vote->validator, vote->signingBytes(chainId), vote->signature))
            return vote->height == next ? Verdict::Punish : Verdict::Ignore;
        m_heardOfNextHeight = m_heardOfNextHeight || vote->height == next;
        if (!m_running && vote->height == next)
            maybeStartHeight();
        m_machine.onVote(vote.value());
        process();
        return Verdict::Relay;
    }
    }
    return Verdict::Punish; // a kind this version does not know
}

void ConsensusDriver::process()
{
    // Outputs can lead to more (a decision commits, the next height starts later), so drain.
    for (QList<Output> outputs = m_machine.takeOutputs(); !outputs.isEmpty();
         outputs = m_machine.takeOutputs()) {
        for (const Output &output : outputs) {
            if (const auto *proposal = std::get_if<Proposal>(&output)) {
                send(ConsensusKind::Proposal, proposal->encode());
            } else if (const auto *vote = std::get_if<Vote>(&output)) {
                send(ConsensusKind::Vote, vote->encode());
            } else if (const auto *timeout = std::get_if<ScheduleTimeout>(&output)) {
                const ScheduleTimeout t = *timeout;
                QTimer::singleShot(t.durationMs, this, [this, t] {
                    m_machine.onTimeout(t.kind, t.height, t.round);
                    process();
                });
            } else if (const auto *decision = std::get_if<Decision>(&output)) {
                commit(*decision);
            } else if (const auto *evidence
                       = std::get_if<consensus::EquivocationEvidence>(&output)) {
                report(*evidence);
            }
        }
    }
}

void ConsensusDriver::report(const consensus::EquivocationEvidence &evidence)
{
    qWarning().noquote()
        << tr("Validator %1 signed two different votes at height %2, round %3; reporting it "
              "on chain.")
               .arg(QString::fromLatin1(evidence.first.validator.toByteArray().toHex()))
               .arg(evidence.first.height)
               .arg(evidence.first.round);
    // Our own reports may wait in the mempool together: count past what the state knows.
    const auto self = m_node.ledger().state().identity(m_signer.id());
    m_lastReportNonce = std::max(m_lastReportNonce, self ? self->nonce : 0) + 1;
    const QByteArray bytes = evidence.encode();
    if (auto queued = m_node.submit(consensus::reportEquivocation(
            m_node.ledger().genesis().chainId, m_lastReportNonce, now(), bytes, m_signer.key()));
        !queued)
        qWarning().noquote() << tr("The report could not be queued: %1").arg(queued.error());
    emit equivocation(bytes);
}

void ConsensusDriver::commit(const Decision &decision)
{
    const auto block = m_blocks.constFind(keyOf(decision.value));
    if (block == m_blocks.cend() || m_node.ledger().tip().height >= decision.height)
        return; // block sync brings it (or already did)
    if (auto ok = m_node.acceptBlock(*block, decision.commit); !ok)
        qCritical().noquote() << tr("Block %1 was decided but cannot be committed: %2")
                                     .arg(decision.height)
                                     .arg(ok.error());
}

void ConsensusDriver::regossip()
{
    m_lastRegossip = now();
    for (const Output &output : m_machine.signedAtHeight()) {
        if (const auto *proposal = std::get_if<Proposal>(&output)) {
            const auto bytes = m_blockBytes.constFind(keyOf(proposal->blockHash));
            if (bytes != m_blockBytes.cend())
                send(ConsensusKind::Block, *bytes);
            send(ConsensusKind::Proposal, proposal->encode());
        } else if (const auto *vote = std::get_if<Vote>(&output)) {
            send(ConsensusKind::Vote, vote->encode());
        }
    }
}

void ConsensusDriver::send(ConsensusKind kind, const QByteArray &payload)
{
    emit broadcast(quint64(kind), payload);
}

} // namespace medchain::node
