#include "client/SessionActions.h"

#include "records/RecordCrypto.h"

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
