#include "identity/Enrollment.h"

#include <algorithm>

#include "crypto/CertificateIssuer.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"

namespace medchain::identity {

using crypto::CertificateRequest;
using crypto::CertificateRole;

namespace {
CertificateRequest request(const QString &name, const QString &organisation, CertificateRole role,
                           const QString &region, const crypto::Ed25519PublicKey &key,
                           const Validity &validity)
{
    CertificateRequest r;
    r.commonName = name;
    r.organisation = organisation;
    r.role = role;
    r.regionCode = region;
    r.subjectKey = key;
    r.notBefore = validity.notBefore;
    r.notAfter = validity.notAfter;
    return r;
}
} // namespace

IdentityKeys IdentityKeys::generate()
{
    return {crypto::Ed25519SigningKey::generate(), crypto::X25519SecretKey::generate()};
}

Validity Validity::within(const crypto::Certificate &issuer, int years)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {std::max(now.addSecs(-3600), issuer.notBefore()),
            std::min(now.addYears(years), issuer.notAfter())};
}

Result<crypto::Certificate> Enrollment::rootCertificate(const IdentityKeys &authority,
                                                        const QString &name, const QString &region,
                                                        const Validity &validity)
{
    CertificateRequest r
        = request(name, name, CertificateRole::Authority, region, authority.id(), validity);
    r.isCa = true;
    r.pathLength = 1; // root -> institution -> leaf
    return crypto::CertificateIssuer::issueSelfSignedRoot(r, authority.signing);
}

Result<EnrollInstitution> Enrollment::institution(const Issuer &authority, const IdentityKeys &keys,
                                                  chain::InstitutionKind kind, const QString &name,
                                                  const QString &region, const Validity &validity)
{
    CertificateRequest r
        = request(name, name, CertificateRole::Institution, region, keys.id(), validity);
    r.isCa = true;
    r.pathLength = 0; // institutions certify leaves only
    auto certificate
        = crypto::CertificateIssuer::issueCertificate(r, authority.certificate, authority.key);
    if (!certificate)
        return certificate.failure();
    return EnrollInstitution {keys.id(), keys.encryption.publicKey(), kind, name,
                              region,    certificate->der()};
}

Result<EnrollPractitioner> Enrollment::practitioner(const Issuer &institution,
                                                    const IdentityKeys &keys, const QString &name,
                                                    const QString &licenceNumber,
                                                    const QString &specialty,
                                                    const Validity &validity)
{
    const CertificateRequest r
        = request(name, institution.certificate.subjectName(), CertificateRole::Practitioner,
                  institution.certificate.regionCode(), keys.id(), validity);
    auto certificate
        = crypto::CertificateIssuer::issueCertificate(r, institution.certificate, institution.key);
    if (!certificate)
        return certificate.failure();
    return EnrollPractitioner {keys.id(), keys.encryption.publicKey(), name, licenceNumber,
                               specialty, certificate->der()};
}

Result<RegisterPatient> Enrollment::patient(const Issuer &institution, const IdentityKeys &keys,
                                            const chain::Hash &nationalIdHash,
                                            const QString &region, const Validity &validity)
{
    return patient(institution, keys.id(), keys.encryption.publicKey(), nationalIdHash, region,
                   validity);
}

QString Enrollment::patientPseudonym(const chain::IdentityId &patient)
{
    return QStringLiteral("patient-") + QString::fromLatin1(patient.toByteArray().toHex().left(16));
}

Result<RegisterPatient> Enrollment::patient(const Issuer &institution, const chain::IdentityId &id,
                                            const crypto::X25519PublicKey &encryptionKey,
                                            const chain::Hash &nationalIdHash,
                                            const QString &region, const Validity &validity)
{
    // The certificate names no person: the chain and its certificates hold no real names of
    // patients; the pseudonym is the key itself.
    const CertificateRequest r
        = request(patientPseudonym(id), institution.certificate.subjectName(),
                  CertificateRole::Patient, region, id, validity);
    auto certificate
        = crypto::CertificateIssuer::issueCertificate(r, institution.certificate, institution.key);
    if (!certificate)
        return certificate.failure();
    return RegisterPatient {id, encryptionKey, nationalIdHash, region, certificate->der()};
}

Result<EnrollNode> Enrollment::node(const Issuer &issuer, const crypto::Ed25519SigningKey &nodeKey,
                                    const QString &name, const Validity &validity)
{
    CertificateRequest r = request(name, issuer.certificate.subjectName(), CertificateRole::Node,
                                   issuer.certificate.regionCode(), nodeKey.publicKey(), validity);
    r.dnsNames = {QStringLiteral("localhost")};
    auto certificate
        = crypto::CertificateIssuer::issueCertificate(r, issuer.certificate, issuer.key);
    if (!certificate)
        return certificate.failure();
    return EnrollNode {nodeKey.publicKey(), name, certificate->der()};
}

QString Enrollment::normalisedNationalId(QStringView nationalId)
{
    QString normalised;
    normalised.reserve(nationalId.size());
    for (const QChar c : nationalId)
        if (!c.isSpace())
            normalised.append(c.toUpper());
    return normalised;
}

chain::Hash Enrollment::nationalIdHash(const crypto::SecureBuffer &registrationKey,
                                       QStringView nationalId)
{
    return crypto::hmacSha256(registrationKey, normalisedNationalId(nationalId).toUtf8());
}

} // namespace medchain::identity
