// Certificate parsing: RFC 8410 vectors, certificates made by the openssl tool, PEM, and the ways
// garbage, truncated, padded or foreign (RSA, ECDSA, X25519) certificates must be refused.
#include "CertificateVectors.h"
#include "PkiFixture.h"

#include "common/Startup.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"
#include "crypto/CertificateIssuer.h"

#include <QTest>

using namespace medchain::crypto;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QDateTime isoUtc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Ed25519SigningKey rfc8410Key()
{
    const QByteArray seed = hex(vectors::kRfc8410SeedHex);
    return std::move(Ed25519SigningKey::fromSeed(SecureBuffer::copyOf(
                         {reinterpret_cast<const std::uint8_t *>(seed.constData()),
                          static_cast<std::size_t>(seed.size())})))
        .value();
}
} // namespace

class TestCertificate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void opensslToolCertificateParses()
    {
        const auto certificate = Certificate::fromPem(vectors::kOpensslAuthority);
        QVERIFY2(certificate.ok(), qPrintable(certificate.error()));
        QCOMPARE(certificate->subjectName(), QStringLiteral("MedChain Interop Authority"));
        QCOMPARE(certificate->organisation(), QStringLiteral("上海市卫生健康委员会"));
        QCOMPARE(certificate->role(), CertificateRole::Authority);
        QCOMPARE(certificate->regionCode(), QStringLiteral("CN-SH"));
        QCOMPARE(certificate->issuerName(), certificate->subjectName());
        QCOMPARE(certificate->publicKey().toByteArray(), hex(vectors::kRfc8410PublicKeyHex));
        QCOMPARE(certificate->serialHex(), QLatin1String(vectors::kOpensslAuthoritySerialHex));
        QCOMPARE(certificate->notBefore(), isoUtc(vectors::kOpensslAuthorityNotBefore));
        QCOMPARE(certificate->notAfter(), isoUtc(vectors::kOpensslAuthorityNotAfter));
        QVERIFY(certificate->isCa());
        QCOMPARE(certificate->pathLength(), 1);
        QVERIFY(certificate->dnsNames().isEmpty());
        QCOMPARE(certificate->fingerprint().toHex(), QByteArray(vectors::kOpensslAuthoritySha256));
        QCOMPARE(certificate->toPem(), QByteArray(vectors::kOpensslAuthority));
    }

    void opensslToolCertificateIssuesAndVerifies()
    {
        // Our chain check accepts OpenSSL's root, and our issuer signs beneath it with the same
        // RFC 8410 key: both implementations agree on Ed25519 certificates.
        const auto authority = Certificate::fromPem(vectors::kOpensslAuthority);
        QVERIFY(authority.ok());
        const auto key = rfc8410Key();
        QCOMPARE(key.publicKey(), authority->publicKey());
        const QDateTime at = isoUtc(vectors::kOpensslAuthorityNotBefore).addYears(1);
        QVERIFY(CertificateChain::verify({authority.value()}, authority.value(), at).ok());

        const auto institutionKey = Ed25519SigningKey::generate();
        auto request = pki::institutionRequest(institutionKey.publicKey());
        request.notBefore = authority->notBefore();
        request.notAfter = authority->notAfter();
        const auto institution
            = CertificateIssuer::issueCertificate(request, authority.value(), key);
        QVERIFY2(institution.ok(), qPrintable(institution.error()));
        QCOMPARE(institution->issuerName(), QStringLiteral("MedChain Interop Authority"));
        const auto verified
            = CertificateChain::verify({institution.value()}, authority.value(), at);
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
    }

    void foreignAlgorithmsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("named");
        QTest::newRow("RFC 8410 §10.2 X25519 key")
            << QByteArray(vectors::kRfc8410X25519Certificate) << QStringLiteral("X25519");
        QTest::newRow("ISRG Root X2, ECDSA P-384")
            << QByteArray(vectors::kIsrgRootX2) << QStringLiteral("Ed25519");
        QTest::newRow("DigiCert Global Root CA, RSA")
            << QByteArray(vectors::kDigiCertGlobalRootCa) << QStringLiteral("Ed25519");
    }

    void foreignAlgorithmsAreRefused()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, named);
        const auto certificate = Certificate::fromPem(pem);
        QVERIFY(!certificate.ok());
        QVERIFY2(certificate.error().contains(named), qPrintable(certificate.error()));
    }

    void subjectsOutsideTheProfileAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("named");
        QTest::newRow("patient claiming CA")
            << QByteArray(vectors::kOpensslPatientCa) << QStringLiteral("certificate authority");
        QTest::newRow("OU is no MedChain role")
            << QByteArray(vectors::kOpensslUnknownRole) << QStringLiteral("role");
    }

    void subjectsOutsideTheProfileAreRefused()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, named);
        const auto certificate = Certificate::fromPem(pem);
        QVERIFY(!certificate.ok());
        QVERIFY2(certificate.error().contains(named), qPrintable(certificate.error()));
    }

    void malformedDerIsRefused_data()
    {
        QTest::addColumn<QByteArray>("der");
        const QByteArray good = pki::Pki().practitioner.der();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("certainly not a certificate");
        QTest::newRow("one zero byte") << QByteArray(1, '\0');
        QTest::newRow("header only") << good.left(4);
        QTest::newRow("half") << good.left(good.size() / 2);
        QTest::newRow("last byte missing") << good.chopped(1);
        QTest::newRow("trailing zero byte") << QByteArray(good + QByteArray(1, '\0'));
        QTest::newRow("two certificates") << QByteArray(good + good);
        QTest::newRow("leading garbage") << QByteArray(QByteArray(1, '\x05') + good);
        // The outer length written in long form with a redundant leading zero (BER, not DER).
        QByteArray longForm = good;
        QCOMPARE(longForm.left(2), QByteArray("\x30\x82", 2));
        longForm.replace(0, 2, QByteArray("\x30\x83\x00", 3));
        QTest::newRow("non-minimal length") << longForm;
    }

    void malformedDerIsRefused()
    {
        QFETCH(QByteArray, der);
        const auto certificate = Certificate::fromDer(der);
        QVERIFY(!certificate.ok());
        QVERIFY(!certificate.error().isEmpty());
    }

    void derAndPemRoundTrip()
    {
        const pki::Pki pki;
        for (const Certificate &original : {pki.root, pki.institution, pki.node}) {
            const auto fromDer = Certificate::fromDer(original.der());
            QVERIFY(fromDer.ok());
            QCOMPARE(fromDer.value(), original);
            const QByteArray pem = original.toPem();
            QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
            for (const QByteArray &line : pem.split('\n'))
                QVERIFY(line.size() <= 64);
            const auto fromPem = Certificate::fromPem(pem);
            QVERIFY(fromPem.ok());
            QCOMPARE(fromPem.value(), original);
            QCOMPARE(original.fingerprint(), sha256(original.der()));
        }
        QVERIFY(pki.root != pki.institution);
    }

    void lenientPemLayoutIsAccepted()
    {
        const QByteArray pem = pki::Pki().patient.toPem();
        QByteArray crlf = pem;
        crlf.replace("\n", "\r\n");
        QVERIFY(Certificate::fromPem(crlf).ok());
        QVERIFY(Certificate::fromPem(QByteArray("\n  " + pem + "\n\n")).ok());
        // RFC 8410 prints 66-character lines; RFC 7468 lets a parser accept them.
        QVERIFY(Certificate::fromPem(vectors::kRfc8410X25519Certificate)
                    .error()
                    .contains(QStringLiteral("X25519")));
    }

    void malformedPemIsRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        const QByteArray good = pki::Pki().patient.toPem();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("DER instead of PEM") << pki::Pki().patient.der();
        QTest::newRow("no footer") << good.left(good.indexOf("-----END"));
        QTest::newRow("two certificates") << QByteArray(good + good);
        QTest::newRow("private key block")
            << QByteArray(good).replace("CERTIFICATE", "PRIVATE KEY");
        QTest::newRow("bad Base64") << QByteArray(good).replace(40, 1, "*");
        QTest::newRow("text before") << QByteArray("Subject: Zhang Min\n" + good);
    }

    void malformedPemIsRefused()
    {
        QFETCH(QByteArray, pem);
        QVERIFY(!Certificate::fromPem(pem).ok());
    }

    void roleNamesRoundTrip()
    {
        for (const auto role :
             {CertificateRole::Authority, CertificateRole::Institution,
              CertificateRole::Practitioner, CertificateRole::Patient, CertificateRole::Node}) {
            const QString name = certificateRoleName(role);
            QVERIFY(!name.isEmpty());
            QCOMPARE(certificateRoleFromName(name), std::optional<CertificateRole>(role));
        }
        QCOMPARE(certificateRoleName(CertificateRole::Practitioner),
                 QStringLiteral("practitioner"));
        QVERIFY(!certificateRoleFromName(u"doctor").has_value());
        QVERIFY(!certificateRoleFromName(u"Patient").has_value());
        QVERIFY(!certificateRoleFromName(u"").has_value());
    }

    void regionCodes()
    {
        QVERIFY(isValidRegionCode(u"310000"));
        QVERIFY(isValidRegionCode(u"CN-SH"));
        QVERIFY(!isValidRegionCode(u""));
        QVERIFY(!isValidRegionCode(u"31 00"));
        QVERIFY(!isValidRegionCode(u"上海"));
        QVERIFY(!isValidRegionCode(u"٣١٠٠٠٠")); // Arabic-Indic digits are digits, not ASCII
        QVERIFY(!isValidRegionCode(u"12345678901234567"));
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "TestCertificate.moc"
