// The chain state as the transaction rules see it: identities, records, consent, receipts,
// validators and their recorded equivocations, the wallet; read and written inside a block.
#pragma once

#include "chain/ChainTypes.h"
#include "chain/FieldCodec.h"
#include "chain/WalletInfo.h"
#include "common/Result.h"
#include "consent/ConsentTx.h"
#include "crypto/Certificate.h"
#include "crypto/X25519.h"
#include "identity/IdentityTx.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace medchain::storage {
class Database;
}

namespace medchain::chain {

struct IdentityInfo {
    IdentityId id;
    Role role = Role::Patient;
    std::optional<InstitutionKind> kind; // institutions only
    IdentityId parent; // who enrolled it (the authority for itself)
    QString name;
    QString regionCode;
    QString licenceNumber;
    QString specialty;
    crypto::X25519PublicKey encryptionKey;
    std::optional<Hash> nationalIdHash; // patients only
    QByteArray certificate;
    quint64 nonce = 0;
    quint64 enrolledHeight = 0;
    bool revoked = false;
};

struct RecordInfo {
    Hash id; // the AddRecord transaction's hash
    IdentityId patient;
    IdentityId author;
    IdentityId institution;
    RecordCategory category = RecordCategory::Encounter;
    qint64 encounterTime = 0;
    quint64 height = 0;
    Hash currentVersion; // id, or the confirmed amendment that replaced it
};

enum class AmendmentStatus : quint8 { Pending = 0, Confirmed = 1, Rejected = 2 };

struct AmendmentInfo {
    Hash id;
    Hash record;
    IdentityId author;
    AmendmentStatus status = AmendmentStatus::Pending;
    quint64 height = 0;
};

struct GrantInfo {
    Hash id;
    IdentityId patient;
    IdentityId grantee;
    consent::AccessScope scope;
    qint64 expiry = 0;
    quint64 height = 0;
    bool revoked = false;
};

enum class RequestStatus : quint8 { Pending = 0, Granted = 1, Declined = 2 };

struct RequestInfo {
    Hash id;
    IdentityId patient;
    IdentityId requester;
    consent::AccessScope scope;
    qint64 expiry = 0;
    QString purpose;
    RequestStatus status = RequestStatus::Pending;
    quint64 height = 0;
};

struct EmergencyInfo {
    Hash id;
    IdentityId patient;
    IdentityId practitioner;
    QString reason;
    qint64 start = 0;
    qint64 expiry = 0;
    quint64 height = 0;
};

struct ReceiptInfo {
    Hash id;
    Hash record;
    IdentityId reader;
    qint64 time = 0;
    QString purpose;
    bool automated = false;
    bool emergency = false; // the reader had no grant: break-glass access
    quint64 height = 0;
};

/// A validator's double vote as ReportEquivocation recorded it (consensus/EvidenceRules.h).
/// One per (validator, height, round, kind).
struct EquivocationInfo {
    IdentityId validator; // the accused
    quint64 height = 0; // of the two votes
    quint32 round = 0;
    quint8 kind = 0; // the votes' kind, as on the wire: 1 prevote, 2 precommit
    IdentityId reporter; // the transaction's sender
    QByteArray evidence; // the canonical EquivocationEvidence encoding: both signed votes
    quint64 blockHeight = 0; // the block that recorded it
    bool operator==(const EquivocationInfo &) const = default;
};

/// Reads and writes go to one SQLCipher connection inside the block's database transaction.
/// Every write is also fed, in a canonical form, to the block's state digest (see
/// effectsDigest()), so two replicas that executed differently disagree on the state hash.
class LedgerState {
    Q_DECLARE_TR_FUNCTIONS(LedgerState)
public:
    /// db must be the writer (or, for queries only, a reader) of a replica at the latest
    /// replicaSchema() version.
    explicit LedgerState(storage::Database &db);
    ~LedgerState();

    std::optional<IdentityInfo> identity(const IdentityId &id) const;
    bool activeNationalIdExists(const Hash &nationalIdHash) const;
    /// The active patient registered with this national ID hash, if any.
    std::optional<IdentityInfo> activePatientWithNationalId(const Hash &nationalIdHash) const;
    std::optional<RecordInfo> record(const Hash &id) const;
    std::optional<AmendmentInfo> amendment(const Hash &id) const;
    bool hasPendingAmendment(const Hash &record) const;
    std::optional<GrantInfo> grant(const Hash &id) const;
    /// Grants by patient that are neither revoked nor expired at time `at`.
    QList<GrantInfo> activeGrants(const IdentityId &patient, qint64 at) const;
    std::optional<RequestInfo> request(const Hash &id) const;
    bool hasEmergencyAccess(const IdentityId &patient, const IdentityId &reader, qint64 at) const;
    /// True if recipient holds a sealed content key for the record version `content`.
    bool hasKey(const Hash &content, const IdentityId &recipient) const;
    /// The content key of record version `content`, sealed to recipient, if they hold one.
    std::optional<QByteArray> sealedKey(const Hash &content, const IdentityId &recipient) const;
    QList<identity::Validator> validators() const;
    /// der parsed. Inside a block each parse is kept, so the issuers' and the root's
    /// certificates, which every enrollment checks again, are decoded once per block.
    Result<crypto::Certificate> certificate(const QByteArray &der) const;
    QList<ReceiptInfo> receiptsForPatient(const IdentityId &patient) const;
    /// True if an equivocation of validator at (height, round, kind) is already recorded.
    bool equivocationRecorded(const IdentityId &validator, quint64 height, quint32 round,
                              quint8 kind) const;
    /// Every recorded equivocation, newest first (the last recorded comes first).
    QList<EquivocationInfo> equivocations() const;

    // Lists for the desktop's views (LedgerStateLists.cpp).
    /// A patient's records, the latest encounter first.
    QList<RecordInfo> recordsForPatient(const IdentityId &patient) const;
    /// A record's amendments, oldest first.
    QList<AmendmentInfo> amendmentsForRecord(const Hash &record) const;
    /// Amendments of a patient's records still waiting for the patient, oldest first.
    QList<AmendmentInfo> pendingAmendmentsForPatient(const IdentityId &patient) const;
    /// Every grant a patient has made, revoked and expired ones too, the latest first.
    QList<GrantInfo> grantsForPatient(const IdentityId &patient) const;
    /// Every access request to a patient, the latest first.
    QList<RequestInfo> requestsForPatient(const IdentityId &patient) const;
    /// Every break-glass access to a patient's records, the latest first.
    QList<EmergencyInfo> emergenciesForPatient(const IdentityId &patient) const;
    /// Every grant to grantee, revoked and expired ones too, the latest first.
    QList<GrantInfo> grantsForGrantee(const IdentityId &grantee) const;
    /// Every break-glass access by practitioner, the latest first (a scan: the table is small).
    QList<EmergencyInfo> emergenciesByPractitioner(const IdentityId &practitioner) const;
    /// Every amendment author proposed, the latest first (a scan: the table is small).
    QList<AmendmentInfo> amendmentsByAuthor(const IdentityId &author) const;
    /// The identities parent enrolled (an institution's staff and nodes), revoked ones too,
    /// by name.
    QList<IdentityInfo> identitiesEnrolledBy(const IdentityId &parent) const;
    /// The identities with role, revoked ones too, by name.
    QList<IdentityInfo> identitiesWithRole(Role role) const;
    /// Every fund, by name.
    QList<FundInfo> funds() const;

    // The wallet (LedgerStateWallet.cpp).
    Amount balance(const AccountId &account) const;
    /// A deposit reference is the gateway's and unique per gateway; a withdrawal reference is
    /// unique per gateway and holder, so no one can take another's (or a deposit's) number.
    bool paymentExists(const IdentityId &gateway, PaymentKind kind, const QString &reference,
                       const IdentityId &account) const;
    std::optional<InvoiceInfo> invoice(const Hash &id) const;
    std::optional<ProgramInfo> program(const Hash &id) const;
    /// Every subsidy program, by name.
    QList<ProgramInfo> programs() const;
    std::optional<BeneficiaryInfo> beneficiary(const Hash &program,
                                               const IdentityId &patient) const;
    /// The programs a patient is enrolled in, by program id.
    QList<BeneficiaryInfo> enrolments(const IdentityId &patient) const;
    std::optional<FundInfo> fund(const Hash &id) const;
    qint64 holding(const Hash &fund, const IdentityId &holder) const;
    /// Every fund the holder has held, by fund id (a fully redeemed one with 0 shares).
    QList<HoldingInfo> holdingsOf(const IdentityId &holder) const;
    /// An account's statement, oldest first, each entry with its block's time.
    QList<EntryInfo> statement(const AccountId &account) const;
    QList<InvoiceInfo> invoicesFor(const IdentityId &patient) const;
    /// The invoices an institution issued, newest first, at most limit.
    QList<InvoiceInfo> invoicesIssuedBy(const IdentityId &institution, int limit) const;
    QList<SubsidyInfo> subsidiesFor(const IdentityId &patient) const;
    QList<YieldInfo> yields(const Hash &fund) const;
    /// Recomputes the books from every row: deposits, withdrawals, balances, statements, shares.
    Result<WalletAudit> auditWallet() const;

    void putIdentity(const IdentityInfo &identity);
    void setNonce(const IdentityId &id, quint64 nonce);
    void revokeIdentity(const IdentityId &id);
    /// A new record with its first version's envelopes (logged as PutRecord, then PutKeys).
    void putRecord(const RecordInfo &record, const QList<KeyEnvelope> &envelopes);
    void setRecordVersion(const Hash &record, const Hash &version);
    void putKey(const Hash &content, const IdentityId &recipient, const QByteArray &sealedKey);
    /// An amendment's envelopes, all at once (sealed keys are fixed-size, so the log of
    /// recipient || key pairs is unambiguous).
    void putKeys(const Hash &content, const QList<KeyEnvelope> &envelopes);
    void putAmendment(const AmendmentInfo &amendment);
    void setAmendmentStatus(const Hash &amendment, AmendmentStatus status);
    void putGrant(const GrantInfo &grant);
    void revokeGrant(const Hash &grant);
    void putRequest(const RequestInfo &request);
    void setRequestStatus(const Hash &request, RequestStatus status);
    void putEmergency(const EmergencyInfo &emergency);
    void putReceipt(const ReceiptInfo &receipt);
    void setValidators(const QList<identity::Validator> &validators);
    void putEquivocation(const EquivocationInfo &equivocation);

    /// Moves money and writes both statement entries. A debit beyond the balance or a credit
    /// that overflows is a storage failure: the rules must have refused it first.
    void moveMoney(const Movement &movement);
    void putPayment(const PaymentInfo &payment);
    void putInvoice(const InvoiceInfo &invoice);
    void setInvoiceStatus(const Hash &invoice, InvoiceStatus status, const Hash &settlement);
    void putProgram(const ProgramInfo &program);
    void putBeneficiary(const BeneficiaryInfo &beneficiary);
    void setBeneficiaryPaid(const Hash &program, const IdentityId &patient, Amount paid);
    void putSubsidy(const SubsidyInfo &subsidy);
    void putFund(const FundInfo &fund);
    void setFund(const Hash &fund, qint64 totalShares, qint64 lastYieldDay);
    void setHolding(const Hash &fund, const IdentityId &holder, qint64 shares);
    void putYield(const YieldInfo &yield);
    /// Conservation over the current block: the balances of the accounts it touched, as now
    /// stored, differ from what their statements said before the block by exactly its deposits
    /// minus its withdrawals, and none is negative. With the full audit when a replica opens,
    /// this checks after every block that the sum of balances equals deposits minus
    /// withdrawals, and a balance edited outside the rules stops the next block touching it.
    Result<void> checkBlockConservation();

    /// Brackets the execution of one block: in between, identities are served from memory
    /// (every identity write goes through this class). endBlock() forgets them, so a block that
    /// rolled back leaves nothing stale behind. BlockScope calls both.
    void beginBlock();
    void endBlock();
    /// Writes what a block deferred (its senders' final nonces, in key order); call before
    /// takeEffectsDigest() at the end of every block.
    void flushBlockWrites();

    class BlockScope {
    public:
        explicit BlockScope(LedgerState &state) : m_state(state) { m_state.beginBlock(); }
        ~BlockScope() { m_state.endBlock(); }
        BlockScope(const BlockScope &) = delete;
        BlockScope &operator=(const BlockScope &) = delete;

    private:
        LedgerState &m_state;
    };

    /// A digest of every row of every state table, to compare two replicas' states.
    Hash tablesDigest() const;

    /// The digest of every write since the last call (then starts afresh).
    Hash takeEffectsDigest();
    /// A storage failure during a write: the block must not commit.
    bool hasFailed() const;
    QString failure() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace medchain::chain
