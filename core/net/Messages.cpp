#include "net/Messages.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "net/Frame.h"

#include <limits>

namespace medchain::net {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
constexpr quint64 kTypeKey = 0;
constexpr quint64 kMaxEntries = 7; // the type and Hello's six fields

// ---- encoding ----------------------------------------------------------------------------

void writeUnsigned(CborWriter &w, quint64 value)
{
    w.writeInteger(qint64(value));
}

void writeBody(CborWriter &w, const Hello &m)
{
    w.key(1);
    w.writeText(m.chainId);
    w.key(2);
    writeUnsigned(w, m.protocolVersion);
    w.key(3);
    chain::writeIdentity(w, m.node);
    w.key(4);
    writeUnsigned(w, m.height);
    w.key(5);
    chain::writeHash(w, m.tipHash);
    w.key(6);
    chain::writeHash(w, m.genesisHash);
}
void writeBody(CborWriter &w, const Ping &m)
{
    w.key(1);
    writeUnsigned(w, m.nonce);
}
void writeBody(CborWriter &w, const Pong &m)
{
    w.key(1);
    writeUnsigned(w, m.nonce);
}
void writeBody(CborWriter &w, const GetHeaders &m)
{
    w.key(1);
    writeUnsigned(w, m.fromHeight);
    w.key(2);
    writeUnsigned(w, m.count);
}
void writePairs(CborWriter &w, const auto &list, auto first, auto second)
{
    w.key(1);
    w.beginArray(quint64(list.size()));
    for (const auto &item : list) {
        w.beginArray(2);
        w.writeBytes(item.*first);
        w.writeBytes(item.*second);
        w.end();
    }
    w.end();
}
void writeBody(CborWriter &w, const Headers &m)
{
    writePairs(w, m.headers, &CommittedHeader::header, &CommittedHeader::commit);
}
void writeBody(CborWriter &w, const GetBlocks &m)
{
    w.key(1);
    w.beginArray(quint64(m.heights.size()));
    for (quint64 height : m.heights)
        writeUnsigned(w, height);
    w.end();
}
void writeBody(CborWriter &w, const Blocks &m)
{
    writePairs(w, m.blocks, &CommittedBlock::block, &CommittedBlock::commit);
}
void writeBody(CborWriter &w, const Transactions &m)
{
    w.key(1);
    w.beginArray(quint64(m.transactions.size()));
    for (const QByteArray &tx : m.transactions)
        w.writeBytes(tx);
    w.end();
}
void writeBody(CborWriter &w, const TxInventory &m)
{
    w.key(1);
    chain::writeHashList(w, m.hashes);
}
void writeBody(CborWriter &w, const GetTransactions &m)
{
    w.key(1);
    chain::writeHashList(w, m.hashes);
}
void writeBody(CborWriter &w, const Consensus &m)
{
    w.key(1);
    writeUnsigned(w, m.kind);
    w.key(2);
    w.writeBytes(m.payload);
}
void writeBody(CborWriter &w, const Goodbye &m)
{
    w.key(1);
    writeUnsigned(w, quint64(m.reason));
}

quint64 fieldCount(const Message &message)
{
    switch (typeOf(message)) {
    case MessageType::Hello:
        return 6;
    case MessageType::GetHeaders:
    case MessageType::Consensus:
        return 2;
    default:
        return 1;
    }
}

// ---- decoding ----------------------------------------------------------------------------

/// The reader plus the kind of the first failure, for the error code.
struct Decoder {
    Q_DECLARE_TR_FUNCTIONS(MessageCodec)
public:
    CborReader &r;
    QString code;

    void fail(const QString &errorCode, const QString &reason)
    {
        if (r.hasError())
            return;
        code = errorCode;
        r.fail(reason);
    }
    void oversized(const QString &reason) { fail(QStringLiteral("oversized"), reason); }
    void nonCanonical(const QString &reason) { fail(QStringLiteral("non-canonical"), reason); }

    /// An array header whose count is refused as "oversized" above max (not as malformed).
    quint64 list(quint64 max, const char *what)
    {
        const quint64 count = r.readArrayHeader(std::numeric_limits<quint64>::max());
        if (count > max)
            oversized(tr("%1 %2 are more than the %3 allowed").arg(count).arg(tr(what)).arg(max));
        return r.hasError() ? 0 : count;
    }
    QByteArray bytes(qsizetype max, const char *what)
    {
        QByteArray value = r.readBytes(wire::MaxFrameSize);
        if (value.size() > max)
            oversized(tr("%1 of %2 bytes is larger than the %3 allowed")
                          .arg(tr(what))
                          .arg(value.size())
                          .arg(max));
        return value;
    }
    void pair(QByteArray *first, qsizetype firstMax, const char *firstWhat, QByteArray *second,
              qsizetype secondMax)
    {
        if (r.readArrayHeader(2) != 2 && !r.hasError())
            r.fail(tr("an entry must have two parts"));
        *first = bytes(firstMax, firstWhat);
        *second = bytes(secondMax, QT_TR_NOOP("a commit certificate"));
    }
    QList<chain::Hash> hashes()
    {
        QList<chain::Hash> list;
        const quint64 count = this->list(wire::MaxInventoryHashes, QT_TR_NOOP("hashes"));
        if (count == 0 && !r.hasError())
            r.fail(tr("the hash list is empty"));
        for (quint64 i = 0; i < count && !r.hasError(); ++i) {
            const chain::Hash hash = chain::readHash(r);
            if (!list.isEmpty() && !(list.last() < hash))
                nonCanonical(tr("hashes must be sorted, without repeats"));
            list.append(hash);
        }
        return list;
    }

    Message body(MessageType type, CborMapReader &map)
    {
        switch (type) {
        case MessageType::Hello: {
            Hello m;
            map.require(1);
            m.chainId = r.readText(chain::limits::MaxChainIdLength);
            map.require(2);
            m.protocolVersion = r.readUnsigned();
            map.require(3);
            m.node = chain::readIdentity(r);
            map.require(4);
            m.height = r.readUnsigned();
            map.require(5);
            m.tipHash = chain::readHash(r);
            map.require(6);
            m.genesisHash = chain::readHash(r);
            return m;
        }
        case MessageType::Ping:
            map.require(1);
            return Ping {r.readUnsigned()};
        case MessageType::Pong:
            map.require(1);
            return Pong {r.readUnsigned()};
        case MessageType::GetHeaders: {
            GetHeaders m;
            map.require(1);
            m.fromHeight = r.readUnsigned();
            map.require(2);
            m.count = r.readUnsigned();
            if (m.count > wire::MaxHeadersPerMessage)
                oversized(tr("%1 headers asked for, more than the %2 allowed")
                              .arg(m.count)
                              .arg(wire::MaxHeadersPerMessage));
            else if (m.count == 0 && !r.hasError())
                r.fail(tr("a request for no headers"));
            return m;
        }
        case MessageType::Headers: {
            Headers m;
            map.require(1);
            const quint64 count = list(wire::MaxHeadersPerMessage, QT_TR_NOOP("headers"));
            for (quint64 i = 0; i < count && !r.hasError(); ++i) {
                CommittedHeader h;
                pair(&h.header, wire::MaxHeaderSize, QT_TR_NOOP("a block header"), &h.commit,
                     wire::MaxCommitSize);
                m.headers.append(std::move(h));
            }
            return m;
        }
        case MessageType::GetBlocks: {
            GetBlocks m;
            map.require(1);
            const quint64 count = list(wire::MaxBlocksPerMessage, QT_TR_NOOP("heights"));
            if (count == 0 && !r.hasError())
                r.fail(tr("a request for no blocks"));
            for (quint64 i = 0; i < count && !r.hasError(); ++i) {
                const quint64 height = r.readUnsigned();
                if (!m.heights.isEmpty() && m.heights.last() >= height)
                    nonCanonical(tr("heights must be ascending, without repeats"));
                m.heights.append(height);
            }
            return m;
        }
        case MessageType::Blocks: {
            Blocks m;
            map.require(1);
            const quint64 count = list(wire::MaxBlocksPerMessage, QT_TR_NOOP("blocks"));
            for (quint64 i = 0; i < count && !r.hasError(); ++i) {
                CommittedBlock b;
                pair(&b.block, chain::limits::MaxBlockSize, QT_TR_NOOP("a block"), &b.commit,
                     wire::MaxCommitSize);
                m.blocks.append(std::move(b));
            }
            return m;
        }
        case MessageType::Transactions: {
            Transactions m;
            map.require(1);
            const quint64 count = list(wire::MaxTransactionsPerMessage, QT_TR_NOOP("transactions"));
            for (quint64 i = 0; i < count && !r.hasError(); ++i)
                m.transactions.append(
                    bytes(chain::limits::MaxTransactionSize, QT_TR_NOOP("a transaction")));
            return m;
        }
        case MessageType::TxInventory:
            map.require(1);
            return TxInventory {hashes()};
        case MessageType::GetTransactions:
            map.require(1);
            return GetTransactions {hashes()};
        case MessageType::Consensus: {
            Consensus m;
            map.require(1);
            m.kind = r.readUnsigned();
            if (!r.hasError() && (m.kind == 0 || m.kind > wire::MaxConsensusKind))
                r.fail(tr("unknown consensus kind %1").arg(m.kind));
            map.require(2);
            m.payload = bytes(wire::MaxConsensusPayloadSize, QT_TR_NOOP("a consensus message"));
            return m;
        }
        case MessageType::Goodbye:
            map.require(1);
            return Goodbye {chain::readEnum(r, DisconnectReason::Shutdown, LastWireReason)};
        }
        return Goodbye {};
    }
};

Error refusal(const QString &code, const QString &reason)
{
    return Error {MessageCodec::tr("A peer sent an invalid message: %1").arg(reason), code};
}
} // namespace

MessageType typeOf(const Message &message)
{
    return MessageType(message.index() + 1);
}

QByteArray MessageCodec::encode(const Message &message)
{
    CborWriter w;
    w.beginMap(1 + fieldCount(message));
    w.key(kTypeKey);
    w.writeInteger(qint64(typeOf(message)));
    std::visit([&](const auto &m) { writeBody(w, m); }, message);
    w.end();
    return w.take();
}

QByteArray MessageCodec::frame(const Message &message)
{
    return net::frame(encode(message));
}

Result<Message> MessageCodec::decode(QByteArrayView payload)
{
    if (payload.size() > wire::MaxFrameSize)
        return refusal(QStringLiteral("oversized"),
                       tr("%1 bytes, more than the %2 a frame may hold")
                           .arg(payload.size())
                           .arg(wire::MaxFrameSize));
    codec::CborLimits limits;
    limits.maxInputSize = wire::MaxFrameSize;
    limits.maxStringSize = wire::MaxFrameSize;
    CborReader r(payload, limits);
    Decoder d {r, {}};
    CborMapReader map(r, kMaxEntries);
    map.require(kTypeKey);
    const quint64 type = r.readUnsigned();
    if (r.hasError())
        return refusal(QStringLiteral("malformed"), r.errorString());
    if (type < quint64(MessageType::Hello) || type > quint64(MessageType::Goodbye))
        return refusal(QStringLiteral("unknown-type"), tr("unknown message type %1").arg(type));
    Message message = d.body(MessageType(type), map);
    map.finish();
    r.finish();
    if (r.hasError())
        return refusal(d.code.isEmpty() ? QStringLiteral("malformed") : d.code, r.errorString());
    if (encode(message) != payload)
        return refusal(QStringLiteral("non-canonical"), tr("it is not in canonical form"));
    return message;
}

} // namespace medchain::net
