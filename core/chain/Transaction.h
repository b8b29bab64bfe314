// The signed transaction envelope: {type, chain id, sender, nonce, time, body, signature}.
// Decoding checks shape and canonical form only; the state machine decides whether it applies.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "consensus/EvidenceTx.h"
#include "consent/ConsentTx.h"
#include "identity/IdentityTx.h"
#include "records/RecordTx.h"
#include "wallet/WalletTx.h"

#include <QCoreApplication>

#include <variant>

namespace medchain::chain {

using TxBody = std::variant<
    identity::EnrollInstitution, identity::EnrollPractitioner, identity::RegisterPatient,
    identity::EnrollNode, identity::RevokeIdentity, identity::SetValidators,
    consensus::ReportEquivocation, records::AddRecord, records::ProposeAmendment,
    records::AnswerAmendment, records::AccessReceipt, consent::GrantAccess, consent::RevokeGrant,
    consent::RequestAccess, consent::DeclineRequest, consent::EmergencyAccess, consent::ShareKeys,
    wallet::Deposit, wallet::Withdraw, wallet::IssueInvoice, wallet::PayInvoice,
    wallet::CancelInvoice, wallet::CreateProgram, wallet::FundProgram, wallet::EnrollBeneficiary,
    wallet::CreateFund, wallet::Subscribe, wallet::Redeem, wallet::PublishYield>;

struct Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    QString chainId;
    IdentityId sender;
    quint64 nonce = 0; // the sender's previous nonce + 1: each is used once, in order
    qint64 time = 0; // ms since the Unix epoch, as the sender's clock saw it
    TxBody body;
    crypto::Ed25519Signature signature;

    TxType type() const;
    /// What the signature covers: a domain tag, then the canonical envelope without field 6.
    QByteArray signingBytes() const;
    /// The canonical encoding, signature included.
    QByteArray encode() const;
    /// SHA-256 of encode(): the transaction's id.
    Hash hash() const;

    /// Sets sender to key's identity and signs.
    void sign(const crypto::Ed25519SigningKey &key);
    /// A new transaction from key, signed, in its canonical encoding.
    static QByteArray signAndEncode(const QString &chainId, quint64 nonce, qint64 time, TxBody body,
                                    const crypto::Ed25519SigningKey &key);
    bool hasValidSignature() const;
    /// hasValidSignature() for a transaction decoded from `encoded`, without encoding it again:
    /// the signed bytes are the canonical encoding minus field 6. Only for bytes decode() took.
    bool hasValidSignature(QByteArrayView encoded) const;

    /// Parses and checks the shape of an envelope; never checks the signature or the state.
    /// Refuses anything that does not re-encode to exactly the same bytes.
    static Result<Transaction> decode(QByteArrayView bytes);
};

} // namespace medchain::chain
