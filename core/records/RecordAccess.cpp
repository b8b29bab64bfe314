#include "records/RecordAccess.h"

namespace medchain::records {

using namespace chain;

RecordHeader RecordAccess::headerOf(const QString &chainId, const RecordInfo &record,
                                    const Hash &version)
{
    RecordHeader header {chainId,         record.patient,       record.author,
                         record.category, record.encounterTime, std::nullopt};
    if (version != record.id)
        header.amends = record.id;
    return header;
}

Result<RecordContent> RecordAccess::openVersion(const Ledger &ledger, const RecordInfo &record,
                                                const Hash &version, const IdentityId &me,
                                                const crypto::X25519SecretKey &mine)
{
    const auto sealedKey = ledger.state().sealedKey(version, me);
    if (!sealedKey)
        return Error {tr("You hold no key to this record."), errors::notAuthorised()};
    const auto tx = ledger.transaction(version);
    if (!tx)
        return Error {tr("The record's transaction is missing from this replica."),
                      errors::unknown()};
    QByteArray ciphertext;
    if (const auto *add = std::get_if<AddRecord>(&tx->body))
        ciphertext = add->ciphertext;
    else if (const auto *amendment = std::get_if<ProposeAmendment>(&tx->body))
        ciphertext = amendment->ciphertext;
    else
        return Error {tr("That transaction is not a record."), errors::invalid()};

    auto key = RecordCrypto::openKey(*sealedKey, mine);
    if (!key)
        return key.failure();
    auto plaintext = RecordCrypto::open(
        ciphertext, headerOf(ledger.genesis().chainId, record, version), key.value());
    if (!plaintext)
        return plaintext.failure();
    return RecordContent::decode(plaintext.value());
}

Result<OpenedRecord> RecordAccess::open(const Ledger &ledger, const Hash &id, const IdentityId &me,
                                        const crypto::X25519SecretKey &mine)
{
    const auto record = ledger.state().record(id);
    if (!record)
        return Error {tr("There is no such record."), errors::unknown()};
    auto content = openVersion(ledger, *record, record->currentVersion, me, mine);
    if (!content)
        return content.failure();
    return OpenedRecord {*record, record->currentVersion, std::move(content).value()};
}

} // namespace medchain::records
