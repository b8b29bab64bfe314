#include "ConsensusSimulation.h"
#include "SimNode.h"

#include "consensus/ProposerSelection.h"
#include "crypto/SecureBuffer.h"

#include <algorithm>

namespace medchain::sim {

using namespace consensus;

namespace {
constexpr int kMaxValidators = 7;
constexpr qint64 kGossipIntervalMs = 1000;
constexpr quint64 kMaxEvents = 3'000'000;
constexpr quint64 kCatchUpHeights = 8;

/// Keys derived from fixed seeds: the same validators (and signatures) in every run.
const std::vector<crypto::Ed25519SigningKey> &simulationKeys()
{
    static const std::vector<crypto::Ed25519SigningKey> keys = [] {
        std::vector<crypto::Ed25519SigningKey> made;
        for (int i = 0; i < kMaxValidators; ++i) {
            crypto::SecureBuffer seed(crypto::Ed25519SigningKey::SeedSize);
            std::fill_n(seed.data(), seed.size(), std::uint8_t(0x40 + i));
            made.push_back(crypto::Ed25519SigningKey::fromSeed(seed).value());
        }
        return made;
    }();
    return keys;
}

chain::Hash hashOf(quint64 a, quint64 b, quint64 c, quint64 d)
{
    QByteArray bytes;
    for (quint64 v : {a, b, c, d})
        bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
    return crypto::sha256(bytes);
}

bool isValidFor(quint64 seed, const chain::Hash &value)
{
    return value.bytes[0] % 8 != seed % 8;
}

QString describe(const Proposal &p)
{
    return QStringLiteral("PROPOSAL h%1 r%2 pol%3 %4")
        .arg(p.height)
        .arg(p.round)
        .arg(p.polRound)
        .arg(shortHex(p.blockHash));
}

QString describe(const Vote &v)
{
    return QStringLiteral("%1 h%2 r%3 %4")
        .arg(v.kind == VoteKind::Prevote ? QStringLiteral("PREVOTE") : QStringLiteral("PRECOMMIT"))
        .arg(v.height)
        .arg(v.round)
        .arg(shortHex(v.blockHash));
}

/// Identity of a message for de-duplication: everything but the signature.
QByteArray keyOf(const Proposal &p)
{
    QByteArray key;
    append(key, 0);
    append(key, p.height);
    append(key, p.round);
    append(key, quint64(p.polRound));
    return key + p.blockHash.toByteArray() + p.proposer.toByteArray();
}

QByteArray keyOf(const Vote &v)
{
    QByteArray key;
    append(key, quint64(v.kind));
    append(key, v.height);
    append(key, v.round);
    return key + (v.blockHash ? v.blockHash->toByteArray() : QByteArray())
        + v.validator.toByteArray();
}
} // namespace

ConsensusSimulation::ConsensusSimulation(quint64 seed, SimulationOptions options)
    : m_seed(seed), m_options(options), m_random(seed ^ 0x6d656463686169ULL)
{
    m_result.seed = seed;
    m_chainId = QStringLiteral("sim-%1").arg(seed);
}

ConsensusSimulation::~ConsensusSimulation() = default;

void ConsensusSimulation::log(const QString &line)
{
    if (m_options.trace)
        m_trace.append(QStringLiteral("%1 ms  %2").arg(m_now, 7).arg(line));
}

void ConsensusSimulation::fail(const QString &why)
{
    if (m_result.ok) {
        m_result.ok = false;
        m_result.failure = why;
        log(QStringLiteral("FAILURE: ") + why);
    }
}

void ConsensusSimulation::setUp()
{
    const int n = 4 + int(m_random.below(kMaxValidators - 3));
    m_result.validators = n;
    const auto &keys = simulationKeys();
    for (int i = 0; i < n; ++i)
        m_validators.append({keys[size_t(i)].publicKey(), 1 + m_random.below(3)});
    std::sort(m_validators.begin(), m_validators.end(),
              [](const auto &a, const auto &b) { return a.node < b.node; });
    // The byzantine validator: the heaviest one that holds less than a third of the power.
    const quint64 total = totalPower(m_validators);
    if (m_random.chance(80)) {
        for (int i = 0; i < n; ++i) {
            if (3 * m_validators[i].power < total
                && (m_byzantine < 0 || m_validators[i].power > m_validators[m_byzantine].power))
                m_byzantine = i;
        }
    }
    m_result.byzantine = m_byzantine >= 0;
    for (int i = 0; i < n; ++i) {
        auto node = std::make_unique<Node>();
        node->index = i;
        node->byzantine = i == m_byzantine;
        for (const auto &key : keys) {
            if (key.publicKey() == m_validators[i].node)
                node->signer = std::make_unique<KeySigner>(key);
        }
        m_nodes.push_back(std::move(node));
    }
    // Faults before the global stabilisation time (GST).
    m_stabilisation = 2000 + qint64(m_random.below(20'000));
    m_dropPercent = int(m_random.below(40));
    if (m_random.chance(50)) {
        m_partitionFrom = qint64(m_random.below(quint64(m_stabilisation)));
        m_partitionUntil = m_partitionFrom
            + qint64(m_random.below(quint64(m_stabilisation - m_partitionFrom) + 1));
        m_partitionMask = quint32(1 + m_random.below((1u << n) - 2));
    }
    m_isolateDeciders = m_random.chance(50);
    m_lockAttack = m_random.chance(50);
    m_slowPrecommits = m_random.chance(50);
    const int crashes = int(m_random.below(3));
    for (int c = 0; c < crashes; ++c) {
        const int victim = int(m_random.below(quint64(n)));
        if (victim == m_byzantine)
            continue;
        const qint64 at = qint64(m_random.below(quint64(m_stabilisation)));
        const qint64 back = std::min(m_stabilisation, at + 500 + qint64(m_random.below(5000)));
        push(Event {at, 0, Event::Crash, victim, victim, 0, {}, {}});
        push(Event {back, 0, Event::Restart, victim, victim, 0, {}, {}});
        ++m_result.crashes;
    }
    log(QStringLiteral("byzantine strategy: %1; first deciders cut off: %2; slow precommits: %3")
            .arg(m_lockAttack ? QStringLiteral("lock attack") : QStringLiteral("two halves"))
            .arg(m_isolateDeciders ? QStringLiteral("yes") : QStringLiteral("no"))
            .arg(m_slowPrecommits ? QStringLiteral("yes") : QStringLiteral("no")));
    log(QStringLiteral("seed %1: %2 validators, byzantine %3, GST %4 ms, drop %5%, partition "
                       "%6..%7 ms mask %8, %9 crashes")
            .arg(m_seed)
            .arg(n)
            .arg(m_byzantine)
            .arg(m_stabilisation)
            .arg(m_dropPercent)
            .arg(m_partitionFrom)
            .arg(m_partitionUntil)
            .arg(m_partitionMask, 0, 2)
            .arg(m_result.crashes));
    for (int i = 0; i < n; ++i) {
        log(QStringLiteral("validator %1 power %2 %3")
                .arg(i)
                .arg(m_validators[i].power)
                .arg(QString::fromLatin1(m_validators[i].node.toByteArray().toHex().left(8))));
        startMachine(i);
        push(Event {kGossipIntervalMs, 0, Event::Gossip, i, i, 0, {}, {}});
    }
}

void ConsensusSimulation::startMachine(int index)
{
    Node &node = *m_nodes[size_t(index)];
    ++node.incarnation;
    node.seen.clear();
    node.proposalsSeen.clear();
    node.lockHeightBefore = 0;
    ConsensusConfig config;
    config.chainId = m_chainId;
    // The application stub: a proposer's block is derived from (height, round, proposer).
    const quint64 proposer = quint64(index);
    node.machine = std::make_unique<Tendermint>(
        config, *node.signer, m_verifier, node.guard, [this, proposer](quint64 h, quint32 r) {
            // getValue returns a block the application itself judges valid.
            for (quint64 attempt = 0;; ++attempt) {
                const chain::Hash value = hashOf(h, r, proposer, attempt);
                if (isValidFor(m_seed, value) || attempt > 16)
                    return value;
            }
        });
    node.machine->startHeight(node.ledgerHeight + 1, m_validators);
    drain(index);
}

void ConsensusSimulation::push(Event event)
{
    event.sequence = ++m_sequence;
    m_queue.push(std::move(event));
}

bool ConsensusSimulation::partitioned(int a, int b) const
{
    if (m_now < m_partitionFrom || m_now >= m_partitionUntil || m_now >= m_stabilisation)
        return false;
    return bool(m_partitionMask & (1u << a)) != bool(m_partitionMask & (1u << b));
}

void ConsensusSimulation::send(int from, int to, const Message &message)
{
    ++m_result.messages;
    const bool unstable = m_now < m_stabilisation;
    if (partitioned(from, to) || (unstable && m_random.chance(m_dropPercent)))
        return;
    const int copies = m_random.chance(5) ? 2 : 1;
    for (int c = 0; c < copies; ++c) {
        const bool slow = unstable && m_slowPrecommits && std::holds_alternative<Vote>(message)
            && std::get<Vote>(message).kind == VoteKind::Precommit;
        const qint64 delay = 1 + qint64(m_random.below(slow ? 4000 : unstable ? 300 : 50));
        push(Event {m_now + delay, 0, Event::Deliver, to, from, 0, message, {}});
    }
}

void ConsensusSimulation::broadcast(int from, const Message &message)
{
    for (int to = 0; to < int(m_nodes.size()); ++to) {
        if (to != from)
            send(from, to, message);
    }
}

Vote ConsensusSimulation::equivocation(const Vote &vote)
{
    Vote other = vote;
    other.blockHash = vote.blockHash && m_random.chance(50)
        ? Value()
        : Value(hashOf(vote.height, vote.round, 0xbad, m_random.next()));
    other.signature = m_nodes[size_t(m_byzantine)]->signer->sign(other.signingBytes(m_chainId));
    return other;
}

void ConsensusSimulation::drain(int index)
{
    Node &node = *m_nodes[size_t(index)];
    for (QList<Output> outputs = node.machine->takeOutputs(); !outputs.isEmpty();
         outputs = node.machine->takeOutputs()) {
        for (const Output &output : outputs) {
            if (const auto *proposal = std::get_if<Proposal>(&output)) {
                log(QStringLiteral("v%1 sends %2").arg(index).arg(describe(*proposal)));
                if (!node.byzantine) {
                    broadcast(index, *proposal);
                    continue;
                }
                if (m_lockAttack) {
                    // Ignores its valid value and offers a fresh block: only locks stop it.
                    Proposal fresh = *proposal;
                    fresh.polRound = -1;
                    fresh.blockHash
                        = hashOf(proposal->height, proposal->round, 0xf7e5, m_random.next());
                    fresh.signature = node.signer->sign(fresh.signingBytes(m_chainId));
                    broadcast(index, fresh);
                    continue;
                }
                // The byzantine proposer offers a second block to one half of the network.
                Proposal other = *proposal;
                other.blockHash
                    = hashOf(proposal->height, proposal->round, 0xb10c, m_random.next());
                other.signature = node.signer->sign(other.signingBytes(m_chainId));
                for (int to = 0; to < int(m_nodes.size()); ++to) {
                    if (to != index)
                        send(index, to, to % 2 ? Message(other) : Message(*proposal));
                }
            } else if (const auto *vote = std::get_if<Vote>(&output)) {
                log(QStringLiteral("v%1 sends %2").arg(index).arg(describe(*vote)));
                if (vote->kind == VoteKind::Prevote)
                    auditLock(index, *vote);
                if (!node.byzantine) {
                    broadcast(index, *vote);
                    continue;
                }
                if (m_lockAttack) {
                    // Its precommit for a block goes to one honest node only (which may then
                    // decide alone); everyone else gets a precommit for nil.
                    if (vote->kind == VoteKind::Prevote || !vote->blockHash) {
                        broadcast(index, *vote);
                        continue;
                    }
                    Vote nil = *vote;
                    nil.blockHash.reset();
                    nil.signature = node.signer->sign(nil.signingBytes(m_chainId));
                    const int victim = index == 0 ? 1 : 0;
                    for (int to = 0; to < int(m_nodes.size()); ++to) {
                        if (to != index)
                            send(index, to, to == victim ? Message(*vote) : Message(nil));
                    }
                    continue;
                }
                const Vote other = equivocation(*vote);
                for (int to = 0; to < int(m_nodes.size()); ++to) {
                    if (to != index)
                        send(index, to, to % 2 ? Message(other) : Message(*vote));
                }
            } else if (const auto *timeout = std::get_if<ScheduleTimeout>(&output)) {
                push(Event {m_now + timeout->durationMs,
                            0,
                            Event::Timeout,
                            index,
                            index,
                            node.incarnation,
                            {},
                            *timeout});
            } else if (const auto *decision = std::get_if<Decision>(&output)) {
                decided(index, *decision);
            } else if (const auto *evidence = std::get_if<EquivocationEvidence>(&output)) {
                if (node.byzantine)
                    continue;
                log(QStringLiteral("v%1 found equivocation at h%2 r%3")
                        .arg(index)
                        .arg(evidence->first.height)
                        .arg(evidence->first.round));
                if (evidence->first.validator != m_validators[m_byzantine].node)
                    fail(QStringLiteral("v%1 accused an honest validator").arg(index));
                else if (m_result.evidence == 0) {
                    // Check the first piece of evidence properly (real Ed25519, real decoder).
                    const auto decoded = EquivocationEvidence::decode(evidence->encode());
                    if (!decoded.ok() || !decoded->verify(m_validators, m_chainId).ok())
                        fail(QStringLiteral("v%1 produced evidence that does not verify")
                                 .arg(index));
                }
                ++m_result.evidence;
            }
        }
    }
}

void ConsensusSimulation::catchUp(int index, int peer, quint64 height)
{
    // Block sync in miniature: a peer still working on a height we decided gets the proposal and
    // our commit certificate (its own vote count may never get there: it may hold an
    // equivocator's other vote, and the others have moved on).
    Node &node = *m_nodes[size_t(index)];
    const auto decision = node.decisions.constFind(height);
    if (decision == node.decisions.cend())
        return;
    qint64 &last = node.lastCatchUp[qMakePair(peer, height)];
    if (last != 0 && m_now - last < 500)
        return;
    last = m_now;
    // Like block sync, send a run of heights, not one: the network may be deciding quickly.
    for (quint64 h = height; h < height + kCatchUpHeights; ++h) {
        const auto found = node.decisions.constFind(h);
        if (found == node.decisions.cend())
            break;
        send(index, peer, CommitPackage {found->proposal, found->commit, h});
    }
}

void ConsensusSimulation::deliver(const Event &event)
{
    Node &node = *m_nodes[size_t(event.node)];
    if (!node.up)
        return;
    const quint64 height = std::visit([](const auto &m) { return m.height; }, event.message);
    if (height < node.machine->height()) {
        catchUp(event.node, event.from, height);
        return;
    }
    if (const auto *package = std::get_if<CommitPackage>(&event.message)) {
        log(QStringLiteral("v%1 <- v%2 COMMIT h%3").arg(event.node).arg(event.from).arg(height));
        if (height > node.machine->height() && node.pendingCommits.size() < 64)
            node.pendingCommits.insert(height, *package);
        node.machine->onCommit(package->proposal, package->commit,
                               isValid(package->proposal.blockHash));
        drain(event.node);
        return;
    }
    const QByteArray key = std::holds_alternative<Proposal>(event.message)
        ? keyOf(std::get<Proposal>(event.message))
        : keyOf(std::get<Vote>(event.message));
    if (node.seen.contains(key))
        return;
    node.seen.insert(key);
    log(QStringLiteral("v%1 <- v%2 %3")
            .arg(event.node)
            .arg(event.from)
            .arg(std::holds_alternative<Proposal>(event.message)
                     ? describe(std::get<Proposal>(event.message))
                     : describe(std::get<Vote>(event.message))));
    if (const auto *proposal = std::get_if<Proposal>(&event.message)) {
        QByteArray proposalKey = proposal->blockHash.toByteArray();
        append(proposalKey, proposal->height);
        append(proposalKey, proposal->round);
        const auto known = node.proposalsSeen.find(proposalKey);
        if (known == node.proposalsSeen.end())
            node.proposalsSeen.insert(proposalKey, proposal->polRound);
        else
            *known = std::max(*known, proposal->polRound);
        beforeInput(event.node);
        node.machine->onProposal(*proposal, isValid(proposal->blockHash));
    } else {
        beforeInput(event.node);
        node.machine->onVote(std::get<Vote>(event.message));
    }
    // Gossip: honest nodes pass on what they see once, so an equivocator's two faces meet.
    if (!node.byzantine)
        broadcast(event.node, event.message);
    drain(event.node);
}

bool ConsensusSimulation::isValid(const chain::Hash &value) const
{
    return isValidFor(m_seed, value);
}

bool ConsensusSimulation::allDecided() const
{
    for (const auto &node : m_nodes) {
        if (!node->byzantine && node->ledgerHeight < quint64(m_options.heights))
            return false;
    }
    return true;
}

SimulationResult ConsensusSimulation::run()
{
    setUp();
    quint64 events = 0;
    const qint64 deadline = m_stabilisation + m_options.livenessBoundMs;
    // Run until every honest validator decided the heights and (if there is an equivocator) some
    // honest validator caught it; the deadline makes both liveness checks.
    while (!m_queue.empty() && m_result.ok
           && !(allDecided() && (m_byzantine < 0 || m_result.evidence > 0))) {
        Event event = m_queue.top();
        m_queue.pop();
        m_now = event.time;
        if (m_now > deadline || ++events > kMaxEvents)
            break;
        Node &node = *m_nodes[size_t(event.node)];
        switch (event.kind) {
        case Event::Deliver:
            deliver(event);
            break;
        case Event::Timeout:
            if (node.up && event.incarnation == node.incarnation) {
                beforeInput(event.node);
                node.machine->onTimeout(event.timeout.kind, event.timeout.height,
                                        event.timeout.round);
                drain(event.node);
            }
            break;
        case Event::Crash:
            if (node.up) {
                log(QStringLiteral("v%1 CRASHES").arg(event.node));
                node.up = false;
                node.machine.reset();
            }
            break;
        case Event::Restart:
            if (!node.up) {
                log(QStringLiteral("v%1 RESTARTS at h%2")
                        .arg(event.node)
                        .arg(node.ledgerHeight + 1));
                node.up = true;
                startMachine(event.node);
            }
            break;
        case Event::Gossip:
            if (node.up) {
                for (const Output &output : node.machine->signedAtHeight()) {
                    if (const auto *p = std::get_if<Proposal>(&output))
                        broadcast(event.node, *p);
                    else if (const auto *v = std::get_if<Vote>(&output))
                        broadcast(event.node, *v);
                }
            }
            push(Event {
                m_now + kGossipIntervalMs, 0, Event::Gossip, event.node, event.node, 0, {}, {}});
            break;
        }
    }
    quint64 decidedByAll = std::numeric_limits<quint64>::max();
    for (const auto &node : m_nodes) {
        if (!node->byzantine)
            decidedByAll = std::min(decidedByAll, node->ledgerHeight);
    }
    m_result.heightsDecided = decidedByAll;
    m_result.virtualMs = m_now;
    m_result.afterStabilisationMs = std::max<qint64>(0, m_now - m_stabilisation);
    if (m_result.ok && !allDecided())
        fail(QStringLiteral("LIVENESS: honest validators decided only %1 of %2 heights by %3 ms "
                            "(GST %4 ms)")
                 .arg(decidedByAll)
                 .arg(m_options.heights)
                 .arg(m_now)
                 .arg(m_stabilisation));
    if (m_result.ok && m_byzantine >= 0 && m_result.evidence == 0)
        fail(QStringLiteral("no honest validator reported the byzantine validator's equivocation"));
    return m_result;
}

} // namespace medchain::sim
