// The start-up self-test passes on good vectors and names the vector when one is wrong.
#include "common/Startup.h"
#include "crypto/SelfTest.h"

#include <QTest>

#include <vector>

using namespace medchain::crypto;

class TestSelfTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void publishedVectorsPass()
    {
        const auto result = SelfTest::runAll();
        QVERIFY2(result.ok(), qPrintable(result.error()));
    }

    void wrongSignatureFails()
    {
        std::vector<Ed25519Vector> vectors(rfc8032Vectors().begin(), rfc8032Vectors().end());
        // TEST 2's signature with its last byte changed.
        const QByteArray tampered = QByteArray(vectors[1].signatureHex).chopped(2) + "01";
        vectors[1].signatureHex = tampered.constData();
        const auto result = SelfTest::checkEd25519(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("RFC 8032 TEST 2")),
                 qPrintable(result.error()));
    }

    void wrongPublicKeyFails()
    {
        std::vector<Ed25519Vector> vectors(rfc8032Vectors().begin(), rfc8032Vectors().end());
        vectors[0].publicKeyHex = vectors[2].publicKeyHex;
        const auto result = SelfTest::checkEd25519(vectors);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QLatin1String("RFC 8032 TEST 1")));
    }

    void wrongDigestFails()
    {
        std::vector<Sha256Vector> vectors(sha256Vectors().begin(), sha256Vectors().end());
        vectors[1].digestHex = vectors[0].digestHex;
        const auto result = SelfTest::checkSha256(vectors);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QString::fromLatin1(vectors[1].name)));
    }

    void refusalMessageCarriesTheReason()
    {
        const QString message = medchain::Startup::refusalMessage(QStringLiteral("wrong digest"));
        QVERIFY(message.contains(QLatin1String("wrong digest")));
        QVERIFY(message.contains(QLatin1String("cannot start")));
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "TestSelfTest.moc"
