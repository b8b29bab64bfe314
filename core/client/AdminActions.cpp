// SessionActions' enrollments and the authority's administration (SessionActions.h).
#include "client/SessionActions.h"

#include "crypto/Certificate.h"
#include "identity/Keystore.h"

#include <algorithm>

namespace medchain::client {

namespace {

/// What differs between enrolling a practitioner at a desk and an institution at the
/// authority: who may, what the form lacks, and the body for the newcomer's fresh keys.
struct Newcomer {
    chain::Role sender = chain::Role::Authority;
    QString notAuthorised; // said to anyone else
    QString missingKey; // said when the sender's keystore lacks the registration key
    QString incomplete; // non-empty: what the form lacks
    chain::Role role = chain::Role::Practitioner;
    std::function<QString(const chain::IdentityInfo &sender)> label; // the keystore's
    std::function<Result<chain::TxBody>(const identity::Issuer &issuer,
                                        const identity::IdentityKeys &newcomer)>
        body;
};

/// The certificate the sender issues with: the root for the authority, else its own.
Result<crypto::Certificate> issuerCertificate(const chain::Ledger &ledger,
                                              const chain::IdentityInfo &sender)
{
    if (sender.id == ledger.genesis().authority)
        return crypto::Certificate::fromDer(ledger.genesis().rootCertificate);
    return crypto::Certificate::fromDer(sender.certificate);
}

/// Writes the newcomer's keystore (with the registration key) at path, then hands over the
/// enrollment to sign; written is set once the file exists.
ActionBuilder enrollNewcomer(const identity::IdentityKeys &keys,
                             const std::optional<crypto::SecureBuffer> &registrationKey,
                             Newcomer newcomer, const QString &path,
                             crypto::SecureBuffer passphrase,
                             std::shared_ptr<std::atomic_bool> written)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    return [&keys, &registrationKey, newcomer = std::move(newcomer), path, secret,
            written](const chain::Ledger &ledger) -> Result<QList<chain::TxBody>> {
        const auto sender = ledger.state().identity(keys.id());
        if (!sender || sender->revoked || sender->role != newcomer.sender)
            return Error {newcomer.notAuthorised, QStringLiteral("not-authorised")};
        if (!registrationKey)
            return Error {newcomer.missingKey, QStringLiteral("invalid")};
        if (!newcomer.incomplete.isEmpty())
            return Error {newcomer.incomplete, QStringLiteral("invalid")};
        if (secret->isEmpty())
            return Error {SessionActions::tr("Choose a passphrase for the new keystore."),
                          QStringLiteral("invalid")};
        auto certificate = issuerCertificate(ledger, sender.value());
        if (!certificate)
            return certificate.failure();
        const auto fresh = identity::IdentityKeys::generate();
        auto body = newcomer.body({certificate.value(), keys.signing}, fresh);
        if (!body)
            return body.failure();
        const identity::KeystorePublicInfo info {
            newcomer.role, fresh.id(), fresh.encryption.publicKey(), newcomer.label(sender.value()),
            ledger.genesis().chainId};
        if (auto saved = identity::Keystore::create(
                path, fresh, info, *secret, crypto::Argon2id::paramsForNewKeys(),
                crypto::SecureBuffer::copyOf(registrationKey->bytes()));
            !saved)
            return saved.failure();
        written->store(true);
        return QList<chain::TxBody> {body.value()};
    };
}

} // namespace

ActionBuilder SessionActions::practitionerEnrollment(
    const identity::IdentityKeys &keys, const std::optional<crypto::SecureBuffer> &registrationKey,
    const PractitionerForm &form, const QString &keystorePath, crypto::SecureBuffer passphrase,
    std::shared_ptr<std::atomic_bool> written)
{
    const QString name = form.name.trimmed();
    const QString licence = form.licenceNumber.trimmed();
    const QString specialty = form.specialty.trimmed();
    Newcomer newcomer;
    newcomer.sender = chain::Role::Institution;
    newcomer.notAuthorised = tr("Only an active institution can enroll practitioners.");
    newcomer.missingKey = tr("This keystore does not carry the network's registration key, "
                             "which practitioners need to write records.");
    if (name.isEmpty() || licence.isEmpty())
        newcomer.incomplete = tr("Enter the practitioner's name and licence number.");
    newcomer.role = chain::Role::Practitioner;
    newcomer.label = [name](const chain::IdentityInfo &desk) -> QString {
        return name + QStringLiteral(" — ") + desk.name;
    };
    newcomer.body
        = [name, licence, specialty](const identity::Issuer &issuer,
                                     const identity::IdentityKeys &fresh) -> Result<chain::TxBody> {
        auto body
            = identity::Enrollment::practitioner(issuer, fresh, name, licence, specialty,
                                                 identity::Validity::within(issuer.certificate, 5));
        if (!body)
            return body.failure();
        return chain::TxBody {body.value()};
    };
    return enrollNewcomer(keys, registrationKey, std::move(newcomer), keystorePath,
                          std::move(passphrase), std::move(written));
}

ActionBuilder SessionActions::institutionEnrollment(
    const identity::IdentityKeys &keys, const std::optional<crypto::SecureBuffer> &registrationKey,
    const InstitutionForm &form, const QString &keystorePath, crypto::SecureBuffer passphrase,
    std::shared_ptr<std::atomic_bool> written)
{
    const QString name = form.name.trimmed();
    const QString region = form.regionCode.trimmed();
    const chain::InstitutionKind kind = form.kind;
    Newcomer newcomer;
    newcomer.sender = chain::Role::Authority;
    newcomer.notAuthorised = tr("Only the health authority can enroll institutions.");
    newcomer.missingKey = tr("This keystore does not carry the network's registration key, "
                             "which institutions need to register patients.");
    if (name.isEmpty() || region.isEmpty())
        newcomer.incomplete = tr("Enter the institution's name and region.");
    newcomer.role = chain::Role::Institution;
    newcomer.label = [name](const chain::IdentityInfo &) { return name; };
    newcomer.body
        = [kind, name, region](const identity::Issuer &issuer,
                               const identity::IdentityKeys &fresh) -> Result<chain::TxBody> {
        auto body = identity::Enrollment::institution(
            issuer, fresh, kind, name, region, identity::Validity::within(issuer.certificate, 10));
        if (!body)
            return body.failure();
        return chain::TxBody {body.value()};
    };
    return enrollNewcomer(keys, registrationKey, std::move(newcomer), keystorePath,
                          std::move(passphrase), std::move(written));
}

ActionBuilder SessionActions::validatorChange(QList<identity::Validator> validators)
{
    std::sort(
        validators.begin(), validators.end(),
        [](const identity::Validator &a, const identity::Validator &b) { return a.node < b.node; });
    return single(identity::SetValidators {validators});
}

ActionBuilder SessionActions::program(const ProgramForm &form)
{
    QStringList codes;
    for (const QString &code : form.codes)
        if (const QString trimmed = code.trimmed().toUpper(); !trimmed.isEmpty())
            codes.append(trimmed);
    codes.sort();
    codes.removeDuplicates();
    return single(wallet::CreateProgram {form.name.trimmed(), form.category, codes,
                                         form.amountPerEvent, form.capPerPatient, form.funding});
}

} // namespace medchain::client
