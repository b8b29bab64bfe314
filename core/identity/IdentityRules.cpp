#include "identity/IdentityRules.h"

#include "crypto/Certificate.h"
#include "crypto/CertificateChain.h"

#include <QDateTime>

namespace medchain::identity {

using namespace chain;

namespace {
struct IdentityRules {
    Q_DECLARE_TR_FUNCTIONS(IdentityRules)
};

Error refuse(const QString &message, const QString &code)
{
    return Error {message, code};
}

/// The newcomer must be new, its encryption key usable, and its certificate must be issued by
/// `issuer` (the sender), name the expected role and bind exactly the identity being enrolled.
/// What an enrollment body says that its certificate must say too.
struct Claims {
    std::optional<QString> name; // the certificate's common name
    std::optional<QString> region; // the certificate's region code
};

Result<void> checkNewcomer(const RuleContext &ctx, const IdentityId &id,
                           const crypto::X25519PublicKey *encryptionKey,
                           const QByteArray &certificateDer, crypto::CertificateRole role,
                           const Claims &claims)
{
    if (ctx.state.identity(id))
        return refuse(IdentityRules::tr("This identity is already enrolled."), errors::exists());
    if (encryptionKey && !crypto::X25519PublicKey::fromBytes(encryptionKey->toByteArray()))
        return refuse(IdentityRules::tr("The encryption key is not a usable X25519 key."),
                      errors::invalid());
    const auto certificate = crypto::Certificate::fromDer(certificateDer);
    if (!certificate)
        return refuse(certificate.error(), errors::certificate());
    if (certificate->role() != role)
        return refuse(IdentityRules::tr("The certificate is for the role \"%1\", not \"%2\".")
                          .arg(crypto::certificateRoleName(certificate->role()),
                               crypto::certificateRoleName(role)),
                      errors::certificate());
    if (certificate->publicKey() != id)
        return refuse(IdentityRules::tr("The certificate certifies a different key."),
                      errors::certificate());
    if ((claims.name && certificate->subjectName() != *claims.name)
        || (claims.region && certificate->regionCode() != *claims.region))
        return refuse(IdentityRules::tr("The certificate names another person, place or region "
                                        "than the transaction."),
                      errors::certificate());

    QList<crypto::Certificate> chain {certificate.value()};
    for (const QByteArray &der : certificateChain(ctx.state, ctx.sender, ctx.genesis)) {
        auto issuer = ctx.state.certificate(der);
        if (!issuer)
            return refuse(issuer.error(), errors::certificate());
        chain.append(issuer.value());
    }
    const auto root = ctx.state.certificate(ctx.genesis.rootCertificate);
    if (!root)
        return refuse(root.error(), errors::certificate());
    const auto verified = crypto::CertificateChain::verify(
        chain, root.value(), QDateTime::fromMSecsSinceEpoch(ctx.block.time, Qt::UTC));
    if (!verified)
        return refuse(verified.error(), errors::certificate());
    // The sender itself must be the issuer: OpenSSL's path building alone would also accept a
    // certificate issued by the root or by another institution.
    if (chain.size() > 1)
        if (auto issued = certificate->isIssuedBy(chain[1]); !issued)
            return refuse(IdentityRules::tr("The certificate was not issued by the sender: %1")
                              .arg(issued.error()),
                          errors::certificate());
    return {};
}

Result<void> requireSenderRole(const RuleContext &ctx, std::initializer_list<Role> roles)
{
    for (Role role : roles)
        if (ctx.sender.role == role)
            return {};
    return refuse(IdentityRules::tr("The sender's role may not send this transaction."),
                  errors::notAuthorised());
}

bool institutionMayEnrollClinicians(const IdentityInfo &institution)
{
    return institution.kind != InstitutionKind::PaymentGateway
        && institution.kind != InstitutionKind::FundManager;
}

IdentityInfo newIdentity(const RuleContext &ctx, const IdentityId &id, Role role)
{
    IdentityInfo info;
    info.id = id;
    info.role = role;
    info.parent = ctx.sender.id;
    info.enrolledHeight = ctx.block.height;
    return info;
}
} // namespace

QList<QByteArray> certificateChain(const LedgerState &state, const IdentityInfo &who,
                                   const Genesis &genesis)
{
    QList<QByteArray> chain;
    const IdentityInfo *current = &who;
    std::optional<IdentityInfo> parent;
    // Authority (root) -> institution -> leaf: at most three links, the root comes from genesis.
    for (int depth = 0; depth < 3 && current->role != Role::Authority; ++depth) {
        chain.append(current->certificate);
        parent = state.identity(current->parent);
        if (!parent)
            break;
        current = &*parent;
    }
    chain.append(genesis.rootCertificate);
    return chain;
}

Result<void> applyRule(const RuleContext &ctx, const EnrollInstitution &body)
{
    if (auto ok = requireSenderRole(ctx, {Role::Authority}); !ok)
        return ok;
    if (body.name.trimmed().isEmpty())
        return refuse(IdentityRules::tr("An institution needs a name."), errors::invalid());
    if (!crypto::isValidRegionCode(body.regionCode))
        return refuse(IdentityRules::tr("\"%1\" is not a region code.").arg(body.regionCode),
                      errors::invalid());
    if (auto ok = checkNewcomer(ctx, body.identity, &body.encryptionKey, body.certificate,
                                crypto::CertificateRole::Institution, {body.name, body.regionCode});
        !ok)
        return ok;
    IdentityInfo info = newIdentity(ctx, body.identity, Role::Institution);
    info.kind = body.kind;
    info.name = body.name;
    info.regionCode = body.regionCode;
    info.encryptionKey = body.encryptionKey;
    info.certificate = body.certificate;
    ctx.state.putIdentity(info);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const EnrollPractitioner &body)
{
    if (auto ok = requireSenderRole(ctx, {Role::Institution}); !ok)
        return ok;
    if (!institutionMayEnrollClinicians(ctx.sender))
        return refuse(IdentityRules::tr("This kind of institution does not employ clinicians."),
                      errors::notAuthorised());
    if (body.name.trimmed().isEmpty() || body.licenceNumber.trimmed().isEmpty())
        return refuse(IdentityRules::tr("A practitioner needs a name and a licence number."),
                      errors::invalid());
    if (auto ok
        = checkNewcomer(ctx, body.identity, &body.encryptionKey, body.certificate,
                        crypto::CertificateRole::Practitioner, {body.name, ctx.sender.regionCode});
        !ok)
        return ok;
    IdentityInfo info = newIdentity(ctx, body.identity, Role::Practitioner);
    info.name = body.name;
    info.regionCode = ctx.sender.regionCode;
    info.licenceNumber = body.licenceNumber;
    info.specialty = body.specialty;
    info.encryptionKey = body.encryptionKey;
    info.certificate = body.certificate;
    ctx.state.putIdentity(info);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const RegisterPatient &body)
{
    if (auto ok = requireSenderRole(ctx, {Role::Institution}); !ok)
        return ok;
    if (ctx.sender.kind != InstitutionKind::Hospital && ctx.sender.kind != InstitutionKind::Clinic)
        return refuse(IdentityRules::tr("Only hospitals and clinics register patients."),
                      errors::notAuthorised());
    if (!crypto::isValidRegionCode(body.regionCode))
        return refuse(IdentityRules::tr("\"%1\" is not a region code.").arg(body.regionCode),
                      errors::invalid());
    if (ctx.state.activeNationalIdExists(body.nationalIdHash))
        return refuse(IdentityRules::tr("This person is already registered; revoke the old "
                                        "identity first."),
                      errors::exists());
    if (auto ok = checkNewcomer(ctx, body.identity, &body.encryptionKey, body.certificate,
                                crypto::CertificateRole::Patient, {std::nullopt, body.regionCode});
        !ok)
        return ok;
    IdentityInfo info = newIdentity(ctx, body.identity, Role::Patient);
    info.regionCode = body.regionCode;
    info.encryptionKey = body.encryptionKey;
    info.nationalIdHash = body.nationalIdHash;
    info.certificate = body.certificate;
    ctx.state.putIdentity(info);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const EnrollNode &body)
{
    if (auto ok = requireSenderRole(ctx, {Role::Authority, Role::Institution}); !ok)
        return ok;
    if (body.name.trimmed().isEmpty())
        return refuse(IdentityRules::tr("A node needs a name."), errors::invalid());
    if (auto ok = checkNewcomer(ctx, body.identity, nullptr, body.certificate,
                                crypto::CertificateRole::Node, {body.name, std::nullopt});
        !ok)
        return ok;
    IdentityInfo info = newIdentity(ctx, body.identity, Role::Node);
    info.name = body.name;
    info.regionCode = ctx.sender.regionCode;
    info.certificate = body.certificate;
    ctx.state.putIdentity(info);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const RevokeIdentity &body)
{
    const auto target = ctx.state.identity(body.identity);
    if (!target)
        return refuse(IdentityRules::tr("There is no such identity."), errors::unknown());
    if (target->revoked)
        return refuse(IdentityRules::tr("This identity is already revoked."), errors::revoked());
    if (target->role == Role::Authority)
        return refuse(IdentityRules::tr("The health authority cannot be revoked."),
                      errors::notAuthorised());
    const bool mayRevoke = ctx.sender.role == Role::Authority || target->parent == ctx.sender.id
        || target->id == ctx.sender.id;
    if (!mayRevoke)
        return refuse(IdentityRules::tr("Only the authority, the enrolling institution or the "
                                        "identity itself may revoke it."),
                      errors::notAuthorised());
    if (body.reason.trimmed().isEmpty())
        return refuse(IdentityRules::tr("A revocation needs a reason."), errors::invalid());
    const QList<Validator> validators = ctx.state.validators();
    for (const Validator &validator : validators)
        if (validator.node == body.identity)
            return refuse(IdentityRules::tr("Remove this node from the validator set before "
                                            "revoking it."),
                          errors::state());
    ctx.state.revokeIdentity(body.identity);
    return {};
}

Result<void> applyRule(const RuleContext &ctx, const SetValidators &body)
{
    if (auto ok = requireSenderRole(ctx, {Role::Authority}); !ok)
        return ok;
    if (body.validators.isEmpty())
        return refuse(IdentityRules::tr("The validator set cannot be empty."), errors::invalid());
    for (const Validator &validator : body.validators) {
        const auto node = ctx.state.identity(validator.node);
        if (!node || node->role != Role::Node || node->revoked)
            return refuse(IdentityRules::tr("Every validator must be an active enrolled node."),
                          errors::invalid());
    }
    ctx.state.setValidators(body.validators);
    return {};
}

} // namespace medchain::identity
