// Issues the certificates of MedChain's PKI: the authority's self-signed root, institution CAs,
// and practitioner, patient and node leaves (Ed25519, RFC 8410; profile in Certificate.h).
#pragma once

#include "common/Result.h"
#include "crypto/Certificate.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace medchain::crypto {

/// What the issuer is asked to certify. Times are kept to the second (X.509's precision).
struct CertificateRequest {
    QString commonName; ///< 1-64 characters
    QString organisation; ///< 0-64 characters; omitted from the subject when empty
    CertificateRole role = CertificateRole::Patient;
    QString regionCode; ///< see isValidRegionCode()
    Ed25519PublicKey subjectKey;
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false; ///< never for practitioner, patient or node
    int pathLength = 0; ///< CAs only: how many CAs may follow below this one (0-8)
    QStringList dnsNames; ///< nodes only: subjectAltName DNS entries
    QList<QHostAddress> ipAddresses; ///< nodes only: subjectAltName IP entries
};

class CertificateIssuer {
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer)
public:
    /// The trust anchor: a CA certificate for rootKey, signed by itself. The request's
    /// subjectKey must be rootKey's public key. (That its role is the authority is checked
    /// where the genesis block is validated, not here.)
    static Result<Certificate> issueSelfSignedRoot(const CertificateRequest &request,
                                                   const Ed25519SigningKey &rootKey);

    /// A certificate signed by issuer. Refuses when issuerKey is not issuer's key, issuer is
    /// not a CA (or may not have further CAs below it), or the requested validity lies outside
    /// issuer's.
    static Result<Certificate> issueCertificate(const CertificateRequest &request,
                                                const Certificate &issuer,
                                                const Ed25519SigningKey &issuerKey);
};

} // namespace medchain::crypto
