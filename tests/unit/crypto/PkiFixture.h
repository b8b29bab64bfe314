// A small MedChain PKI for the X.509 tests: authority root → institution CA → practitioner,
// patient and node leaves, with fresh keys and fixed validity periods (no test reads the clock).
#pragma once

#include "crypto/Certificate.h"
#include "crypto/CertificateIssuer.h"

#include <QtGlobal>

namespace pki {

using namespace medchain::crypto;

inline QDateTime utc(int year, int month = 1, int day = 1)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

/// A time at which the whole fixture PKI is valid.
inline QDateTime verificationTime()
{
    return utc(2026, 6, 1);
}

/// The certificate, or an abort that names why: fixtures are not what a test checks.
inline Certificate take(medchain::Result<Certificate> result)
{
    if (!result)
        qFatal("fixture certificate refused: %s", qPrintable(result.error()));
    return std::move(result).value();
}

inline CertificateRequest request(const QString &name, CertificateRole role,
                                  const Ed25519PublicKey &key, QDateTime from, QDateTime until)
{
    CertificateRequest r;
    r.commonName = name;
    r.organisation = QStringLiteral("Ruijin Hospital");
    r.role = role;
    r.regionCode = QStringLiteral("310000");
    r.subjectKey = key;
    r.notBefore = std::move(from);
    r.notAfter = std::move(until);
    return r;
}

inline CertificateRequest caRequest(const QString &name, CertificateRole role,
                                    const Ed25519PublicKey &key, int pathLength, QDateTime from,
                                    QDateTime until)
{
    CertificateRequest r = request(name, role, key, std::move(from), std::move(until));
    r.isCa = true;
    r.pathLength = pathLength;
    return r;
}

inline CertificateRequest rootRequest(const Ed25519PublicKey &key)
{
    CertificateRequest r = caRequest(QStringLiteral("National Health Authority"),
                                     CertificateRole::Authority, key, 1, utc(2020), utc(2060));
    r.organisation = QStringLiteral("National Health Commission");
    r.regionCode = QStringLiteral("CN");
    return r;
}

inline CertificateRequest institutionRequest(const Ed25519PublicKey &key)
{
    return caRequest(QStringLiteral("Ruijin Hospital CA"), CertificateRole::Institution, key, 0,
                     utc(2021), utc(2050));
}

inline CertificateRequest leafRequest(const QString &name, CertificateRole role,
                                      const Ed25519PublicKey &key)
{
    return request(name, role, key, utc(2022), utc(2030));
}

inline CertificateRequest nodeRequest(const Ed25519PublicKey &key)
{
    CertificateRequest r = leafRequest(QStringLiteral("Ruijin node 2"), CertificateRole::Node, key);
    r.dnsNames = {QStringLiteral("node2.ruijin.example"), QStringLiteral("localhost")};
    r.ipAddresses = {QHostAddress(QStringLiteral("10.0.0.7")), QHostAddress(QStringLiteral("::1"))};
    return r;
}

/// Members are built in declaration order: keys first, then each certificate from its issuer.
struct Pki {
    Ed25519SigningKey rootKey = Ed25519SigningKey::generate();
    Ed25519SigningKey institutionKey = Ed25519SigningKey::generate();
    Ed25519SigningKey practitionerKey = Ed25519SigningKey::generate();
    Ed25519SigningKey patientKey = Ed25519SigningKey::generate();
    Ed25519SigningKey nodeKey = Ed25519SigningKey::generate();

    Certificate root
        = take(CertificateIssuer::issueSelfSignedRoot(rootRequest(rootKey.publicKey()), rootKey));
    Certificate institution = take(CertificateIssuer::issueCertificate(
        institutionRequest(institutionKey.publicKey()), root, rootKey));
    Certificate practitioner = take(CertificateIssuer::issueCertificate(
        leafRequest(QStringLiteral("Dr. Li Wei"), CertificateRole::Practitioner,
                    practitionerKey.publicKey()),
        institution, institutionKey));
    Certificate patient = take(CertificateIssuer::issueCertificate(
        leafRequest(QStringLiteral("Zhang Min"), CertificateRole::Patient, patientKey.publicKey()),
        institution, institutionKey));
    Certificate node = take(CertificateIssuer::issueCertificate(nodeRequest(nodeKey.publicKey()),
                                                                institution, institutionKey));
};

} // namespace pki
