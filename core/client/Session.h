// The desktop's one interface to its node for one unlocked identity: queries run on a reader
// thread over a read-only replica connection; actions are signed here and submitted in order.
#pragma once

#include "chain/Transaction.h"
#include "client/AdminTypes.h"
#include "client/ClientTypes.h"
#include "client/SurveillanceTypes.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "identity/Keystore.h"
#include "node/NodeClient.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace medchain::analytics {
class SupervisionStore;
}

namespace medchain::client {

class ReaderThread;
struct SupervisionCache;

/// Views never touch storage, sockets or keys: they ask the session and are called back in
/// their own thread. A callback whose context object is gone by then is dropped.
class Session : public QObject {
    Q_OBJECT
public:
    using ActionId = quint64;
    using BatchCallback
        = std::function<void(const QList<RecordSummary> &batch, int done, int total)>;
    template <typename T> using Callback = std::function<void(const T &)>;

    /// node must outlive the session; folder is its data folder and passphrase opens its
    /// replica (on the reader thread, about half a second). The keys stay in guarded memory and
    /// are wiped with the session.
    Session(node::NodeClient &node, const QString &folder, crypto::SecureBuffer passphrase,
            identity::UnlockedIdentity me, QObject *parent = nullptr);
    ~Session() override;

    const IdentityId &identity() const;
    chain::Role role() const;
    /// The keystore's label, else the identity's name on chain once read (see ready()).
    QString displayName() const;
    node::SyncStatus syncStatus() const;

    // Reads. Each is queued behind the ones before it on the reader thread.

    /// The patient's records, newest first, in batches as they are decrypted (done == total
    /// marks the last batch; a history with no records gets one empty batch).
    void loadTimeline(QObject *context, BatchCallback onBatch);
    void loadRecord(const Hash &record, QObject *context, Callback<Result<RecordDetail>> done);
    /// Several records in full, in the order given (for printing).
    void loadRecords(const QList<Hash> &records, QObject *context,
                     Callback<Result<QList<RecordDetail>>> done);
    void loadConsent(QObject *context, Callback<ConsentSnapshot> done);
    void loadPendingAmendments(QObject *context, Callback<QList<PendingAmendment>> done);
    /// Active practitioners and institutions that can be granted access, by name.
    void loadDirectory(QObject *context, Callback<QList<Party>> done);
    void loadWallet(QObject *context, Callback<WalletSnapshot> done);
    /// The dispute evidence file (chain/Evidence.h) of a committed transaction.
    void loadEvidence(const Hash &transaction, QObject *context, Callback<Result<QByteArray>> done);

    // Reads for practitioners and institutions.

    /// The patients this identity may read now: an active grant to it or to a practitioner's
    /// institution, or the practitioner's break-glass access in force; by name.
    void loadPatients(QObject *context, Callback<QList<PatientEntry>> done);
    /// Active patients whose id is exactly query (64 hex digits) or whose name contains it;
    /// at most 50, by name. A desk holding the registration key also finds the patient whose
    /// national ID is query.
    void findPatients(const QString &query, QObject *context, Callback<QList<PatientEntry>> done);
    /// A patient's records this identity can read, newest first, in batches as loadTimeline.
    void loadPatientTimeline(const IdentityId &patient, QObject *context, BatchCallback onBatch);
    void loadClinicalSummary(const IdentityId &patient, QObject *context,
                             Callback<ClinicalSummary> done);
    /// A record in full. Unless this identity is the patient, the read is then receipted on
    /// chain (AccessReceipt with purpose, by a person); receiptQueued gets that action's id.
    void openRecord(const Hash &record, const QString &purpose, QObject *context,
                    Callback<Result<RecordDetail>> done);
    /// The amendments this identity proposed, latest first, with the patient's answer.
    void loadAuthoredAmendments(QObject *context, Callback<QList<AuthoredAmendment>> done);
    /// The practitioners and nodes this institution enrolled, revoked ones too, by name.
    void loadStaff(QObject *context, Callback<QList<Party>> done);
    /// The invoices this institution issued, newest first (at most 500), with their patients.
    void loadIssuedInvoices(QObject *context, Callback<QList<InvoiceEntry>> done);

    // Reads for the health authority (the regulator).

    /// The surveillance dashboard for query. The supervision summaries sealed to this identity
    /// are read into a local store (SQLCipher, in the node folder, keyed from the identity's
    /// key) block by block as the chain grows, so only blocks new since the last call are read;
    /// the first call over a long chain takes a while (docs/performance.md).
    void loadSurveillance(const SurveillanceQuery &query, QObject *context,
                          Callback<Result<SurveillanceSnapshot>> done);
    /// The outbreak alerts by the query's method in its window, region and disease, newest
    /// first; the store catches up first. Apart from the dashboard: it reads every cell.
    void loadAlerts(const SurveillanceQuery &query, QObject *context,
                    Callback<Result<QList<OutbreakAlert>>> done);
    /// The records in the query's window, region and disease that break a supervision rule
    /// (docs/supervision-rules.md), newest first; the store catches up first.
    void loadFindings(const SurveillanceQuery &query, QObject *context,
                      Callback<Result<QList<SupervisionFinding>>> done);
    /// The trail of the record a transaction is about (the record itself, an amendment, an
    /// answer or an access receipt), for a dispute; the store catches up first.
    void loadTrail(const Hash &transaction, QObject *context, Callback<Result<RecordTrail>> done);
    /// The validators with the newest commit each signed and block each proposed (from the
    /// replica's last AdminReads::ScanDepth blocks) and the node's peers with their heights.
    void loadNetworkHealth(QObject *context, Callback<NetworkHealth> done);
    /// The institutions, practitioners and nodes, the validator set and the subsidy programs.
    void loadAdministration(QObject *context, Callback<AdminDirectory> done);

    // Actions, each one or more transactions signed with the identity's key. They run one at a
    // time, in the order asked; actionFinished reports each.

    /// With the content keys of the patient's records in scope re-sealed to the grantee
    /// (GrantAccess carries the first 1,024; ShareKeys transactions the rest).
    ActionId grantAccess(const IdentityId &grantee, const consent::AccessScope &scope,
                         qint64 expiry, std::optional<Hash> request = std::nullopt);
    ActionId revokeGrant(const Hash &grant);
    ActionId declineRequest(const Hash &request);
    ActionId answerAmendment(const Hash &amendment, bool confirm);
    ActionId payInvoice(const Hash &invoice);
    ActionId withdraw(const IdentityId &gateway, Amount amount, const QString &reference);
    ActionId subscribe(const Hash &fund, Amount amount);
    /// Redeems shares worth amount (rounded up to whole shares, protocol.md §4.27).
    ActionId redeem(const Hash &fund, Amount amount);

    /// A practitioner's new record, sealed to exactly the readers the chain requires now, with
    /// its supervision summary sealed to the health authority (needs the registration key in
    /// the keystore, as institutions' and practitioners' keystores carry it).
    ActionId addRecord(const IdentityId &patient, chain::RecordCategory category,
                       qint64 encounterTime, const records::RecordContent &content,
                       const QList<Hash> &claims = {});
    /// The author's replacement content; the reason leads the notes. It takes effect when the
    /// patient confirms.
    ActionId proposeAmendment(const Hash &record, const records::RecordContent &content,
                              const QString &reason);
    ActionId requestAccess(const IdentityId &patient, const consent::AccessScope &scope,
                           qint64 expiry, const QString &purpose);
    /// Break-glass: recorded with its reason and flagged to the patient and the regulator. The
    /// keys come from the patient or the records' institutions (ShareKeys).
    ActionId emergencyAccess(const IdentityId &patient, const QString &reason);
    /// A desk registers the patient whose device made request (identity/RegistrationRequest),
    /// after checking their identity card: nationalId goes on chain only as its salted hash.
    ActionId registerPatient(const QByteArray &request, const QString &nationalId,
                             const QString &regionCode);
    /// A desk enrolls one of its institution's practitioners. Their keystore, holding the
    /// network's registration key their records' supervision summaries need, is written at
    /// keystorePath (never over a file) under the passphrase they type at the desk (UTF-8, as
    /// crypto::Argon2id::passphraseToUtf8 gives it); then the enrollment is committed. A refused
    /// enrollment takes the keystore away again. Deriving its key takes about a second on the
    /// reader thread.
    ActionId enrollPractitioner(const PractitionerForm &form, const QString &keystorePath,
                                crypto::SecureBuffer passphrase);
    /// The authority enrolls an institution as enrollPractitioner enrolls a practitioner; its
    /// keystore carries the registration key its desk hashes national IDs with.
    ActionId enrollInstitution(const InstitutionForm &form, const QString &keystorePath,
                               crypto::SecureBuffer passphrase);
    /// Revoked by the authority: the identity can sign nothing from then on.
    ActionId revokeIdentity(const IdentityId &identity, const QString &reason);
    /// The authority's complete validator set from the next block on (active nodes only).
    ActionId setValidators(const QList<identity::Validator> &validators);
    /// The authority's subsidy program, funded from its own account.
    ActionId createProgram(const ProgramForm &form);
    /// A hospital's or clinic's fee for the patient, optionally for one of their encounters.
    ActionId issueInvoice(const IdentityId &patient, wallet::FeeType feeType, Amount amount,
                          std::optional<Hash> encounter = std::nullopt);

signals:
    /// The reader has opened the replica; queries asked before are answered after this.
    void ready();
    /// The replica could not be opened for reading; every later query is dropped.
    void failed(const QString &reason);
    /// An action's transactions were all committed (ok), or one was refused (message says
    /// why, translated).
    void actionFinished(medchain::client::Session::ActionId id, bool ok, const QString &message);
    /// openRecord queued the access receipt of record as action id.
    void receiptQueued(const medchain::chain::Hash &record, medchain::client::Session::ActionId id);
    /// A block was committed: views reload what they show.
    void chainChanged(quint64 height);
    void syncStatusChanged(const medchain::node::SyncStatus &status);

private:
    class Actions;
    using Job = std::function<void(const chain::Ledger &ledger)>;
    using ActionBuilder = std::function<Result<QList<chain::TxBody>>(const chain::Ledger &ledger)>;

    /// Runs job on the reader thread.
    void post(Job job);
    /// Calls call on this session's thread if context still exists by then. The guard is made
    /// where the request was made, on the context's thread.
    void deliver(const QPointer<QObject> &context, std::function<void()> call);
    /// compute on the reader thread, its result handed to done on context's thread.
    template <typename T, typename Compute>
    void readInto(QObject *context, Compute compute, Callback<T> done)
    {
        post([this, context = QPointer<QObject>(context), compute = std::move(compute),
              done = std::move(done)](const chain::Ledger &ledger) mutable {
            T result = compute(ledger);
            deliver(context, [done, result = std::move(result)] { done(result); });
        });
    }
    /// patient's records this identity can read, in batches (loadTimeline's contract).
    /// work on the regulator's supervision store, caught up, on the reader thread.
    template <typename T>
    void withSupervisionStore(
        QObject *context,
        std::function<Result<T>(const chain::Ledger &, const analytics::SupervisionStore &)> work,
        Callback<Result<T>> done);
    void streamTimeline(const IdentityId &patient, QObject *receiver, BatchCallback onBatch);
    /// refused, if given, is called before actionFinished when the action was refused, by the
    /// session or the node (not when it merely timed out: it may still commit).
    ActionId queueAction(ActionBuilder build, std::function<void()> refused = {});
    /// An enrollment whose keystore, once written at path, goes again if it is refused.
    template <typename Form, typename Builder>
    ActionId queueEnrollment(Builder builder, const Form &form, const QString &path,
                             crypto::SecureBuffer passphrase);
    void startNextAction();
    enum class Outcome { Committed, Refused, TimedOut };
    void finishAction(Outcome outcome, const QString &message);

    std::unique_ptr<ReaderThread> m_reader;
    std::unique_ptr<Actions> m_actions;
    node::NodeClient &m_node;
    identity::UnlockedIdentity m_me;
    QString m_name;
    std::atomic<quint64> m_timelineGeneration = 0;
    QString m_folder;
    std::shared_ptr<SupervisionCache> m_supervision; // made by the first loadSurveillance
};

} // namespace medchain::client
