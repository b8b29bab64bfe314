// What the desktop's views show, as plain values: a patient's records, consent and wallet, with
// names already resolved. Built off the GUI thread (client/PatientReads, client/WalletReads).
#pragma once

#include "chain/ChainTypes.h"
#include "chain/LedgerState.h"
#include "chain/WalletInfo.h"
#include "consent/ConsentTx.h"
#include "records/RecordContent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace medchain::client {

using chain::Hash;
using chain::IdentityId;
using wallet::Amount;

/// Someone on chain as people name them.
struct Party {
    IdentityId id;
    chain::Role role = chain::Role::Patient;
    std::optional<chain::InstitutionKind> kind; // institutions only
    QString name; // empty when the identity is unknown to the replica
    QString institution; // a practitioner's institution (by name)
    QString specialty; // practitioners
    QString licenceNumber; // practitioners
    QString regionCode;
    bool revoked = false;
};

/// One line of the patient's timeline.
struct RecordSummary {
    Hash id; // the AddRecord transaction
    Hash version; // the version in force (id, or the confirmed amendment)
    IdentityId patient;
    chain::RecordCategory category = chain::RecordCategory::Encounter;
    qint64 encounterTime = 0; // ms since the Unix epoch
    quint64 height = 0;
    Party institution;
    Party author;
    QStringList diagnoses; // ICD-10 codes of the version in force, in record order
    QString chiefComplaint;
    bool amended = false; // a confirmed amendment is in force
    bool amendmentPending = false;
    QString problem; // why the content could not be read (then diagnoses are empty)
};

/// Where and by whom a transaction was committed, and whether its evidence verifies offline.
struct IntegrityProof {
    Hash transaction;
    bool verified = false;
    QString problem; // set when not verified: what failed, in words
    quint64 height = 0;
    qint64 blockTime = 0;
    Hash blockHash;
    QString signer; // the sender's certificate name
    QStringList validators; // who signed the block's commit
};

enum class AmendmentState : quint8 { Pending = 0, Confirmed = 1, Rejected = 2 };

struct AmendmentEntry {
    Hash id;
    AmendmentState state = AmendmentState::Pending;
    qint64 proposed = 0; // the proposal's transaction time
    quint64 height = 0;
    Party author;
    std::optional<records::RecordContent> content; // empty when it could not be read
};

/// A record opened in full: what the detail pane and the PDF export show.
struct RecordDetail {
    RecordSummary summary;
    records::RecordContent content; // the version in force
    /// The first version (equal to content when never amended); empty when this reader holds
    /// no key for it (a grant made after an amendment shares only the version in force).
    std::optional<records::RecordContent> original;
    QList<AmendmentEntry> amendments; // oldest first
    IntegrityProof proof; // of the AddRecord
};

/// An amendment awaiting the patient's answer, with both sides to compare.
struct PendingAmendment {
    Hash id;
    Hash record;
    qint64 encounterTime = 0;
    qint64 proposed = 0;
    Party author;
    Party institution;
    records::RecordContent before; // the version in force
    records::RecordContent after; // the proposal
};

struct GrantEntry {
    Hash id;
    Party grantee;
    consent::AccessScope scope;
    qint64 expiry = 0;
    qint64 granted = 0; // the transaction's time
    bool revoked = false;
    bool activeAt(qint64 now) const { return !revoked && expiry > now; }
};

enum class RequestState : quint8 { Pending = 0, Granted = 1, Declined = 2 };

struct RequestEntry {
    Hash id;
    Party requester;
    consent::AccessScope scope;
    qint64 expiry = 0;
    qint64 asked = 0; // the transaction's time
    QString purpose;
    RequestState state = RequestState::Pending;
};

/// One read of one of the patient's records by someone else, or a break-glass declaration.
struct AccessEntry {
    Hash id; // the receipt or the EmergencyAccess transaction
    qint64 time = 0;
    Party reader;
    std::optional<Hash> record; // none for a break-glass declaration
    qint64 recordTime = 0; // the record's encounter time, when there is a record
    QString purpose; // the receipt's purpose, or the emergency's reason
    bool automated = false;
    bool emergency = false;
};

/// Everything the Access tab shows.
struct ConsentSnapshot {
    QList<GrantEntry> grants; // newest first, revoked and expired ones included
    QList<RequestEntry> requests; // newest first
    QList<AccessEntry> accessLog; // newest first
};

struct InvoiceEntry {
    Hash id;
    Party institution;
    Party patient;
    wallet::FeeType feeType = wallet::FeeType::Registration;
    Amount amount = 0;
    std::optional<Hash> encounter;
    qint64 encounterTime = 0; // when there is an encounter
    chain::InvoiceStatus status = chain::InvoiceStatus::Open;
    qint64 issued = 0;
};

struct FundEntry {
    Hash id;
    QString name;
    Party issuer;
    qint64 shares = 0; // the holder's
    Amount value = 0; // of the holder's shares now, rounded down
    qint64 totalShares = 0;
    Amount assets = 0;
};

/// One statement line, with what it was about in words.
struct WalletLine {
    qint64 time = 0;
    quint64 height = 0;
    chain::EntryKind kind = chain::EntryKind::Deposit;
    Amount delta = 0; // 0 for a subsidy that paid nothing
    Amount balance = 0; // after the line
    wallet::AccountId counterpartyId; // the other account, or the gateway
    QString counterparty; // its name: institution, gateway, program or fund
    QString detail; // in words: the fee type of an invoice, the reference of a payment
    std::optional<chain::SubsidyStatus> subsidyStatus;
    QString reference; // a top-up's or withdrawal's payment reference
    std::optional<Hash> invoice; // the invoice a fee line paid
    std::optional<Hash> record; // a subsidy's or an invoice's encounter
    qint64 recordTime = 0; // that encounter's time, when there is one
    qint64 shares = 0; // fund lines: the holder's shares minted (+) or burned (-)
    bool accrued = false; // a fund yield: it raised the holding's value, not the balance
    Hash transaction; // zero for an accrued yield
};

struct WalletSnapshot {
    Amount balance = 0;
    QList<WalletLine> history; // newest first
    QList<InvoiceEntry> invoices; // open first, then newest first
    QList<FundEntry> funds; // every fund on chain, with the holder's shares
    QList<Party> gateways; // payment-gateway institutions, for top-up and withdrawal
};

/// A patient as a doctor's or a desk's lookup lists them.
/// What a desk enters to enroll one of its practitioners.
struct PractitionerForm {
    QString name;
    QString licenceNumber;
    QString specialty;
};

struct PatientEntry {
    Party patient;
    bool granted = false; // an active grant covers this identity (or its institution) now
    bool grantedToInstitution = false; // the grant is the institution's, not the doctor's own
    qint64 grantExpiry = 0; // of the longest active grant, when granted
    bool requestPending = false; // this identity asked and the patient has not answered
    bool emergency = false; // this practitioner's break-glass access is in force
    qint64 lastEncounter = 0; // of the records this identity can read; 0 when none
};

/// A medication from a readable record whose course has not ended.
struct CurrentMedication {
    records::Prescription prescription;
    qint64 started = 0; // the encounter's time
    qint64 ends = 0; // started + duration
    Party prescriber;
};

/// An exam done at an encounter this identity can read: for the repeated-exam warning.
struct ExamDone {
    QString code;
    QString name;
    qint64 time = 0;
    Party institution;
};

/// What a clinician wants at a glance before reading a history.
struct ClinicalSummary {
    IdentityId patient;
    QStringList allergies; // from allergy diagnoses (ICD-10 T78, T88.6, Z88, Z91.0, J30, L23,
                           // L27) and notes that mention an allergy, newest first, no repeats
    QList<CurrentMedication> medications; // courses still running, latest first
    QList<ExamDone> exams; // newest first
    int readable = 0; // records this identity can open
    int unreadable = 0; // the patient's other records (no grant covers them)
};

/// An amendment this identity proposed, for the author's list.
struct AuthoredAmendment {
    AmendmentEntry amendment;
    Hash record;
    Party patient;
    qint64 encounterTime = 0;
};

} // namespace medchain::client
