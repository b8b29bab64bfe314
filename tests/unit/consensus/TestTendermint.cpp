// The Tendermint machine driven by hand-written message sequences: vote counting by power,
// proposer selection, the lock and unlock rules, round skipping, timeouts, evidence, restarts.
#include "ConsensusFixture.h"

#include "common/Startup.h"
#include "consensus/ProposerSelection.h"
#include "consensus/Tendermint.h"

#include <QTest>

#include <set>

using namespace consensus_test;

namespace {
/// One machine under test, as validator `me` of a set, with everything it outputs collected.
struct Harness {
    Harness(int me, const QList<identity::Validator> &set) : signer(me), validators(set)
    {
        ConsensusConfig config;
        config.chainId = kChain;
        machine = std::make_unique<Tendermint>(
            config, signer, verifier, guard, [](quint64 h, quint32 r) {
                return valueOf(QByteArray::number(h * 1000 + r).constData());
            });
    }
    void start(quint64 height = 1)
    {
        machine->startHeight(height, validators);
        collect();
    }
    void collect()
    {
        for (const Output &o : machine->takeOutputs()) {
            if (const auto *v = std::get_if<Vote>(&o))
                votes.append(*v);
            else if (const auto *p = std::get_if<Proposal>(&o))
                proposals.append(*p);
            else if (const auto *t = std::get_if<ScheduleTimeout>(&o))
                timeouts.append(*t);
            else if (const auto *d = std::get_if<Decision>(&o))
                decisions.append(*d);
            else
                evidence.append(std::get<EquivocationEvidence>(o));
        }
    }
    void feed(const Vote &v)
    {
        machine->onVote(v);
        collect();
    }
    void feed(const Proposal &p, bool valid = true)
    {
        machine->onProposal(p, valid);
        collect();
    }
    void timeout(TimeoutKind kind, quint32 round, quint64 height = 1)
    {
        machine->onTimeout(kind, height, round);
        collect();
    }
    std::optional<Vote> lastVote(VoteKind kind) const
    {
        for (auto it = votes.crbegin(); it != votes.crend(); ++it) {
            if (it->kind == kind)
                return *it;
        }
        return std::nullopt;
    }

    KeySigner signer;
    Ed25519Verifier verifier;
    MemorySigningGuard guard;
    QList<identity::Validator> validators;
    std::unique_ptr<Tendermint> machine;
    QList<Vote> votes;
    QList<Proposal> proposals;
    QList<ScheduleTimeout> timeouts;
    QList<Decision> decisions;
    QList<EquivocationEvidence> evidence;
};

int indexOf(const QList<identity::Validator> &set, const IdentityId &id)
{
    for (qsizetype i = 0; i < set.size(); ++i) {
        if (set[i].node == id)
            return int(i);
    }
    return -1;
}

/// A validator that proposes in none of the given rounds of height 1.
int bystander(const QList<identity::Validator> &set, std::initializer_list<quint32> rounds)
{
    std::set<int> proposers;
    for (quint32 r : rounds)
        proposers.insert(indexOf(set, proposerFor(set, 1, r)));
    for (int i = 0; i < int(set.size()); ++i) {
        if (!proposers.count(i))
            return i;
    }
    return -1;
}

int proposerIndex(const QList<identity::Validator> &set, quint32 round, quint64 height = 1)
{
    return indexOf(set, proposerFor(set, height, round));
}

/// The others of a four-validator set, except me.
QList<int> others(int me, int count = 4)
{
    QList<int> list;
    for (int i = 0; i < count; ++i) {
        if (i != me)
            list.append(i);
    }
    return list;
}
} // namespace

class TestTendermint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }
    void proposerSelection();
    void proposerSelectionWeighted();
    void happyPathDecides();
    void singleValidatorDecidesAlone();
    void thresholdsByPower();
    void lockedValueRefusesOtherProposal();
    void polkaForAnotherValueUnlocks();
    void invalidProposalGetsNil();
    void timeoutsGrowWithRound();
    void roundSkipNeedsOneThird();
    void duplicatesIgnoredEquivocationReported();
    void forgedAndOutsiderVotesIgnored();
    void restartKeepsLockAndRound();
    void catchUpWithCommit();
};

void TestTendermint::proposerSelection()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    // Deterministic, and consecutive rounds change proposer with equal powers.
    for (quint32 r = 0; r < 8; ++r) {
        QCOMPARE(proposerFor(set, 3, r), proposerFor(set, 3, r));
        QVERIFY(proposerFor(set, 3, r) != proposerFor(set, 3, r + 1));
    }
    // Every validator proposes once in any four consecutive slots.
    std::set<IdentityId> seen;
    for (quint32 r = 0; r < 4; ++r)
        seen.insert(proposerFor(set, 10, r));
    QCOMPARE(seen.size(), size_t(4));
    // Height and round count as one slot: (h, r + 1) and (h + 1, r) have the same proposer.
    QCOMPARE(proposerFor(set, 5, 2), proposerFor(set, 6, 1));
}

void TestTendermint::proposerSelectionWeighted()
{
    const auto set = validatorsWithPowers({5, 1, 3, 1});
    QMap<int, int> turns;
    for (quint32 r = 0; r < 10 * 7; ++r) // seven full cycles of the total power
        ++turns[indexOf(set, proposerFor(set, 4, r))];
    QCOMPARE(turns.value(0), 35);
    QCOMPARE(turns.value(1), 7);
    QCOMPARE(turns.value(2), 21);
    QCOMPARE(turns.value(3), 7);
    // The heavy validator does not propose ten rounds in a row.
    int run = 0, longest = 0;
    for (quint32 r = 0; r < 10; ++r) {
        run = indexOf(set, proposerFor(set, 4, r)) == 0 ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    QVERIFY(longest <= 2);
}

void TestTendermint::happyPathDecides()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0});
    Harness h(me, set);
    h.start();
    QCOMPARE(h.machine->step(), Step::Propose);
    QCOMPARE(h.timeouts.last().kind, TimeoutKind::Propose);
    const Hash block = valueOf("block");
    h.feed(proposal(proposerIndex(set, 0), 1, 0, block));
    QCOMPARE(h.lastVote(VoteKind::Prevote)->blockHash, Value(block));
    const QList<int> rest = others(me);
    h.feed(vote(rest[0], VoteKind::Prevote, 1, 0, block));
    QCOMPARE(h.machine->step(), Step::Prevote); // 2 of 4: no polka yet
    h.feed(vote(rest[1], VoteKind::Prevote, 1, 0, block));
    QCOMPARE(h.machine->step(), Step::Precommit);
    QCOMPARE(h.lastVote(VoteKind::Precommit)->blockHash, Value(block));
    QCOMPARE(h.machine->lockedValue(), Value(block));
    QCOMPARE(h.machine->lockedRound(), 0);
    h.feed(vote(rest[0], VoteKind::Precommit, 1, 0, block));
    QVERIFY(h.decisions.isEmpty());
    h.feed(vote(rest[2], VoteKind::Precommit, 1, 0, block));
    QCOMPARE(h.decisions.size(), 1);
    const Decision &d = h.decisions.first();
    QCOMPARE(d.value, block);
    QCOMPARE(d.height, 1u);
    QCOMPARE(d.commit.signatures.size(), 3);
    QVERIFY(d.commit.verify(set, kChain).ok());
    QCOMPARE(h.machine->step(), Step::Decided);
}

void TestTendermint::singleValidatorDecidesAlone()
{
    // The embedded default (DESIGN.md §3): one validator, no network, a decision per height.
    const auto set = validatorsWithPowers({1});
    Harness h(0, set);
    h.start(1);
    QCOMPARE(h.decisions.size(), 1);
    QVERIFY(h.decisions.first().commit.verify(set, kChain).ok());
    h.start(2);
    QCOMPARE(h.decisions.size(), 2);
    QCOMPARE(h.decisions.last().height, 2u);
    QCOMPARE(h.proposals.size(), 2);
}

void TestTendermint::thresholdsByPower()
{
    // Powers 3, 1, 1, 1 (total 6): more than two thirds is 5; exactly 4 is not enough.
    const auto set = validatorsWithPowers({3, 1, 1, 1});
    const int proposer = proposerIndex(set, 0);
    int me = -1;
    for (int i = 1; i < 4 && me < 0; ++i) {
        if (i != proposer)
            me = i;
    }
    Harness h(me, set);
    h.start();
    const Hash block = valueOf("b");
    h.feed(proposal(proposer, 1, 0, block));
    QList<int> light;
    for (int i = 1; i < 4; ++i) {
        if (i != me)
            light.append(i);
    }
    h.feed(vote(light[0], VoteKind::Prevote, 1, 0, block)); // me 1 + 1 = 2
    h.feed(vote(light[1], VoteKind::Prevote, 1, 0, block)); // 3
    QCOMPARE(h.machine->step(), Step::Prevote);
    QVERIFY(h.timeouts.last().kind != TimeoutKind::Prevote); // not even 2/3 of "any" yet
    h.feed(vote(0, VoteKind::Prevote, 1, 0, Value())); // 3 for block + 3 for nil = 6 "any"
    QCOMPARE(h.timeouts.last().kind, TimeoutKind::Prevote);
    QCOMPARE(h.machine->step(), Step::Prevote);
    // Four of six precommit: exactly two thirds, which is not more than two thirds.
    Harness k(me, set);
    k.start();
    k.feed(proposal(proposer, 1, 0, block));
    k.feed(vote(0, VoteKind::Prevote, 1, 0, block)); // 1 + 3 = 4: not a polka
    QCOMPARE(k.machine->step(), Step::Prevote);
    k.feed(vote(light[0], VoteKind::Prevote, 1, 0, block)); // 5 > 4
    QCOMPARE(k.machine->step(), Step::Precommit);
    k.feed(vote(0, VoteKind::Precommit, 1, 0, block)); // 3 + mine 1 = 4 = 2/3 exactly
    QVERIFY(k.decisions.isEmpty());
    k.feed(vote(light[1], VoteKind::Precommit, 1, 0, block));
    QCOMPARE(k.decisions.size(), 1);
}

void TestTendermint::lockedValueRefusesOtherProposal()
{
    // Round 0: I lock on A. Round 1: a proposal for B without proof of lock gets my nil.
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0, 1, 2});
    QVERIFY(me >= 0);
    Harness h(me, set);
    h.start();
    const Hash a = valueOf("A"), b = valueOf("B");
    const QList<int> rest = others(me);
    h.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    h.feed(vote(rest[0], VoteKind::Prevote, 1, 0, a));
    h.feed(vote(rest[1], VoteKind::Prevote, 1, 0, a));
    QCOMPARE(h.machine->lockedValue(), Value(a));
    // Nobody else precommits A: the round ends on nil precommits and the timeout.
    h.feed(vote(rest[0], VoteKind::Precommit, 1, 0, Value()));
    h.feed(vote(rest[1], VoteKind::Precommit, 1, 0, Value()));
    QCOMPARE(h.timeouts.last().kind, TimeoutKind::Precommit);
    h.timeout(TimeoutKind::Precommit, 0);
    QCOMPARE(h.machine->round(), 1u);
    h.feed(proposal(proposerIndex(set, 1), 1, 1, b));
    QCOMPARE(h.lastVote(VoteKind::Prevote)->round, 1u);
    QCOMPARE(h.lastVote(VoteKind::Prevote)->blockHash, Value()); // locked on A: nil for B
    QCOMPARE(h.machine->lockedValue(), Value(a));
    // A re-proposal of A in round 1 (with its round-0 proof) would have been accepted.
    Harness again(me, set);
    again.start();
    again.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    again.feed(vote(rest[0], VoteKind::Prevote, 1, 0, a));
    again.feed(vote(rest[1], VoteKind::Prevote, 1, 0, a));
    again.feed(vote(rest[0], VoteKind::Precommit, 1, 0, Value()));
    again.feed(vote(rest[1], VoteKind::Precommit, 1, 0, Value()));
    again.timeout(TimeoutKind::Precommit, 0);
    again.feed(proposal(proposerIndex(set, 1), 1, 1, a, 0));
    QCOMPARE(again.lastVote(VoteKind::Prevote)->blockHash, Value(a));
}

void TestTendermint::polkaForAnotherValueUnlocks()
{
    // The classic scenario: locked on A in round 0; in round 1 the others form a polka for B;
    // in round 2 B is re-proposed with polRound 1 — that proof of a later lock frees me.
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0, 1, 2});
    Harness h(me, set);
    h.start();
    const Hash a = valueOf("A"), b = valueOf("B");
    const QList<int> rest = others(me);
    h.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    h.feed(vote(rest[0], VoteKind::Prevote, 1, 0, a));
    h.feed(vote(rest[1], VoteKind::Prevote, 1, 0, a));
    h.feed(vote(rest[0], VoteKind::Precommit, 1, 0, Value()));
    h.feed(vote(rest[1], VoteKind::Precommit, 1, 0, Value()));
    h.timeout(TimeoutKind::Precommit, 0);
    h.feed(proposal(proposerIndex(set, 1), 1, 1, b));
    QCOMPARE(h.lastVote(VoteKind::Prevote)->blockHash, Value()); // still locked on A
    for (int i : rest)
        h.feed(vote(i, VoteKind::Prevote, 1, 1, b)); // a polka for B I did not join
    // I was still in prevote, so the polka for a valid B moves my lock to B at round 1 and makes
    // B my valid value (line 36): a later polka overrides an earlier lock.
    QCOMPARE(h.machine->validValue(), Value(b));
    QCOMPARE(h.machine->validRound(), 1);
    QCOMPARE(h.machine->lockedValue(), Value(b));
    QCOMPARE(h.machine->lockedRound(), 1);
    QCOMPARE(h.lastVote(VoteKind::Precommit)->blockHash, Value(b));

    // The same, but the round-1 polka reaches me only in round 2, with B's re-proposal.
    Harness late(me, set);
    late.start();
    late.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    late.feed(vote(rest[0], VoteKind::Prevote, 1, 0, a));
    late.feed(vote(rest[1], VoteKind::Prevote, 1, 0, a));
    late.feed(vote(rest[0], VoteKind::Precommit, 1, 0, Value()));
    late.feed(vote(rest[1], VoteKind::Precommit, 1, 0, Value()));
    late.timeout(TimeoutKind::Precommit, 0);
    late.timeout(TimeoutKind::Propose, 1); // no proposal in round 1: nil
    late.feed(vote(rest[0], VoteKind::Precommit, 1, 1, Value()));
    late.feed(vote(rest[1], VoteKind::Precommit, 1, 1, Value()));
    late.timeout(TimeoutKind::Precommit, 1);
    QCOMPARE(late.machine->round(), 2u);
    QCOMPARE(late.machine->lockedValue(), Value(a));
    // A proposal of B citing round 1, but without the round-1 prevotes: not yet justified.
    late.feed(proposal(proposerIndex(set, 2), 1, 2, b, 1));
    QCOMPARE(late.machine->step(), Step::Propose);
    for (int i : rest)
        late.feed(vote(i, VoteKind::Prevote, 1, 1, b));
    QCOMPARE(late.lastVote(VoteKind::Prevote)->round, 2u);
    QCOMPARE(late.lastVote(VoteKind::Prevote)->blockHash, Value(b)); // lockedRound 0 <= 1
}

void TestTendermint::invalidProposalGetsNil()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0});
    Harness h(me, set);
    h.start();
    const Hash bad = valueOf("bad");
    h.feed(proposal(proposerIndex(set, 0), 1, 0, bad), false);
    QCOMPARE(h.lastVote(VoteKind::Prevote)->blockHash, Value());
    // Even with a polka and precommits from everyone else, I never decide an invalid block.
    for (int i : others(me)) {
        h.feed(vote(i, VoteKind::Prevote, 1, 0, bad));
        h.feed(vote(i, VoteKind::Precommit, 1, 0, bad));
    }
    QVERIFY(h.decisions.isEmpty());
    QCOMPARE(h.machine->lockedRound(), -1);
}

void TestTendermint::timeoutsGrowWithRound()
{
    const TimeoutParams t;
    QCOMPARE(t.duration(TimeoutKind::Propose, 0), 3000);
    QCOMPARE(t.duration(TimeoutKind::Propose, 4), 5000);
    QCOMPARE(t.duration(TimeoutKind::Prevote, 2), 2000);
    QCOMPARE(t.duration(TimeoutKind::Precommit, 1), 1500);
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0, 1});
    Harness h(me, set);
    h.start();
    QCOMPARE(h.timeouts.last().durationMs, 3000);
    h.timeout(TimeoutKind::Propose, 0);
    QCOMPARE(h.lastVote(VoteKind::Prevote)->blockHash, Value());
    // A timeout for another round or height, or the wrong step, changes nothing.
    h.timeout(TimeoutKind::Prevote, 1);
    h.timeout(TimeoutKind::Prevote, 0, 2);
    QCOMPARE(h.machine->step(), Step::Prevote);
    h.timeout(TimeoutKind::Prevote, 0);
    QCOMPARE(h.lastVote(VoteKind::Precommit)->blockHash, Value());
    h.timeout(TimeoutKind::Precommit, 0);
    QCOMPARE(h.machine->round(), 1u);
    QCOMPARE(h.timeouts.last().durationMs, 3500);
}

void TestTendermint::roundSkipNeedsOneThird()
{
    // Powers 2, 1, 1, 1, 1 (total 6): one validator of power 1 in round 5 is not enough; two
    // (power 2 = exactly a third) are not either; power 3 is more than a third.
    const auto set = validatorsWithPowers({2, 1, 1, 1, 1});
    const int me = 1;
    Harness h(me, set);
    h.start();
    h.feed(vote(2, VoteKind::Prevote, 1, 5, Value()));
    h.feed(vote(3, VoteKind::Precommit, 1, 5, Value()));
    QCOMPARE(h.machine->round(), 0u);
    h.feed(vote(0, VoteKind::Prevote, 1, 5, Value()));
    QCOMPARE(h.machine->round(), 5u);
}

void TestTendermint::duplicatesIgnoredEquivocationReported()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0});
    Harness h(me, set);
    h.start();
    const QList<int> rest = others(me);
    const Hash a = valueOf("A");
    h.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    const Vote once = vote(rest[0], VoteKind::Prevote, 1, 0, a);
    h.feed(once);
    h.feed(once);
    h.feed(once); // three copies are one vote: me + 1 = 2 of 4, no polka
    QCOMPARE(h.machine->step(), Step::Prevote);
    QVERIFY(h.evidence.isEmpty());
    const Vote twice = vote(rest[0], VoteKind::Prevote, 1, 0, Value());
    h.feed(twice);
    QCOMPARE(h.evidence.size(), 1);
    QCOMPARE(h.evidence.first(), EquivocationEvidence::of(once, twice));
    QVERIFY(h.evidence.first().verify(set, kChain).ok());
    h.feed(vote(rest[0], VoteKind::Prevote, 1, 0, valueOf("C")));
    QCOMPARE(h.evidence.size(), 1); // reported once per validator, round and kind
}

void TestTendermint::forgedAndOutsiderVotesIgnored()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0});
    Harness h(me, set);
    h.start();
    const QList<int> rest = others(me);
    const Hash a = valueOf("A");
    h.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    Vote forged = vote(rest[0], VoteKind::Prevote, 1, 0, a);
    forged.signature.bytes[1] ^= 1;
    h.feed(forged);
    h.feed(vote(4, VoteKind::Prevote, 1, 0, a)); // key 4 is not in the set
    h.feed(vote(rest[1], VoteKind::Prevote, 1, 0, a));
    QCOMPARE(h.machine->step(), Step::Prevote); // me + one real vote only
    // A proposal from someone who is not the round's proposer is ignored.
    Harness k(me, set);
    k.start();
    k.feed(proposal((proposerIndex(set, 0) + 1) % 4 == me ? (proposerIndex(set, 0) + 2) % 4
                                                          : (proposerIndex(set, 0) + 1) % 4,
                    1, 0, a));
    QCOMPARE(k.machine->step(), Step::Propose);
}

void TestTendermint::restartKeepsLockAndRound()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0, 1, 2});
    const QList<int> rest = others(me);
    const Hash a = valueOf("A"), b = valueOf("B");
    Harness h(me, set);
    h.start();
    h.feed(proposal(proposerIndex(set, 0), 1, 0, a));
    h.feed(vote(rest[0], VoteKind::Prevote, 1, 0, a));
    h.feed(vote(rest[1], VoteKind::Prevote, 1, 0, a));
    h.feed(vote(rest[0], VoteKind::Precommit, 1, 0, Value()));
    h.feed(vote(rest[1], VoteKind::Precommit, 1, 0, Value()));
    h.timeout(TimeoutKind::Precommit, 0);
    h.timeout(TimeoutKind::Propose, 1);
    // Crash. A new machine over the same guard (the signing log) resumes in round 1, locked.
    ConsensusConfig config;
    config.chainId = kChain;
    Tendermint restarted(config, h.signer, h.verifier, h.guard,
                         [](quint64, quint32) { return valueOf("fresh"); });
    restarted.startHeight(1, set);
    QCOMPARE(restarted.round(), 1u);
    QCOMPARE(restarted.lockedValue(), Value(a));
    QCOMPARE(restarted.lockedRound(), 0);
    restarted.takeOutputs();
    // The round-1 proposal for B arrives: before the crash I prevoted nil here, and I still do.
    restarted.onProposal(proposal(proposerIndex(set, 1), 1, 1, b), true);
    QList<Vote> sent;
    for (const Output &o : restarted.takeOutputs()) {
        if (const auto *v = std::get_if<Vote>(&o))
            sent.append(*v);
    }
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().blockHash, Value());
    QCOMPARE(sent.first().round, 1u);
}

void TestTendermint::catchUpWithCommit()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const int me = bystander(set, {0});
    const QList<int> rest = others(me);
    const Hash a = valueOf("A");
    const Proposal p = proposal(proposerIndex(set, 0), 1, 0, a);
    const auto commit = CommitAssembly::assemble({vote(rest[0], VoteKind::Precommit, 1, 0, a),
                                                  vote(rest[1], VoteKind::Precommit, 1, 0, a),
                                                  vote(rest[2], VoteKind::Precommit, 1, 0, a)},
                                                 set, kChain, 1, 0, a);
    QVERIFY(commit.ok());
    Harness h(me, set);
    h.start();
    chain::CommitCertificate weak = commit.value();
    weak.signatures.removeLast();
    h.machine->onCommit(p, weak, true);
    h.collect();
    QVERIFY(h.decisions.isEmpty());
    h.machine->onCommit(p, commit.value(), false); // the application refuses the block
    h.collect();
    QVERIFY(h.decisions.isEmpty());
    h.machine->onCommit(p, commit.value(), true);
    h.collect();
    QCOMPARE(h.decisions.size(), 1);
    QCOMPARE(h.decisions.first().commit, commit.value());
}

QTEST_GUILESS_MAIN(TestTendermint)
#include "TestTendermint.moc"
