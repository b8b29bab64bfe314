#include "client/SessionActions.h"

#include "crypto/Certificate.h"
#include "identity/RegistrationRequest.h"
#include "records/Pseudonym.h"
#include "records/RecordCrypto.h"
#include "records/RecordRules.h"

#include <QDateTime>

#include <algorithm>

namespace medchain::client {

ActionBuilder SessionActions::grant(const identity::IdentityKeys &keys, const IdentityId &grantee,
                                    const consent::AccessScope &scope, qint64 expiry,
                                    std::optional<Hash> request)
{
    return [&keys, grantee, scope, expiry,
            request](const chain::Ledger &ledger) -> Result<QList<chain::TxBody>> {
        const chain::LedgerState &state = ledger.state();
        const auto to = state.identity(grantee);
        if (!to || to->revoked)
            return Error {tr("%1 is not an active practitioner or institution.")
                              .arg(to ? to->name : tr("This identity")),
                          QStringLiteral("invalid")};
        const IdentityId me = keys.id();
        QList<chain::RecordKeyShare> shares;
        for (const chain::RecordInfo &record : state.recordsForPatient(me)) {
            if (!scope.covers(record.id, record.category)
                || state.hasKey(record.currentVersion, grantee))
                continue;
            const auto sealed = state.sealedKey(record.currentVersion, me);
            if (!sealed)
                continue; // nothing of ours to share: the grantee gets it from its author
            auto resealed
                = records::RecordCrypto::reseal(*sealed, keys.encryption, to->encryptionKey);
            if (!resealed)
                return resealed.failure();
            shares.append({record.id, std::move(resealed).value()});
        }
        // Key shares travel sorted by record (protocol.md §1.3); chunks of a sorted list stay so.
        std::sort(shares.begin(), shares.end(),
                  [](const chain::RecordKeyShare &a, const chain::RecordKeyShare &b) {
                      return a.record < b.record;
                  });
        const auto chunk = qsizetype(chain::limits::MaxListItems);
        consent::GrantAccess body {grantee, scope, expiry, shares.mid(0, chunk), request};
        QList<chain::TxBody> bodies {body};
        for (qsizetype at = chunk; at < shares.size(); at += chunk)
            bodies.append(consent::ShareKeys {grantee, shares.mid(at, chunk)});
        return bodies;
    };
}

namespace {
/// The sealed content and summary of a version by author for the record header describes.
Result<records::SealedRecord> sealVersion(const chain::Ledger &ledger,
                                          const chain::IdentityInfo &author,
                                          const records::RecordHeader &header,
                                          const records::RecordContent &content,
                                          const std::optional<crypto::SecureBuffer> &registration)
{
    const chain::LedgerState &state = ledger.state();
    if (!registration)
        return Error {SessionActions::tr("This keystore does not carry the network's "
                                         "registration key, which a record's supervision "
                                         "summary needs. Ask your institution for a keystore "
                                         "that does."),
                      QStringLiteral("invalid")};
    const auto patient = state.identity(header.patient);
    if (!patient || patient->revoked || patient->role != chain::Role::Patient)
        return Error {SessionActions::tr("This patient is not an active patient of the network."),
                      QStringLiteral("unknown")};
    QList<records::Reader> readers;
    for (const IdentityId &id : records::requiredRecipients(
             state, header.patient, author, header.category, QDateTime::currentMSecsSinceEpoch()))
        if (const auto reader = state.identity(id))
            readers.append({id, reader->encryptionKey});
    const records::SupervisionSummary summary = records::SupervisionSummary::of(
        content, patient->regionCode, header.encounterTime, author.parent.toByteArray(),
        records::supervisionPseudonym(*registration, header.patient));
    return records::RecordCrypto::seal(content.encode(), header, readers, summary.encode(),
                                       ledger.genesis().authorityEncryptionKey);
}

Result<chain::IdentityInfo> practitioner(const chain::LedgerState &state, const IdentityId &me)
{
    const auto info = state.identity(me);
    if (!info || info->revoked || info->role != chain::Role::Practitioner)
        return Error {SessionActions::tr("Only an active practitioner can write records."),
                      QStringLiteral("not-authorised")};
    return *info;
}
} // namespace

ActionBuilder SessionActions::record(const identity::IdentityKeys &keys,
                                     const std::optional<crypto::SecureBuffer> &registrationKey,
                                     const IdentityId &patient, chain::RecordCategory category,
                                     qint64 encounterTime, const records::RecordContent &content,
                                     const QList<Hash> &claims)
{
    return [&keys, &registrationKey, patient, category, encounterTime, content,
            claims](const chain::Ledger &ledger) -> Result<QList<chain::TxBody>> {
        const auto author = practitioner(ledger.state(), keys.id());
        if (!author)
            return author.failure();
        const records::RecordHeader header {
            ledger.genesis().chainId, patient, keys.id(), category, encounterTime, std::nullopt};
        auto sealed = sealVersion(ledger, author.value(), header, content, registrationKey);
        if (!sealed)
            return sealed.failure();
        QList<Hash> sortedClaims = claims;
        std::sort(sortedClaims.begin(), sortedClaims.end());
        sortedClaims.erase(std::unique(sortedClaims.begin(), sortedClaims.end()),
                           sortedClaims.end());
        return QList<chain::TxBody> {records::AddRecord {patient, category, encounterTime,
                                                         sealed->ciphertext, sealed->envelopes,
                                                         sealed->supervision, sortedClaims}};
    };
}

ActionBuilder SessionActions::amendment(const identity::IdentityKeys &keys,
                                        const std::optional<crypto::SecureBuffer> &registrationKey,
                                        const Hash &record, const records::RecordContent &content,
                                        const QString &reason)
{
    return [&keys, &registrationKey, record, content,
            reason](const chain::Ledger &ledger) -> Result<QList<chain::TxBody>> {
        const auto author = practitioner(ledger.state(), keys.id());
        if (!author)
            return author.failure();
        const auto info = ledger.state().record(record);
        if (!info)
            return Error {tr("This record is not on the chain."), QStringLiteral("unknown")};
        if (info->author != keys.id())
            return Error {tr("Only the record's author can propose an amendment."),
                          QStringLiteral("not-authorised")};
        if (reason.trimmed().isEmpty())
            return Error {tr("Say why the record needs amending."), QStringLiteral("invalid")};
        records::RecordContent amended = content;
        amended.notes = reason.trimmed() + QLatin1Char('\n') + content.notes;
        const records::RecordHeader header {
            ledger.genesis().chainId, info->patient,       info->author,
            info->category,           info->encounterTime, record};
        auto sealed = sealVersion(ledger, author.value(), header, amended, registrationKey);
        if (!sealed)
            return sealed.failure();
        return QList<chain::TxBody> {records::ProposeAmendment {
            record, sealed->ciphertext, sealed->envelopes, sealed->supervision}};
    };
}

ActionBuilder SessionActions::registration(
    const identity::IdentityKeys &keys, const std::optional<crypto::SecureBuffer> &registrationKey,
    const QByteArray &request, const QString &nationalId, const QString &regionCode)
{
    return [&keys, &registrationKey, request, nationalId,
            regionCode](const chain::Ledger &ledger) -> Result<QList<chain::TxBody>> {
        const chain::LedgerState &state = ledger.state();
        const auto desk = state.identity(keys.id());
        if (!desk || desk->revoked || desk->role != chain::Role::Institution)
            return Error {tr("Only an active institution can register patients."),
                          QStringLiteral("not-authorised")};
        if (!registrationKey)
            return Error {tr("This keystore does not carry the network's registration key, so "
                             "it cannot register patients."),
                          QStringLiteral("invalid")};
        const auto asked = identity::RegistrationRequest::decode(request);
        if (!asked)
            return asked.failure();
        if (state.identity(asked->identity))
            return Error {tr("These keys are already registered on this chain."),
                          QStringLiteral("exists")};
        if (nationalId.trimmed().isEmpty())
            return Error {tr("Enter the national ID from the patient's identity card."),
                          QStringLiteral("invalid")};
        const chain::Hash idHash
            = identity::Enrollment::nationalIdHash(*registrationKey, nationalId);
        if (state.activeNationalIdExists(idHash))
            return Error {tr("A patient with this national ID is already registered on this "
                             "chain."),
                          QStringLiteral("exists")};
        auto certificate = crypto::Certificate::fromDer(desk->certificate);
        if (!certificate)
            return certificate.failure();
        auto body = identity::Enrollment::patient(
            {certificate.value(), keys.signing}, asked->identity, asked->encryptionKey, idHash,
            regionCode, identity::Validity::within(certificate.value(), 10));
        if (!body)
            return body.failure();
        return QList<chain::TxBody> {body.value()};
    };
}

ActionBuilder SessionActions::single(chain::TxBody body)
{
    return [body = std::move(body)](const chain::Ledger &) -> Result<QList<chain::TxBody>> {
        return QList<chain::TxBody> {body};
    };
}

Result<QList<QByteArray>> SessionActions::sign(const chain::Ledger &ledger,
                                               const identity::IdentityKeys &keys,
                                               const QList<chain::TxBody> &bodies, qint64 time)
{
    const auto me = ledger.state().identity(keys.id());
    if (!me)
        return Error {tr("Your identity is not on this replica's chain yet; wait for it to "
                         "catch up."),
                      QStringLiteral("unknown")};
    if (me->revoked)
        return Error {tr("Your identity has been revoked; it can no longer sign."),
                      QStringLiteral("revoked")};
    QList<QByteArray> signedTransactions;
    quint64 nonce = me->nonce;
    for (const chain::TxBody &body : bodies)
        signedTransactions.append(chain::Transaction::signAndEncode(
            ledger.genesis().chainId, ++nonce, time, body, keys.signing));
    return signedTransactions;
}

} // namespace medchain::client
