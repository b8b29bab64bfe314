// Blocks into the replica: the embedded producer, consensus's proposing and judging, and
// applying a committed block; one build path and one execute path serve them all.
#include "chain/LedgerImpl.h"

#include "crypto/Ed25519.h"

#include <algorithm>

namespace medchain::chain {

Result<ProducedBlock> Ledger::produceBlock(const QList<QByteArray> &candidates, qint64 time,
                                           const crypto::Ed25519SigningKey &validatorKey)
{
    QList<CheckedTransaction> checked;
    QList<RejectedTransaction> rejected;
    for (const QByteArray &bytes : candidates) {
        auto one = Executor::check(bytes, d->genesis.chainId);
        if (one)
            checked.append(std::move(one).value());
        else
            rejected.append({crypto::sha256(bytes), one.failure()});
    }
    return produceBlock(checked, time, validatorKey, rejected);
}

/// Executes candidates at the tip inside the caller's database transaction and block scope:
/// the valid ones in order (up to the block limit), the rest rejected with reasons. Fills
/// everything of the block but its commit. `empty` tells the caller no candidate was valid.
Result<void> Ledger::Impl::build(const QList<CheckedTransaction> &candidates, qint64 time,
                                 const IdentityId &proposer, Built &built)
{
    const QList<identity::Validator> validators = state.validators();
    if (std::none_of(validators.cbegin(), validators.cend(),
                     [&](const auto &v) { return v.node == proposer; }))
        return Error {Ledger::tr("This node is not a validator of the chain.")};
    BlockHeader &header = built.block.header;
    header.chainId = genesis.chainId;
    header.height = tip.height + 1;
    header.time = std::max(time, tip.time + 1);
    header.previous = tip.hash;
    header.validatorSetHash = BlockHeader::hashValidatorSet(validators);
    header.proposer = proposer;
    built.validators = validators;

    Executor executor(state, genesis);
    const BlockContext context {header.height, header.time};
    QList<Hash> includedHashes;
    for (const CheckedTransaction &candidate : candidates) {
        if (quint64(built.included.size()) >= genesis.parameters.maxBlockTransactions)
            break;
        if (auto ok = executor.apply(candidate, context); !ok) {
            if (state.hasFailed())
                return Error {
                    Ledger::tr("The replica could not be written: %1").arg(state.failure())};
            built.rejected.append({candidate.hash, ok.failure()});
            continue;
        }
        built.block.transactions.append(candidate.bytes);
        built.included.append(candidate);
        includedHashes.append(candidate.hash);
    }
    if (built.included.isEmpty() && !built.rejected.isEmpty())
        return {}; // nothing worth a block
    header.txRoot = Block::transactionRoot(includedHashes);
    header.transactionCount = quint64(built.block.transactions.size());
    state.flushBlockWrites();
    if (state.hasFailed())
        return Error {Ledger::tr("The replica could not be written: %1").arg(state.failure())};
    if (auto ok = checkBlockMoney(header.height); !ok)
        return ok.failure();
    header.stateHash = Ledger::nextStateHash(tip.stateHash, state.takeEffectsDigest());
    if (header.height > 1) {
        built.block.lastCommit = commitAt(tip.height);
        if (!built.block.lastCommit)
            return Error {
                Ledger::tr("The replica has lost the commit of block %1.").arg(tip.height)};
    }
    return {};
}

/// Everything applyBlock checks before executing, except the commit certificate.
Result<void> Ledger::Impl::checkHeader(const Block &block,
                                       const QList<identity::Validator> &validators)
{
    const BlockHeader &header = block.header;
    auto refuse = [&](const QString &why) { return Ledger::refusal(header.height, why); };
    if (header.chainId != genesis.chainId)
        return refuse(Ledger::tr("it belongs to another chain."));
    if (header.height != tip.height + 1)
        return refuse(Ledger::tr("the next block expected is %1.").arg(tip.height + 1));
    if (header.previous != tip.hash)
        return refuse(Ledger::tr("it does not extend this replica's tip."));
    if (header.time <= tip.time)
        return refuse(Ledger::tr("its time is not after its parent's."));
    if (header.validatorSetHash != BlockHeader::hashValidatorSet(validators))
        return refuse(Ledger::tr("it names another validator set."));
    if (std::none_of(validators.cbegin(), validators.cend(),
                     [&](const auto &v) { return v.node == header.proposer; }))
        return refuse(Ledger::tr("its proposer is not a validator."));
    if (quint64(block.transactions.size()) > genesis.parameters.maxBlockTransactions)
        return refuse(Ledger::tr("it holds more transactions than a block may."));
    if (header.txRoot != Block::transactionRoot(block.transactions)
        || header.transactionCount != quint64(block.transactions.size()))
        return refuse(Ledger::tr("its transactions do not match the header's Merkle root."));
    if (header.height == 1)
        return block.lastCommit ? refuse(Ledger::tr("the first block has no parent to commit."))
                                : Result<void> {};
    return checkLastCommit(block, refuse(Ledger::tr("it does not carry its parent's commit.")));
}

/// Validators assemble different, equally valid certificates for one block (each from the
/// precommits it saw). The one the next block carries becomes every replica's commit of the
/// parent: it must be for the parent and verify against the set that signed the parent.
Result<void> Ledger::Impl::checkLastCommit(const Block &block, const Error &refusal)
{
    if (!block.lastCommit)
        return refusal;
    const CommitCertificate &last = *block.lastCommit;
    if (last == commitAt(tip.height))
        return {};
    if (last.height != tip.height || last.blockHash != tip.hash)
        return refusal;
    const auto parent = headerAt(tip.height);
    const auto signers = parent ? validatorSet(parent->validatorSetHash) : std::nullopt;
    if (!signers)
        return Error {Ledger::tr("The replica has lost the header of block %1.").arg(tip.height)};
    if (auto ok = last.verify(*signers, genesis.chainId); !ok)
        return Error {refusal.message + QLatin1Char(' ') + ok.error()};
    return {};
}

/// Executes a block whose header passed checkHeader, inside the caller's database transaction
/// and block scope, and compares the state it gives with the header's.
Result<QList<CheckedTransaction>> Ledger::Impl::execute(const Block &block)
{
    const BlockHeader &header = block.header;
    auto refuse = [&](const QString &why) { return Ledger::refusal(header.height, why); };
    Executor executor(state, genesis);
    const BlockContext context {header.height, header.time};
    QList<CheckedTransaction> txs;
    for (int i = 0; i < block.transactions.size(); ++i) {
        auto checked = Executor::check(block.transactions[i], genesis.chainId);
        if (!checked)
            return refuse(Ledger::tr("transaction %1: %2").arg(i).arg(checked.error()));
        if (auto ok = executor.apply(checked.value(), context); !ok)
            return refuse(Ledger::tr("transaction %1: %2").arg(i).arg(ok.error()));
        txs.append(std::move(checked).value());
    }
    state.flushBlockWrites();
    if (state.hasFailed())
        return refuse(state.failure());
    if (auto ok = checkBlockMoney(header.height); !ok)
        return ok.failure();
    const Hash stateHash = Ledger::nextStateHash(tip.stateHash, state.takeEffectsDigest());
    if (stateHash != header.stateHash)
        return refuse(Ledger::tr("executing it gives another state hash; this replica and the "
                                 "proposer disagree."));
    return txs;
}

/// Stores a block that executed in the open database transaction and commits it.
Result<void> Ledger::Impl::commitBlock(storage::Transaction &transaction, const Block &block,
                                       const CommitCertificate &commit,
                                       const QList<CheckedTransaction> &txs,
                                       const QList<identity::Validator> &validators)
{
    const BlockHeader &header = block.header;
    const ChainTip next {header.height, commit.blockHash, header.stateHash, header.time};
    if (auto ok = storeBlock(block, commit, txs, validators); !ok)
        return ok;
    if (block.lastCommit && block.lastCommit != commitAt(tip.height)) {
        auto s = db.prepare("UPDATE blocks SET commit_certificate = ?1 WHERE height = ?2");
        if (!s)
            return s.failure();
        s->bindBlob(1, block.lastCommit->encode()).bindInt64(2, qint64(tip.height));
        if (auto ok = s->run(); !ok)
            return ok;
    }
    if (auto ok = saveTip(next); !ok)
        return ok;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    tip = next;
    return {};
}

Result<ProducedBlock> Ledger::produceBlock(const QList<CheckedTransaction> &candidates, qint64 time,
                                           const crypto::Ed25519SigningKey &validatorKey,
                                           QList<RejectedTransaction> alreadyRejected)
{
    if (d->readOnly)
        return d->readOnlyRefusal();
    auto transaction = d->db.begin();
    if (!transaction)
        return transaction.failure();
    const LedgerState::BlockScope scope(d->state);
    Impl::Built built;
    built.rejected = std::move(alreadyRejected);
    if (auto ok = d->build(candidates, time, validatorKey.publicKey(), built); !ok)
        return ok.failure();
    ProducedBlock produced;
    produced.rejected = built.rejected;
    if (built.included.isEmpty() && !built.rejected.isEmpty())
        return produced; // nothing to commit; the database transaction rolls back
    produced.block = built.block;
    const BlockHeader &header = produced.block.header;
    produced.commit.height = header.height;
    produced.commit.blockHash = header.hash();
    produced.commit.signatures.append(
        {validatorKey.publicKey(),
         validatorKey.sign(CommitCertificate::precommitBytes(header.chainId, header.height, 0,
                                                             produced.commit.blockHash))});
    // The embedded producer commits alone; with a larger validator set that needs consensus.
    if (auto ok = produced.commit.verify(built.validators, header.chainId); !ok)
        return Error {tr("This validator cannot commit blocks on its own: %1").arg(ok.error())};
    if (auto ok = d->commitBlock(transaction.value(), produced.block, produced.commit,
                                 built.included, built.validators);
        !ok)
        return ok.failure();
    produced.committed = true;
    return produced;
}

Result<ProposedBlock> Ledger::proposeBlock(const QList<CheckedTransaction> &candidates, qint64 time,
                                           const IdentityId &proposer)
{
    if (d->readOnly)
        return d->readOnlyRefusal();
    ProposedBlock proposed;
    QList<CheckedTransaction> pool = candidates;
    for (;;) {
        auto transaction = d->db.begin();
        if (!transaction)
            return transaction.failure();
        const LedgerState::BlockScope scope(d->state);
        Impl::Built built;
        if (auto ok = d->build(pool, time, proposer, built); !ok)
            return ok.failure();
        proposed.rejected.append(built.rejected);
        // Every candidate failed: propose an empty block rather than none (time moves on).
        if (built.included.isEmpty() && !built.rejected.isEmpty()) {
            pool.clear();
            continue;
        }
        proposed.block = std::move(built.block);
        return proposed; // the database transaction rolls back: nothing is committed
    }
}

Result<void> Ledger::checkBlock(const Block &block)
{
    if (d->readOnly)
        return d->readOnlyRefusal();
    const QList<identity::Validator> validators = d->state.validators();
    if (auto ok = d->checkHeader(block, validators); !ok)
        return ok;
    auto transaction = d->db.begin();
    if (!transaction)
        return transaction.failure();
    const LedgerState::BlockScope scope(d->state);
    if (auto ok = d->execute(block); !ok)
        return ok.failure();
    return {}; // rolls back
}

Result<void> Ledger::applyBlock(const Block &block, const CommitCertificate &commit)
{
    if (d->readOnly)
        return d->readOnlyRefusal();
    const BlockHeader &header = block.header;
    const QList<identity::Validator> validators = d->state.validators();
    if (auto ok = d->checkHeader(block, validators); !ok)
        return ok;
    if (commit.height != header.height || commit.blockHash != header.hash())
        return refusal(header.height, tr("the commit certificate is for another block."));
    if (auto ok = commit.verify(validators, header.chainId); !ok)
        return refusal(header.height, ok.error());

    auto transaction = d->db.begin();
    if (!transaction)
        return transaction.failure();
    const LedgerState::BlockScope scope(d->state);
    auto txs = d->execute(block);
    if (!txs)
        return txs.failure();
    return d->commitBlock(transaction.value(), block, commit, txs.value(), validators);
}

Error Ledger::refusal(quint64 height, const QString &why)
{
    return Error {tr("Block %1 is refused: %2").arg(height).arg(why)};
}

} // namespace medchain::chain
