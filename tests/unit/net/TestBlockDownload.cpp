// Headers-first catch-up without sockets: headers are kept only when they chain and the last
// one's commit verifies; blocks come from several peers, several requests each, and are handed
// over strictly in height order; stalled or lost requests go to another peer; a block that does
// not match its header, or that the chain refuses, marks its sender; the buffer is bounded.
#include "common/Startup.h"
#include "crypto/Sha256.h"
#include "net/BlockDownload.h"

#include <QTest>

using namespace medchain;
using namespace medchain::net;

namespace {

const QString kChainId = QStringLiteral("medchain-test");
constexpr BlockDownload::PeerId kA = 1;
constexpr BlockDownload::PeerId kB = 2;

/// A chain of headers signed by one validator; blocks carry filler transactions, which the
/// download does not look at (the ledger does).
class FakeChain {
public:
    explicit FakeChain(int length, quint64 transactionsPerBlock = 10)
        : key(crypto::Ed25519SigningKey::generate()), genesis(crypto::sha256(QByteArray("genesis")))
    {
        validators = {{key.publicKey(), 1}};
        chain::Hash previous = genesis;
        for (int i = 1; i <= length; ++i) {
            chain::BlockHeader header;
            header.chainId = kChainId;
            header.height = quint64(i);
            header.time = i * 1000;
            header.previous = previous;
            header.validatorSetHash = chain::BlockHeader::hashValidatorSet(validators);
            header.proposer = key.publicKey();
            header.transactionCount = transactionsPerBlock;
            previous = header.hash();
            headers.append(header);
        }
    }

    chain::CommitCertificate commitOf(const chain::BlockHeader &header,
                                      const crypto::Ed25519SigningKey &signer) const
    {
        chain::CommitCertificate commit;
        commit.height = header.height;
        commit.blockHash = header.hash();
        commit.signatures.append({signer.publicKey(),
                                  signer.sign(chain::CommitCertificate::precommitBytes(
                                      kChainId, header.height, 0, commit.blockHash))});
        return commit;
    }

    /// Headers from..to (1-based, inclusive) as a peer sends them.
    QList<CommittedHeader> entries(quint64 from, quint64 to) const
    {
        QList<CommittedHeader> list;
        for (quint64 h = from; h <= to; ++h)
            list.append({headers[h - 1].encode(), commitOf(headers[h - 1], key).encode()});
        return list;
    }

    DownloadedBlock block(quint64 height, qsizetype bytes = 10'000) const
    {
        DownloadedBlock downloaded;
        downloaded.block.header = headers[height - 1];
        downloaded.block.transactions = QList<QByteArray>(
            qsizetype(headers[height - 1].transactionCount), QByteArray(8, 't'));
        downloaded.commit = commitOf(headers[height - 1], key);
        downloaded.bytes = bytes;
        return downloaded;
    }

    /// Learns headers 1..to from peer.
    void teach(BlockDownload &download, BlockDownload::PeerId peer, quint64 to) const
    {
        const GetHeaders asked {download.lastHeader() + 1, to - download.lastHeader()};
        const auto ok
            = download.addHeaders(peer, asked, entries(asked.fromHeight, to), validators, kChainId);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
    }

    crypto::Ed25519SigningKey key;
    chain::Hash genesis;
    QList<identity::Validator> validators;
    QList<chain::BlockHeader> headers;
};

BlockDownload::Settings settings()
{
    BlockDownload::Settings s;
    s.requestsPerPeer = 2;
    s.requestBytes = 40'000; // about three blocks of ten 1 KiB transactions
    s.stallMs = 5'000;
    return s;
}

/// Applies what is ready, in order, as PeerNetwork does; returns the heights applied.
QList<quint64> applyReady(BlockDownload &download)
{
    QList<quint64> applied;
    while (auto next = download.takeNext()) {
        const chain::BlockHeader &header = next->block.header;
        download.setTip(header.height, header.hash());
        applied.append(header.height);
    }
    return applied;
}

QList<quint64> range(quint64 from, quint64 to)
{
    QList<quint64> heights;
    for (quint64 h = from; h <= to; ++h)
        heights.append(h);
    return heights;
}

} // namespace

class TestBlockDownload : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void headersAreKeptWhenTheyChainAndTheLastCommitVerifies()
    {
        const FakeChain chain(20);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 20);
        QCOMPARE(download.headersWanted(), quint64(20));
        chain.teach(download, kA, 12);
        QCOMPARE(download.lastHeader(), quint64(12));
        QCOMPARE(download.headersWanted(), quint64(8));
        for (quint64 h = 1; h <= 12; ++h)
            QVERIFY(download.isWanted(h));

        // Headers already known must match; new ones must follow the last known one.
        QVERIFY(download.addHeaders(kA, {11, 4}, chain.entries(11, 14), chain.validators, kChainId)
                    .ok());
        QCOMPARE(download.lastHeader(), quint64(14));
        QList<CommittedHeader> broken = chain.entries(15, 16);
        broken[0] = chain.entries(15, 15).first();
        chain::BlockHeader forged = chain.headers[15];
        forged.previous = chain.genesis;
        broken[1].header = forged.encode();
        QVERIFY(!download.addHeaders(kA, {15, 2}, broken, chain.validators, kChainId).ok());
        QCOMPARE(download.lastHeader(), quint64(14));

        // The last header's commit vouches for the batch: one by a stranger does not.
        QList<CommittedHeader> unsigned_ = chain.entries(15, 16);
        const auto stranger = crypto::Ed25519SigningKey::generate();
        unsigned_[1].commit = chain.commitOf(chain.headers[15], stranger).encode();
        QVERIFY(!download.addHeaders(kA, {15, 2}, unsigned_, chain.validators, kChainId).ok());
        QList<CommittedHeader> otherBlock = chain.entries(15, 16);
        otherBlock[1].commit = otherBlock[0].commit;
        QVERIFY(!download.addHeaders(kA, {15, 2}, otherBlock, chain.validators, kChainId).ok());
        // A header contradicting a verified one, or not the heights asked for.
        chain::BlockHeader other = chain.headers[13];
        other.time += 1;
        QList<CommittedHeader> contradicting = chain.entries(14, 14);
        contradicting[0].header = other.encode();
        QVERIFY(!download.addHeaders(kA, {14, 1}, contradicting, chain.validators, kChainId).ok());
        QVERIFY(!download.addHeaders(kA, {15, 2}, chain.entries(16, 17), chain.validators, kChainId)
                     .ok());
        QCOMPARE(download.lastHeader(), quint64(14));
    }

    void headersStopWhereANewValidatorSetBegins()
    {
        const FakeChain chain(10);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 10);
        // The set after the tip is someone else's: header 1 cannot be right.
        const QList<identity::Validator> others {
            {crypto::Ed25519SigningKey::generate().publicKey(), 1}};
        QVERIFY(!download.addHeaders(kA, {1, 10}, chain.entries(1, 10), others, kChainId).ok());

        // Headers 1-4 under the known set; 5 on name a new one: kept up to 4, and no more
        // headers are asked for until the tip reaches 4.
        FakeChain changing(10);
        const auto next = crypto::Ed25519SigningKey::generate();
        const QList<identity::Validator> nextSet {{next.publicKey(), 1}};
        chain::Hash previous = changing.headers[3].hash();
        for (int i = 4; i < 10; ++i) {
            changing.headers[i].validatorSetHash = chain::BlockHeader::hashValidatorSet(nextSet);
            changing.headers[i].previous = previous;
            previous = changing.headers[i].hash();
        }
        BlockDownload fresh(settings());
        fresh.setTip(0, changing.genesis);
        fresh.addPeer(kA, 10);
        QVERIFY(
            fresh.addHeaders(kA, {1, 10}, changing.entries(1, 10), changing.validators, kChainId)
                .ok());
        QCOMPARE(fresh.lastHeader(), quint64(4));
        QCOMPARE(fresh.headersWanted(), quint64(0));
        QCOMPARE(fresh.peerHeight(kA), std::optional<quint64>(10));
        fresh.setTip(4, changing.headers[3].hash());
        QCOMPARE(fresh.headersWanted(), quint64(6));
    }

    void blocksAreHandedOverInHeightOrder()
    {
        const FakeChain chain(12);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 12);
        download.addPeer(kB, 12);
        chain.teach(download, kA, 12);

        // Several requests per peer, a few blocks each, from several peers at once.
        const QList<quint64> a1 = download.nextRequest(kA, 0);
        const QList<quint64> b1 = download.nextRequest(kB, 0);
        const QList<quint64> a2 = download.nextRequest(kA, 0);
        const QList<quint64> b2 = download.nextRequest(kB, 0);
        QCOMPARE(a1, range(1, 3));
        QCOMPARE(b1, range(4, 6));
        QCOMPARE(a2, range(7, 9));
        QCOMPARE(b2, range(10, 12));
        QVERIFY(download.nextRequest(kA, 0).isEmpty()); // requestsPerPeer
        QCOMPARE(download.requestsInFlight(), 4);

        // B answers first: nothing is ready until block 1 is there.
        QVERIFY(download.receive(kB, {chain.block(4), chain.block(5), chain.block(6)}));
        QVERIFY(download.receive(kB, {chain.block(10), chain.block(11), chain.block(12)}));
        QVERIFY(applyReady(download).isEmpty());
        QCOMPARE(download.bufferedBytes(), qsizetype(60'000));
        QVERIFY(download.receive(kA, {chain.block(1), chain.block(2), chain.block(3)}));
        QCOMPARE(applyReady(download), range(1, 6));
        QVERIFY(download.receive(kA, {chain.block(7), chain.block(8), chain.block(9)}));
        QCOMPARE(applyReady(download), range(7, 12));
        QCOMPARE(download.tip(), quint64(12));
        QCOMPARE(download.bufferedBytes(), qsizetype(0));
        QCOMPARE(download.requestsInFlight(), 0);
    }

    void aPartialAnswerIsAskedForAgainAndAnEmptyOneLowersThePeer()
    {
        const FakeChain chain(6);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 6);
        chain.teach(download, kA, 6);
        QCOMPARE(download.nextRequest(kA, 0), range(1, 3));
        QCOMPARE(download.nextRequest(kA, 0), range(4, 6));
        // The frame held two of three: the third is wanted again.
        QVERIFY(download.receive(kA, {chain.block(1), chain.block(2)}));
        QVERIFY(download.isWanted(3));
        // The peer had none of 4-6 after all: it is not asked for them again.
        QVERIFY(download.receive(kA, {}));
        QCOMPARE(download.peerHeight(kA), std::optional<quint64>(3));
        QCOMPARE(download.nextRequest(kA, 0), QList<quint64> {3});
        QVERIFY(download.nextRequest(kA, 0).isEmpty());
    }

    void aStalledOrLostRequestGoesToAnotherPeer()
    {
        const FakeChain chain(6);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 6);
        chain.teach(download, kA, 6);
        QCOMPARE(download.nextRequest(kA, 1'000), range(1, 3));
        QCOMPARE(download.nextRequest(kA, 1'000), range(4, 6));
        download.addPeer(kB, 6);
        QVERIFY(download.nextRequest(kB, 1'000).isEmpty()); // all asked for

        // A is silent past stallMs: B gets its heights, A gets nothing more meanwhile.
        download.expire(5'999);
        QVERIFY(download.nextRequest(kB, 5'999).isEmpty());
        download.expire(6'000);
        QCOMPARE(download.nextRequest(kB, 6'000), range(1, 3));
        QCOMPARE(download.nextRequest(kB, 6'000), range(4, 6));
        // A's late answer is still welcome; B's copy of those blocks is then ignored.
        QVERIFY(download.receive(kA, {chain.block(1), chain.block(2), chain.block(3)}));
        QVERIFY(download.receive(kB, {chain.block(1), chain.block(2), chain.block(3)}));
        QCOMPARE(applyReady(download), range(1, 3));

        // B disconnects: what it was asked for goes back, and to A once A has answered.
        download.removePeer(kB);
        QVERIFY(download.isWanted(4));
        QVERIFY(download.nextRequest(kA, 6'000).isEmpty()); // its stalled request is open
        QVERIFY(download.receive(kA, {chain.block(4)}));
        QCOMPARE(download.nextRequest(kA, 6'000), range(5, 6));
    }

    void aBlockThatIsNotTheHeadersMarksItsSender()
    {
        const FakeChain chain(6);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 6);
        download.addPeer(kB, 6);
        chain.teach(download, kA, 6);
        QCOMPARE(download.nextRequest(kA, 0), range(1, 3));
        QCOMPARE(download.nextRequest(kB, 0), range(4, 6));

        DownloadedBlock forged = chain.block(2);
        forged.block.header.time += 1; // another block at that height
        QVERIFY(!download.receive(kA, {chain.block(1), forged}));
        QVERIFY(download.isWanted(2));
        QVERIFY(download.isWanted(3));
        // A block that was not asked for.
        QVERIFY(!download.receive(kB, {chain.block(4), chain.block(1)}));
        download.removePeer(kA);
        download.removePeer(kB);

        // The others come from an honest peer; those that did match are kept.
        download.addPeer(3, 6);
        QCOMPARE(download.nextRequest(3, 0), (QList<quint64> {2, 3, 5}));
        QCOMPARE(download.nextRequest(3, 0), QList<quint64> {6});
        QVERIFY(download.receive(3, {chain.block(2), chain.block(3), chain.block(5)}));
        QVERIFY(download.receive(3, {chain.block(6)}));
        QCOMPARE(applyReady(download), range(1, 6));
    }

    void aRefusedBlockDropsEverythingItsSenderBrought()
    {
        const FakeChain chain(6);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 6);
        download.addPeer(kB, 6);
        chain.teach(download, kA, 6);
        QCOMPARE(download.nextRequest(kA, 0), range(1, 3));
        QCOMPARE(download.nextRequest(kB, 0), range(4, 6));
        QVERIFY(download.receive(kA, {chain.block(1), chain.block(2), chain.block(3)}));
        QVERIFY(download.receive(kB, {chain.block(4), chain.block(5), chain.block(6)}));

        // Block 1 matches its header but the ledger refuses it (say, a forged transaction).
        const std::optional<DownloadedBlock> first = download.takeNext();
        QVERIFY(first.has_value());
        QCOMPARE(first->from, kA);
        download.refused(*first);
        download.removePeer(kA);
        QCOMPARE(download.bufferedBytes(), qsizetype(30'000)); // B's blocks only
        QVERIFY(download.isWanted(1));
        QVERIFY(download.isWanted(3));
        QVERIFY(!download.takeNext().has_value());
        QCOMPARE(download.nextRequest(kB, 0), range(1, 3));
        QVERIFY(download.receive(kB, {chain.block(1), chain.block(2), chain.block(3)}));
        QCOMPARE(applyReady(download), range(1, 6));
    }

    void theBufferIsBoundedButTheNextBlockIsAlwaysAskedFor()
    {
        const FakeChain chain(40);
        BlockDownload::Settings bounded = settings();
        bounded.requestsPerPeer = 8;
        bounded.maxBufferedBytes = 120'000; // expected: about 11 KiB a block
        BlockDownload download(bounded);
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 40);
        download.addPeer(kB, 40);
        chain.teach(download, kA, 40);

        QList<QList<quint64>> asked;
        for (;;) {
            const QList<quint64> a = download.nextRequest(kA, 0);
            const QList<quint64> b = download.nextRequest(kB, 0);
            if (a.isEmpty() && b.isEmpty())
                break;
            for (const QList<quint64> &request : {a, b})
                if (!request.isEmpty())
                    asked.append(request);
        }
        // Expected bytes in flight stop new requests once past the bound (four requests of
        // three blocks), although both peers have room for more requests.
        QCOMPARE(asked.size(), 4);
        QCOMPARE(asked.last().last(), quint64(12));

        // Blocks 2-12 arrive, block 1 is lost with its peer: the buffer is full, yet block 1
        // is asked for again.
        QVERIFY(download.receive(kB, {chain.block(4), chain.block(5), chain.block(6)}));
        QVERIFY(download.receive(kB, {chain.block(10), chain.block(11), chain.block(12)}));
        QVERIFY(download.receive(kA, {}));
        QVERIFY(download.receive(kA, {chain.block(7), chain.block(8), chain.block(9)}));
        download.removePeer(kA);
        QVERIFY(download.isWanted(1));
        QCOMPARE(download.bufferedBytes(), qsizetype(90'000));
        QVERIFY(download.nextRequest(kB, 0).startsWith(1));
        QVERIFY(download.nextRequest(kB, 0).isEmpty()); // 13 on must wait
        QVERIFY(download.receive(kB, {chain.block(1), chain.block(2), chain.block(3)}));
        QCOMPARE(applyReady(download), range(1, 12));
        QCOMPARE(download.bufferedBytes(), qsizetype(0));
        QCOMPARE(download.nextRequest(kB, 0).first(), quint64(13));
    }

    void theTipMovingElsewhereDropsWhatItCovers()
    {
        const FakeChain chain(6);
        BlockDownload download(settings());
        download.setTip(0, chain.genesis);
        download.addPeer(kA, 6);
        chain.teach(download, kA, 6);
        QCOMPARE(download.nextRequest(kA, 0), range(1, 3));
        QVERIFY(download.receive(kA, {chain.block(2), chain.block(1)}));
        // Consensus committed blocks 1-4 meanwhile.
        download.setTip(4, chain.headers[3].hash());
        QCOMPARE(download.bufferedBytes(), qsizetype(0));
        QVERIFY(!download.isWanted(3));
        QCOMPARE(download.nextRequest(kA, 0), range(5, 6));
        // A tip that contradicts the headers throws them away.
        download.setTip(5, chain.genesis);
        QCOMPARE(download.lastHeader(), quint64(5));
        QVERIFY(!download.isWanted(6));
        QVERIFY(download.receive(kA, {chain.block(5), chain.block(6)})); // nothing to check
    }
};

QTEST_GUILESS_MAIN(TestBlockDownload)
#include "TestBlockDownload.moc"
