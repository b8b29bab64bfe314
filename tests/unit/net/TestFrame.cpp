// Frames on a byte stream: any chunking of a stream gives the same payloads, and an oversized
// length is refused the moment its four bytes are in, before any of its payload is kept.
#include "net/Frame.h"

#include <QRandomGenerator>
#include <QTest>

using namespace medchain::net;

namespace {
QList<QByteArray> samplePayloads()
{
    QByteArray counting(700, Qt::Uninitialized);
    for (int i = 0; i < counting.size(); ++i)
        counting[i] = char(i);
    return {QByteArray(), QByteArray("a"), counting, QByteArray(3, '\0'), QByteArray(256, 'z')};
}

QByteArray streamOf(const QList<QByteArray> &payloads)
{
    QByteArray stream;
    for (const QByteArray &payload : payloads)
        stream += frame(payload);
    return stream;
}

QList<QByteArray> drain(FrameReader &reader)
{
    QList<QByteArray> payloads;
    while (const auto payload = reader.next())
        payloads.append(*payload);
    return payloads;
}

QList<QByteArray> readInChunks(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    FrameReader reader;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        reader.feed(QByteArrayView(stream).sliced(from, cut - from));
        from = cut;
    }
    reader.feed(QByteArrayView(stream).sliced(from));
    return drain(reader);
}
} // namespace

class TestFrame : public QObject {
    Q_OBJECT
private slots:
    void lengthIsFourBytesBigEndian()
    {
        QCOMPARE(frame(QByteArray("abc")), QByteArray::fromHex("00000003") + "abc");
        QCOMPARE(frame(QByteArray(0x010203, 'x')).first(4), QByteArray::fromHex("00010203"));
    }

    void everySplitPointGivesTheSamePayloads()
    {
        const QList<QByteArray> payloads = samplePayloads();
        const QByteArray stream = streamOf(payloads);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut)
            QCOMPARE(readInChunks(stream, {cut}), payloads);
    }

    void randomChunkingsGiveTheSamePayloads()
    {
        const QList<QByteArray> payloads = samplePayloads();
        const QByteArray stream = streamOf(payloads);
        QRandomGenerator random(20261124); // fixed: a failure reproduces
        for (int round = 0; round < 300; ++round) {
            QList<qsizetype> cuts;
            qsizetype at = 0;
            while (true) {
                at += 1 + qsizetype(random.bounded(1 + int(round % 50)));
                if (at > stream.size())
                    break;
                cuts.append(at);
            }
            QCOMPARE(readInChunks(stream, cuts), payloads);
        }
        // One byte at a time.
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte.append(i);
        QCOMPARE(readInChunks(stream, everyByte), payloads);
    }

    void feedUntilFrameStopsAtTheEndOfAFrame()
    {
        const QByteArray stream = frame("first") + frame("second");
        FrameReader reader;
        QCOMPARE(reader.feedUntilFrame(stream), 4 + 5);
        QCOMPARE(reader.next(), QByteArray("first"));
        QCOMPARE(reader.feedUntilFrame(QByteArrayView(stream).sliced(9)), 4 + 6);
        QCOMPARE(reader.next(), QByteArray("second"));
        QVERIFY(!reader.next());
    }

    void bufferedBytesCountsWhatIsHeld()
    {
        FrameReader reader;
        const QByteArray stream = frame(QByteArray(10, 'p'));
        reader.feed(stream.first(3));
        QCOMPARE(reader.bufferedBytes(), 3);
        reader.feed(stream.sliced(3, 5));
        QCOMPARE(reader.bufferedBytes(), 8);
        reader.feed(stream.sliced(8));
        QCOMPARE(reader.bufferedBytes(), 10); // a complete payload not yet taken
        QVERIFY(reader.next());
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void oversizedLengthIsRefusedBeforeBuffering()
    {
        FrameReader reader(100);
        QByteArray bytes = QByteArray::fromHex("00000065") + QByteArray(60, 'x'); // 101 > 100
        reader.feed(bytes.first(2));
        QCOMPARE(reader.bufferedBytes(), 2);
        QVERIFY(!reader.hasError());
        reader.feed(bytes.sliced(2));
        QVERIFY(reader.hasError());
        QVERIFY(reader.errorString().contains(QLatin1String("101")));
        QCOMPARE(reader.bufferedBytes(), 0);
        QVERIFY(!reader.next());
        // The error is final: a valid frame afterwards is not read.
        reader.feed(frame("ok"));
        QCOMPARE(reader.bufferedBytes(), 0);
        QVERIFY(!reader.next());
    }

    void theLargestLengthIsAccepted()
    {
        FrameReader reader(100);
        reader.feed(frame(QByteArray(100, 'x')));
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.next()->size(), 100);

        FrameReader defaults;
        defaults.feed(QByteArray::fromHex("ffffffff"));
        QVERIFY(defaults.hasError());
        QCOMPARE(defaults.bufferedBytes(), 0);
        QVERIFY(wire::MaxFrameSize > medchain::chain::limits::MaxBlockSize);
    }

    void aLimitAppliesToLengthsNotYetRead()
    {
        FrameReader reader(8);
        reader.feed(frame("small"));
        reader.setMaxFrameSize(1000);
        reader.feed(frame(QByteArray(500, 'b')));
        QVERIFY(!reader.hasError());
        QCOMPARE(drain(reader).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "TestFrame.moc"
