// Internal to client::Session: the transactions an action consists of, built against the
// replica on the reader thread (a grant re-seals the patient's keys to the grantee).
#pragma once

#include "chain/Ledger.h"
#include "chain/Transaction.h"
#include "client/AdminTypes.h"
#include "client/ClientTypes.h"
#include "identity/Enrollment.h"
#include "records/RecordContent.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace medchain::client {

/// Builds an action's bodies from the current state; they are signed in order with the
/// sender's next nonces (Session::ActionBuilder is the same type).
using ActionBuilder = std::function<Result<QList<chain::TxBody>>(const chain::Ledger &ledger)>;

class SessionActions {
    Q_DECLARE_TR_FUNCTIONS(SessionActions)
public:
    /// GrantAccess with the keys of the patient's records in scope re-sealed to the grantee:
    /// the first MaxListItems in the grant, the rest in ShareKeys transactions after it.
    static ActionBuilder grant(const identity::IdentityKeys &keys, const IdentityId &grantee,
                               const consent::AccessScope &scope, qint64 expiry,
                               std::optional<Hash> request);
    /// A practitioner's AddRecord: content sealed to exactly the recipients the chain requires
    /// now, the supervision summary (pseudonym from registrationKey) to the health authority.
    static ActionBuilder record(const identity::IdentityKeys &keys,
                                const std::optional<crypto::SecureBuffer> &registrationKey,
                                const IdentityId &patient, chain::RecordCategory category,
                                qint64 encounterTime, const records::RecordContent &content,
                                const QList<Hash> &claims);
    /// The author's ProposeAmendment of record; reason becomes the first line of the notes.
    static ActionBuilder amendment(const identity::IdentityKeys &keys,
                                   const std::optional<crypto::SecureBuffer> &registrationKey,
                                   const Hash &record, const records::RecordContent &content,
                                   const QString &reason);
    /// An institution's RegisterPatient from the patient's RegistrationRequest file: the
    /// national ID checked against the chain and kept only as its hash under registrationKey.
    static ActionBuilder registration(const identity::IdentityKeys &keys,
                                      const std::optional<crypto::SecureBuffer> &registrationKey,
                                      const QByteArray &request, const QString &nationalId,
                                      const QString &regionCode);
    // Enrolling and administering (AdminActions.cpp).

    /// An institution's EnrollPractitioner for fresh keys, whose keystore (with the registration
    /// key) is written at keystorePath before the transaction is signed; written is set then.
    static ActionBuilder
    practitionerEnrollment(const identity::IdentityKeys &keys,
                           const std::optional<crypto::SecureBuffer> &registrationKey,
                           const PractitionerForm &form, const QString &keystorePath,
                           crypto::SecureBuffer passphrase,
                           std::shared_ptr<std::atomic_bool> written);
    /// The authority's EnrollInstitution, the same way.
    static ActionBuilder
    institutionEnrollment(const identity::IdentityKeys &keys,
                          const std::optional<crypto::SecureBuffer> &registrationKey,
                          const InstitutionForm &form, const QString &keystorePath,
                          crypto::SecureBuffer passphrase,
                          std::shared_ptr<std::atomic_bool> written);
    /// The authority's SetValidators, sorted by node key as the chain wants.
    static ActionBuilder validatorChange(QList<identity::Validator> validators);
    /// The authority's CreateProgram, its codes trimmed, upper-cased, sorted and deduplicated.
    static ActionBuilder program(const ProgramForm &form);
    /// An action of one transaction whose body needs nothing from the state.
    static ActionBuilder single(chain::TxBody body);

    /// Signs bodies with nonces following the sender's last one on chain.
    static Result<QList<QByteArray>> sign(const chain::Ledger &ledger,
                                          const identity::IdentityKeys &keys,
                                          const QList<chain::TxBody> &bodies, qint64 time);
};

} // namespace medchain::client
