// A patient's history as one of its readers sees it, decrypted with that reader's key: the
// timeline, a record in full with its proof; for the patient also amendments and consent.
#pragma once

#include "chain/Ledger.h"
#include "client/ClientTypes.h"
#include "client/PartyNames.h"
#include "crypto/X25519.h"

#include <QCoreApplication>

namespace medchain::client {

class PatientReads {
    Q_DECLARE_TR_FUNCTIONS(PatientReads)
public:
    /// The patient reading their own history. The references must outlive this object (one
    /// query's worth, on the reader thread).
    PatientReads(const chain::Ledger &ledger, const IdentityId &me,
                 const crypto::X25519SecretKey &mine);
    /// reader (a practitioner or an institution) reading patient's history with its own key.
    PatientReads(const chain::Ledger &ledger, const IdentityId &patient, const IdentityId &reader,
                 const crypto::X25519SecretKey &readerKey);

    /// The patient's records, latest encounter first, without their content.
    QList<chain::RecordInfo> recordIndex() const;
    /// Those of recordIndex() whose version in force the reader holds a key for.
    QList<chain::RecordInfo> readableIndex() const;
    /// One timeline line: the version in force decrypted for its diagnoses.
    RecordSummary summarise(const chain::RecordInfo &record);
    Result<RecordDetail> detail(const Hash &record);
    QList<PendingAmendment> pendingAmendments();
    ConsentSnapshot consent();
    /// Active practitioners and institutions, by name: whom a patient can grant.
    QList<Party> directory();
    /// Where and by whom a transaction was committed, checked as a dispute verifier would.
    static IntegrityProof proofOf(const chain::Ledger &ledger, const Hash &transaction);

private:
    std::optional<records::RecordContent> contentOf(const chain::RecordInfo &record,
                                                    const Hash &version, QString *problem) const;
    qint64 transactionTime(const Hash &transaction) const;

    const chain::Ledger &m_ledger;
    IdentityId m_patient;
    IdentityId m_reader;
    const crypto::X25519SecretKey &m_mine;
    PartyNames m_parties;
};

} // namespace medchain::client
