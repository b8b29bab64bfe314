// ReportEquivocation on a real replica whose validator set has four members: a double vote is
// recorded once, read back newest first and enters the state hash; forged, inconsistent, moot or
// unauthorised reports are refused with their codes; a replica replaying the blocks agrees.
#include "../chain/ChainFixture.h"
#include "ConsensusFixture.h"

#include "chain/ReplicaVerifier.h"
#include "common/Startup.h"
#include "consensus/Evidence.h"
#include "consensus/EvidenceTx.h"
#include "storage/Database.h"

#include <QFile>

using namespace medchain;
using namespace medchain::test;
using consensus::EquivocationEvidence;
using consensus::Value;
using consensus::Vote;
using consensus::VoteKind;
using consensus_test::valueOf;

namespace {

/// consensus_test's deterministic keys: 0–2 join the fixture's validator in the set, 3 is an
/// enrolled node outside it, 4 was never enrolled.
const crypto::Ed25519SigningKey &nodeKey(int i)
{
    return consensus_test::keys()[size_t(i)];
}

/// A vote signed for chainId (the chain's own unless said otherwise).
Vote vote(const crypto::Ed25519SigningKey &key, VoteKind kind, quint64 height, quint32 round,
          const Value &value, const QString &chainId = consensus_test::kChain)
{
    Vote v {kind, height, round, value, key.publicKey(), {}};
    v.signature = key.sign(v.signingBytes(chainId));
    return v;
}

QByteArray evidenceOf(const Vote &a, const Vote &b)
{
    return EquivocationEvidence::of(a, b).encode();
}

/// Two prevotes (or precommits) of one key at one height and round, for blocks "a" and "b".
QByteArray doubleVote(const crypto::Ed25519SigningKey &key, VoteKind kind, quint64 height,
                      quint32 round = 0)
{
    return evidenceOf(vote(key, kind, height, round, valueOf("a")),
                      vote(key, kind, height, round, valueOf("b")));
}

/// ChainFixture grown to four validators of power 1 (its own and nodeKey 0–2). The fixture's
/// lone validator commits up to the SetValidators; every later block is proposed by nodeKey(0)
/// and committed with the precommits of nodeKey 0–2: three of four, more than two thirds.
class FourValidators {
public:
    /// Blocks the set-up commits: a hospital, four nodes, the new set.
    static constexpr quint64 kSetupBlocks = 6;

    FourValidators() : hospital(f.enrollHospital(QStringLiteral("Hefei First Hospital")))
    {
        for (int i = 0; i < 4; ++i) {
            const auto node = identity::Enrollment::node(
                {f.network.root, f.network.authority.signing}, nodeKey(i),
                QStringLiteral("Validator %1").arg(i + 2), f.validity());
            f.accept(f.sign(f.network.authority.signing, node.value()));
        }
        QList<identity::Validator> set {{f.network.validator.publicKey(), 1}};
        for (int i = 0; i < 3; ++i)
            set.append({nodeKey(i).publicKey(), 1});
        std::sort(set.begin(), set.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        f.accept(f.sign(f.network.authority.signing, identity::SetValidators {set}));
    }

    QString chainId() const { return f.network.genesis.chainId; }
    /// The height of the next block: the highest a double vote may have for a report in it.
    quint64 nextHeight() const { return f.ledger->tip().height + 1; }
    LedgerState &state() { return f.ledger->state(); }

    /// A report signed by `reporter` with its next nonce, made by the helper the node will use.
    QByteArray report(const crypto::Ed25519SigningKey &reporter, const QByteArray &evidence)
    {
        const auto sender = state().identity(reporter.publicKey());
        return consensus::reportEquivocation(chainId(), sender ? sender->nonce + 1 : 1, f.now(),
                                             evidence, reporter);
    }

    /// Puts tx in the next block, committed by three of the four validators; returns the code
    /// it was refused with ("" when it applied). A refused one leaves an empty block.
    QString submit(const QByteArray &tx)
    {
        const auto checked = Executor::check(tx, chainId());
        if (!checked) {
            lastRefusal = checked.error();
            return checked.errorCode();
        }
        f.setNow(f.now() + 1000);
        const auto proposed
            = f.ledger->proposeBlock({checked.value()}, f.now(), nodeKey(0).publicKey());
        if (!proposed)
            qFatal("cannot propose a block: %s", qPrintable(proposed.error()));
        const Block &block = proposed->block;
        CommitCertificate commit {block.header.height, 0, block.header.hash(), {}};
        for (int i = 0; i < 3; ++i)
            commit.signatures.append({nodeKey(i).publicKey(),
                                      nodeKey(i).sign(CommitCertificate::precommitBytes(
                                          chainId(), commit.height, 0, commit.blockHash))});
        std::sort(commit.signatures.begin(), commit.signatures.end(),
                  [](const auto &a, const auto &b) { return a.validator < b.validator; });
        if (const auto applied = f.ledger->applyBlock(block, commit); !applied)
            qFatal("cannot apply a block: %s", qPrintable(applied.error()));
        f.m_blocks.append({block, commit});
        lastRefusal
            = proposed->rejected.isEmpty() ? QString() : proposed->rejected.first().reason.message;
        return proposed->rejected.isEmpty() ? QString() : proposed->rejected.first().reason.code;
    }

    ChainFixture f;
    Member hospital; // enrolled while the fixture's validator could still commit alone
    QString lastRefusal; // the message of submit()'s refusal
};

QString corpusFile()
{
    return QStringLiteral(MEDCHAIN_SOURCE_DIR "/tests/fuzz/corpus/chain_objects/tx-7-report");
}

} // namespace

class TestEquivocationRecord : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void theSetHasFourValidators()
    {
        FourValidators chain;
        QCOMPARE(chain.state().validators().size(), 4);
        QCOMPARE(chain.f.network.genesis.chainId, consensus_test::kChain);
        // The lone fixture validator can no longer commit: every later block needs three keys.
        QVERIFY(!chain.f.ledger
                     ->produceBlock(QList<QByteArray> {}, chain.f.now() + 1000,
                                    chain.f.network.validator)
                     .ok());
        QCOMPARE(chain.submit(chain.f.sign(chain.f.network.authority.signing,
                                           consent::RevokeGrant {valueOf("no such grant")})),
                 QStringLiteral("unknown"));
    }

    void aDoubleVoteIsRecordedOnceAndReadNewestFirst()
    {
        FourValidators chain;
        const quint64 height = chain.nextHeight() - 1;
        QVERIFY(chain.state().equivocations().isEmpty());

        // Validator 0 saw validator 1 prevote for two blocks.
        const QByteArray prevotes = doubleVote(nodeKey(1), VoteKind::Prevote, height);
        QCOMPARE(chain.submit(chain.report(nodeKey(0), prevotes)), QString());
        const quint64 recordedAt = chain.f.ledger->tip().height;
        QList<EquivocationInfo> recorded = chain.state().equivocations();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].validator, nodeKey(1).publicKey());
        QCOMPARE(recorded[0].height, height);
        QCOMPARE(recorded[0].round, quint32(0));
        QCOMPARE(recorded[0].kind, quint8(VoteKind::Prevote));
        QCOMPARE(recorded[0].reporter, nodeKey(0).publicKey());
        QCOMPARE(recorded[0].evidence, prevotes);
        QCOMPARE(recorded[0].blockHeight, recordedAt);
        QVERIFY(chain.state().equivocationRecorded(nodeKey(1).publicKey(), height, 0,
                                                   quint8(VoteKind::Prevote)));

        // The same slot again is refused, whoever reports it and with whichever pair of votes.
        QCOMPARE(chain.submit(chain.report(chain.f.network.validator, prevotes)),
                 QStringLiteral("exists"));
        const QByteArray blockAndNil
            = evidenceOf(vote(nodeKey(1), VoteKind::Prevote, height, 0, valueOf("a")),
                         vote(nodeKey(1), VoteKind::Prevote, height, 0, std::nullopt));
        QCOMPARE(chain.submit(chain.report(chain.f.network.authority.signing, blockAndNil)),
                 QStringLiteral("exists"));

        // Another kind, round or height is another slot; the authority may report too.
        QCOMPARE(chain.submit(chain.report(chain.f.network.authority.signing,
                                           doubleVote(nodeKey(1), VoteKind::Precommit, height))),
                 QString());
        QCOMPARE(chain.submit(chain.report(nodeKey(2),
                                           doubleVote(nodeKey(1), VoteKind::Prevote, height, 1))),
                 QString());
        // A double vote at the height being decided may go into that very block.
        const quint64 current = chain.nextHeight();
        const QByteArray atCurrent
            = evidenceOf(vote(nodeKey(1), VoteKind::Prevote, current, 0, valueOf("a")),
                         vote(nodeKey(1), VoteKind::Prevote, current, 0, std::nullopt));
        QCOMPARE(chain.submit(chain.report(chain.f.network.validator, atCurrent)), QString());

        recorded = chain.state().equivocations(); // newest first
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded[0].height, current);
        QCOMPARE(recorded[0].blockHeight, current);
        QCOMPARE(recorded[0].reporter, chain.f.network.validator.publicKey());
        QCOMPARE(recorded[0].evidence, atCurrent);
        QCOMPARE(recorded[1].round, quint32(1));
        QCOMPARE(recorded[1].reporter, nodeKey(2).publicKey());
        QCOMPARE(recorded[2].kind, quint8(VoteKind::Precommit));
        QCOMPARE(recorded[2].reporter, chain.f.network.authority.signing.publicKey());
        QCOMPARE(recorded[3].evidence, prevotes);
        QCOMPARE(recorded[3].blockHeight, recordedAt);

        // Recording punishes nobody: the accused stays a validator until the authority acts.
        QCOMPARE(consensus::powerOf(chain.state().validators(), nodeKey(1).publicKey()),
                 quint64(1));
        QVERIFY(!chain.state().identity(nodeKey(1).publicKey())->revoked);
    }

    void badEvidenceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("evidence");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        // Reported in a fresh chain's first block after the set-up.
        const quint64 h = FourValidators::kSetupBlocks;
        const auto &accused = nodeKey(1);
        const Vote a = vote(accused, VoteKind::Prevote, h, 0, valueOf("a"));
        const Vote b = vote(accused, VoteKind::Prevote, h, 0, valueOf("b"));
        const QString invalid = QStringLiteral("invalid");
        const QString notOneSlot = QStringLiteral("not by one validator");

        Vote forged = b;
        forged.signature = nodeKey(4).sign(b.signingBytes(consensus_test::kChain));
        QTest::newRow("forged signature")
            << evidenceOf(a, forged) << invalid << QStringLiteral("does not verify");
        QTest::newRow("same vote twice")
            << EquivocationEvidence {a, a}.encode() << invalid << QStringLiteral("canonical order");
        Vote sameValue = a;
        sameValue.signature = b.signature; // a second encoding of the same value
        QTest::newRow("same value twice")
            << evidenceOf(a, sameValue) << invalid << QStringLiteral("same value");
        QTest::newRow("different heights")
            << evidenceOf(a, vote(accused, VoteKind::Prevote, h - 1, 0, valueOf("b"))) << invalid
            << notOneSlot;
        QTest::newRow("different rounds")
            << evidenceOf(a, vote(accused, VoteKind::Prevote, h, 1, valueOf("b"))) << invalid
            << notOneSlot;
        QTest::newRow("different kinds")
            << evidenceOf(a, vote(accused, VoteKind::Precommit, h, 0, valueOf("b"))) << invalid
            << notOneSlot;
        QTest::newRow("different validators")
            << evidenceOf(a, vote(nodeKey(2), VoteKind::Prevote, h, 0, valueOf("b"))) << invalid
            << notOneSlot;
        const QString other = QStringLiteral("medchain-other");
        QTest::newRow("signed for another chain")
            << evidenceOf(vote(accused, VoteKind::Prevote, h, 0, valueOf("a"), other),
                          vote(accused, VoteKind::Prevote, h, 0, valueOf("b"), other))
            << invalid << QStringLiteral("does not verify");
        QTest::newRow("above the block's height") << doubleVote(accused, VoteKind::Prevote, h + 2)
                                                  << invalid << QStringLiteral("above this block");
        QTest::newRow("not evidence")
            << QByteArray("\xa0", 1) << invalid << QStringLiteral("Invalid equivocation evidence");
        const EquivocationEvidence ordered = EquivocationEvidence::of(a, b);
        QTest::newRow("votes out of canonical order")
            << EquivocationEvidence {ordered.second, ordered.first}.encode() << invalid
            << QStringLiteral("canonical order");
        // Genuine double votes of nodes outside the set are moot; a forged one is still invalid.
        const QString moot = QStringLiteral("not in the current validator set");
        QTest::newRow("accused enrolled, not a validator")
            << doubleVote(nodeKey(3), VoteKind::Precommit, h) << QStringLiteral("state") << moot;
        QTest::newRow("accused never enrolled")
            << doubleVote(nodeKey(4), VoteKind::Prevote, h) << QStringLiteral("state") << moot;
        Vote forgedOutsider = vote(nodeKey(3), VoteKind::Prevote, h, 0, valueOf("b"));
        forgedOutsider.signature
            = nodeKey(4).sign(forgedOutsider.signingBytes(consensus_test::kChain));
        QTest::newRow("forged, accused outside the set")
            << evidenceOf(vote(nodeKey(3), VoteKind::Prevote, h, 0, valueOf("a")), forgedOutsider)
            << invalid << QStringLiteral("does not verify");
    }

    void badEvidenceIsRefused()
    {
        QFETCH(QByteArray, evidence);
        QFETCH(QString, code);
        QFETCH(QString, says);
        FourValidators chain;
        QCOMPARE(chain.nextHeight(), FourValidators::kSetupBlocks + 1);
        const Hash stateBefore = chain.f.ledger->tip().stateHash;
        QCOMPARE(chain.submit(chain.report(nodeKey(0), evidence)), code);
        QVERIFY2(chain.lastRefusal.contains(says), qPrintable(chain.lastRefusal));
        QVERIFY(chain.state().equivocations().isEmpty());
        // The empty block left behind wrote nothing: its state hash is the empty log's.
        QCOMPARE(chain.f.ledger->tip().stateHash,
                 Ledger::nextStateHash(stateBefore, crypto::sha256(QByteArray())));
    }

    void onlyTheAuthorityAndCurrentValidatorsMayReport()
    {
        FourValidators chain;
        const QByteArray evidence
            = doubleVote(nodeKey(2), VoteKind::Prevote, chain.nextHeight() - 1);
        QCOMPARE(chain.submit(chain.report(chain.hospital.keys.signing, evidence)),
                 QStringLiteral("not-authorised"));
        // An enrolled node outside the set saw nothing it may speak for.
        QCOMPARE(chain.submit(chain.report(nodeKey(3), evidence)),
                 QStringLiteral("not-authorised"));
        // An unenrolled key fails the envelope checks before the rule.
        QCOMPARE(chain.submit(chain.report(nodeKey(4), evidence)), QStringLiteral("unknown"));
        QVERIFY(chain.state().equivocations().isEmpty());
        // The accused itself is a validator and may confess.
        QCOMPARE(chain.submit(chain.report(nodeKey(2), evidence)), QString());
        QCOMPARE(chain.state().equivocations().size(), 1);
    }

    void theRecordEntersTheStateHash()
    {
        FourValidators chain;
        const ChainTip before = chain.f.ledger->tip();
        const QByteArray evidence = doubleVote(nodeKey(1), VoteKind::Precommit, before.height);
        const QByteArray tx = chain.report(nodeKey(0), evidence);
        QCOMPARE(chain.submit(tx), QString());
        const ChainTip after = chain.f.ledger->tip();

        // protocol.md §5.6: [30, validator, height, round, kind, reporter, evidence, block
        // height], then the sender's nonce at the block's end, [2, id, nonce].
        codec::CborWriter w;
        w.beginArray(8);
        w.writeInteger(30);
        w.writeBytes(nodeKey(1).publicKey().toByteArray());
        w.writeInteger(qint64(before.height));
        w.writeInteger(0);
        w.writeInteger(2);
        w.writeBytes(nodeKey(0).publicKey().toByteArray());
        w.writeBytes(evidence);
        w.writeInteger(qint64(after.height));
        w.end();
        w.beginArray(3);
        w.writeInteger(2);
        w.writeBytes(nodeKey(0).publicKey().toByteArray());
        w.writeInteger(qint64(Transaction::decode(tx)->nonce));
        w.end();
        QCOMPARE(after.stateHash,
                 Ledger::nextStateHash(before.stateHash, crypto::sha256(w.take())));
    }

    void aReplicaReplayingTheBlocksAgrees()
    {
        FourValidators chain;
        const quint64 h = chain.nextHeight() - 1;
        QCOMPARE(
            chain.submit(chain.report(nodeKey(0), doubleVote(nodeKey(1), VoteKind::Prevote, h))),
            QString());
        QCOMPARE(chain.submit(chain.report(chain.f.network.authority.signing,
                                           doubleVote(nodeKey(2), VoteKind::Precommit, h, 3))),
                 QString());
        QCOMPARE(
            chain.submit(chain.report(nodeKey(2), doubleVote(nodeKey(1), VoteKind::Prevote, h))),
            QStringLiteral("exists"));

        auto replica = chain.f.openLedger(QStringLiteral("second.db"));
        for (const auto &[block, commit] : chain.f.m_blocks) {
            const auto applied = replica->applyBlock(block, commit);
            QVERIFY2(applied.ok(), qPrintable(applied.error()));
        }
        QCOMPARE(replica->tip().hash, chain.f.ledger->tip().hash);
        QCOMPARE(replica->tip().stateHash, chain.f.ledger->tip().stateHash);
        QCOMPARE(replica->state().equivocations(), chain.state().equivocations());
        QCOMPARE(replica->state().equivocations().size(), 2);
        QCOMPARE(replica->state().tablesDigest(), chain.state().tablesDigest());

        // A record deleted behind the chain's back is caught by replaying.
        const auto verified = ReplicaVerifier::verify(*chain.f.ledger, chain.f.dir.path());
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        replica.reset();
        {
            auto db = storage::Database::open(chain.f.dir.filePath(QStringLiteral("second.db")),
                                              chain.f.key, storage::OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db->exec("DELETE FROM equivocations WHERE round = 3").ok());
        }
        replica = chain.f.openLedger(QStringLiteral("second.db"));
        QCOMPARE(replica->state().equivocations().size(), 1);
        const auto caught = ReplicaVerifier::verify(*replica, chain.f.dir.path());
        QVERIFY(!caught.ok());
        QVERIFY2(caught.error().contains(QLatin1String("outside the chain")),
                 qPrintable(caught.error()));
    }

    void theHelperSignsAReportTransaction()
    {
        const QByteArray evidence = doubleVote(nodeKey(1), VoteKind::Prevote, 9);
        const QByteArray bytes = consensus::reportEquivocation(
            consensus_test::kChain, 4, 1'790'000'000'000, evidence, nodeKey(0));
        const auto checked = Executor::check(bytes, consensus_test::kChain);
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
        QCOMPARE(checked->tx.type(), TxType::ReportEquivocation);
        QCOMPARE(checked->tx.sender, nodeKey(0).publicKey());
        QCOMPARE(checked->tx.nonce, quint64(4));
        QCOMPARE(checked->tx.time, qint64(1'790'000'000'000));
        QCOMPARE(std::get<consensus::ReportEquivocation>(checked->tx.body).evidence, evidence);
    }

    void seedCorpusHoldsAReport()
    {
        // MEDCHAIN_WRITE_CORPUS=1 rewrites the seed; otherwise it must be current. Keys and
        // Ed25519 signatures are deterministic, so the bytes are too. Byte 0 selects the
        // transaction decoder of FuzzChainObjects.
        const QByteArray seed
            = QByteArray(1, '\0')
            + consensus::reportEquivocation(
                  consensus_test::kChain, 1, 1'790'000'000'000,
                  evidenceOf(vote(nodeKey(1), VoteKind::Precommit, 9, 0, valueOf("a")),
                             vote(nodeKey(1), VoteKind::Precommit, 9, 0, std::nullopt)),
                  nodeKey(0));
        QFile file(corpusFile());
        if (qEnvironmentVariableIntValue("MEDCHAIN_WRITE_CORPUS") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(seed);
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), seed);
    }
};

QTEST_GUILESS_MAIN(TestEquivocationRecord)
#include "TestEquivocationRecord.moc"
