// The replica: genesis, the chain of committed blocks and the state they produce, in one
// SQLCipher file. Each block (state, block, transaction index) commits in one transaction.
#pragma once

#include "chain/Block.h"
#include "chain/Executor.h"
#include "chain/Genesis.h"
#include "chain/LedgerState.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace medchain::crypto {
class Ed25519SigningKey;
class SecureBuffer;
} // namespace medchain::crypto

namespace medchain::chain {

/// A candidate the producer left out, and why.
struct RejectedTransaction {
    Hash hash;
    Error reason;
};

struct ProducedBlock {
    bool committed = false; // false when every candidate was refused: no empty block is made
    Block block;
    CommitCertificate commit;
    QList<RejectedTransaction> rejected;
};

/// A validator's offer for the next height: executed at the tip, then rolled back.
struct ProposedBlock {
    Block block; // without a commit; it needs the validators' precommits
    QList<RejectedTransaction> rejected;
};

struct ChainTip {
    quint64 height = 0;
    Hash hash; // the tip block's hash; the genesis hash at height 0
    Hash stateHash; // the state after the tip
    qint64 time = 0;
};

class Ledger {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    /// Opens the replica at path with its raw key, creating it from genesis when the file does
    /// not exist yet. An existing replica must have been made from the same genesis.
    static Result<std::unique_ptr<Ledger>>
    open(const QString &path, const crypto::SecureBuffer &key, const Genesis &genesis);
    /// A query view of an existing replica on a read-only connection (WAL: it never waits for
    /// the writer, and the writer never waits for it). Its tip is as of opening or refreshTip();
    /// producing or applying blocks through it is refused.
    static Result<std::unique_ptr<Ledger>>
    openReadOnly(const QString &path, const crypto::SecureBuffer &key, const Genesis &genesis);
    ~Ledger();

    /// Re-reads the tip (for a read-only view, after the writer committed more blocks).
    Result<void> refreshTip();
    bool isReadOnly() const;

    const Genesis &genesis() const;
    ChainTip tip() const;
    LedgerState &state();
    const LedgerState &state() const;

    /// The embedded single-validator producer: applies the valid candidates in order (leaving
    /// out, with reasons, those that fail), builds and signs the block, and commits it. With no
    /// candidates it commits an empty block (time moves on); when every candidate fails it
    /// commits nothing.
    Result<ProducedBlock> produceBlock(const QList<QByteArray> &candidates, qint64 time,
                                       const crypto::Ed25519SigningKey &validatorKey);
    /// The same for candidates already through Executor::check (which callers may run on
    /// other threads while the previous block executes).
    Result<ProducedBlock> produceBlock(const QList<CheckedTransaction> &candidates, qint64 time,
                                       const crypto::Ed25519SigningKey &validatorKey,
                                       QList<RejectedTransaction> alreadyRejected = {});
    /// Consensus, proposing: the block the valid candidates make at the tip (an empty one when
    /// none is valid), executed to learn its state hash and rolled back — nothing is committed.
    Result<ProposedBlock> proposeBlock(const QList<CheckedTransaction> &candidates, qint64 time,
                                       const IdentityId &proposer);
    /// Consensus, judging a proposal (the paper's valid(v)): everything applyBlock checks but
    /// the commit certificate, executing the block and rolling back.
    Result<void> checkBlock(const Block &block);
    /// A replica's path: checks the header against the tip, the commit against the validator
    /// set, every transaction and the resulting state hash; commits it or changes nothing.
    Result<void> applyBlock(const Block &block, const CommitCertificate &commit);

    std::optional<Block> block(quint64 height) const;
    /// A committed block's header alone, without reading its transactions.
    std::optional<BlockHeader> header(quint64 height) const;
    /// A committed transaction by its hash.
    std::optional<Transaction> transaction(const Hash &hash) const;
    std::optional<CommitCertificate> commit(quint64 height) const;
    /// Reads every page of the replica file (each one HMAC-checked) and checks its b-trees,
    /// including indexes that replaying blocks never touches.
    Result<void> checkIntegrity() const;

    /// A validator set that signed some block, by BlockHeader::validatorSetHash.
    std::optional<QList<identity::Validator>> validatorSet(const Hash &hash) const;
    /// Where a transaction sits: its block height and position in it.
    std::optional<std::pair<quint64, int>> locate(const Hash &tx) const;

    /// The state hash after a block: H(tag || previous state hash || the block's effects).
    static Hash nextStateHash(const Hash &previous, const Hash &effects);

private:
    static Error refusal(quint64 height, const QString &why);

    class Impl;
    explicit Ledger(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace medchain::chain

Q_DECLARE_METATYPE(medchain::chain::ChainTip)
