#include "chain/Transaction.h"

#include "chain/FieldCodec.h"

namespace medchain::chain {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
const QByteArray kSigningTag = QByteArrayLiteral("medchain/tx/v1");

void writeEnvelope(CborWriter &w, const Transaction &tx, bool withSignature)
{
    w.beginMap(withSignature ? 7 : 6);
    w.key(0);
    w.writeInteger(qint64(tx.type()));
    w.key(1);
    w.writeText(tx.chainId);
    w.key(2);
    writeIdentity(w, tx.sender);
    w.key(3);
    w.writeInteger(qint64(tx.nonce));
    w.key(4);
    w.writeInteger(tx.time);
    w.key(5);
    std::visit([&w](const auto &body) { body.encode(w); }, tx.body);
    if (withSignature) {
        w.key(6);
        w.writeBytes(tx.signature.toByteArray());
    }
    w.end();
}

template <typename Body> bool decodeBodyIf(quint64 type, CborReader &r, TxBody *body)
{
    if (type != quint64(Body::Type))
        return false;
    *body = Body::decode(r);
    return true;
}

template <typename... Bodies>
bool decodeBody(quint64 type, CborReader &r, TxBody *body, std::variant<Bodies...> *)
{
    return (decodeBodyIf<Bodies>(type, r, body) || ...);
}
} // namespace

TxType Transaction::type() const
{
    return std::visit([](const auto &b) { return std::decay_t<decltype(b)>::Type; }, body);
}

QByteArray Transaction::signingBytes() const
{
    CborWriter w;
    writeEnvelope(w, *this, false);
    return kSigningTag + w.take();
}

QByteArray Transaction::encode() const
{
    CborWriter w;
    writeEnvelope(w, *this, true);
    return w.take();
}

Hash Transaction::hash() const
{
    return crypto::sha256(encode());
}

void Transaction::sign(const crypto::Ed25519SigningKey &key)
{
    sender = key.publicKey();
    signature = key.sign(signingBytes());
}

QByteArray Transaction::signAndEncode(const QString &chainId, quint64 nonce, qint64 time,
                                      TxBody body, const crypto::Ed25519SigningKey &key)
{
    Transaction tx;
    tx.chainId = chainId;
    tx.nonce = nonce;
    tx.time = time;
    tx.body = std::move(body);
    tx.sign(key);
    return tx.encode();
}

bool Transaction::hasValidSignature(QByteArrayView encoded) const
{
    // A canonical envelope is a 7-entry map (0xa7) ending in key 6 and a 64-byte string
    // (0x06 0x58 0x40 + signature); without them it is the 6-entry map that was signed.
    constexpr qsizetype kSignatureField = 3 + qsizetype(crypto::Ed25519Signature::Size);
    if (encoded.size() <= kSignatureField || quint8(encoded[0]) != 0xa7)
        return false;
    QByteArray message;
    message.reserve(kSigningTag.size() + encoded.size() - kSignatureField);
    message.append(kSigningTag);
    message.append(char(0xa6));
    message.append(encoded.sliced(1, encoded.size() - 1 - kSignatureField));
    return crypto::ed25519Verify(sender, message, signature);
}

bool Transaction::hasValidSignature() const
{
    return crypto::ed25519Verify(sender, signingBytes(), signature);
}

Result<Transaction> Transaction::decode(QByteArrayView bytes)
{
    codec::CborLimits limits;
    limits.maxInputSize = limits::MaxTransactionSize;
    CborReader r(bytes, limits);
    Transaction tx;
    CborMapReader map(r, 7);
    map.require(0);
    const quint64 type = r.readUnsigned();
    map.require(1);
    tx.chainId = r.readText(limits::MaxChainIdLength);
    map.require(2);
    tx.sender = readIdentity(r);
    map.require(3);
    tx.nonce = r.readUnsigned();
    map.require(4);
    tx.time = r.readInteger();
    map.require(5);
    if (!r.hasError() && !decodeBody(type, r, &tx.body, static_cast<TxBody *>(nullptr)))
        r.fail(tr("unknown transaction type %1").arg(type));
    map.require(6);
    const auto signature
        = crypto::Ed25519Signature::fromBytes(r.readFixedBytes(crypto::Ed25519Signature::Size));
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("Invalid transaction: %1").arg(r.errorString())};
    tx.signature = *signature;
    // No re-encoding to compare: the strict reader accepts only shortest heads, keys in order
    // and UTF-8 it keeps byte for byte, and every body decoder reads each field it writes, so
    // what decodes is canonical. FuzzChainObjects aborts on any input for which that fails;
    // debug builds check it here too. (Transactions are the hot path: this saved ~5% of the
    // per-transaction checks in `bench ingest`.)
    Q_ASSERT_X(tx.encode() == bytes, "Transaction::decode", "accepted a non-canonical encoding");
    return tx;
}

} // namespace medchain::chain
