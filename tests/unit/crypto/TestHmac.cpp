// HMAC-SHA-256 against RFC 4231 §4 (test cases 1-4, 6 and 7; case 5 truncates the output, which
// MedChain never does), and against RFC 2104's definition written out with SHA-256.
#include "common/Startup.h"
#include "crypto/KnownAnswerVectors.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"

#include <QTest>

using namespace medchain::crypto;

namespace {
constexpr qsizetype kBlockSize = 64; // SHA-256's block, in bytes

SecureBuffer secureFrom(const QByteArray &bytes)
{
    return SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())});
}

// RFC 2104 §2 literally: H(K XOR opad, H(K XOR ipad, text)), where a key longer than the block is
// hashed first and the key is then padded with zeros to the block size.
QByteArray specHmac(QByteArray key, const QByteArray &text)
{
    if (key.size() > kBlockSize)
        key = sha256(key).toByteArray();
    key.append(QByteArray(kBlockSize - key.size(), '\0'));
    QByteArray inner(kBlockSize, Qt::Uninitialized);
    QByteArray outer(kBlockSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < kBlockSize; ++i) {
        inner[i] = char(key.at(i) ^ 0x36);
        outer[i] = char(key.at(i) ^ 0x5c);
    }
    return sha256(QByteArray(outer + sha256(QByteArray(inner + text)).toByteArray())).toHex();
}

QByteArray patterned(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 31 + seed);
    return bytes;
}
} // namespace

class TestHmac : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void rfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("macHex");
        for (const HmacSha256Vector &v : rfc4231Vectors())
            QTest::newRow(v.name) << QByteArray::fromHex(QByteArray(v.keyHex)).repeated(v.keyRepeat)
                                  << QByteArray(v.data).repeated(v.dataRepeat)
                                  << QByteArray(v.macHex);
    }

    void rfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, macHex);
        QCOMPARE(hmacSha256(secureFrom(key), data).toHex(), macHex);
        QCOMPARE(specHmac(key, data), macHex); // so the transcription is right too
    }

    void matchesRfc2104_data()
    {
        QTest::addColumn<int>("keySize");
        // Around the block size, where keys switch from padded to hashed.
        for (int size : {0, 1, 20, 31, 32, 33, 63, 64, 65, 127, 128, 129, 200})
            QTest::addRow("%d-byte key", size) << size;
    }

    void matchesRfc2104()
    {
        QFETCH(int, keySize);
        const QByteArray key = patterned(keySize, 7);
        const SecureBuffer secureKey = secureFrom(key);
        for (const qsizetype dataSize : {0, 1, 55, 56, 63, 64, 65, 1000}) {
            const QByteArray data = patterned(dataSize, 3);
            QVERIFY2(hmacSha256(secureKey, data).toHex() == specHmac(key, data),
                     qPrintable(QStringLiteral("%1 bytes of data").arg(dataSize)));
        }
    }

    void everyKeyAndDataByteMatters()
    {
        const QByteArray key = patterned(32, 1);
        const QByteArray data("110101199003077777"); // a national ID number's shape
        const Sha256Digest mac = hmacSha256(secureFrom(key), data);
        for (qsizetype i = 0; i < key.size(); ++i) {
            QByteArray other = key;
            other[i] = char(other.at(i) ^ 0x01);
            QVERIFY2(hmacSha256(secureFrom(other), data) != mac, qPrintable(QString::number(i)));
        }
        for (qsizetype i = 0; i < data.size(); ++i) {
            QByteArray other = data;
            other[i] = char(other.at(i) ^ 0x01);
            QVERIFY2(hmacSha256(secureFrom(key), other) != mac, qPrintable(QString::number(i)));
        }
        QVERIFY(hmacSha256(secureFrom(key), data.chopped(1)) != mac);
        QVERIFY(hmacSha256(secureFrom(key), data) == mac);
    }
};

QTEST_GUILESS_MAIN(TestHmac)
#include "TestHmac.moc"
