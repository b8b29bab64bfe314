// The consensus driver's verdicts on what peers send (relay, ignore, punish the sender), its
// bound on proposed blocks, and a lone validator deciding its own blocks through Tendermint.
#include "../chain/ChainFixture.h"

#include "common/Startup.h"
#include "consensus/Evidence.h"
#include "consensus/EvidenceTx.h"
#include "node/ConsensusDriver.h"
#include "node/Node.h"

#include <QSignalSpy>

using namespace medchain;
using namespace medchain::test;
using node::ConsensusDriver;
using node::ConsensusKind;
using Verdict = node::ConsensusDriver::Verdict;

namespace {
quint64 kindOf(ConsensusKind kind)
{
    return quint64(kind);
}

consensus::Vote signedVote(const crypto::Ed25519SigningKey &key, const QString &chainId,
                           quint64 height, std::optional<chain::Hash> value)
{
    consensus::Vote vote {consensus::VoteKind::Prevote, height, 0, value, key.publicKey(), {}};
    vote.signature = key.sign(vote.signingBytes(chainId));
    return vote;
}
} // namespace

class TestConsensusDriver : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void judgesWhatPeersSend()
    {
        ChainFixture f;
        f.setNow(QDateTime::currentMSecsSinceEpoch() - 60'000);
        f.enrollHospital(QStringLiteral("Hospital A"));
        const QString chainId = f.network.genesis.chainId;
        const crypto::Ed25519SigningKey validator
            = crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value();
        node::Node node(std::move(f.ledger), std::nullopt);
        // A lone validator decides a height as soon as something starts it: ask each time.
        const auto next = [&node] { return node.ledger().tip().height + 1; };
        ConsensusDriver driver(node, crypto::Ed25519SigningKey::fromSeed(validator.seed()).value(),
                               std::make_unique<consensus::MemorySigningGuard>(), {});

        // Malformed bytes and unknown kinds: the sender misbehaves.
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote), QByteArray("\xa1\x00", 2)),
                 Verdict::Punish);
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Block), QByteArray("junk")), Verdict::Punish);
        QCOMPARE(driver.receive(99, signedVote(validator, chainId, next(), {}).encode()),
                 Verdict::Punish);

        // A vote of the current set for the next height travels on; a stale one is dropped.
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote),
                                signedVote(validator, chainId, next(), {}).encode()),
                 Verdict::Relay);
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote),
                                signedVote(validator, chainId, next() - 1, {}).encode()),
                 Verdict::Ignore);

        // Forged: signed by someone else, or by an outsider.
        consensus::Vote forged = signedVote(validator, chainId, next(), crypto::sha256("block"));
        forged.signature = crypto::Ed25519SigningKey::generate().sign(forged.signingBytes(chainId));
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote), forged.encode()), Verdict::Punish);
        const auto outsider = crypto::Ed25519SigningKey::generate();
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote),
                                signedVote(outsider, chainId, next(), {}).encode()),
                 Verdict::Punish);
        // For the height after, the set may have changed: an outsider is only ignored.
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote),
                                signedVote(outsider, chainId, next() + 1, {}).encode()),
                 Verdict::Ignore);

        // A proposal signed by the round's proposer travels on; a badly signed one is punished.
        consensus::Proposal proposal {next(), 0, -1, crypto::sha256("block"), validator.publicKey(),
                                      {}};
        proposal.signature = validator.sign(proposal.signingBytes(chainId));
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Proposal), proposal.encode()),
                 Verdict::Relay);
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Proposal), proposal.encode()),
                 Verdict::Ignore); // already held
        consensus::Proposal badlySigned = proposal;
        badlySigned.round = 1;
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Proposal), badlySigned.encode()),
                 Verdict::Punish);

        // Proposed blocks: two per proposer and height are kept, more are ignored.
        for (int i = 0; i < 3; ++i) {
            auto block = node.ledger().proposeBlock({}, QDateTime::currentMSecsSinceEpoch() + i,
                                                    validator.publicKey());
            QVERIFY(block.ok());
            QCOMPARE(driver.receive(kindOf(ConsensusKind::Block), block->block.encode()),
                     i < 2 ? Verdict::Relay : Verdict::Ignore);
        }
        auto byOutsider = node.ledger().proposeBlock({}, QDateTime::currentMSecsSinceEpoch(),
                                                     validator.publicKey());
        byOutsider->block.header.proposer = outsider.publicKey();
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Block), byOutsider->block.encode()),
                 Verdict::Punish);
    }

    void aDoubleVoteIsReportedOnChain()
    {
        ChainFixture f;
        f.setNow(QDateTime::currentMSecsSinceEpoch() - 60'000);
        const crypto::Ed25519SigningKey self
            = crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value();
        const auto other = crypto::Ed25519SigningKey::generate();
        const auto enrollment
            = identity::Enrollment::node({f.network.root, f.network.authority.signing}, other,
                                         QStringLiteral("Validator 2"), f.validity());
        f.accept(f.sign(f.network.authority.signing, enrollment.value()));
        QList<identity::Validator> set {{self.publicKey(), 1}, {other.publicKey(), 1}};
        std::sort(set.begin(), set.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        f.accept(f.sign(f.network.authority.signing, identity::SetValidators {set}));
        const QString chainId = f.network.genesis.chainId;
        const quint64 next = f.ledger->tip().height + 1;
        node::Node node(std::move(f.ledger), std::nullopt);
        ConsensusDriver driver(node, crypto::Ed25519SigningKey::fromSeed(self.seed()).value(),
                               std::make_unique<consensus::MemorySigningGuard>(), {});
        QSignalSpy reported(&driver, &ConsensusDriver::equivocation);
        QSignalSpy queued(&node, &node::Node::transactionQueued);
        driver.start();

        // The other validator prevotes nil and a block in one round: both are valid messages.
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote),
                                signedVote(other, chainId, next, {}).encode()),
                 Verdict::Relay);
        QCOMPARE(driver.receive(kindOf(ConsensusKind::Vote),
                                signedVote(other, chainId, next, crypto::sha256("x")).encode()),
                 Verdict::Relay);
        QTRY_COMPARE(reported.size(), 1);
        QCOMPARE(queued.size(), 1);

        // This validator's report waits in the mempool, naming the other one.
        const QList<chain::CheckedTransaction> waiting = node.candidates(10);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().tx.sender, self.publicKey());
        const auto *body = std::get_if<consensus::ReportEquivocation>(&waiting.first().tx.body);
        QVERIFY(body != nullptr);
        QCOMPARE(body->evidence, reported.first().first().toByteArray());
        const auto evidence = consensus::EquivocationEvidence::decode(body->evidence);
        QVERIFY(evidence.ok());
        QCOMPARE(evidence->first.validator, other.publicKey());
        QVERIFY(evidence->verify(set, chainId).ok());
    }

    void aLoneValidatorDecidesItsOwnBlocks()
    {
        ChainFixture f;
        f.setNow(QDateTime::currentMSecsSinceEpoch() - 60'000);
        const Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        const Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        const Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        const QByteArray tx
            = f.sign(doctor.keys.signing,
                     f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()}, {}));
        const quint64 start = f.ledger->tip().height;
        const crypto::Ed25519SigningKey validator
            = crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value();
        node::Node node(std::move(f.ledger), std::nullopt);
        ConsensusDriver::Settings settings;
        settings.emptyBlockIntervalMs = 60'000;
        ConsensusDriver driver(node, crypto::Ed25519SigningKey::fromSeed(validator.seed()).value(),
                               std::make_unique<consensus::MemorySigningGuard>(), settings);
        QSignalSpy sent(&driver, &ConsensusDriver::broadcast);
        QSignalSpy committed(&node, &node::Node::transactionCommitted);
        driver.start();
        QVERIFY(node.submit(tx).ok());
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 10'000);
        QCOMPARE(node.ledger().tip().height, start + 1);
        // It broadcast its block, its proposal and its votes, in that order.
        QVERIFY(sent.size() >= 4);
        QCOMPARE(sent.at(0).at(0).toULongLong(), kindOf(ConsensusKind::Block));
        QCOMPARE(sent.at(1).at(0).toULongLong(), kindOf(ConsensusKind::Proposal));
        QCOMPARE(sent.at(2).at(0).toULongLong(), kindOf(ConsensusKind::Vote));
        const auto commit = node.ledger().commit(start + 1);
        QVERIFY(commit.has_value());
        QCOMPARE(commit->signatures.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsensusDriver)
#include "TestConsensusDriver.moc"
