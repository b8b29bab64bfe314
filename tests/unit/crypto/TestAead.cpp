// XChaCha20-Poly1305 against draft-irtf-cfrg-xchacha-03 §A.3.1, and against a wrong key, changed
// associated data, every flipped bit and every truncation: decryption must fail, not guess.
#include "common/Startup.h"
#include "crypto/Aead.h"
#include "crypto/KnownAnswerVectors.h"

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

QByteArray toByteArray(const SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

// draft-irtf-cfrg-xchacha-03, Appendix A.3.1 (AEAD_XChaCha20_Poly1305); the self-test uses it too.
const AeadVector &draft()
{
    return xchacha20Poly1305Vectors().front();
}

SecureBuffer draftKey()
{
    return secureFrom(hex(draft().keyHex));
}

QByteArray draftAd()
{
    return hex(draft().associatedDataHex);
}

QByteArray draftSealed()
{
    return hex(draft().nonceHex) + hex(draft().ciphertextHex) + hex(draft().tagHex);
}
} // namespace

class TestAead : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void draftVector()
    {
        // Our layout is nonce || ciphertext || tag, so the draft's values laid out that way must
        // decrypt to the draft's plaintext, through both entry points.
        const SecureBuffer key = draftKey();
        const auto plaintext = Aead::decrypt(key, draftSealed(), draftAd());
        QVERIFY2(plaintext.ok(), qPrintable(plaintext.error()));
        QCOMPARE(plaintext.value(), QByteArray(draft().plaintext));
        const auto secret = Aead::decryptSecret(key, draftSealed(), draftAd());
        QVERIFY2(secret.ok(), qPrintable(secret.error()));
        QCOMPARE(toByteArray(secret.value()), QByteArray(draft().plaintext));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("associatedData");
        for (int size : {0, 1, 16, 63, 64, 65, 4096, 100000}) {
            QTest::addRow("%d bytes, no AD", size) << size << QByteArray();
            QTest::addRow("%d bytes, header AD", size) << size << QByteArray("record header v1");
        }
    }

    void roundTrip()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, associatedData);
        const SecureBuffer key = Aead::generateKey();
        QByteArray plaintext(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plaintext[i] = static_cast<char>(i * 13 + 1);

        const QByteArray sealed = Aead::encrypt(key, plaintext, associatedData);
        QCOMPARE(sealed.size(), size + qsizetype(Aead::Overhead));
        const auto opened = Aead::decrypt(key, sealed, associatedData);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), plaintext);

        const QByteArray sealedSecret
            = Aead::encryptSecret(key, secureFrom(plaintext), associatedData);
        QCOMPARE(sealedSecret.size(), sealed.size());
        const auto openedSecret = Aead::decryptSecret(key, sealedSecret, associatedData);
        QVERIFY2(openedSecret.ok(), qPrintable(openedSecret.error()));
        QCOMPARE(toByteArray(openedSecret.value()), plaintext);
        // Both forms are the same format.
        QCOMPARE(toByteArray(Aead::decryptSecret(key, sealed, associatedData).value()), plaintext);
    }

    void freshNonceEveryTime()
    {
        const SecureBuffer key = Aead::generateKey();
        const QByteArray plaintext("diagnosis: J45.909");
        const QByteArray first = Aead::encrypt(key, plaintext, {});
        const QByteArray second = Aead::encrypt(key, plaintext, {});
        QVERIFY(first.first(Aead::NonceSize) != second.first(Aead::NonceSize));
        QVERIFY(first.sliced(Aead::NonceSize) != second.sliced(Aead::NonceSize));
        QVERIFY(!first.contains(plaintext));
    }

    void generatedKeys()
    {
        const SecureBuffer a = Aead::generateKey();
        const SecureBuffer b = Aead::generateKey();
        QCOMPARE(a.size(), Aead::KeySize);
        QVERIFY(!a.equals(b));
    }

    void wrongKeyIsRefused()
    {
        const SecureBuffer key = Aead::generateKey();
        const QByteArray sealed = Aead::encrypt(key, "prescription", "ad");
        const auto opened = Aead::decrypt(Aead::generateKey(), sealed, "ad");
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().isEmpty());
        QVERIFY(!Aead::decryptSecret(Aead::generateKey(), sealed, "ad").ok());
    }

    void changedAssociatedDataIsRefused()
    {
        const SecureBuffer key = Aead::generateKey();
        const QByteArray sealed = Aead::encrypt(key, "prescription", "record 7 v1");
        QVERIFY(Aead::decrypt(key, sealed, "record 7 v1").ok());
        for (const char *other : {"record 7 v2", "record 8 v1", "record 7 v1 ", ""})
            QVERIFY2(!Aead::decrypt(key, sealed, other).ok(), other);
        const QByteArray noAd = Aead::encrypt(key, "prescription", {});
        QVERIFY(!Aead::decrypt(key, noAd, "x").ok());
        QVERIFY(Aead::decrypt(key, noAd, {}).ok());

        // The published vector too: the same bytes under other associated data are refused.
        QVERIFY(!Aead::decrypt(draftKey(), draftSealed(), {}).ok());
    }

    void everyFlippedBitIsRefused()
    {
        const SecureBuffer key = Aead::generateKey();
        const QByteArray sealed = Aead::encrypt(key, "ICD-10 E11.9, metformin 500 mg", "hdr");
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = sealed;
                flipped[i] = static_cast<char>(flipped[i] ^ (1 << bit));
                const auto opened = Aead::decrypt(key, flipped, "hdr");
                QVERIFY2(!opened.ok(),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
                QVERIFY(!opened.error().isEmpty());
                QVERIFY(!Aead::decryptSecret(key, flipped, "hdr").ok());
            }
        }
    }

    void truncatedOrExtendedIsRefused()
    {
        const SecureBuffer key = Aead::generateKey();
        const QByteArray sealed = Aead::encrypt(key, "keystore contents", {});
        for (qsizetype length = 0; length < sealed.size(); ++length) {
            QVERIFY2(!Aead::decrypt(key, sealed.first(length), {}).ok(),
                     qPrintable(QString::number(length)));
            QVERIFY(!Aead::decryptSecret(key, sealed.first(length), {}).ok());
        }
        const auto tooShort = Aead::decrypt(key, sealed.first(39), {});
        QVERIFY(tooShort.error().contains(QLatin1String("39")));
        QVERIFY(!Aead::decrypt(key, QByteArray(sealed + '\0'), {}).ok());
        QVERIFY(!Aead::decrypt(key, sealed.sliced(1), {}).ok());
    }

    void wrongKeySizeIsRefused()
    {
        const SecureBuffer shortKey(31);
        QVERIFY(Aead::encrypt(shortKey, "x", {}).isEmpty());
        QVERIFY(Aead::encryptSecret(shortKey, secureFrom("x"), {}).isEmpty());
        const QByteArray sealed = Aead::encrypt(Aead::generateKey(), "x", {});
        const auto opened = Aead::decrypt(shortKey, sealed, {});
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QLatin1String("32")));
        QVERIFY(!Aead::decryptSecret(SecureBuffer(33), sealed, {}).ok());
        QVERIFY(!Aead::decrypt(SecureBuffer(), sealed, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "TestAead.moc"
