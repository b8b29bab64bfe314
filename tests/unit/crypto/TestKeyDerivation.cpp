// KeyDerivation: libsodium's own crypto_kdf vector, determinism and separation, bad sizes.
#include "common/Startup.h"
#include "crypto/KeyDerivation.h"

#include <QTest>

using namespace medchain;
using crypto::KeyDerivation;
using crypto::SecureBuffer;

namespace {
SecureBuffer countingMaster()
{
    SecureBuffer master(KeyDerivation::MasterKeySize);
    for (std::size_t i = 0; i < master.size(); ++i)
        master.data()[i] = std::uint8_t(i);
    return master;
}

QByteArray hexOf(const SecureBuffer &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
}
} // namespace

class TestKeyDerivation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void libsodiumVector()
    {
        // libsodium test/default/kdf.exp: master 00..1f, context "KDF test", subkey id 32,
        // 32 bytes (the id-equals-length series).
        const auto subkey = KeyDerivation::derive(countingMaster(), "KDF test", 32);
        QVERIFY2(subkey.ok(), qPrintable(subkey.error()));
        QCOMPARE(hexOf(subkey.value()),
                 QByteArray("154b291f11196737f8b7f491e4ca11764e0227d34f94295408a869f007aa8618"));
    }

    void sameInputsSameKeyOtherwiseUnrelated()
    {
        const SecureBuffer master = countingMaster();
        const QByteArray a = hexOf(KeyDerivation::derive(master, "mcdemo01", 7).value());
        QCOMPARE(hexOf(KeyDerivation::derive(master, "mcdemo01", 7).value()), a);
        QVERIFY(hexOf(KeyDerivation::derive(master, "mcdemo01", 8).value()) != a);
        QVERIFY(hexOf(KeyDerivation::derive(master, "mcdemo02", 7).value()) != a);
        SecureBuffer other = countingMaster();
        other.data()[0] ^= 1;
        QVERIFY(hexOf(KeyDerivation::derive(other, "mcdemo01", 7).value()) != a);
    }

    void badSizesAreRefused()
    {
        QVERIFY(!KeyDerivation::derive(SecureBuffer(16), "mcdemo01", 1).ok());
        QVERIFY(!KeyDerivation::derive(countingMaster(), "short", 1).ok());
        QVERIFY(!KeyDerivation::derive(countingMaster(), "too long!", 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "TestKeyDerivation.moc"
