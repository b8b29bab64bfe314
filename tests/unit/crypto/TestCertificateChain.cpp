// Chain verification: root → institution → leaf verifies, and foreign roots, expired or early
// certificates, chains forged through non-CAs or past a path length, and tampered bytes fail.
#include "PkiFixture.h"

#include "common/Startup.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"
#include "crypto/CertificateIssuer.h"

#include <QTest>

using namespace medchain::crypto;
using pki::take;
using pki::utc;

namespace {
/// The request that produced certificate, as a CA: re-signing it with the same key under a
/// self-made root is what someone holding a leaf's key can do without any MedChain code.
CertificateRequest asCaRequest(const Certificate &certificate, int pathLength)
{
    auto r = pki::caRequest(certificate.subjectName(), certificate.role(), certificate.publicKey(),
                            pathLength, certificate.notBefore(), certificate.notAfter());
    r.organisation = certificate.organisation();
    r.regionCode = certificate.regionCode();
    return r;
}
} // namespace

class TestCertificateChain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void fullChainVerifies()
    {
        const pki::Pki pki;
        const QDateTime at = pki::verificationTime();
        for (const Certificate &leaf : {pki.practitioner, pki.patient, pki.node}) {
            auto verified = CertificateChain::verify({leaf, pki.institution}, pki.root, at);
            QVERIFY2(verified.ok(), qPrintable(verified.error()));
            verified = CertificateChain::verify({leaf, pki.institution, pki.root}, pki.root, at);
            QVERIFY2(verified.ok(), qPrintable(verified.error()));
        }
        QVERIFY(CertificateChain::verify({pki.institution}, pki.root, at).ok());
        QVERIFY(CertificateChain::verify({pki.root}, pki.root, at).ok());
    }

    void foreignRootIsNotTrusted_data()
    {
        QTest::addColumn<bool>("sameNames");
        QTest::newRow("other names") << false;
        QTest::newRow("same names as the trusted root") << true;
    }

    void foreignRootIsNotTrusted()
    {
        QFETCH(bool, sameNames);
        const pki::Pki trusted;
        const auto otherKey = Ed25519SigningKey::generate();
        auto request = pki::rootRequest(otherKey.publicKey());
        if (!sameNames)
            request.commonName = QStringLiteral("Mallory Health Authority");
        const Certificate otherRoot
            = take(CertificateIssuer::issueSelfSignedRoot(request, otherKey));
        const Certificate leaf = take(CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Dr. Li Wei"), CertificateRole::Practitioner,
                             trusted.practitionerKey.publicKey()),
            otherRoot, otherKey));

        const QDateTime at = pki::verificationTime();
        QVERIFY(CertificateChain::verify({leaf}, otherRoot, at).ok());
        const auto verified = CertificateChain::verify({leaf, otherRoot}, trusted.root, at);
        QVERIFY(!verified.ok());
        if (!sameNames)
            QVERIFY2(verified.error().contains(QStringLiteral("not issued by a trusted authority")),
                     qPrintable(verified.error()));
    }

    void missingIntermediateFails()
    {
        const pki::Pki pki;
        const auto verified
            = CertificateChain::verify({pki.practitioner}, pki.root, pki::verificationTime());
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(pki.practitioner.subjectName()),
                 qPrintable(verified.error()));
    }

    void onlyTheSelfSignedRootAnchors()
    {
        // The institution is a CA, but not a root: it may not stand in for the genesis root.
        const pki::Pki pki;
        QVERIFY(
            !CertificateChain::verify({pki.practitioner}, pki.institution, pki::verificationTime())
                 .ok());
    }

    void validityIsCheckedAtTheGivenTime_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        // The leaves are valid from 2022-01-01 to 2030-01-01.
        QTest::newRow("first second") << utc(2022) << true << QString();
        // OpenSSL counts notAfter itself as expired (X509_cmp_time), a second short of RFC 5280.
        QTest::newRow("second before the end") << utc(2030).addSecs(-1) << true << QString();
        QTest::newRow("a second early")
            << utc(2022).addSecs(-1) << false << QStringLiteral("not valid before");
        QTest::newRow("a second late")
            << utc(2030).addSecs(1) << false << QStringLiteral("expired");
        QTest::newRow("years later") << utc(2045) << false << QStringLiteral("expired");
    }

    void validityIsCheckedAtTheGivenTime()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        const pki::Pki pki;
        const auto verified
            = CertificateChain::verify({pki.patient, pki.institution}, pki.root, at);
        QCOMPARE(verified.ok(), valid);
        if (!valid) {
            QVERIFY2(verified.error().contains(reason), qPrintable(verified.error()));
            QVERIFY2(verified.error().contains(pki.patient.subjectName()),
                     qPrintable(verified.error()));
        }
    }

    void chainForgedThroughANonCaFails()
    {
        const pki::Pki pki;
        const auto clinicKey = Ed25519SigningKey::generate();
        auto clinicRequest = pki::leafRequest(QStringLiteral("Pudong Clinic"),
                                              CertificateRole::Institution, clinicKey.publicKey());
        const Certificate clinic
            = take(CertificateIssuer::issueCertificate(clinicRequest, pki.root, pki.rootKey));
        QVERIFY(!clinic.isCa());
        QVERIFY(CertificateChain::verify({clinic}, pki.root, pki::verificationTime()).ok());

        const auto doctorKey = Ed25519SigningKey::generate();
        const auto doctorRequest = pki::leafRequest(
            QStringLiteral("Dr. Forged"), CertificateRole::Practitioner, doctorKey.publicKey());
        const auto refused = CertificateIssuer::issueCertificate(doctorRequest, clinic, clinicKey);
        QVERIFY(!refused.ok());

        // Forge it anyway: a self-made CA twin of the clinic (same names, same key) signs.
        const Certificate twin
            = take(CertificateIssuer::issueSelfSignedRoot(asCaRequest(clinic, 0), clinicKey));
        const Certificate forged
            = take(CertificateIssuer::issueCertificate(doctorRequest, twin, clinicKey));
        QCOMPARE(forged.issuerName(), clinic.subjectName());
        const auto verified
            = CertificateChain::verify({forged, clinic}, pki.root, pki::verificationTime());
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(clinic.subjectName()), qPrintable(verified.error()));
        QVERIFY2(verified.error().contains(QStringLiteral("not a certificate authority")),
                 qPrintable(verified.error()));
    }

    void pathLengthViolationFails()
    {
        const pki::Pki pki;
        // The institution (path length 0) may not have a CA below it; forge one as above.
        const Certificate twin = take(CertificateIssuer::issueSelfSignedRoot(
            asCaRequest(pki.institution, 1), pki.institutionKey));
        const auto departmentKey = Ed25519SigningKey::generate();
        const Certificate department = take(CertificateIssuer::issueCertificate(
            pki::caRequest(QStringLiteral("Ruijin Cardiology CA"), CertificateRole::Institution,
                           departmentKey.publicKey(), 0, utc(2022), utc(2030)),
            twin, pki.institutionKey));
        const Certificate doctor = take(CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Dr. Chen"), CertificateRole::Practitioner,
                             Ed25519SigningKey::generate().publicKey()),
            department, departmentKey));

        const auto verified = CertificateChain::verify({doctor, department, pki.institution},
                                                       pki.root, pki::verificationTime());
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(pki.institution.subjectName()),
                 qPrintable(verified.error()));
        QVERIFY2(verified.error().contains(QStringLiteral("path length")),
                 qPrintable(verified.error()));
    }

    void flippedSignatureByteFails()
    {
        const pki::Pki pki;
        QByteArray der = pki.practitioner.der();
        der[der.size() - 1] = static_cast<char>(der.at(der.size() - 1) ^ 0x01);
        const auto tampered = Certificate::fromDer(der);
        QVERIFY2(tampered.ok(), qPrintable(tampered.error())); // still well-formed
        const auto verified = CertificateChain::verify({tampered.value(), pki.institution},
                                                       pki.root, pki::verificationTime());
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(QStringLiteral("signature")),
                 qPrintable(verified.error()));
    }

    void everyFlippedByteFails()
    {
        // One bit in every byte of the leaf: parsing may refuse it, verification must.
        const pki::Pki pki;
        const QByteArray good = pki.practitioner.der();
        int parsedAnyway = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray der = good;
            der[i] = static_cast<char>(der.at(i) ^ (1 << (i % 8)));
            const auto tampered = Certificate::fromDer(der);
            if (!tampered)
                continue;
            ++parsedAnyway;
            QVERIFY2(!CertificateChain::verify({tampered.value(), pki.institution}, pki.root,
                                               pki::verificationTime())
                          .ok(),
                     qPrintable(QStringLiteral("byte %1 was accepted").arg(i)));
        }
        // Most flips (names, times, key, signature) leave a well-formed certificate.
        QVERIFY2(parsedAnyway > good.size() / 2, qPrintable(QString::number(parsedAnyway)));
    }

    void tamperedRootFails()
    {
        const pki::Pki pki;
        QByteArray der = pki.root.der();
        der[der.size() - 1] = static_cast<char>(der.at(der.size() - 1) ^ 0x80);
        const Certificate root = take(Certificate::fromDer(der));
        QVERIFY(!CertificateChain::verify({pki.institution}, root, pki::verificationTime()).ok());
    }

    void unusableArgumentsAreRefused()
    {
        const pki::Pki pki;
        QVERIFY(!CertificateChain::verify({}, pki.root, pki::verificationTime()).ok());
        QVERIFY(!CertificateChain::verify({pki.institution}, pki.root, QDateTime()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCertificateChain)
#include "TestCertificateChain.moc"
