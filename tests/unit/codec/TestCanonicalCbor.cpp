// Canonical CBOR against RFC 8949 Appendix A (with Qt's own decoder as an independent reference),
// the deterministic-encoding rules of §4.2.1, hostile inputs, and round-trip properties.
#include "codec/CanonicalCbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using medchain::codec::CanonicalCbor;
using medchain::codec::CborLimits;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QCborValue randomValue(QRandomGenerator &random, int depth)
{
    const int kind = int(random.bounded(depth > 3 ? 6 : 8));
    switch (kind) {
    case 0: {
        // Integers around every head-width boundary and the qint64 extremes.
        static const qint64 edges[] = {0,
                                       23,
                                       24,
                                       255,
                                       256,
                                       65535,
                                       65536,
                                       4294967295LL,
                                       4294967296LL,
                                       std::numeric_limits<qint64>::max(),
                                       std::numeric_limits<qint64>::min()};
        qint64 v = random.bounded(3) == 0 ? edges[random.bounded(int(std::size(edges)))]
                                          : qint64(random.generate64());
        return QCborValue(random.bounded(2) ? v : -v / 2);
    }
    case 1: {
        QByteArray bytes(random.bounded(40), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return QCborValue(bytes);
    }
    case 2: {
        static const QString samples[] = {QString(), QStringLiteral("a"), QStringLiteral("流感"),
                                          QStringLiteral("J10.1 Influenza"), QStringLiteral("😷")};
        return QCborValue(samples[random.bounded(int(std::size(samples)))]);
    }
    case 3:
        return QCborValue(bool(random.bounded(2)));
    case 4:
        return QCborValue(nullptr);
    case 5:
        return QCborValue(qint64(random.bounded(30)));
    case 6: {
        QCborArray array;
        for (int i = int(random.bounded(5)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QCborMap map;
        for (int i = int(random.bounded(5)); i > 0; --i) {
            QCborValue key = random.bounded(2) ? QCborValue(qint64(random.bounded(100)) - 50)
                                               : QCborValue(QString::number(random.bounded(1000)));
            map.insert(key, randomValue(random, depth + 1));
        }
        return map;
    }
    }
}
} // namespace

class TestCanonicalCbor : public QObject {
    Q_OBJECT
private slots:
    void rfc8949Accepted_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        // RFC 8949 Appendix A, every example inside MedChain's subset (all already canonical).
        const char *vectors[] = {"00",
                                 "01",
                                 "0a",
                                 "17",
                                 "1818",
                                 "1819",
                                 "1864",
                                 "1903e8",
                                 "1a000f4240",
                                 "1b000000e8d4a51000",
                                 "20",
                                 "29",
                                 "3863",
                                 "3903e7",
                                 "f4",
                                 "f5",
                                 "f6",
                                 "40",
                                 "4401020304",
                                 "60",
                                 "6161",
                                 "6449455446",
                                 "62225c",
                                 "62c3bc",
                                 "63e6b0b4",
                                 "64f0908591",
                                 "80",
                                 "83010203",
                                 "8301820203820405",
                                 "98190102030405060708090a0b0c0d0e0f101112131415161718181819",
                                 "a0",
                                 "a201020304",
                                 "a26161016162820203",
                                 "826161a161626163",
                                 "a56161614161626142616361436164614461656145"};
        for (const char *v : vectors)
            QTest::newRow(v) << hex(v);
    }

    void rfc8949Accepted()
    {
        QFETCH(QByteArray, encoded);
        const auto decoded = CanonicalCbor::decode(encoded);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded.value(), QCborValue::fromCbor(encoded)); // Qt's decoder agrees
        const auto again = CanonicalCbor::encode(decoded.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value().toHex(), encoded.toHex());
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const char *h, const char *reason) {
            QTest::newRow(name) << hex(h) << QString::fromLatin1(reason);
        };
        // RFC 8949 Appendix A examples outside the subset.
        row("2^64-1", "1bffffffffffffffff", "64-bit signed range");
        row("-2^64", "3bffffffffffffffff", "64-bit signed range");
        row("bignum tag 2", "c249010000000000000000", "tags");
        row("float16 0.0", "f90000", "floating-point");
        row("float64 1.1", "fb3ff199999999999a", "floating-point");
        row("float32 100000.0", "fa47c35000", "floating-point");
        row("undefined", "f7", "simple value");
        row("simple(16)", "f0", "simple value");
        row("simple(255)", "f8ff", "simple value");
        row("date tag 0", "c074323031332d30332d32315432303a30343a30305a", "tags");
        row("indefinite bytes", "5f42010243030405ff", "indefinite");
        row("indefinite text", "7f657374726561646d696e67ff", "indefinite");
        row("indefinite array", "9fff", "indefinite");
        row("indefinite map", "bf61610161629f0203ffff", "indefinite");
        // Non-canonical encodings of canonical values (RFC 8949 §4.2.1).
        row("23 in two bytes", "1817", "shortest");
        row("255 in three bytes", "1900ff", "shortest");
        row("65535 in five bytes", "1a0000ffff", "shortest");
        row("2^32-1 in nine bytes", "1b00000000ffffffff", "shortest");
        row("-1 in two bytes", "3800", "shortest");
        row("length in a long head", "580141", "shortest");
        row("keys out of order", "a203040102", "canonical order");
        row("duplicate keys", "a201020103", "duplicated");
        row("text keys out of order", "a2616201616102", "canonical order");
        row("longer key before shorter", "a21864010a02", "canonical order");
        // Damaged or hostile input.
        row("empty", "", "ends too early");
        row("trailing byte", "0000", "unexpected bytes");
        row("truncated head", "1903", "ends too early");
        row("truncated string", "44010203", "ends too early");
        row("array count lies", "9a3b9aca00", "larger than allowed");
        row("map count lies", "baffffffff00", "larger than allowed");
        row("invalid UTF-8", "62c328", "UTF-8");
        row("reserved info 28", "1c", "reserved");
    }

    void rejected()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, reason);
        const auto decoded = CanonicalCbor::decode(encoded);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(reason), qPrintable(decoded.error()));
        QVERIFY(decoded.error().startsWith(QLatin1String("Malformed data at byte ")));
    }

    void nestingIsBounded()
    {
        const QByteArray deep = QByteArray(100, char(0x81)) + QByteArray(1, char(0x00));
        const auto decoded = CanonicalCbor::decode(deep);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QLatin1String("nesting")), qPrintable(decoded.error()));
        CborLimits generous;
        generous.maxDepth = 128;
        QVERIFY(CanonicalCbor::decode(deep, generous).ok());
    }

    void inputSizeIsBounded()
    {
        CborLimits small;
        small.maxInputSize = 8;
        const auto decoded = CanonicalCbor::decode(hex("4a00010203040506070809"), small);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().contains(QLatin1String("allowed")));
    }

    void encodeSortsKeysCanonically()
    {
        // RFC 8949 §4.2.1's own example order: 10, 100, -1, "z", "aa", [100], [-1], false.
        QCborMap map;
        map.insert(QCborValue(false), 8);
        map.insert(QCborArray {-1}, 7);
        map.insert(QCborArray {100}, 6);
        map.insert(QStringLiteral("aa"), 5);
        map.insert(QStringLiteral("z"), 4);
        map.insert(-1, 3);
        map.insert(100, 2);
        map.insert(10, 1);
        const auto encoded = CanonicalCbor::encode(map);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded.value().toHex(),
                 QByteArray("a8"
                            "0a01"
                            "186402"
                            "2003"
                            "617a04"
                            "62616105"
                            "81186406"
                            "812007"
                            "f408"));
    }

    void encodeRefusesValuesOutsideTheSubset()
    {
        QVERIFY(!CanonicalCbor::encode(QCborValue(1.5)).ok());
        QVERIFY(!CanonicalCbor::encode(QCborValue(QCborSimpleType::Undefined)).ok());
        QVERIFY(!CanonicalCbor::encode(
                     QCborValue(QCborKnownTags::DateTimeString, QStringLiteral("2026-11-23")))
                     .ok());
        QVERIFY(!CanonicalCbor::encode(QCborArray {1, QCborValue(0.25)}).ok());
    }

    void randomValuesRoundTrip()
    {
        QRandomGenerator random(20261123);
        for (int i = 0; i < 2000; ++i) {
            const QCborValue value = randomValue(random, 0);
            const auto encoded = CanonicalCbor::encode(value);
            QVERIFY(encoded.ok());
            const auto decoded = CanonicalCbor::decode(encoded.value());
            QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
            // QCborMap keeps insertion order, so compare through the canonical encoding.
            QCOMPARE(CanonicalCbor::encode(decoded.value()).value(), encoded.value());
            QCOMPARE(decoded.value().toCbor(), QCborValue::fromCbor(encoded.value()).toCbor());
        }
    }

    void mutationsNeverDecodeToAnotherEncoding()
    {
        // Canonical means one encoding per value: whatever decodes must re-encode to itself.
        QRandomGenerator random(8949);
        int accepted = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = CanonicalCbor::encode(randomValue(random, 0)).value();
            const int flips = 1 + int(random.bounded(3));
            for (int f = 0; f < flips; ++f)
                bytes[random.bounded(int(bytes.size()))] ^= char(1 << random.bounded(8));
            const auto decoded = CanonicalCbor::decode(bytes);
            if (!decoded.ok())
                continue;
            ++accepted;
            QCOMPARE(CanonicalCbor::encode(decoded.value()).value().toHex(), bytes.toHex());
        }
        QVERIFY(accepted > 0); // some mutations stay valid (e.g. a changed integer)
    }
};

QTEST_GUILESS_MAIN(TestCanonicalCbor)
#include "TestCanonicalCbor.moc"
