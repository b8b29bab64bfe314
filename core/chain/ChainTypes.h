// The vocabulary every chain object shares: hashes, identity ids, roles, transaction types and
// size limits. docs/protocol.md gives the same facts for people who read bytes, not code.
#pragma once

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

#include <QMetaType>
#include <QtGlobal>

namespace medchain::chain {

/// SHA-256 of an object's canonical CBOR encoding: transaction ids, block ids, Merkle roots.
using Hash = crypto::Sha256Digest;
/// An identity is named by its Ed25519 signing key: what signs its transactions.
using IdentityId = crypto::Ed25519PublicKey;

enum class Role : quint8 {
    Authority = 1, // the health authority that created the network (the root CA)
    Institution = 2, // hospital, clinic, lab, payment gateway, trial sponsor, regulator office
    Practitioner = 3, // a doctor or other clinician, enrolled by an institution
    Patient = 4, // registered by an institution's desk, keys made on the patient's device
    Node = 5, // a server or validator run by an institution
};

enum class InstitutionKind : quint8 {
    Hospital = 1,
    Clinic = 2,
    Laboratory = 3,
    PaymentGateway = 4,
    TrialSponsor = 5,
    RegulatorOffice = 6,
    FundManager = 7,
};

enum class RecordCategory : quint8 {
    Encounter = 1, // outpatient or inpatient visit: complaint, diagnoses, prescriptions, fees
    Laboratory = 2, // lab results
    Imaging = 3, // imaging reports
    Prescription = 4, // a prescription on its own
    Vaccination = 5,
};

/// Wire values of the transaction types; never renumber, only add.
enum class TxType : quint16 {
    EnrollInstitution = 1,
    EnrollPractitioner = 2,
    RegisterPatient = 3,
    EnrollNode = 4,
    RevokeIdentity = 5,
    SetValidators = 6,
    ReportEquivocation = 7, // consensus/EvidenceTx.h

    AddRecord = 20,
    ProposeAmendment = 21,
    AnswerAmendment = 22,
    AccessReceipt = 23,

    GrantAccess = 40,
    RevokeGrant = 41,
    RequestAccess = 42,
    DeclineRequest = 43,
    EmergencyAccess = 44,
    ShareKeys = 45,

    Deposit = 60,
    Withdraw = 61,
    IssueInvoice = 62,
    PayInvoice = 63,
    CancelInvoice = 64,
    CreateProgram = 65,
    FundProgram = 66,
    EnrollBeneficiary = 67,
    CreateFund = 68,
    Subscribe = 69,
    Redeem = 70,
    PublishYield = 71,
};

/// Hard limits checked by every decoder; a peer sending more is misbehaving.
namespace limits {
constexpr qsizetype MaxTransactionSize = 512 * 1024;
constexpr qsizetype MaxBlockSize = 16 * 1024 * 1024;
constexpr quint64 MaxTransactionsPerBlock = 20'000;
constexpr qsizetype MaxChainIdLength = 64;
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxShortTextLength = 500;
constexpr qsizetype MaxCertificateSize = 8 * 1024;
constexpr qsizetype MaxRecordCiphertextSize = 256 * 1024;
constexpr qsizetype MaxSealedSize = 1024;
constexpr quint64 MaxRecipients = 256;
constexpr quint64 MaxListItems = 1024;
constexpr quint64 MaxValidators = 150;
constexpr qsizetype MaxPaymentReferenceLength = 64;
constexpr quint64 MaxProgramCodes = 64;
constexpr quint64 MaxSubsidyClaims = 16;
} // namespace limits

} // namespace medchain::chain

// Transaction and block hashes travel in queued signals between the node, network and GUI threads.
Q_DECLARE_METATYPE(medchain::chain::Hash)
