// Blocks into the replica, as consensus uses them: proposing and judging a block commit
// nothing, another valid certificate for the parent is accepted and becomes its commit, and a
// lone validator no longer commits once the validator set grows.
#include "ChainFixture.h"

#include "common/Startup.h"

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;

class TestLedgerBlocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void proposalsCommitNothingAndTheNextBlockSettlesTheParentsCommit()
    {
        ChainFixture f;
        const Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        const auto doctor = identity::Enrollment::practitioner(
            {*hospital.certificate, hospital.keys.signing}, IdentityKeys::generate(),
            QStringLiteral("Dr B"), QStringLiteral("L-2"), QStringLiteral("cardiology"),
            f.validity());
        auto checked = Executor::check(f.sign(hospital.keys.signing, doctor.value()),
                                       f.network.genesis.chainId);
        QVERIFY(checked.ok());
        const ChainTip before = f.ledger->tip();
        const crypto::Ed25519SigningKey &validator = f.network.validator;
        auto precommit = [&](const Block &block, quint32 round) {
            CommitCertificate c {block.header.height, round, block.header.hash(), {}};
            c.signatures.append({validator.publicKey(),
                                 validator.sign(CommitCertificate::precommitBytes(
                                     block.header.chainId, c.height, round, c.blockHash))});
            return c;
        };

        // Proposing and judging execute the block and leave the replica as it was.
        auto proposed
            = f.ledger->proposeBlock({checked.value()}, f.now() + 1000, validator.publicKey());
        QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
        QCOMPARE(proposed->block.transactions.size(), 1);
        QVERIFY(proposed->block.header.stateHash != before.stateHash);
        QVERIFY(f.ledger->checkBlock(proposed->block).ok());
        QCOMPARE(f.ledger->tip().hash, before.hash);
        QCOMPARE(f.ledger->tip().stateHash, before.stateHash);
        QVERIFY(!f.ledger->locate(checked->hash));
        Block wrongState = proposed->block;
        wrongState.header.stateHash = before.stateHash;
        QVERIFY(!f.ledger->checkBlock(wrongState).ok());
        QVERIFY(
            !f.ledger->proposeBlock({}, f.now(), crypto::Ed25519SigningKey::generate().publicKey())
                 .ok());

        // Committed in round 2 by the validators' precommits.
        const Block first = proposed->block;
        QVERIFY(f.ledger->applyBlock(first, precommit(first, 2)).ok());
        QCOMPARE(f.ledger->tip().hash, first.header.hash());
        QCOMPARE(f.ledger->tip().stateHash, first.header.stateHash);

        // Another validator may have assembled another certificate for the same block: the next
        // block's is checked against the parent's signers and becomes the parent's commit.
        auto next = f.ledger->proposeBlock({}, f.now() + 2000, validator.publicKey());
        QVERIFY(next.ok());
        QCOMPARE(next->block.lastCommit, precommit(first, 2));
        Block otherCommit = next->block;
        otherCommit.lastCommit = precommit(first, 3);
        QCOMPARE(otherCommit.header.hash(), next->block.header.hash());
        Block forged = next->block;
        const auto mallory = crypto::Ed25519SigningKey::generate();
        forged.lastCommit->signatures
            = {{mallory.publicKey(),
                mallory.sign(CommitCertificate::precommitBytes(
                    first.header.chainId, first.header.height, 2, first.header.hash()))}};
        QVERIFY(!f.ledger->checkBlock(forged).ok());
        Block wrongParent = next->block;
        wrongParent.lastCommit = precommit(next->block, 0);
        QVERIFY(!f.ledger->checkBlock(wrongParent).ok());
        QVERIFY(f.ledger->checkBlock(otherCommit).ok());
        QVERIFY(f.ledger->applyBlock(otherCommit, precommit(otherCommit, 0)).ok());
        QCOMPARE(f.ledger->commit(first.header.height), precommit(first, 3));
    }

    void aLoneValidatorStopsWhenTheSetGrows()
    {
        ChainFixture f;
        const auto second = crypto::Ed25519SigningKey::generate();
        auto node
            = identity::Enrollment::node({f.network.root, f.network.authority.signing}, second,
                                         QStringLiteral("Hospital validator"), f.validity());
        QCOMPARE(f.submit(f.sign(f.network.authority.signing, node.value())), QString());
        QList<identity::Validator> set {{f.network.validator.publicKey(), 1},
                                        {second.publicKey(), 1}};
        std::sort(set.begin(), set.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        QCOMPARE(f.submit(f.sign(f.network.authority.signing, identity::SetValidators {set})),
                 QString());
        // One of two equal validators holds half the power: it must not commit alone.
        const auto refused
            = f.ledger->produceBlock(QList<QByteArray> {}, f.now() + 1000, f.network.validator);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("on its own")),
                 qPrintable(refused.error()));
        QCOMPARE(f.ledger->state().validators().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLedgerBlocks)
#include "TestLedgerBlocks.moc"
