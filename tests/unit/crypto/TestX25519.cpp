// X25519 keys against RFC 7748 §6.1, and sealed boxes against the wrong key, every altered byte
// and every truncation: opening must fail with a message, never hand back garbage.
#include "common/Startup.h"
#include "crypto/KnownAnswerVectors.h"
#include "crypto/X25519.h"

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

std::span<const std::uint8_t> spanOf(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

QByteArray toByteArray(const SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}
} // namespace

class TestX25519 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void rfc7748_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("publicKey");
        // RFC 7748 §6.1: Alice's and Bob's keys, X25519(k, 9). (The self-test also checks the
        // shared secret, which this facade does not expose.)
        for (const X25519Vector &v : rfc7748Vectors()) {
            QTest::addRow("%s Alice", v.name) << hex(v.aliceSecretHex) << hex(v.alicePublicHex);
            QTest::addRow("%s Bob", v.name) << hex(v.bobSecretHex) << hex(v.bobPublicHex);
        }
    }

    void rfc7748()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, publicKey);
        const auto key = X25519SecretKey::fromSecret(secureFrom(secret));
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key->publicKey().toByteArray(), publicKey);
        QCOMPARE(toByteArray(key->secret()), secret);
        const auto parsed = X25519PublicKey::fromBytes(publicKey);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, key->publicKey());

        // A box sealed to the published public key opens with the published secret.
        const QByteArray message("content key for record 17");
        const auto opened = key->open(sealTo(*parsed, spanOf(message)));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(toByteArray(opened.value()), message);
    }

    void sealAndOpen_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {0, 1, 32, 47, 48, 49, 1000, 70000})
            QTest::addRow("%d bytes", size) << size;
    }

    void sealAndOpen()
    {
        QFETCH(int, size);
        const auto recipient = X25519SecretKey::generate();
        QByteArray plaintext(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plaintext[i] = static_cast<char>(i * 7 + 3);

        const QByteArray sealed = sealTo(recipient.publicKey(), spanOf(plaintext));
        QCOMPARE(sealed.size(), size + qsizetype(X25519SecretKey::SealOverhead));
        if (size >= 16)
            QVERIFY(!sealed.contains(plaintext.first(16)));
        const auto opened = recipient.open(sealed);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(toByteArray(opened.value()), plaintext);
    }

    void sealingIsRandomised()
    {
        const auto recipient = X25519SecretKey::generate();
        const QByteArray plaintext("same content key");
        const QByteArray first = sealTo(recipient.publicKey(), spanOf(plaintext));
        const QByteArray second = sealTo(recipient.publicKey(), spanOf(plaintext));
        QVERIFY(first != second);
        QVERIFY(first.first(32) != second.first(32)); // fresh ephemeral key each time
        QCOMPARE(toByteArray(recipient.open(first).value()), plaintext);
        QCOMPARE(toByteArray(recipient.open(second).value()), plaintext);
    }

    void otherKeyCannotOpen()
    {
        const auto patient = X25519SecretKey::generate();
        const auto stranger = X25519SecretKey::generate();
        QVERIFY(patient.publicKey() != stranger.publicKey());
        const QByteArray sealed = sealTo(patient.publicKey(), spanOf(QByteArray(32, 'k')));
        const auto opened = stranger.open(sealed);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().isEmpty());
        QVERIFY(patient.open(sealed).ok());
    }

    void everyAlteredByteIsRefused()
    {
        const auto recipient = X25519SecretKey::generate();
        const QByteArray sealed = sealTo(recipient.publicKey(), spanOf(QByteArray(32, 'k')));
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            for (const char mask : {char(0x01), char(0x80)}) {
                QByteArray altered = sealed;
                altered[i] = static_cast<char>(altered[i] ^ mask);
                const auto opened = recipient.open(altered);
                QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1").arg(i)));
                QVERIFY(!opened.error().isEmpty());
            }
        }
    }

    void truncatedAndExtendedBoxesAreRefused()
    {
        const auto recipient = X25519SecretKey::generate();
        const QByteArray sealed = sealTo(recipient.publicKey(), spanOf(QByteArray(32, 'k')));
        for (qsizetype length = 0; length < sealed.size(); ++length) {
            const auto opened = recipient.open(sealed.first(length));
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("length %1").arg(length)));
            QVERIFY(!opened.error().isEmpty());
        }
        const auto tooShort = recipient.open(sealed.first(47));
        QVERIFY(tooShort.error().contains(QLatin1String("47")));
        QVERIFY(!recipient.open(QByteArray(sealed + '\0')).ok());
    }

    void secretRoundTrip()
    {
        const auto key = X25519SecretKey::generate();
        const SecureBuffer secret = key.secret();
        QCOMPARE(secret.size(), X25519SecretKey::Size);
        const auto again = X25519SecretKey::fromSecret(secret);
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey(), key.publicKey());
        const QByteArray sealed = sealTo(key.publicKey(), spanOf(QByteArray("grant")));
        QCOMPARE(toByteArray(again->open(sealed).value()), QByteArray("grant"));
    }

    void wrongSizesAreRefused()
    {
        const auto shortSecret = X25519SecretKey::fromSecret(SecureBuffer(31));
        QVERIFY(!shortSecret.ok());
        QVERIFY(shortSecret.error().contains(QLatin1String("32")));
        QVERIFY(!X25519SecretKey::fromSecret(SecureBuffer(33)).ok());
        QVERIFY(!X25519PublicKey::fromBytes(QByteArray(31, 'x')).has_value());
        QVERIFY(!X25519PublicKey::fromBytes(QByteArray(33, 'x')).has_value());
        QVERIFY(X25519PublicKey::fromBytes(QByteArray(32, 'x')).has_value());
    }

    void lowOrderPublicKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("point");
        // Points of order 1, 2, 4 and 8 and non-canonical encodings of them (libsodium's list in
        // x25519_ref10.c). The shared secret with them is known, so anyone could open the box.
        QTest::newRow("0") << hex(
            "0000000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("1") << hex(
            "0100000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("order 8 a")
            << hex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
        QTest::newRow("order 8 b")
            << hex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157");
        QTest::newRow("p - 1") << hex(
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("p") << hex(
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("p + 1") << hex(
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    }

    void lowOrderPublicKeysAreRefused()
    {
        QFETCH(QByteArray, point);
        QVERIFY(!X25519PublicKey::fromBytes(point).has_value());
        // A key filled in by hand bypasses fromBytes(); sealing to it must not produce a box.
        X25519PublicKey forged;
        std::copy(point.begin(), point.end(), forged.bytes.begin());
        QVERIFY(sealTo(forged, spanOf(QByteArray("secret"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestX25519)
#include "TestX25519.moc"
