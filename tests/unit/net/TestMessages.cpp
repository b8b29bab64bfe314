// The wire messages: every type round-trips, and truncated, non-canonical, oversized, unknown
// and wrongly shaped payloads are refused with the reason's code. The fuzz seed corpus is checked
// against the encoder so it never goes stale.
#include "codec/CborWriter.h"
#include "net/Frame.h"
#include "net/Messages.h"

#include "NetFixture.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace medchain;
using namespace medchain::net;

Q_DECLARE_METATYPE(medchain::net::Message)

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

/// Bytes of an array head for count items (major type 4), then count copies of item.
QByteArray arrayOf(quint64 count, const QByteArray &item)
{
    QByteArray bytes;
    if (count < 24)
        bytes.append(char(0x80 | count));
    else if (count < 256)
        bytes.append(char(0x98)).append(char(count));
    else
        bytes.append(char(0x99)).append(char(count >> 8)).append(char(count & 0xff));
    for (quint64 i = 0; i < count; ++i)
        bytes += item;
    return bytes;
}

/// A byte-string item of size bytes.
QByteArray byteString(qsizetype size)
{
    QByteArray bytes;
    if (size < 24) {
        bytes.append(char(0x40 | size));
    } else if (size < 65536) {
        bytes.append(char(0x59)).append(char(size >> 8)).append(char(size & 0xff));
    } else {
        bytes.append(char(0x5a));
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(char((size >> shift) & 0xff));
    }
    return bytes + QByteArray(size, 'x');
}

QString corpusDir()
{
    return QStringLiteral(MEDCHAIN_SOURCE_DIR "/tests/fuzz/corpus/net_messages");
}
} // namespace

class TestMessages : public QObject {
    Q_OBJECT
private slots:
    void everyTypeRoundTrips_data()
    {
        QTest::addColumn<Message>("message");
        for (const auto &[name, message] : fixture::everyMessage())
            QTest::newRow(qPrintable(name)) << message;
    }
    void everyTypeRoundTrips()
    {
        QFETCH(Message, message);
        const QByteArray bytes = MessageCodec::encode(message);
        const auto decoded = MessageCodec::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QVERIFY(decoded.value() == message);
        QCOMPARE(MessageCodec::frame(message), frame(bytes));
        QCOMPARE(quint8(bytes[1]), quint8(0)); // key 0 first, the type next
        QCOMPARE(quint8(bytes[2]), quint8(typeOf(message)));
    }

    void theSamplesCoverEveryType()
    {
        QSet<int> types;
        for (const auto &[name, message] : fixture::everyMessage())
            types.insert(int(typeOf(message)));
        QCOMPARE(types.size(), int(MessageType::Goodbye));
    }

    void everyTruncationIsRefused()
    {
        for (const auto &[name, message] : fixture::everyMessage()) {
            const QByteArray bytes = MessageCodec::encode(message);
            for (qsizetype n = 0; n < bytes.size(); ++n) {
                const auto decoded = MessageCodec::decode(bytes.first(n));
                QVERIFY2(!decoded.ok(), qPrintable(name));
                QCOMPARE(decoded.errorCode(), QStringLiteral("malformed"));
            }
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QString malformed = QStringLiteral("malformed");
        const QString oversized = QStringLiteral("oversized");
        const QString nonCanonical = QStringLiteral("non-canonical");
        const QString unknown = QStringLiteral("unknown-type");

        // {0: 2, 1: 5} is Ping{5}.
        QVERIFY(MessageCodec::decode(hex("a200020105")).ok());
        QTest::newRow("empty") << QByteArray() << malformed << "ends too early";
        QTest::newRow("not a map") << hex("820205") << malformed << "expected a map";
        QTest::newRow("type 0") << hex("a200000105") << unknown << "type 0";
        QTest::newRow("type 13") << hex("a2000d0105") << unknown << "type 13";
        QTest::newRow("type as text") << hex("a20061700105") << malformed << "unsigned";
        QTest::newRow("missing field") << hex("a10002") << malformed << "field 1";
        QTest::newRow("unknown field") << hex("a3000201050205") << malformed << "field 2";
        QTest::newRow("keys out of order") << hex("a201050002") << malformed << "field 0";
        QTest::newRow("long head") << hex("a20002011805") << malformed << "shortest";
        QTest::newRow("long type head") << hex("a200180201 05") << malformed << "shortest";
        QTest::newRow("tag") << hex("a2000201c105") << malformed << "unsigned";
        QTest::newRow("float") << hex("a2000201f93c00") << malformed << "integer";
        QTest::newRow("trailing byte") << hex("a20002010500") << malformed << "unexpected";
        QTest::newRow("indefinite map") << hex("bf00020105ff") << malformed << "indefinite";
        QTest::newRow("heights unsorted") << hex("a20006018202 01") << nonCanonical << "ascending";
        QTest::newRow("heights repeated") << hex("a2000601820101") << nonCanonical << "ascending";
        QTest::newRow("no heights") << hex("a200060180") << malformed << "no blocks";
        QTest::newRow("17 heights")
            << hex("a2000601") + arrayOf(17, hex("01")) << oversized << "17";
        QTest::newRow("513 headers asked") << hex("a3000401010219 0201") << oversized << "513";
        QTest::newRow("no headers asked") << hex("a300040101 0200") << malformed << "no headers";
        QTest::newRow("negative height") << hex("a3000401200201") << malformed << "unsigned";
        QTest::newRow("1001 transactions")
            << hex("a2000801") + arrayOf(1001, hex("40")) << oversized << "1001";
        QTest::newRow("transaction too large")
            << hex("a2000801") + arrayOf(1, byteString(chain::limits::MaxTransactionSize + 1))
            << oversized << "524289";
        QTest::newRow("header too large")
            << hex("a2000501") + arrayOf(1, hex("82") + byteString(1025) + hex("40")) << oversized
            << "1025";
        QTest::newRow("header without commit")
            << hex("a2000501") + arrayOf(1, hex("81") + byteString(5)) << malformed << "two parts";
        QTest::newRow("17 blocks")
            << hex("a2000701") + arrayOf(17, hex("824040")) << oversized << "17";
        QTest::newRow("consensus kind 0") << hex("a3000b01000240") << malformed << "kind 0";
        QTest::newRow("consensus kind 256")
            << hex("a3000b0119010002 40") << malformed << "kind 256";
        QTest::newRow("goodbye reason 100") << hex("a2000c011864") << malformed << "code 100";
        QTest::newRow("goodbye reason 0") << hex("a2000c0100") << malformed << "code 0";
        const QByteArray hash = hex("5820") + QByteArray(32, 'a');
        const QByteArray other = hex("5820") + QByteArray(32, 'b');
        QTest::newRow("inventory unsorted")
            << hex("a2000901") + arrayOf(2, QByteArray()).append(other).append(hash) << nonCanonical
            << "sorted";
        QTest::newRow("inventory repeated")
            << hex("a2000a0182") + hash + hash << nonCanonical << "sorted";
        QTest::newRow("short hash")
            << hex("a2000a018158 1f") + QByteArray(31, 'a') << malformed << "32 bytes";
        QTest::newRow("empty inventory") << hex("a2000901 80") << malformed << "empty";
        QTest::newRow("hello with long chain id")
            << hex("a7000101 7841") + QByteArray(65, 'c') << malformed << "65";
        QTest::newRow("larger than a frame")
            << QByteArray(wire::MaxFrameSize + 1, '\0') << oversized << "bytes";
    }
    void refused()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const auto decoded = MessageCodec::decode(payload);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.errorCode(), code);
        QVERIFY2(decoded.error().contains(says), qPrintable(decoded.error()));
    }

    void protocolVersionIsOne()
    {
        QCOMPARE(ProtocolVersion, quint64(1));
        QCOMPARE(Hello {}.protocolVersion, quint64(1));
    }

    void seedCorpusMatchesTheEncoder()
    {
        // MEDCHAIN_WRITE_CORPUS=1 rewrites the files; otherwise they must be current.
        const bool write = qEnvironmentVariableIntValue("MEDCHAIN_WRITE_CORPUS") == 1;
        QList<QPair<QString, QByteArray>> seeds;
        for (const auto &[name, message] : fixture::everyMessage())
            seeds.append({QStringLiteral("message-") + name,
                          QByteArray(1, '\0') + MessageCodec::encode(message)});
        // A whole handshake as the session sees it: Hello, then one of each thing a peer may
        // send unprompted, cut into odd-sized chunks by the fuzz target.
        QByteArray stream = MessageCodec::frame(fixture::helloFrom(2));
        for (const auto &[name, message] : fixture::everyMessage()) {
            const MessageType type = typeOf(message);
            if (type == MessageType::Hello || type == MessageType::Headers
                || type == MessageType::Blocks || type == MessageType::Pong
                || type == MessageType::Goodbye)
                continue;
            stream += MessageCodec::frame(message);
        }
        seeds.append({QStringLiteral("session-handshake"), QByteArray(1, '\2') + stream});
        seeds.append({QStringLiteral("frames-handshake"), QByteArray(1, '\1') + stream});
        QDir().mkpath(corpusDir());
        for (const auto &[name, bytes] : seeds) {
            QFile file(corpusDir() + QLatin1Char('/') + name);
            if (write) {
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(bytes);
                continue;
            }
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(file.readAll(), bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "TestMessages.moc"
