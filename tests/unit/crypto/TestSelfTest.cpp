// The start-up self-test passes on the published vectors, and each check names the vector when
// one is wrong: a corrupted copy of every vector must make its check fail by name.
#include "common/Startup.h"
#include "crypto/Certificate.h"
#include "crypto/SelfTest.h"

#include <QElapsedTimer>
#include <QTest>

#include <vector>

using namespace medchain::crypto;

namespace {
/// hex with its last digit changed: the same length, one bit different.
QByteArray changedLastDigit(const char *hex)
{
    QByteArray changed(hex);
    changed.back() = changed.back() == '0' ? '1' : '0';
    return changed;
}

template <typename Vector> std::vector<Vector> copyOf(std::span<const Vector> vectors)
{
    return std::vector<Vector>(vectors.begin(), vectors.end());
}

struct Check {
    const char *name;
    medchain::Result<void> (*run)();
};

// runAll()'s checks one by one, to see each pass on its own and what each costs.
const Check kChecks[] = {
    {"SHA-256", [] { return SelfTest::checkSha256(sha256Vectors()); }},
    {"HMAC-SHA-256", [] { return SelfTest::checkHmacSha256(rfc4231Vectors()); }},
    {"Ed25519", [] { return SelfTest::checkEd25519(rfc8032Vectors()); }},
    {"X25519", [] { return SelfTest::checkX25519(rfc7748Vectors()); }},
    {"XChaCha20-Poly1305",
     [] { return SelfTest::checkXChaCha20Poly1305(xchacha20Poly1305Vectors()); }},
    {"Argon2id", [] { return SelfTest::checkArgon2id(argon2idVectors()); }},
    {"Merkle", [] { return SelfTest::checkMerkle(ctMerkleLeafHex(), ctMerkleRootVectors()); }},
    {"X.509", [] { return SelfTest::checkCertificates(certificateVectors()); }},
};
} // namespace

class TestSelfTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // What every binary pays at start; printed, never asserted.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(medchain::Startup::initialiseCore().ok());
        qInfo("start-up with every self-test: %.2f ms", double(timer.nsecsElapsed()) / 1e6);
    }

    void publishedVectorsPass()
    {
        const auto result = SelfTest::runAll();
        QVERIFY2(result.ok(), qPrintable(result.error()));
    }

    void eachCheckPasses_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < std::size(kChecks); ++i)
            QTest::newRow(kChecks[i].name) << int(i);
    }

    void eachCheckPasses()
    {
        QFETCH(int, index);
        QElapsedTimer timer;
        timer.start();
        const auto result = kChecks[index].run();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QVERIFY2(result.ok(), qPrintable(result.error()));
        qInfo("%s: %.3f ms", kChecks[index].name, ms);
    }

    void wrongSignatureFails()
    {
        auto vectors = copyOf(rfc8032Vectors());
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
        auto vectors = copyOf(rfc8032Vectors());
        vectors[0].publicKeyHex = vectors[2].publicKeyHex;
        const auto result = SelfTest::checkEd25519(vectors);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QLatin1String("RFC 8032 TEST 1")));
    }

    void wrongDigestFails()
    {
        auto vectors = copyOf(sha256Vectors());
        vectors[1].digestHex = vectors[0].digestHex;
        const auto result = SelfTest::checkSha256(vectors);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QString::fromLatin1(vectors[1].name)));
    }

    void wrongHmacFails_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < rfc4231Vectors().size(); ++i)
            QTest::newRow(rfc4231Vectors()[i].name) << int(i);
    }

    void wrongHmacFails()
    {
        QFETCH(int, index);
        auto vectors = copyOf(rfc4231Vectors());
        const QByteArray wrong = changedLastDigit(vectors[index].macHex);
        vectors[index].macHex = wrong.constData();
        const auto result = SelfTest::checkHmacSha256(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(vectors[index].name)),
                 qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("HMAC-SHA-256")),
                 qPrintable(result.error()));
    }

    void wrongAeadVectorFails_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
        QTest::newRow("tag") << QStringLiteral("tag");
        QTest::newRow("associated data") << QStringLiteral("associated data");
        QTest::newRow("plaintext") << QStringLiteral("plaintext");
    }

    void wrongAeadVectorFails()
    {
        QFETCH(QString, field);
        auto vectors = copyOf(xchacha20Poly1305Vectors());
        AeadVector &vector = vectors.front();
        QByteArray wrong;
        if (field == QLatin1String("ciphertext"))
            vector.ciphertextHex = (wrong = changedLastDigit(vector.ciphertextHex)).constData();
        else if (field == QLatin1String("tag"))
            vector.tagHex = (wrong = changedLastDigit(vector.tagHex)).constData();
        else if (field == QLatin1String("associated data"))
            vector.associatedDataHex
                = (wrong = changedLastDigit(vector.associatedDataHex)).constData();
        else
            vector.plaintext = (wrong = QByteArray(vector.plaintext).chopped(1) + '?').constData();
        const auto result = SelfTest::checkXChaCha20Poly1305(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(vector.name)),
                 qPrintable(result.error()));
    }

    void wrongX25519VectorFails_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Alice's public key")
            << QStringLiteral("alicePublic") << QStringLiteral("public key");
        QTest::newRow("Bob's public key")
            << QStringLiteral("bobPublic") << QStringLiteral("public key");
        QTest::newRow("shared secret") << QStringLiteral("shared") << QStringLiteral("shared");
    }

    void wrongX25519VectorFails()
    {
        QFETCH(QString, field);
        QFETCH(QString, reason);
        auto vectors = copyOf(rfc7748Vectors());
        X25519Vector &vector = vectors.front();
        QByteArray wrong;
        if (field == QLatin1String("alicePublic"))
            vector.alicePublicHex = (wrong = changedLastDigit(vector.alicePublicHex)).constData();
        else if (field == QLatin1String("bobPublic"))
            vector.bobPublicHex = (wrong = changedLastDigit(vector.bobPublicHex)).constData();
        else
            vector.sharedSecretHex = (wrong = changedLastDigit(vector.sharedSecretHex)).constData();
        const auto result = SelfTest::checkX25519(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(vector.name)),
                 qPrintable(result.error()));
        QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
    }

    void wrongArgon2idOutputFails()
    {
        auto vectors = copyOf(argon2idVectors());
        const QByteArray wrong = changedLastDigit(vectors.front().outputHex);
        vectors.front().outputHex = wrong.constData();
        const auto result = SelfTest::checkArgon2id(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(vectors.front().name)),
                 qPrintable(result.error()));
    }

    void unusableArgon2idParamsFail()
    {
        // A vector the facade refuses (here: no passes) fails with the facade's reason.
        auto vectors = copyOf(argon2idVectors());
        vectors.front().opsLimit = 0;
        const auto result = SelfTest::checkArgon2id(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(vectors.front().name)),
                 qPrintable(result.error()));
    }

    void wrongMerkleRootFails_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < ctMerkleRootVectors().size(); ++i)
            QTest::newRow(ctMerkleRootVectors()[i].name) << int(i);
    }

    void wrongMerkleRootFails()
    {
        QFETCH(int, index);
        auto roots = copyOf(ctMerkleRootVectors());
        const QByteArray wrong = changedLastDigit(roots[index].rootHex);
        roots[index].rootHex = wrong.constData();
        const auto result = SelfTest::checkMerkle(ctMerkleLeafHex(), roots);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(roots[index].name)),
                 qPrintable(result.error()));
    }

    void wrongMerkleLeafFails()
    {
        // Leaf 4 changed: every tree that contains it has another root, starting with 5 leaves.
        std::vector<const char *> leaves(ctMerkleLeafHex().begin(), ctMerkleLeafHex().end());
        leaves[4] = "3032";
        const auto result = SelfTest::checkMerkle(leaves, ctMerkleRootVectors());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("CT root of 5 leaves")),
                 qPrintable(result.error()));
    }

    void wrongCertificateVectorFails_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fingerprint") << QStringLiteral("sha256") << QStringLiteral("fingerprint");
        QTest::newRow("serial") << QStringLiteral("serial") << QStringLiteral("fields");
        QTest::newRow("not after") << QStringLiteral("notAfter") << QStringLiteral("fields");
        QTest::newRow("key") << QStringLiteral("seed") << QStringLiteral("key");
        // One signature bit flipped: the certificate still parses, but its self-signature fails.
        QTest::newRow("signature") << QStringLiteral("signature") << QStringLiteral("signature");
        QTest::newRow("not a certificate") << QStringLiteral("pem") << QStringLiteral("PEM");
    }

    void wrongCertificateVectorFails()
    {
        QFETCH(QString, field);
        QFETCH(QString, reason);
        auto vectors = copyOf(certificateVectors());
        CertificateVector &vector = vectors.front();
        QByteArray wrong;
        QByteArray fingerprint;
        if (field == QLatin1String("sha256")) {
            vector.sha256Hex = (wrong = changedLastDigit(vector.sha256Hex)).constData();
        } else if (field == QLatin1String("serial")) {
            vector.serialHex = (wrong = changedLastDigit(vector.serialHex)).constData();
        } else if (field == QLatin1String("notAfter")) {
            vector.notAfter = "2051-07-15T21:33:11Z";
        } else if (field == QLatin1String("seed")) {
            vector.seedHex = (wrong = changedLastDigit(vector.seedHex)).constData();
        } else if (field == QLatin1String("signature")) {
            // The last Base64 digit before the padding holds bits of the signature's last byte;
            // the fingerprint is updated to match, so only the signature is wrong.
            wrong = vector.pem;
            const qsizetype at = wrong.indexOf("=\n") - 1;
            wrong[at] = wrong.at(at) == 'Q' ? 'E' : 'Q';
            vector.pem = wrong.constData();
            const auto tampered = Certificate::fromPem(wrong);
            QVERIFY2(tampered.ok(), qPrintable(tampered.error()));
            QVERIFY(tampered->der() != Certificate::fromPem(certificateVectors()[0].pem)->der());
            fingerprint = tampered->fingerprint().toHex();
            vector.sha256Hex = fingerprint.constData();
        } else {
            vector.pem = "not a certificate";
        }
        const auto result = SelfTest::checkCertificates(vectors);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QString::fromLatin1(vector.name)),
                 qPrintable(result.error()));
        QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
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
