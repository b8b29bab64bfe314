// Blocks: a header that chains to its parent and commits to the transactions, the state and
// the validator set; the transactions themselves; and the commit certificate of the parent.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "identity/IdentityTx.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace medchain::codec {
class CborReader;
class CborWriter;
} // namespace medchain::codec

namespace medchain::chain {

struct BlockHeader {
    QString chainId;
    quint64 height = 0;
    qint64 time = 0; // ms since the Unix epoch, set by the proposer
    Hash previous; // the parent block's hash; the genesis hash for height 1
    Hash txRoot; // Merkle root over the transactions' encodings (RFC 9162)
    Hash stateHash; // the state after applying this block's transactions
    Hash validatorSetHash; // the set that must sign this block's commit
    IdentityId proposer;
    quint64 transactionCount = 0; // binds the Merkle tree's size (RFC 9162 proofs need it)

    void encode(codec::CborWriter &writer) const;
    static BlockHeader decode(codec::CborReader &reader);
    QByteArray encode() const;
    /// SHA-256 of the header's canonical encoding: the block's id.
    Hash hash() const;
    /// The hash a header carries for a validator set (sorted by node key).
    static Hash hashValidatorSet(const QList<identity::Validator> &validators);
    bool operator==(const BlockHeader &) const = default;
};

struct CommitSignature {
    IdentityId validator;
    crypto::Ed25519Signature signature;
    bool operator==(const CommitSignature &) const = default;
};

/// More than two thirds of the voting power precommitted blockHash at height in round.
struct CommitCertificate {
    Q_DECLARE_TR_FUNCTIONS(CommitCertificate)
public:
    quint64 height = 0;
    quint32 round = 0;
    Hash blockHash;
    QList<CommitSignature> signatures; // sorted by validator

    /// What each validator signs: a domain tag and {chain id, height, round, block hash}.
    static QByteArray precommitBytes(const QString &chainId, quint64 height, quint32 round,
                                     const Hash &blockHash);
    void encode(codec::CborWriter &writer) const;
    static CommitCertificate decode(codec::CborReader &reader);
    QByteArray encode() const;
    static Result<CommitCertificate> decode(QByteArrayView bytes);
    /// Every signature is by a member of validators and verifies, and together they hold more
    /// than two thirds of the voting power.
    Result<void> verify(const QList<identity::Validator> &validators, const QString &chainId) const;
    bool operator==(const CommitCertificate &) const = default;
};

struct Block {
    Q_DECLARE_TR_FUNCTIONS(Block)
public:
    BlockHeader header;
    QList<QByteArray> transactions; // each a canonical transaction encoding
    std::optional<CommitCertificate> lastCommit; // for height - 1; absent at height 1

    QByteArray encode() const;
    /// Parses the shape; transactions stay as bytes, decoded and checked by the executor.
    static Result<Block> decode(QByteArrayView bytes);
    /// The Merkle root the header must carry for these transactions.
    static Hash transactionRoot(const QList<QByteArray> &transactions);
    /// The same root from the transactions' hashes, in block order.
    static Hash transactionRoot(const QList<Hash> &transactionHashes);
    /// A transaction's Merkle leaf: its hash is the leaf data.
    static Hash transactionLeaf(const Hash &transactionHash);
    bool operator==(const Block &) const = default;
};

} // namespace medchain::chain
