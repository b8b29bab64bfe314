// Certificate parsing: RFC 8410 vectors, certificates made by the openssl tool, PEM, and the ways
// garbage, truncated, padded or foreign (RSA, ECDSA, X25519) certificates must be refused; and
// isIssuedBy(), which must name the one issuer that really signed a certificate.
#include "CertificateVectors.h"
#include "PkiFixture.h"

#include "common/Startup.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"
#include "crypto/CertificateIssuer.h"
#include "crypto/KnownAnswerVectors.h"

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

/// Made by the openssl tool from the RFC 8410 key; see KnownAnswerVectors.cpp.
const CertificateVector &opensslAuthority()
{
    return certificateVectors().front();
}

Ed25519SigningKey rfc8410Key()
{
    const QByteArray seed = hex(opensslAuthority().seedHex);
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
        const CertificateVector &vector = opensslAuthority();
        const auto certificate = Certificate::fromPem(vector.pem);
        QVERIFY2(certificate.ok(), qPrintable(certificate.error()));
        QCOMPARE(certificate->subjectName(), QStringLiteral("MedChain Interop Authority"));
        QCOMPARE(certificate->subjectName(), QString::fromUtf8(vector.subjectName));
        QCOMPARE(certificate->organisation(), QStringLiteral("上海市卫生健康委员会"));
        QCOMPARE(certificate->role(), CertificateRole::Authority);
        QCOMPARE(certificate->regionCode(), QStringLiteral("CN-SH"));
        QCOMPARE(certificate->issuerName(), certificate->subjectName());
        QCOMPARE(certificate->publicKey().toByteArray(), hex(vector.publicKeyHex));
        QCOMPARE(certificate->serialHex(), QLatin1String(vector.serialHex));
        QCOMPARE(certificate->notBefore(), isoUtc(vector.notBefore));
        QCOMPARE(certificate->notAfter(), isoUtc(vector.notAfter));
        QVERIFY(certificate->isCa());
        QCOMPARE(certificate->pathLength(), 1);
        QVERIFY(certificate->dnsNames().isEmpty());
        QCOMPARE(certificate->fingerprint().toHex(), QByteArray(vector.sha256Hex));
        QCOMPARE(certificate->toPem(), QByteArray(vector.pem));
    }

    void opensslToolCertificateIssuesAndVerifies()
    {
        // Our chain check accepts OpenSSL's root, and our issuer signs beneath it with the same
        // RFC 8410 key: both implementations agree on Ed25519 certificates.
        const auto authority = Certificate::fromPem(opensslAuthority().pem);
        QVERIFY(authority.ok());
        const auto key = rfc8410Key();
        QCOMPARE(key.publicKey(), authority->publicKey());
        const QDateTime at = isoUtc(opensslAuthority().notBefore).addYears(1);
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

    void issuedByItsParent()
    {
        const pki::Pki pki;
        for (const Certificate &leaf : {pki.practitioner, pki.patient, pki.node}) {
            const auto issued = leaf.isIssuedBy(pki.institution);
            QVERIFY2(issued.ok(), qPrintable(issued.error()));
            QVERIFY(!leaf.isIssuedBy(pki.root).ok()); // the grandparent did not sign it
        }
        const auto issued = pki.institution.isIssuedBy(pki.root);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QVERIFY(!pki.root.isIssuedBy(pki.institution).ok());
        QVERIFY(!pki.institution.isIssuedBy(pki.practitioner).ok());
        QVERIFY(!pki.institution.isIssuedBy(pki.institution).ok());
    }

    void selfSignedRootIsIssuedByItself()
    {
        const pki::Pki pki;
        const auto issued = pki.root.isIssuedBy(pki.root);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        // The openssl tool's root too: no authority key identifier, another implementation's
        // signature.
        const auto authority = Certificate::fromPem(opensslAuthority().pem);
        QVERIFY(authority.ok());
        QVERIFY(authority->isIssuedBy(authority.value()).ok());
        QVERIFY(!authority->isIssuedBy(pki.root).ok());
        QVERIFY(!pki.root.isIssuedBy(authority.value()).ok());
    }

    void siblingWithTheSameNamesIsNotTheIssuer()
    {
        // A second institution with exactly the same subject, enrolled by the same authority.
        const pki::Pki pki;
        const auto siblingKey = Ed25519SigningKey::generate();
        const Certificate sibling = pki::take(CertificateIssuer::issueCertificate(
            pki::institutionRequest(siblingKey.publicKey()), pki.root, pki.rootKey));
        QCOMPARE(sibling.subjectName(), pki.institution.subjectName());
        QCOMPARE(sibling.organisation(), pki.institution.organisation());
        QCOMPARE(sibling.regionCode(), pki.institution.regionCode());
        const Certificate doctor = pki::take(CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Dr. Li Wei"), CertificateRole::Practitioner,
                             pki.practitionerKey.publicKey()),
            sibling, siblingKey));
        QCOMPARE(doctor.issuerName(), pki.practitioner.issuerName());

        QVERIFY(doctor.isIssuedBy(sibling).ok());
        const auto issued = doctor.isIssuedBy(pki.institution);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(QStringLiteral("authority key identifier")),
                 qPrintable(issued.error()));
        QVERIFY(!pki.practitioner.isIssuedBy(sibling).ok());
    }

    void leafSignedByTheRootIsNotIssuedByAnInstitution()
    {
        // Why isIssuedBy() exists: presented together with the institution, a leaf the root
        // signed directly still verifies (OpenSSL finds the root as its issuer and ignores the
        // institution), yet the institution did not issue it.
        const pki::Pki pki;
        const Certificate direct = pki::take(CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Dr. Li Wei"), CertificateRole::Practitioner,
                             pki.practitionerKey.publicKey()),
            pki.root, pki.rootKey));
        const auto verified = CertificateChain::verify({direct, pki.institution}, pki.root,
                                                       pki::verificationTime());
        QVERIFY2(verified.ok(), qPrintable(verified.error()));

        const auto issued = direct.isIssuedBy(pki.institution);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(QStringLiteral("names a different issuer")),
                 qPrintable(issued.error()));
        QVERIFY2(issued.error().contains(pki.institution.subjectName()),
                 qPrintable(issued.error()));
        QVERIFY(direct.isIssuedBy(pki.root).ok());
    }

    void sameKeyUnderAnotherNameIsNotTheIssuer()
    {
        // Two roots of one key under different names: key identifier and signature match
        // either, so only the name tells them apart.
        const auto key = Ed25519SigningKey::generate();
        auto request = pki::rootRequest(key.publicKey());
        const Certificate first = pki::take(CertificateIssuer::issueSelfSignedRoot(request, key));
        request.commonName = QStringLiteral("Another Health Authority");
        const Certificate second = pki::take(CertificateIssuer::issueSelfSignedRoot(request, key));
        const Certificate institution = pki::take(CertificateIssuer::issueCertificate(
            pki::institutionRequest(Ed25519SigningKey::generate().publicKey()), first, key));

        QVERIFY(institution.isIssuedBy(first).ok());
        const auto issued = institution.isIssuedBy(second);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(QStringLiteral("names a different issuer")),
                 qPrintable(issued.error()));
        QVERIFY(!second.isIssuedBy(first).ok());
    }

    void alteredSignatureIsNotIssued()
    {
        const pki::Pki pki;
        QByteArray der = pki.practitioner.der();
        der[der.size() - 1] = static_cast<char>(der.at(der.size() - 1) ^ 0x01);
        const Certificate tampered = pki::take(Certificate::fromDer(der));
        const auto issued = tampered.isIssuedBy(pki.institution);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(QStringLiteral("signature")), qPrintable(issued.error()));
    }

    void nonCaCannotIssue()
    {
        // A leaf's key signs a certificate through a self-made CA twin of that leaf (same names,
        // same key): names, key identifier and signature all line up, but a leaf issues nothing.
        const pki::Pki pki;
        const auto clinicKey = Ed25519SigningKey::generate();
        const Certificate clinic = pki::take(CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Pudong Clinic"), CertificateRole::Institution,
                             clinicKey.publicKey()),
            pki.root, pki.rootKey));
        QVERIFY(!clinic.isCa());
        auto twinRequest = pki::caRequest(clinic.subjectName(), clinic.role(), clinic.publicKey(),
                                          0, clinic.notBefore(), clinic.notAfter());
        twinRequest.organisation = clinic.organisation();
        twinRequest.regionCode = clinic.regionCode();
        const Certificate twin
            = pki::take(CertificateIssuer::issueSelfSignedRoot(twinRequest, clinicKey));
        const Certificate forged = pki::take(CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Dr. Forged"), CertificateRole::Practitioner,
                             Ed25519SigningKey::generate().publicKey()),
            twin, clinicKey));
        QVERIFY(forged.isIssuedBy(twin).ok());

        const auto issued = forged.isIssuedBy(clinic);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(QStringLiteral("not a certificate authority")),
                 qPrintable(issued.error()));
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
