// The peer wire messages (protocol version 1): one canonical CBOR map per frame, key 0 the type.
// Decoding is strict: unknown type, wrong shape, non-canonical or oversized input is refused.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <variant>

namespace medchain::net {

constexpr quint64 ProtocolVersion = 1;

/// Per-message limits; a peer sending more is misbehaving.
namespace wire {
constexpr quint64 MaxHeadersPerMessage = 512;
constexpr quint64 MaxBlocksPerMessage = 16;
constexpr quint64 MaxTransactionsPerMessage = 1000;
constexpr quint64 MaxInventoryHashes = 4096;
/// An encoded block header is about 300 bytes; a commit certificate at most about 16 KiB.
constexpr qsizetype MaxHeaderSize = 1024;
constexpr qsizetype MaxCommitSize = 32 * 1024;
/// A consensus message may carry a proposed block.
constexpr qsizetype MaxConsensusPayloadSize = chain::limits::MaxBlockSize + 32 * 1024;
constexpr quint64 MaxConsensusKind = 255;
} // namespace wire

/// Wire values of the message types (key 0); never renumber, only add.
enum class MessageType : quint8 {
    Hello = 1,
    Ping = 2,
    Pong = 3,
    GetHeaders = 4,
    Headers = 5,
    GetBlocks = 6,
    Blocks = 7,
    Transactions = 8,
    TxInventory = 9,
    GetTransactions = 10,
    Consensus = 11,
    Goodbye = 12,
};

/// Why a connection ends; values 1–19 travel in Goodbye, PeerSaidGoodbye never does.
enum class DisconnectReason : quint8 {
    Shutdown = 1,
    Malformed = 2,
    Oversized = 3,
    WrongChain = 4,
    WrongGenesis = 5,
    UnsupportedVersion = 6,
    HandshakeTimeout = 7,
    MessageBeforeHello = 8,
    DuplicateHello = 9,
    SelfConnection = 10,
    IdentityMismatch = 11,
    RateLimited = 12,
    MemoryLimit = 13,
    TooManyRequests = 14,
    UnsolicitedResponse = 15,
    RequestTimeout = 16,
    SendBacklog = 17,
    Discouraged = 18,
    Unresponsive = 19,
    PeerSaidGoodbye = 100, // local only: the peer ended the connection
};
constexpr DisconnectReason LastWireReason = DisconnectReason::Unresponsive;

struct Hello {
    QString chainId;
    quint64 protocolVersion = ProtocolVersion;
    chain::IdentityId node; // the sender's node identity (its Ed25519 key)
    quint64 height = 0; // the sender's tip
    chain::Hash tipHash;
    chain::Hash genesisHash;
    bool operator==(const Hello &) const = default;
};
struct Ping {
    quint64 nonce = 0;
    bool operator==(const Ping &) const = default;
};
struct Pong {
    quint64 nonce = 0;
    bool operator==(const Pong &) const = default;
};
struct GetHeaders {
    quint64 fromHeight = 0;
    quint64 count = 0; // 1 … MaxHeadersPerMessage
    bool operator==(const GetHeaders &) const = default;
};
/// Encoded bytes, checked by the chain's decoders, not here.
struct CommittedHeader {
    QByteArray header; // canonical BlockHeader
    QByteArray commit; // canonical CommitCertificate of that header
    bool operator==(const CommittedHeader &) const = default;
};
struct Headers {
    QList<CommittedHeader> headers;
    bool operator==(const Headers &) const = default;
};
struct GetBlocks {
    QList<quint64> heights; // strictly ascending, 1 … MaxBlocksPerMessage entries
    bool operator==(const GetBlocks &) const = default;
};
struct CommittedBlock {
    QByteArray block; // canonical Block
    QByteArray commit; // canonical CommitCertificate of that block
    bool operator==(const CommittedBlock &) const = default;
};
struct Blocks {
    QList<CommittedBlock> blocks;
    bool operator==(const Blocks &) const = default;
};
struct Transactions {
    QList<QByteArray> transactions; // canonical Transaction encodings
    bool operator==(const Transactions &) const = default;
};
struct TxInventory {
    QList<chain::Hash> hashes; // sorted, no repeats
    bool operator==(const TxInventory &) const = default;
};
struct GetTransactions {
    QList<chain::Hash> hashes; // sorted, no repeats
    bool operator==(const GetTransactions &) const = default;
};
/// A consensus proposal or vote: opaque here, decoded by core/consensus.
struct Consensus {
    quint64 kind = 0; // 1 … MaxConsensusKind
    QByteArray payload;
    bool operator==(const Consensus &) const = default;
};
struct Goodbye {
    DisconnectReason reason = DisconnectReason::Shutdown;
    bool operator==(const Goodbye &) const = default;
};

using Message = std::variant<Hello, Ping, Pong, GetHeaders, Headers, GetBlocks, Blocks,
                             Transactions, TxInventory, GetTransactions, Consensus, Goodbye>;

MessageType typeOf(const Message &message);

/// Encodes and decodes messages. A refused payload's Error carries a code: "oversized" (a list
/// or string beyond its limit, or a payload beyond the frame limit), "unknown-type",
/// "non-canonical" (unsorted lists; bytes that do not re-encode identically) or "malformed"
/// (anything else: bad CBOR, a wrong shape, a missing or unknown field).
class MessageCodec {
    Q_DECLARE_TR_FUNCTIONS(MessageCodec)
public:
    static QByteArray encode(const Message &message);
    static Result<Message> decode(QByteArrayView payload);
    /// encode() inside a frame: what a connection writes.
    static QByteArray frame(const Message &message);
};

} // namespace medchain::net
