// Reading a record as one of its readers: find the version in force, its sealed key for you,
// and decrypt it against its header. Callers other than the patient then submit an AccessReceipt.
#pragma once

#include "chain/Ledger.h"
#include "records/RecordContent.h"
#include "records/RecordCrypto.h"
#include "records/RecordTx.h"

namespace medchain::records {

struct OpenedRecord {
    chain::RecordInfo info;
    chain::Hash version; // the AddRecord or the confirmed amendment in force
    RecordContent content;
};

class RecordAccess {
    Q_DECLARE_TR_FUNCTIONS(RecordAccess)
public:
    /// Decrypts the version in force of record `id` for reader `me`.
    static Result<OpenedRecord> open(const chain::Ledger &ledger, const chain::Hash &id,
                                     const chain::IdentityId &me,
                                     const crypto::X25519SecretKey &mine);
    /// Decrypts one specific version (an amendment awaiting the patient, say).
    static Result<RecordContent> openVersion(const chain::Ledger &ledger,
                                             const chain::RecordInfo &record,
                                             const chain::Hash &version,
                                             const chain::IdentityId &me,
                                             const crypto::X25519SecretKey &mine);
    /// The header a version's ciphertext is bound to.
    static RecordHeader headerOf(const QString &chainId, const chain::RecordInfo &record,
                                 const chain::Hash &version);
};

} // namespace medchain::records
