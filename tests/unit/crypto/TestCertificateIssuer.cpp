// Certificate issuance: every field of every role round-trips through DER, serials are random,
// and the issuer refuses wrong keys, non-CA issuers, escaping validity and malformed requests.
#include "PkiFixture.h"

#include "common/Startup.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateIssuer.h"

#include <QSet>
#include <QTest>

using namespace medchain::crypto;
using pki::utc;

Q_DECLARE_METATYPE(medchain::crypto::CertificateRequest)

class TestCertificateIssuer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void everyRoleRoundTrips()
    {
        const pki::Pki pki;
        struct Expected {
            const Certificate &certificate;
            CertificateRequest request;
            QString issuerName;
        };
        const Expected cases[] = {
            {pki.root, pki::rootRequest(pki.rootKey.publicKey()), pki.root.subjectName()},
            {pki.institution, pki::institutionRequest(pki.institutionKey.publicKey()),
             pki.root.subjectName()},
            {pki.practitioner,
             pki::leafRequest(QStringLiteral("Dr. Li Wei"), CertificateRole::Practitioner,
                              pki.practitionerKey.publicKey()),
             pki.institution.subjectName()},
            {pki.patient,
             pki::leafRequest(QStringLiteral("Zhang Min"), CertificateRole::Patient,
                              pki.patientKey.publicKey()),
             pki.institution.subjectName()},
            {pki.node, pki::nodeRequest(pki.nodeKey.publicKey()), pki.institution.subjectName()},
        };
        for (const Expected &expected : cases) {
            // Parse the bytes afresh, so nothing is read from the issuer's own object.
            const auto parsed = Certificate::fromDer(expected.certificate.der());
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            const CertificateRequest &r = expected.request;
            QCOMPARE(parsed->subjectName(), r.commonName);
            QCOMPARE(parsed->organisation(), r.organisation);
            QCOMPARE(parsed->role(), r.role);
            QCOMPARE(parsed->regionCode(), r.regionCode);
            QCOMPARE(parsed->issuerName(), expected.issuerName);
            QCOMPARE(parsed->publicKey(), r.subjectKey);
            QCOMPARE(parsed->notBefore(), r.notBefore);
            QCOMPARE(parsed->notAfter(), r.notAfter);
            QCOMPARE(parsed->isCa(), r.isCa);
            QCOMPARE(parsed->pathLength(), r.isCa ? r.pathLength : -1);
            QCOMPARE(parsed->dnsNames(), r.dnsNames);
            QCOMPARE(parsed->ipAddresses(), r.ipAddresses);
        }
    }

    void unicodeNamesAndLateDatesRoundTrip()
    {
        const pki::Pki pki;
        auto request = pki::leafRequest(QStringLiteral("李伟 医生"), CertificateRole::Practitioner,
                                        pki.practitionerKey.publicKey());
        request.organisation = QStringLiteral("上海交通大学医学院附属瑞金医院");
        request.regionCode = QStringLiteral("CN-SH");
        request.notAfter = QDateTime(QDate(2049, 12, 31), QTime(23, 59, 59), Qt::UTC);
        request.notBefore = request.notAfter.addYears(-1).addMSecs(999); // milliseconds dropped
        const auto issued
            = CertificateIssuer::issueCertificate(request, pki.institution, pki.institutionKey);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        QCOMPARE(issued->subjectName(), request.commonName);
        QCOMPARE(issued->organisation(), request.organisation);
        QCOMPARE(issued->notAfter(), request.notAfter);
        QCOMPARE(issued->notBefore(), request.notAfter.addYears(-1));

        // No organisation: the attribute is left out, and reads back empty.
        request.organisation.clear();
        const auto anonymous
            = CertificateIssuer::issueCertificate(request, pki.institution, pki.institutionKey);
        QVERIFY2(anonymous.ok(), qPrintable(anonymous.error()));
        QVERIFY(anonymous->organisation().isEmpty());
    }

    void serialsAreRandomPositiveAndShort()
    {
        const pki::Pki pki;
        QSet<QString> serials;
        for (int i = 0; i < 16; ++i) {
            const auto issued = CertificateIssuer::issueCertificate(
                pki::leafRequest(QStringLiteral("Zhang Min"), CertificateRole::Patient,
                                 pki.patientKey.publicKey()),
                pki.institution, pki.institutionKey);
            QVERIFY(issued.ok());
            const QString serial = issued->serialHex();
            QVERIFY(!serial.isEmpty());
            QVERIFY(serial.size() <= 32); // 128 bits
            serials.insert(serial);
        }
        QCOMPARE(serials.size(), 16);
    }

    void issuerKeyMustMatch()
    {
        const pki::Pki pki;
        const auto issued = CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Mallory"), CertificateRole::Practitioner,
                             pki.practitionerKey.publicKey()),
            pki.institution, pki.rootKey);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(pki.institution.subjectName()),
                 qPrintable(issued.error()));
    }

    void leafCannotIssue()
    {
        const pki::Pki pki;
        const auto issued = CertificateIssuer::issueCertificate(
            pki::leafRequest(QStringLiteral("Zhang Min"), CertificateRole::Patient,
                             pki.patientKey.publicKey()),
            pki.practitioner, pki.practitionerKey);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().contains(QStringLiteral("not a certificate authority")),
                 qPrintable(issued.error()));
    }

    void pathLengthIsHonoured()
    {
        const pki::Pki pki;
        const auto subKey = Ed25519SigningKey::generate();
        // The institution has path length 0: no CA below it.
        const auto belowInstitution = CertificateIssuer::issueCertificate(
            pki::caRequest(QStringLiteral("Ruijin Cardiology CA"), CertificateRole::Institution,
                           subKey.publicKey(), 0, utc(2022), utc(2030)),
            pki.institution, pki.institutionKey);
        QVERIFY(!belowInstitution.ok());
        // The root has path length 1: a CA below it must have 0.
        auto request = pki::institutionRequest(subKey.publicKey());
        request.pathLength = 1;
        QVERIFY(!CertificateIssuer::issueCertificate(request, pki.root, pki.rootKey).ok());
        request.pathLength = 0;
        QVERIFY(CertificateIssuer::issueCertificate(request, pki.root, pki.rootKey).ok());
    }

    void validityMustLieWithinIssuers_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("until");
        QTest::addColumn<bool>("accepted");
        // The institution is valid from 2021-01-01 to 2050-01-01.
        QTest::newRow("inside") << utc(2022) << utc(2030) << true;
        QTest::newRow("exactly the issuer's") << utc(2021) << utc(2050) << true;
        QTest::newRow("starts a second early") << utc(2021).addSecs(-1) << utc(2030) << false;
        QTest::newRow("ends a second late") << utc(2022) << utc(2050).addSecs(1) << false;
        QTest::newRow("entirely later") << utc(2051) << utc(2052) << false;
    }

    void validityMustLieWithinIssuers()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, until);
        QFETCH(bool, accepted);
        const pki::Pki pki;
        auto request = pki::leafRequest(QStringLiteral("Zhang Min"), CertificateRole::Patient,
                                        pki.patientKey.publicKey());
        request.notBefore = from;
        request.notAfter = until;
        const auto issued
            = CertificateIssuer::issueCertificate(request, pki.institution, pki.institutionKey);
        QCOMPARE(issued.ok(), accepted);
        if (!accepted)
            QVERIFY2(issued.error().contains(pki.institution.subjectName()),
                     qPrintable(issued.error()));
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<CertificateRequest>("request");
        const auto key = Ed25519SigningKey::generate().publicKey();
        const auto base
            = pki::leafRequest(QStringLiteral("Dr. Li Wei"), CertificateRole::Practitioner, key);
        auto with = [&base](auto change) {
            CertificateRequest r = base;
            change(r);
            return r;
        };
        QTest::newRow("empty name") << with([](auto &r) { r.commonName.clear(); });
        QTest::newRow("blank name") << with([](auto &r) { r.commonName = QStringLiteral("  "); });
        QTest::newRow("65-character name")
            << with([](auto &r) { r.commonName = QString(65, QLatin1Char('x')); });
        QTest::newRow("65-character organisation")
            << with([](auto &r) { r.organisation = QString(65, QLatin1Char('x')); });
        QTest::newRow("no region") << with([](auto &r) { r.regionCode.clear(); });
        QTest::newRow("region with space")
            << with([](auto &r) { r.regionCode = QStringLiteral("31 00"); });
        QTest::newRow("no start") << with([](auto &r) { r.notBefore = QDateTime(); });
        QTest::newRow("ends when it starts") << with([](auto &r) { r.notAfter = r.notBefore; });
        QTest::newRow("ends before it starts")
            << with([](auto &r) { std::swap(r.notBefore, r.notAfter); });
        QTest::newRow("practitioner CA") << with([](auto &r) { r.isCa = true; });
        QTest::newRow("patient CA") << with([](auto &r) {
            r.role = CertificateRole::Patient;
            r.isCa = true;
        });
        QTest::newRow("node CA") << with([](auto &r) {
            r.role = CertificateRole::Node;
            r.isCa = true;
        });
        QTest::newRow("negative path length") << with([](auto &r) {
            r.role = CertificateRole::Institution;
            r.isCa = true;
            r.pathLength = -1;
        });
        QTest::newRow("DNS name on a practitioner")
            << with([](auto &r) { r.dnsNames = {QStringLiteral("li.example")}; });
        QTest::newRow("IP on a patient") << with([](auto &r) {
            r.role = CertificateRole::Patient;
            r.ipAddresses = {QHostAddress(QStringLiteral("10.0.0.1"))};
        });
        QTest::newRow("bad DNS name") << with([](auto &r) {
            r.role = CertificateRole::Node;
            r.dnsNames = {QStringLiteral("under_score.example")};
        });
        QTest::newRow("DNS label starting with '-'") << with([](auto &r) {
            r.role = CertificateRole::Node;
            r.dnsNames = {QStringLiteral("-node.example")};
        });
        QTest::newRow("null IP address") << with([](auto &r) {
            r.role = CertificateRole::Node;
            r.ipAddresses = {QHostAddress()};
        });
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(CertificateRequest, request);
        const pki::Pki pki;
        const auto issued
            = CertificateIssuer::issueCertificate(request, pki.institution, pki.institutionKey);
        QVERIFY(!issued.ok());
        QVERIFY(!issued.error().isEmpty());
    }

    void rootMustBeASelfCertifyingCa()
    {
        const auto rootKey = Ed25519SigningKey::generate();
        auto request = pki::rootRequest(rootKey.publicKey());
        QVERIFY(CertificateIssuer::issueSelfSignedRoot(request, rootKey).ok());

        request.subjectKey = Ed25519SigningKey::generate().publicKey();
        QVERIFY(!CertificateIssuer::issueSelfSignedRoot(request, rootKey).ok());

        request = pki::rootRequest(rootKey.publicKey());
        request.isCa = false;
        QVERIFY(!CertificateIssuer::issueSelfSignedRoot(request, rootKey).ok());
    }
};

QTEST_GUILESS_MAIN(TestCertificateIssuer)
#include "TestCertificateIssuer.moc"
