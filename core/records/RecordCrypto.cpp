#include "records/RecordCrypto.h"

#include "codec/CborWriter.h"
#include "crypto/Aead.h"

#include <algorithm>

namespace medchain::records {

namespace {
const QByteArray kRecordTag = QByteArrayLiteral("medchain/record/v1");
}

QByteArray RecordHeader::associatedData() const
{
    codec::CborWriter w;
    w.beginMap(amends ? 6 : 5);
    w.key(0);
    w.writeText(chainId);
    w.key(1);
    chain::writeIdentity(w, patient);
    w.key(2);
    chain::writeIdentity(w, author);
    w.key(3);
    w.writeInteger(qint64(category));
    w.key(4);
    w.writeInteger(encounterTime);
    if (amends) {
        w.key(5);
        chain::writeHash(w, *amends);
    }
    w.end();
    return kRecordTag + w.take();
}

SealedRecord RecordCrypto::seal(const QByteArray &content, const RecordHeader &header,
                                const QList<Reader> &readers, const QByteArray &summary,
                                const crypto::X25519PublicKey &regulator)
{
    const crypto::SecureBuffer key = crypto::Aead::generateKey();
    SealedRecord sealed;
    sealed.ciphertext = crypto::Aead::encrypt(key, content, header.associatedData());
    for (const Reader &reader : readers)
        sealed.envelopes.append(
            {reader.identity, crypto::sealTo(reader.encryptionKey, key.bytes())});
    std::sort(sealed.envelopes.begin(), sealed.envelopes.end(),
              [](const auto &a, const auto &b) { return a.recipient < b.recipient; });
    sealed.supervision = crypto::sealTo(
        regulator,
        {reinterpret_cast<const std::uint8_t *>(summary.constData()), std::size_t(summary.size())});
    return sealed;
}

Result<crypto::SecureBuffer> RecordCrypto::openKey(const QByteArray &sealedKey,
                                                   const crypto::X25519SecretKey &mine)
{
    auto key = mine.open(sealedKey);
    if (!key)
        return Error {tr("This record's key is not addressed to you, or it is damaged.")};
    if (key->size() != crypto::Aead::KeySize)
        return Error {tr("This record's key has the wrong size.")};
    return key;
}

Result<QByteArray> RecordCrypto::open(const QByteArray &ciphertext, const RecordHeader &header,
                                      const crypto::SecureBuffer &contentKey)
{
    auto plaintext = crypto::Aead::decrypt(contentKey, ciphertext, header.associatedData());
    if (!plaintext)
        return Error {tr("The record does not decrypt: it was altered or does not belong to this "
                         "header.")};
    return plaintext;
}

Result<QByteArray> RecordCrypto::reseal(const QByteArray &sealedKey,
                                        const crypto::X25519SecretKey &mine,
                                        const crypto::X25519PublicKey &to)
{
    auto key = openKey(sealedKey, mine);
    if (!key)
        return key.failure();
    return crypto::sealTo(to, key->bytes());
}

} // namespace medchain::records
