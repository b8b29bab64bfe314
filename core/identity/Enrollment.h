// Making identities: key pairs, their certificates from the right issuer, and the enrollment
// transaction bodies. Used by the admin CLI, the demo generator and tests alike.
#pragma once

#include "common/Result.h"
#include "crypto/Certificate.h"
#include "crypto/Ed25519.h"
#include "crypto/X25519.h"
#include "identity/IdentityTx.h"

#include <QCoreApplication>
#include <QDateTime>

namespace medchain::identity {

/// An identity's two keys, as its keystore keeps them.
struct IdentityKeys {
    crypto::Ed25519SigningKey signing;
    crypto::X25519SecretKey encryption;

    static IdentityKeys generate();
    IdentityId id() const { return signing.publicKey(); }
};

/// The certificate and keys of an issuer (the authority or an institution).
struct Issuer {
    const crypto::Certificate &certificate;
    const crypto::Ed25519SigningKey &key;
};

struct Validity {
    QDateTime notBefore;
    QDateTime notAfter;

    /// From an hour ago (clock skew) for years, within the issuer's own validity.
    static Validity within(const crypto::Certificate &issuer, int years);
};

class Enrollment {
    Q_DECLARE_TR_FUNCTIONS(Enrollment)
public:
    static Result<crypto::Certificate> rootCertificate(const IdentityKeys &authority,
                                                       const QString &name, const QString &region,
                                                       const Validity &validity);
    static Result<EnrollInstitution> institution(const Issuer &authority, const IdentityKeys &keys,
                                                 chain::InstitutionKind kind, const QString &name,
                                                 const QString &region, const Validity &validity);
    static Result<EnrollPractitioner>
    practitioner(const Issuer &institution, const IdentityKeys &keys, const QString &name,
                 const QString &licenceNumber, const QString &specialty, const Validity &validity);
    static Result<RegisterPatient> patient(const Issuer &institution, const IdentityKeys &keys,
                                           const chain::Hash &nationalIdHash, const QString &region,
                                           const Validity &validity);
    /// The same from the public keys alone: the patient made them on their own device and
    /// brought a RegistrationRequest.
    static Result<RegisterPatient> patient(const Issuer &institution, const chain::IdentityId &id,
                                           const crypto::X25519PublicKey &encryptionKey,
                                           const chain::Hash &nationalIdHash, const QString &region,
                                           const Validity &validity);
    static Result<EnrollNode> node(const Issuer &issuer, const crypto::Ed25519SigningKey &nodeKey,
                                   const QString &name, const Validity &validity);

    /// The ID as it is hashed: every space removed, letters upper case, so "3401 04…" and
    /// "340104…" are one person.
    static QString normalisedNationalId(QStringView nationalId);
    /// HMAC-SHA-256 of the normalised national ID under the network's registration key, which
    /// institutions hold and the chain never sees.
    /// The name a patient's certificate carries and the desktop lists them under: the chain
    /// holds no patient's real name (protocol.md §2.3).
    static QString patientPseudonym(const chain::IdentityId &patient);
    static chain::Hash nationalIdHash(const crypto::SecureBuffer &registrationKey,
                                      QStringView nationalId);
};

} // namespace medchain::identity
