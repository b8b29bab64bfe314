// X.509 certificates of MedChain's PKI (DESIGN.md §2): an immutable, parsed Ed25519 certificate.
// fromDer() accepts only MedChain's profile, so every Certificate has a role, a region and a key.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace medchain::crypto {

/*
 * The subject profile (one attribute of each kind, all UTF8String):
 *   CN  commonName              the display name ("Dr. Li Wei", "Ruijin Hospital node 2")
 *   O   organizationName        the organisation (optional; omitted when empty)
 *   OU  organizationalUnitName  the role: exactly one of the certificateRoleName() strings
 *   ST  stateOrProvinceName     the region code: 1-16 ASCII letters, digits or '-', e.g. a
 *                               GB/T 2260 division code "310000" or ISO 3166-2 "CN-SH"
 * Standard attributes rather than a private OID, so openssl, Qt (QSslCertificate::subjectInfo)
 * and any X.509 viewer show the role and region without knowing MedChain.
 *
 * Extensions: CAs (authority, institution) carry a critical basicConstraints CA:TRUE with a
 * path length and a critical keyUsage keyCertSign + cRLSign; leaves carry critical CA:FALSE and
 * keyUsage digitalSignature; nodes add extendedKeyUsage serverAuth + clientAuth and may carry a
 * subjectAltName (DNS names, IP addresses). Every certificate has a subjectKeyIdentifier; every
 * issued one an authorityKeyIdentifier.
 */

/// The party a certificate speaks for; encoded as the subject's OU.
enum class CertificateRole { Authority, Institution, Practitioner, Patient, Node };

/// "authority", "institution", "practitioner", "patient" or "node": the exact OU strings.
QString certificateRoleName(CertificateRole role);
std::optional<CertificateRole> certificateRoleFromName(QStringView name);
/// 1-16 ASCII letters, digits or '-' (the ST attribute's MedChain format).
bool isValidRegionCode(QStringView code);
/// Practitioners, patients and nodes are end entities and may never be certificate authorities.
bool isLeafOnlyRole(CertificateRole role);

class Certificate {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
public:
    /// Parses exactly one DER certificate; refuses trailing bytes, non-canonical encodings,
    /// keys or signatures other than Ed25519, and subjects outside MedChain's profile.
    static Result<Certificate> fromDer(QByteArrayView der);
    /// Exactly one "-----BEGIN CERTIFICATE-----" block, optionally surrounded by whitespace.
    static Result<Certificate> fromPem(QByteArrayView pem);

    const QByteArray &der() const { return m_der; }
    /// PEM with 64-column lines, as Qt's QSslCertificate and the openssl tool read it.
    QByteArray toPem() const;
    /// SHA-256 of der(): the certificate's identity on chain.
    Sha256Digest fingerprint() const;

    QString subjectName() const { return m_subjectName; }
    QString organisation() const { return m_organisation; }
    CertificateRole role() const { return m_role; }
    QString regionCode() const { return m_regionCode; }
    /// The issuer's common name (the certificate's own for a self-signed root).
    QString issuerName() const { return m_issuerName; }
    const Ed25519PublicKey &publicKey() const { return m_publicKey; }

    /// The serial number in lowercase hex, without leading zero bytes.
    QString serialHex() const;
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }

    bool isCa() const { return m_isCa; }
    /// How many CAs may follow this one in a path; -1 when not a CA or unlimited.
    int pathLength() const { return m_pathLength; }
    /// subjectAltName entries (node certificates).
    QStringList dnsNames() const { return m_dnsNames; }
    QList<QHostAddress> ipAddresses() const { return m_ipAddresses; }

    /// Ok only when issuer issued this certificate: this certificate names issuer's subject as
    /// its issuer, its authority key identifier (if any) matches issuer's subject key identifier
    /// (and serial, if it names one), issuer is a CA that may sign certificates, and the
    /// signature verifies under issuer's key. CertificateChain::verify() accepts any valid path to
    /// the root, so use this to pin the one parent that matters (the institution enrolling a
    /// practitioner, say). Checks no dates and nothing above issuer. A self-signed root is issued
    /// by itself.
    Result<void> isIssuedBy(const Certificate &issuer) const;

    friend bool operator==(const Certificate &a, const Certificate &b)
    {
        return a.m_der == b.m_der;
    }
    friend bool operator!=(const Certificate &a, const Certificate &b) { return !(a == b); }

private:
    Certificate() = default;

    QByteArray m_der;
    QString m_subjectName;
    QString m_organisation;
    CertificateRole m_role = CertificateRole::Patient;
    QString m_regionCode;
    QString m_issuerName;
    Ed25519PublicKey m_publicKey;
    QByteArray m_serial; // big-endian magnitude
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    bool m_isCa = false;
    int m_pathLength = -1;
    QStringList m_dnsNames;
    QList<QHostAddress> m_ipAddresses;
};

} // namespace medchain::crypto
