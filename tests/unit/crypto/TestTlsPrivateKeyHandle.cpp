// Qt Network reads what core/crypto makes: QSslCertificate parses a node certificate (names,
// SAN, extensions, digest) and QSslKey accepts the Ed25519 key as an opaque OpenSSL handle.
#include "PkiFixture.h"

#include "common/Startup.h"
#include "crypto/Certificate.h"
#include "crypto/TlsPrivateKeyHandle.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

using namespace medchain::crypto;

namespace {
QVariant extensionValue(const QSslCertificate &certificate, const QString &name)
{
    for (const QSslCertificateExtension &extension : certificate.extensions()) {
        if (extension.name() == name)
            return extension.value();
    }
    return {};
}
} // namespace

class TestTlsPrivateKeyHandle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY2(QSslSocket::supportsSsl(), "Qt's OpenSSL TLS backend is not available");
    }

    void qtReadsNodeCertificate()
    {
        const pki::Pki pki;
        const QSslCertificate qt(pki.node.toPem(), QSsl::Pem);
        QVERIFY(!qt.isNull());
        QCOMPARE(qt.subjectInfo(QSslCertificate::CommonName), QStringList {pki.node.subjectName()});
        QCOMPARE(qt.subjectInfo(QSslCertificate::Organization),
                 QStringList {pki.node.organisation()});
        QCOMPARE(qt.subjectInfo(QSslCertificate::OrganizationalUnitName),
                 QStringList {QStringLiteral("node")});
        QCOMPARE(qt.subjectInfo(QSslCertificate::StateOrProvinceName),
                 QStringList {pki.node.regionCode()});
        QCOMPARE(qt.issuerInfo(QSslCertificate::CommonName),
                 QStringList {pki.institution.subjectName()});
        QCOMPARE(qt.effectiveDate(), pki.node.notBefore());
        QCOMPARE(qt.expiryDate(), pki.node.notAfter());
        QCOMPARE(QString::fromLatin1(qt.serialNumber()).remove(QLatin1Char(':')),
                 pki.node.serialHex());
        QCOMPARE(qt.digest(QCryptographicHash::Sha256), pki.node.fingerprint().toByteArray());
        QCOMPARE(qt.toDer(), pki.node.der());

        const auto altNames = qt.subjectAlternativeNames();
        QStringList dnsNames = altNames.values(QSsl::DnsEntry);
        dnsNames.sort();
        QCOMPARE(
            dnsNames,
            QStringList({QStringLiteral("localhost"), QStringLiteral("node2.ruijin.example")}));
        QVERIFY(altNames.values(QSsl::IpAddressEntry).contains(QStringLiteral("10.0.0.7")));
        QCOMPARE(altNames.values(QSsl::IpAddressEntry).size(), 2);
    }

    void qtSeesTheExtensions()
    {
        const pki::Pki pki;
        const QSslCertificate node(pki.node.der(), QSsl::Der);
        const QVariantMap leafConstraints
            = extensionValue(node, QStringLiteral("basicConstraints")).toMap();
        QCOMPARE(leafConstraints.value(QStringLiteral("ca")).toBool(), false);
        const QStringList purposes
            = extensionValue(node, QStringLiteral("extendedKeyUsage")).toStringList();
        QVERIFY2(purposes.contains(QStringLiteral("TLS Web Server Authentication"))
                     && purposes.contains(QStringLiteral("TLS Web Client Authentication")),
                 qPrintable(purposes.join(QLatin1Char(','))));
        QVERIFY2(extensionValue(node, QStringLiteral("keyUsage"))
                     .toStringList()
                     .contains(QStringLiteral("Digital Signature")),
                 qPrintable(extensionValue(node, QStringLiteral("keyUsage")).toString()));

        const QSslCertificate institution(pki.institution.der(), QSsl::Der);
        const QVariantMap caConstraints
            = extensionValue(institution, QStringLiteral("basicConstraints")).toMap();
        QCOMPARE(caConstraints.value(QStringLiteral("ca")).toBool(), true);
        QCOMPARE(caConstraints.value(QStringLiteral("pathLenConstraint")).toInt(), 0);
        const QStringList caUsage
            = extensionValue(institution, QStringLiteral("keyUsage")).toStringList();
        QVERIFY2(caUsage.contains(QStringLiteral("Certificate Sign"))
                     && caUsage.contains(QStringLiteral("CRL Sign")),
                 qPrintable(caUsage.join(QLatin1Char(','))));
        QVERIFY(!extensionValue(institution, QStringLiteral("extendedKeyUsage")).isValid());
    }

    void qtAcceptsTheKeyAsAnOpaqueHandle()
    {
        const pki::Pki pki;
        auto handle = TlsPrivateKeyHandle::fromSigningKey(pki.nodeKey);
        QVERIFY2(handle.ok(), qPrintable(handle.error()));
        QVERIFY(!handle->isNull());
        const QSslKey key(handle->release(), QSsl::PrivateKey);
        QVERIFY(handle->isNull()); // QSslKey owns (and will free) the EVP_PKEY now
        QVERIFY(!key.isNull());
        QCOMPARE(key.algorithm(), QSsl::Opaque);
        QCOMPARE(key.type(), QSsl::PrivateKey);
        QVERIFY(key.handle() != nullptr);
        QVERIFY(handle->release() == nullptr);
    }

    void unreleasedHandlesAreFreedAndMovable()
    {
        const auto signingKey = Ed25519SigningKey::generate();
        auto first = TlsPrivateKeyHandle::fromSigningKey(signingKey);
        QVERIFY(first.ok());
        TlsPrivateKeyHandle moved = std::move(first).value();
        QVERIFY(!moved.isNull());
        auto second = TlsPrivateKeyHandle::fromSigningKey(signingKey);
        QVERIFY(second.ok());
        moved = std::move(second).value(); // frees the first key
        QVERIFY(!moved.isNull());
        // moved's destructor frees the second; ASan builds would report a leak or double free.
    }
};

QTEST_GUILESS_MAIN(TestTlsPrivateKeyHandle)
#include "TestTlsPrivateKeyHandle.moc"
