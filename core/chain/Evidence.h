// Dispute evidence: one self-contained file proving a transaction was committed — the
// transaction, its Merkle proof, the block header, the commit signatures, the validator set,
// and the certificates up to the network's root. Verifying it needs no network and no replica.
#pragma once

#include "chain/Block.h"
#include "chain/Transaction.h"
#include "common/Result.h"
#include "crypto/Merkle.h"

#include <QCoreApplication>

namespace medchain::chain {

class Ledger;

/// What a verified bundle establishes, for people to read.
struct EvidenceReport {
    QString chainId;
    Hash rootFingerprint; // SHA-256 of the root certificate: compare with the network's own
    Hash transaction;
    TxType type = TxType::AddRecord;
    IdentityId sender;
    QString senderName; // from the sender's certificate
    QString senderRole;
    qint64 transactionTime = 0;
    quint64 height = 0;
    qint64 blockTime = 0;
    Hash blockHash;
    QStringList signers; // the validators' certificate names
};

struct EvidenceBundle {
    Q_DECLARE_TR_FUNCTIONS(EvidenceBundle)
public:
    QString chainId;
    QByteArray rootCertificate;
    QByteArray transaction;
    crypto::MerkleProof proof;
    QByteArray header; // canonical BlockHeader encoding
    QByteArray commit; // canonical CommitCertificate encoding
    QList<identity::Validator> validators;
    QList<QByteArray> senderCertificates; // leaf first, without the root
    QList<QByteArray> validatorCertificates; // one per validator, in validator order

    /// Gathers the evidence for a committed transaction from a replica.
    static Result<EvidenceBundle> build(const Ledger &ledger, const Hash &transaction);

    QByteArray encode() const;
    static Result<EvidenceBundle> decode(QByteArrayView bytes);
    /// Checks everything offline; says what failed, or what the bundle proves. The bundle brings
    /// its own root: a verifier must compare report.rootFingerprint (or chainId) with the
    /// network it trusts, or a forged network's evidence would pass.
    Result<EvidenceReport> verify() const;
};

} // namespace medchain::chain
