// Ed25519 against RFC 8032 §7.1 and the ways a forger would try to get past verify().
#include "common/Startup.h"
#include "crypto/Ed25519.h"
#include "crypto/SelfTest.h"

#include <QTest>

using namespace medchain::crypto;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

SecureBuffer secureFrom(const QByteArray &bytes)
{
    return SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())});
}
} // namespace

class TestEd25519 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void rfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        for (const Ed25519Vector &v : rfc8032Vectors())
            QTest::newRow(v.name) << hex(v.seedHex) << hex(v.publicKeyHex) << hex(v.messageHex)
                                  << hex(v.signatureHex);
    }

    void rfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);

        auto key = Ed25519SigningKey::fromSeed(secureFrom(seed));
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key->publicKey().toByteArray(), publicKey);
        QCOMPARE(key->sign(message).toByteArray(), signature);
        const auto parsed = Ed25519Signature::fromBytes(signature);
        QVERIFY(parsed.has_value());
        QVERIFY(ed25519Verify(key->publicKey(), message, *parsed));
    }

    void rejectsEveryFlippedSignatureBit()
    {
        const auto key = Ed25519SigningKey::generate();
        const QByteArray message("grant 2026-11-23 doctor:42 scope:all");
        const Ed25519Signature good = key.sign(message);
        for (std::size_t byte = 0; byte < Ed25519Signature::Size; ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                Ed25519Signature bad = good;
                bad.bytes[byte] ^= static_cast<std::uint8_t>(1u << bit);
                QVERIFY2(!ed25519Verify(key.publicKey(), message, bad),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(byte).arg(bit)));
            }
        }
    }

    void rejectsOtherMessageAndOtherKey()
    {
        const auto alice = Ed25519SigningKey::generate();
        const auto mallory = Ed25519SigningKey::generate();
        QVERIFY(alice.publicKey() != mallory.publicKey());
        const QByteArray message("record 7 amendment confirmed");
        const Ed25519Signature signature = alice.sign(message);
        QVERIFY(ed25519Verify(alice.publicKey(), message, signature));
        QVERIFY(!ed25519Verify(alice.publicKey(), QByteArray("record 7 amendment rejected"),
                               signature));
        QVERIFY(!ed25519Verify(mallory.publicKey(), message, signature));
        QVERIFY(!ed25519Verify(alice.publicKey(), message, mallory.sign(message)));
    }

    void rejectsMalleatedScalar()
    {
        // S + L is the same point arithmetic but a different encoding: RFC 8032 §5.1.7 says reject.
        const auto vector = rfc8032Vectors().front();
        auto signature = *Ed25519Signature::fromBytes(hex(vector.signatureHex));
        const QByteArray order
            = hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"); // L, LE
        unsigned carry = 0;
        for (int i = 0; i < 32; ++i) {
            const unsigned sum
                = signature.bytes[32 + i] + static_cast<std::uint8_t>(order[i]) + carry;
            signature.bytes[32 + i] = static_cast<std::uint8_t>(sum & 0xff);
            carry = sum >> 8;
        }
        const auto publicKey = *Ed25519PublicKey::fromBytes(hex(vector.publicKeyHex));
        QVERIFY(!ed25519Verify(publicKey, hex(vector.messageHex), signature));
    }

    void seedRoundTrip()
    {
        const auto key = Ed25519SigningKey::generate();
        const auto again = Ed25519SigningKey::fromSeed(key.seed());
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey(), key.publicKey());
        const QByteArray message("same key, same signature");
        QCOMPARE(again->sign(message), key.sign(message));
    }

    void wrongSizesAreRefused()
    {
        const auto shortSeed = Ed25519SigningKey::fromSeed(SecureBuffer(31));
        QVERIFY(!shortSeed.ok());
        QVERIFY(shortSeed.error().contains(QLatin1String("32")));
        QVERIFY(!Ed25519PublicKey::fromBytes(QByteArray(31, 'x')).has_value());
        QVERIFY(!Ed25519PublicKey::fromBytes(QByteArray(33, 'x')).has_value());
        QVERIFY(!Ed25519Signature::fromBytes(QByteArray(63, 'x')).has_value());
        QVERIFY(Ed25519Signature::fromBytes(QByteArray(64, 'x')).has_value());
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "TestEd25519.moc"
