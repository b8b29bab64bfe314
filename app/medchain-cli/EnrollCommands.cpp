// `enroll institution`, `enroll practitioner`, `register patient` and `revoke` build an identity
// transaction, sign it with the issuer's keystore and commit it; `register request` is the
// patient's side: their own keys and the request the desk imports.
#include "AdminSession.h"
#include "ChainText.h"
#include "Command.h"

#include "client/SessionActions.h"
#include "identity/Enrollment.h"
#include "identity/RegistrationRequest.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <algorithm>

namespace medchain::cli {

namespace {

struct EnrollCommands {
    Q_DECLARE_TR_FUNCTIONS(EnrollCommands)
};

const QString kAs = QStringLiteral("as");
const QString kAsPassphrase = QStringLiteral("as-passphrase-file");
const QString kNewPassphrase = QStringLiteral("new-passphrase-file");
const QString kOut = QStringLiteral("out");

/// What every command here starts with: the options it needs, the session and the signer,
/// whose role must be one of `roles`.
struct Start {
    std::unique_ptr<AdminSession> session;
    std::optional<identity::UnlockedIdentity> signer;
};

Result<Start> start(CliContext &context, const QCommandLineParser &parser,
                    const QStringList &requiredOptions, std::initializer_list<chain::Role> roles)
{
    for (const QString &option : requiredOptions)
        if (auto value = CliContext::required(parser, option); !value)
            return value.failure();
    const QString region = requiredOptions.contains(QStringLiteral("region"))
        ? parser.value(QStringLiteral("region"))
        : QString();
    if (!region.isEmpty() && !crypto::isValidRegionCode(region))
        return CliContext::usage(
            EnrollCommands::tr("\"%1\" is not a region code (1 to 16 letters, digits or '-').")
                .arg(region));
    auto session = AdminSession::open(context);
    if (!session)
        return session.failure();
    auto signer = session.value()->unlockSigner(parser.value(kAs), parser.value(kAsPassphrase));
    if (!signer)
        return signer.failure();
    if (std::find(roles.begin(), roles.end(), signer->info.role) == roles.end())
        return Error {EnrollCommands::tr("The signing keystore's role is \"%1\"; this command "
                                         "must be signed by an identity whose role is \"%2\".")
                          .arg(roleName(signer->info.role), roleName(*roles.begin()))};
    return Start {std::move(session).value(), std::move(signer).value()};
}

/// Writes the newcomer's keystore, then commits its enrollment; a refused enrollment takes
/// its keystore away again.
int enroll(CliContext &context, const QCommandLineParser &parser, Start &started,
           const identity::IdentityKeys &keys, identity::KeystorePublicInfo info,
           const std::optional<crypto::SecureBuffer> &extraSecret, chain::TxBody body)
{
    const QString out = parser.value(kOut);
    info.chainId = started.session->ledger().genesis().chainId;
    if (auto ok
        = createKeystore(context, out, keys, info, parser.value(kNewPassphrase), extraSecret);
        !ok)
        return context.fail(ok.failure());
    auto committed = started.session->commit(started.signer->keys.signing, std::move(body));
    if (!committed) {
        QFile::remove(out);
        return context.fail(committed.failure());
    }
    const QJsonObject json {{QStringLiteral("identity"), hex(keys.id())},
                            {QStringLiteral("role"), roleName(info.role)},
                            {QStringLiteral("keystore"), out},
                            {QStringLiteral("transaction"), hex(committed->transaction)},
                            {QStringLiteral("height"), qint64(committed->height)}};
    return context.report(json,
                          {EnrollCommands::tr("Enrolled a new %1.").arg(roleName(info.role)),
                           EnrollCommands::tr("  identity:    %1").arg(hex(keys.id())),
                           EnrollCommands::tr("  keystore:    %1").arg(out),
                           EnrollCommands::tr("  transaction: %1").arg(hex(committed->transaction)),
                           EnrollCommands::tr("  block:       %1").arg(committed->height)});
}

int runInstitution(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto kind = parseKind(parser.value(QStringLiteral("kind")));
    if (!kind)
        return context.fail(CliContext::usage(
            EnrollCommands::tr("--kind must be one of hospital, clinic, laboratory, "
                               "payment-gateway, trial-sponsor, regulator-office, fund-manager.")));
    auto started = start(context, parser, {QStringLiteral("name"), QStringLiteral("region"), kOut},
                         {chain::Role::Authority});
    if (!started)
        return context.fail(started.failure());
    if (!started->signer->extraSecret)
        return context.fail(Error {EnrollCommands::tr(
            "The authority's keystore holds no registration key to hand to the institution.")});
    const auto issuer = started->session->issuerCertificate(*started->signer);
    if (!issuer)
        return context.fail(issuer.failure());
    const auto keys = identity::IdentityKeys::generate();
    const QString name = parser.value(QStringLiteral("name"));
    auto body = identity::Enrollment::institution(
        {issuer.value(), started->signer->keys.signing}, keys, *kind, name,
        parser.value(QStringLiteral("region")), identity::Validity::within(issuer.value(), 10));
    if (!body)
        return context.fail(body.failure());
    // The institution's desk hashes national IDs under the network's registration key.
    const std::optional<crypto::SecureBuffer> registrationKey
        = crypto::SecureBuffer::copyOf(started->signer->extraSecret->bytes());
    return enroll(context, parser, started.value(), keys,
                  {chain::Role::Institution, keys.id(), keys.encryption.publicKey(), name, {}},
                  registrationKey, std::move(body).value());
}

int runPractitioner(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    auto started = start(
        context, parser,
        {kAs, QStringLiteral("name"), QStringLiteral("licence"), QStringLiteral("specialty"), kOut},
        {chain::Role::Institution});
    if (!started)
        return context.fail(started.failure());
    const auto issuer = started->session->issuerCertificate(*started->signer);
    if (!issuer)
        return context.fail(issuer.failure());
    const auto keys = identity::IdentityKeys::generate();
    const QString name = parser.value(QStringLiteral("name"));
    auto body = identity::Enrollment::practitioner(
        {issuer.value(), started->signer->keys.signing}, keys, name,
        parser.value(QStringLiteral("licence")), parser.value(QStringLiteral("specialty")),
        identity::Validity::within(issuer.value(), 5));
    if (!body)
        return context.fail(body.failure());
    // Their records' supervision summaries are pseudonymised under the registration key.
    if (!started->signer->extraSecret)
        return context.fail(Error {EnrollCommands::tr(
            "This institution's keystore holds no registration key to hand to the practitioner.")});
    return enroll(context, parser, started.value(), keys,
                  {chain::Role::Practitioner, keys.id(), keys.encryption.publicKey(), name, {}},
                  crypto::SecureBuffer::copyOf(started->signer->extraSecret->bytes()),
                  std::move(body).value());
}

int runPatient(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const QString requestFile = parser.value(QStringLiteral("request"));
    if (requestFile.isEmpty() == parser.value(kOut).isEmpty())
        return context.fail(CliContext::usage(EnrollCommands::tr(
            "Give either --request (keys the patient made) or --out (keys made here).")));
    auto started
        = start(context, parser, {kAs, QStringLiteral("national-id"), QStringLiteral("region")},
                {chain::Role::Institution});
    if (!started)
        return context.fail(started.failure());
    // Keys made here are the desk's stand-in for a patient's device: the same request, made
    // on the spot, so both paths register through the one check the desktop's desk uses.
    std::optional<identity::IdentityKeys> madeHere;
    QByteArray request;
    if (requestFile.isEmpty()) {
        madeHere = identity::IdentityKeys::generate();
        request
            = identity::RegistrationRequest::create(*madeHere, QDateTime::currentMSecsSinceEpoch());
    } else {
        auto read = identity::RegistrationRequest::readFile(requestFile);
        if (!read)
            return context.fail(read.failure());
        request = std::move(read).value();
    }
    const auto bodies = client::SessionActions::registration(
        started->signer->keys, started->signer->extraSecret, request,
        parser.value(QStringLiteral("national-id")),
        parser.value(QStringLiteral("region")))(started->session->ledger());
    if (!bodies)
        return context.fail(bodies.failure());
    const auto &body = std::get<identity::RegisterPatient>(bodies->first());
    if (madeHere)
        return enroll(
            context, parser, started.value(), *madeHere,
            {chain::Role::Patient, madeHere->id(), madeHere->encryption.publicKey(), {}, {}},
            std::nullopt, body);
    auto committed = started->session->commit(started->signer->keys.signing, body);
    if (!committed)
        return context.fail(committed.failure());
    const QJsonObject json {{QStringLiteral("identity"), hex(body.identity)},
                            {QStringLiteral("role"), roleName(chain::Role::Patient)},
                            {QStringLiteral("transaction"), hex(committed->transaction)},
                            {QStringLiteral("height"), qint64(committed->height)}};
    return context.report(json,
                          {EnrollCommands::tr("Registered the patient of %1.").arg(requestFile),
                           EnrollCommands::tr("  identity:    %1").arg(hex(body.identity)),
                           EnrollCommands::tr("  transaction: %1").arg(hex(committed->transaction)),
                           EnrollCommands::tr("  block:       %1").arg(committed->height)});
}

int runRequest(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    for (const QString &option : {kOut, QStringLiteral("keystore")})
        if (auto value = CliContext::required(parser, option); !value)
            return context.fail(value.failure());
    if (auto loaded = context.loadPassphrase(); !loaded)
        return context.fail(loaded.failure());
    const QString keystore = parser.value(QStringLiteral("keystore"));
    const QString out = parser.value(kOut);
    const auto made = identity::RegistrationRequest::createIdentity(
        keystore, out, context.passphrase(), context.newKeyParams(),
        parser.value(QStringLiteral("chain-id")), QDateTime::currentMSecsSinceEpoch());
    if (!made)
        return context.fail(made.failure());
    const QJsonObject json {{QStringLiteral("identity"), hex(made.value())},
                            {QStringLiteral("keystore"), keystore},
                            {QStringLiteral("request"), out}};
    return context.report(
        json,
        {EnrollCommands::tr("Made a patient identity; take the request to a registration "
                            "desk with your identity card."),
         EnrollCommands::tr("  identity:    %1").arg(hex(made.value())),
         EnrollCommands::tr("  keystore:    %1").arg(keystore),
         EnrollCommands::tr("  request:     %1").arg(out)});
}

int runRevoke(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto target = parseIdentity(parser.value(QStringLiteral("identity")));
    if (!target)
        return context.fail(CliContext::usage(
            EnrollCommands::tr("--identity needs an identity's public key (64 hex digits).")));
    auto started = start(context, parser, {QStringLiteral("reason")},
                         {chain::Role::Authority, chain::Role::Institution,
                          chain::Role::Practitioner, chain::Role::Patient, chain::Role::Node});
    if (!started)
        return context.fail(started.failure());
    const auto onChain = started->session->ledger().state().identity(*target);
    if (!onChain)
        return context.fail(
            Error {EnrollCommands::tr("The identity %1 is not enrolled on this chain.")
                       .arg(hex(*target))});
    if (onChain->revoked)
        return context.fail(
            Error {EnrollCommands::tr("The identity %1 is already revoked.").arg(hex(*target))});
    auto committed = started->session->commit(
        started->signer->keys.signing,
        identity::RevokeIdentity {*target, parser.value(QStringLiteral("reason"))});
    if (!committed)
        return context.fail(committed.failure());
    const QJsonObject json {{QStringLiteral("identity"), hex(*target)},
                            {QStringLiteral("transaction"), hex(committed->transaction)},
                            {QStringLiteral("height"), qint64(committed->height)}};
    return context.report(json,
                          {EnrollCommands::tr("Revoked %1.").arg(hex(*target)),
                           EnrollCommands::tr("  transaction: %1").arg(hex(committed->transaction)),
                           EnrollCommands::tr("  block:       %1").arg(committed->height)});
}

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

} // namespace

QList<Command> enrollCommands()
{
    const auto as = option(kAs, EnrollCommands::tr("The signing identity's keystore."),
                           QStringLiteral("KEYSTORE"));
    const auto asPassphrase = option(
        kAsPassphrase,
        EnrollCommands::tr("The passphrase of --as, when it differs from the data folder's."),
        QStringLiteral("FILE"));
    const auto out = option(kOut, EnrollCommands::tr("Where to write the new identity's keystore."),
                            QStringLiteral("FILE"));
    const auto newPassphrase
        = option(kNewPassphrase,
                 EnrollCommands::tr("The new keystore's passphrase (default: the data folder's)."),
                 QStringLiteral("FILE"));
    const auto name = option(QStringLiteral("name"), EnrollCommands::tr("The display name."),
                             QStringLiteral("NAME"));
    const auto region
        = option(QStringLiteral("region"), EnrollCommands::tr("The region code, e.g. 340104."),
                 QStringLiteral("CODE"));
    const QString signing
        = QStringLiteral(" [--as-passphrase-file FILE] [--new-passphrase-file FILE]");
    return {
        {{QStringLiteral("enroll"), QStringLiteral("institution")},
         QStringLiteral("--kind KIND --name NAME --region CODE --out FILE.mcid [--as KEYSTORE]")
             + signing,
         EnrollCommands::tr("Enroll an institution, signed by the authority (node.json's "
                            "identity unless --as)."),
         {option(QStringLiteral("kind"),
                 EnrollCommands::tr("hospital, clinic, laboratory, payment-gateway, trial-sponsor, "
                                    "regulator-office or fund-manager."),
                 QStringLiteral("KIND")),
          name, region, out, as, asPassphrase, newPassphrase},
         {},
         runInstitution},
        {{QStringLiteral("enroll"), QStringLiteral("practitioner")},
         QStringLiteral("--as INSTITUTION.mcid --name NAME --licence NUMBER --specialty TEXT "
                        "--out FILE.mcid")
             + signing,
         EnrollCommands::tr("Enroll a practitioner, signed by their institution."),
         {as, name,
          option(QStringLiteral("licence"), EnrollCommands::tr("The licence number."),
                 QStringLiteral("NUMBER")),
          option(QStringLiteral("specialty"), EnrollCommands::tr("The specialty."),
                 QStringLiteral("TEXT")),
          out, asPassphrase, newPassphrase},
         {},
         runPractitioner},
        {{QStringLiteral("register"), QStringLiteral("patient")},
         QStringLiteral("--as INSTITUTION.mcid --national-id ID --region CODE "
                        "(--request FILE.mcreq | --out FILE.mcid)")
             + signing,
         EnrollCommands::tr("Register a patient after an ID check, signed by an institution; "
                            "the chain keeps only a keyed hash of the national ID."),
         {as,
          option(QStringLiteral("national-id"), EnrollCommands::tr("The national ID number."),
                 QStringLiteral("ID")),
          region,
          option(QStringLiteral("request"),
                 EnrollCommands::tr("The registration request the patient's device made."),
                 QStringLiteral("FILE")),
          option(kOut,
                 EnrollCommands::tr("Without --request: make the keys here and write their "
                                    "keystore to this file."),
                 QStringLiteral("FILE")),
          asPassphrase, newPassphrase},
         {},
         runPatient},
        {{QStringLiteral("register"), QStringLiteral("request")},
         QStringLiteral("--keystore FILE.mcid --out FILE.mcreq [--chain-id ID]"),
         EnrollCommands::tr("Make your own patient identity: its keystore (under the "
                            "passphrase) and the request a registration desk imports."),
         {option(QStringLiteral("keystore"),
                 EnrollCommands::tr("Where to write your new keystore."), QStringLiteral("FILE")),
          option(kOut, EnrollCommands::tr("Where to write the registration request."),
                 QStringLiteral("FILE")),
          option(QStringLiteral("chain-id"),
                 EnrollCommands::tr("The network the identity is for, if known."),
                 QStringLiteral("ID"))},
         {},
         runRequest},
        {{QStringLiteral("revoke")},
         QStringLiteral("--identity HEX --reason TEXT [--as KEYSTORE] [--as-passphrase-file FILE]"),
         EnrollCommands::tr("Revoke an identity, signed by the authority (default), its "
                            "enrolling institution or itself."),
         {as, asPassphrase,
          option(QStringLiteral("identity"),
                 EnrollCommands::tr("The identity's public key (64 hex digits)."),
                 QStringLiteral("HEX")),
          option(QStringLiteral("reason"), EnrollCommands::tr("Why it is revoked."),
                 QStringLiteral("TEXT"))},
         {},
         runRevoke},
    };
}

} // namespace medchain::cli
