#include "chain/FieldCodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace medchain::chain {

namespace {
template <typename Fixed> void writeFixed(codec::CborWriter &writer, const Fixed &value)
{
    writer.writeBytes(QByteArrayView(reinterpret_cast<const char *>(value.bytes.data()),
                                     qsizetype(value.bytes.size())));
}

template <typename Fixed> Fixed readFixed(codec::CborReader &reader)
{
    Fixed value;
    const QByteArray bytes = reader.readFixedBytes(qsizetype(value.bytes.size()));
    if (!reader.hasError())
        std::copy(bytes.begin(), bytes.end(), value.bytes.begin());
    return value;
}

struct FieldCodec {
    Q_DECLARE_TR_FUNCTIONS(FieldCodec)
};
} // namespace

void writeIdentity(codec::CborWriter &writer, const IdentityId &id)
{
    writeFixed(writer, id);
}

IdentityId readIdentity(codec::CborReader &reader)
{
    return readFixed<IdentityId>(reader);
}

void writeHash(codec::CborWriter &writer, const Hash &hash)
{
    writeFixed(writer, hash);
}

Hash readHash(codec::CborReader &reader)
{
    return readFixed<Hash>(reader);
}

void writeEncryptionKey(codec::CborWriter &writer, const crypto::X25519PublicKey &key)
{
    writeFixed(writer, key);
}

crypto::X25519PublicKey readEncryptionKey(codec::CborReader &reader)
{
    return readFixed<crypto::X25519PublicKey>(reader);
}

void writeEnvelopes(codec::CborWriter &writer, const QList<KeyEnvelope> &envelopes)
{
    writer.beginArray(quint64(envelopes.size()));
    for (const KeyEnvelope &envelope : envelopes) {
        writer.beginArray(2);
        writeIdentity(writer, envelope.recipient);
        writer.writeBytes(envelope.sealedKey);
        writer.end();
    }
    writer.end();
}

QList<KeyEnvelope> readEnvelopes(codec::CborReader &reader)
{
    QList<KeyEnvelope> envelopes;
    const quint64 count = reader.readArrayHeader(limits::MaxRecipients);
    for (quint64 i = 0; i < count && !reader.hasError(); ++i) {
        if (reader.readArrayHeader(2) != 2 && !reader.hasError())
            reader.fail(FieldCodec::tr("a key envelope must have two parts"));
        KeyEnvelope envelope;
        envelope.recipient = readIdentity(reader);
        envelope.sealedKey = reader.readBytes(limits::MaxSealedSize);
        if (!envelopes.isEmpty() && !(envelopes.last().recipient < envelope.recipient))
            reader.fail(
                FieldCodec::tr("key envelopes must be sorted by recipient, without repeats"));
        envelopes.append(std::move(envelope));
    }
    return envelopes;
}

void writeKeyShares(codec::CborWriter &writer, const QList<RecordKeyShare> &shares)
{
    writer.beginArray(quint64(shares.size()));
    for (const RecordKeyShare &share : shares) {
        writer.beginArray(2);
        writeHash(writer, share.record);
        writer.writeBytes(share.sealedKey);
        writer.end();
    }
    writer.end();
}

QList<RecordKeyShare> readKeyShares(codec::CborReader &reader)
{
    QList<RecordKeyShare> shares;
    const quint64 count = reader.readArrayHeader(limits::MaxListItems);
    for (quint64 i = 0; i < count && !reader.hasError(); ++i) {
        if (reader.readArrayHeader(2) != 2 && !reader.hasError())
            reader.fail(FieldCodec::tr("a key share must have two parts"));
        RecordKeyShare share;
        share.record = readHash(reader);
        share.sealedKey = reader.readBytes(limits::MaxSealedSize);
        if (!shares.isEmpty() && !(shares.last().record < share.record))
            reader.fail(FieldCodec::tr("key shares must be sorted by record, without repeats"));
        shares.append(std::move(share));
    }
    return shares;
}

void writeHashList(codec::CborWriter &writer, const QList<Hash> &hashes)
{
    writer.beginArray(quint64(hashes.size()));
    for (const Hash &hash : hashes)
        writeHash(writer, hash);
    writer.end();
}

QList<Hash> readHashList(codec::CborReader &reader, quint64 maxItems)
{
    QList<Hash> hashes;
    const quint64 count = reader.readArrayHeader(maxItems);
    for (quint64 i = 0; i < count && !reader.hasError(); ++i) {
        Hash hash = readHash(reader);
        if (!hashes.isEmpty() && !(hashes.last() < hash))
            reader.fail(FieldCodec::tr("a list of hashes must be sorted, without repeats"));
        hashes.append(hash);
    }
    return hashes;
}

} // namespace medchain::chain
