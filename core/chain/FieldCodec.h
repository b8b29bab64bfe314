// Encoders and decoders for the field types chain objects share (keys, hashes, sealed key
// envelopes), so every object writes them the same way and checks them the same way.
#pragma once

#include "chain/ChainTypes.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace medchain::chain {

/// The size of a sealed content key: a 32-byte key in an X25519 sealed box.
inline constexpr qsizetype kSealedKeySize = 32 + qsizetype(crypto::X25519SecretKey::SealOverhead);

/// A content key sealed (X25519 sealed box) to one reader.
struct KeyEnvelope {
    IdentityId recipient;
    QByteArray sealedKey;
    bool operator==(const KeyEnvelope &) const = default;
};

/// A content key for one record, sealed to a reader who did not receive it with the record.
struct RecordKeyShare {
    Hash record;
    QByteArray sealedKey;
    bool operator==(const RecordKeyShare &) const = default;
};

/// The bytes of a fixed-size value (key, hash, signature), without copying.
template <typename Fixed> QByteArrayView bytesOf(const Fixed &value)
{
    return QByteArrayView(reinterpret_cast<const char *>(value.bytes.data()),
                          qsizetype(value.bytes.size()));
}

/// A fixed-size value from exactly its number of bytes; all zeros for any other length (callers
/// that take bytes from outside check the length first).
template <typename Fixed> Fixed fixedFrom(QByteArrayView bytes)
{
    Fixed value;
    if (bytes.size() == qsizetype(value.bytes.size()))
        std::copy(bytes.begin(), bytes.end(), value.bytes.begin());
    return value;
}

void writeIdentity(codec::CborWriter &writer, const IdentityId &id);
IdentityId readIdentity(codec::CborReader &reader);
void writeHash(codec::CborWriter &writer, const Hash &hash);
Hash readHash(codec::CborReader &reader);
void writeEncryptionKey(codec::CborWriter &writer, const crypto::X25519PublicKey &key);
crypto::X25519PublicKey readEncryptionKey(codec::CborReader &reader);

void writeEnvelopes(codec::CborWriter &writer, const QList<KeyEnvelope> &envelopes);
/// Also refuses an envelope list whose recipients are not in strictly ascending order, which
/// makes the list canonical and free of duplicates.
QList<KeyEnvelope> readEnvelopes(codec::CborReader &reader);
void writeKeyShares(codec::CborWriter &writer, const QList<RecordKeyShare> &shares);
QList<RecordKeyShare> readKeyShares(codec::CborReader &reader);

void writeHashList(codec::CborWriter &writer, const QList<Hash> &hashes);
QList<Hash> readHashList(codec::CborReader &reader, quint64 maxItems);

/// A small enum stored as an unsigned integer; out-of-range values fail the reader.
template <typename Enum> Enum readEnum(codec::CborReader &reader, Enum first, Enum last)
{
    const quint64 value = reader.readUnsigned();
    if (!reader.hasError() && (value < quint64(first) || value > quint64(last)))
        reader.fail(QCoreApplication::translate("medchain::chain", "unknown code %1").arg(value));
    return static_cast<Enum>(value);
}

} // namespace medchain::chain
