// Proposals, votes and equivocation evidence on the wire: round trips, refusal of anything
// non-canonical, signatures that cover every byte, and commit certificates assembled from votes.
#include "ConsensusFixture.h"

#include "common/Startup.h"
#include "consensus/Evidence.h"

#include <QTest>

using namespace consensus_test;

class TestConsensusMessages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }
    void proposalRoundTrip();
    void voteRoundTrip_data();
    void voteRoundTrip();
    void nonCanonicalRefused_data();
    void nonCanonicalRefused();
    void signingBytesCoverEveryField();
    void signatureCoversEveryByte();
    void precommitSignsCommitBytes();
    void commitAssembly();
    void commitAssemblyRefuses();
    void evidence();
};

void TestConsensusMessages::proposalRoundTrip()
{
    const Proposal p = proposal(1, 7, 3, valueOf("block"), 1);
    const auto decoded = Proposal::decode(p.encode());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), p);
    QVERIFY(crypto::ed25519Verify(p.proposer, decoded->signingBytes(kChain), decoded->signature));
}

void TestConsensusMessages::voteRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("nil");
    QTest::newRow("prevote") << int(VoteKind::Prevote) << false;
    QTest::newRow("prevote nil") << int(VoteKind::Prevote) << true;
    QTest::newRow("precommit") << int(VoteKind::Precommit) << false;
    QTest::newRow("precommit nil") << int(VoteKind::Precommit) << true;
}

void TestConsensusMessages::voteRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(bool, nil);
    const Vote v = vote(2, VoteKind(kind), 9, 4, nil ? Value() : Value(valueOf("b")));
    const auto decoded = Vote::decode(v.encode());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), v);
    QCOMPARE(decoded->blockHash.has_value(), !nil);
}

void TestConsensusMessages::nonCanonicalRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isVote");
    const QByteArray v = vote(0, VoteKind::Prevote, 5, 1, valueOf("x")).encode();
    const QByteArray p = proposal(0, 5, 2, valueOf("x"), 0).encode();
    QTest::newRow("trailing byte") << (v + '\0') << true;
    QTest::newRow("truncated") << v.left(v.size() - 1) << true;
    // Key 0 holds kind 1 as "01"; "18 01" is the same number with a longer head.
    QByteArray longHead = v;
    longHead.replace(2, 1, QByteArray::fromHex("1801"));
    QTest::newRow("over-long integer") << longHead << true;
    QByteArray badKind = v;
    badKind[2] = 3;
    QTest::newRow("unknown vote kind") << badKind << true;
    QByteArray extraKey = v;
    extraKey[0] = char(0xa7); // seven entries declared, six present
    QTest::newRow("map size lies") << extraKey << true;
    QTest::newRow("explicit null value")
        << QByteArray::fromHex("a6000101050201") + QByteArray::fromHex("03f6") + v.mid(42) << true;
    QTest::newRow("proposal trailing") << (p + '\0') << false;
    // polRound (key 2) equal to the round is meaningless.
    QByteArray badPol = p;
    badPol[6] = 2;
    QTest::newRow("polRound not earlier") << badPol << false;
    QByteArray badPolLow = p;
    badPolLow[6] = char(0x21); // -2
    QTest::newRow("polRound below -1") << badPolLow << false;
}

void TestConsensusMessages::nonCanonicalRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isVote);
    if (isVote)
        QVERIFY(!Vote::decode(bytes).ok());
    else
        QVERIFY(!Proposal::decode(bytes).ok());
}

void TestConsensusMessages::signingBytesCoverEveryField()
{
    const Vote base = vote(0, VoteKind::Prevote, 5, 1, valueOf("x"));
    const QByteArray bytes = base.signingBytes(kChain);
    QVERIFY(bytes.startsWith("medchain/prevote/v1"));
    QList<Vote> changed(6, base);
    changed[0].height = 6;
    changed[1].round = 2;
    changed[2].blockHash = valueOf("y");
    changed[3].blockHash.reset();
    changed[4].kind = VoteKind::Precommit;
    changed[5].kind = VoteKind::Precommit;
    changed[5].blockHash.reset();
    for (const Vote &v : changed)
        QVERIFY(v.signingBytes(kChain) != bytes);
    QVERIFY(base.signingBytes(QStringLiteral("other-chain")) != bytes);
    QVERIFY(changed[5].signingBytes(kChain).startsWith("medchain/precommit-nil/v1"));

    const Proposal p = proposal(1, 5, 2, valueOf("x"), 0);
    QList<Proposal> variants(4, p);
    variants[0].height = 4;
    variants[1].round = 3;
    variants[2].polRound = -1;
    variants[3].blockHash = valueOf("z");
    for (const Proposal &q : variants)
        QVERIFY(q.signingBytes(kChain) != p.signingBytes(kChain));
    QVERIFY(p.signingBytes(kChain).startsWith("medchain/proposal/v1"));
}

void TestConsensusMessages::signatureCoversEveryByte()
{
    const Vote v = vote(3, VoteKind::Precommit, 11, 0, Value());
    const QByteArray message = v.signingBytes(kChain);
    for (qsizetype i = 0; i < message.size(); ++i) {
        QByteArray tampered = message;
        tampered[i] = char(tampered[i] ^ 0x01);
        QVERIFY2(!crypto::ed25519Verify(v.validator, tampered, v.signature),
                 qPrintable(QStringLiteral("byte %1 not covered").arg(i)));
    }
    QVERIFY(crypto::ed25519Verify(v.validator, message, v.signature));
}

void TestConsensusMessages::precommitSignsCommitBytes()
{
    const Vote v = vote(0, VoteKind::Precommit, 12, 3, valueOf("block"));
    QCOMPARE(v.signingBytes(kChain),
             chain::CommitCertificate::precommitBytes(kChain, 12, 3, valueOf("block")));
}

void TestConsensusMessages::commitAssembly()
{
    // Powers 5, 1, 1, 1, 2 (total 10): validators 0 and 4 hold 7 > 20/3.
    const auto set = validatorsWithPowers({5, 1, 1, 1, 2});
    const Hash block = valueOf("block");
    const QList<Vote> votes {vote(4, VoteKind::Precommit, 3, 1, block),
                             vote(0, VoteKind::Precommit, 3, 1, block),
                             vote(0, VoteKind::Precommit, 3, 1, block)};
    const auto commit = CommitAssembly::assemble(votes, set, kChain, 3, 1, block);
    QVERIFY2(commit.ok(), qPrintable(commit.error()));
    QCOMPARE(commit->signatures.size(), 2); // the duplicate counts once
    QVERIFY(commit->signatures[0].validator < commit->signatures[1].validator);
    QVERIFY(commit->verify(set, kChain).ok());
    const auto decoded = chain::CommitCertificate::decode(commit->encode());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), commit.value());
}

void TestConsensusMessages::commitAssemblyRefuses()
{
    const auto set = validatorsWithPowers({5, 1, 1, 1, 2});
    const Hash block = valueOf("block");
    // 5 + 1 = 6 of 10: not more than two thirds. Exactly 2/3 is refused as well (see below).
    QVERIFY(!CommitAssembly::assemble({vote(0, VoteKind::Precommit, 3, 1, block),
                                       vote(1, VoteKind::Precommit, 3, 1, block)},
                                      set, kChain, 3, 1, block)
                 .ok());
    const auto thirds = validatorsWithPowers({2, 1});
    QVERIFY(!CommitAssembly::assemble({vote(0, VoteKind::Precommit, 3, 1, block)}, thirds, kChain,
                                      3, 1, block)
                 .ok());
    // A prevote, a precommit for nil, another round, an outsider, a forged signature.
    const QList<Vote> strong {vote(0, VoteKind::Precommit, 3, 1, block),
                              vote(4, VoteKind::Precommit, 3, 1, block)};
    QList<Vote> wrong = strong;
    wrong.append(vote(1, VoteKind::Prevote, 3, 1, block));
    QVERIFY(!CommitAssembly::assemble(wrong, set, kChain, 3, 1, block).ok());
    wrong = strong;
    wrong.append(vote(1, VoteKind::Precommit, 3, 1, Value()));
    QVERIFY(!CommitAssembly::assemble(wrong, set, kChain, 3, 1, block).ok());
    wrong = strong;
    wrong.append(vote(1, VoteKind::Precommit, 3, 2, block));
    QVERIFY(!CommitAssembly::assemble(wrong, set, kChain, 3, 1, block).ok());
    const auto small = validatorsWithPowers({5, 1, 1, 1});
    QVERIFY(!CommitAssembly::assemble(strong, small, kChain, 3, 1, block).ok());
    wrong = strong;
    wrong[1].signature.bytes[0] ^= 1;
    QVERIFY(!CommitAssembly::assemble(wrong, set, kChain, 3, 1, block).ok());
}

void TestConsensusMessages::evidence()
{
    const auto set = validatorsWithPowers({1, 1, 1, 1});
    const Vote a = vote(2, VoteKind::Prevote, 4, 1, valueOf("a"));
    const Vote b = vote(2, VoteKind::Prevote, 4, 1, Value());
    const EquivocationEvidence e = EquivocationEvidence::of(a, b);
    QCOMPARE(EquivocationEvidence::of(b, a), e);
    QVERIFY(e.verify(set, kChain).ok());
    const auto decoded = EquivocationEvidence::decode(e.encode());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), e);
    // Out of order, equal values, different rounds, different validators, outsiders, forgeries.
    EquivocationEvidence swapped {e.second, e.first};
    QVERIFY(!EquivocationEvidence::decode(swapped.encode()).ok());
    QVERIFY(!EquivocationEvidence::of(a, a).verify(set, kChain).ok());
    QVERIFY(!EquivocationEvidence::of(a, vote(2, VoteKind::Prevote, 4, 2, Value()))
                 .verify(set, kChain)
                 .ok());
    QVERIFY(!EquivocationEvidence::of(a, vote(1, VoteKind::Prevote, 4, 1, Value()))
                 .verify(set, kChain)
                 .ok());
    QVERIFY(!EquivocationEvidence::of(a, vote(2, VoteKind::Precommit, 4, 1, Value()))
                 .verify(set, kChain)
                 .ok());
    QVERIFY(!e.verify(validatorsWithPowers({1, 1}), kChain).ok());
    EquivocationEvidence forged = e;
    forged.second.signature.bytes[5] ^= 1;
    QVERIFY(!forged.verify(set, kChain).ok());
}

QTEST_GUILESS_MAIN(TestConsensusMessages)
#include "TestConsensusMessages.moc"
