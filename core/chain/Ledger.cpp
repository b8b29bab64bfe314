#include "chain/Ledger.h"

#include "chain/FieldCodec.h"
#include "chain/ReplicaSchema.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDebug>
#include <QFileInfo>

#include <algorithm>
#include <type_traits>

namespace medchain::chain {

using storage::Statement;

namespace {
const QByteArray kStateTag = QByteArrayLiteral("medchain/state/v1");

/// An object stored as its canonical encoding, decoded again; nullopt if absent or invalid.
template <typename Object> std::optional<Object> decodedFrom(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return std::nullopt;
    auto object = Object::decode(*bytes);
    if (!object)
        return std::nullopt;
    return std::move(object).value();
}
} // namespace

class Ledger::Impl {
public:
    Impl(storage::Database database, Genesis g)
        : db(std::move(database)), genesis(std::move(g)), state(db)
    {
    }

    Result<void> putMeta(const char *key, const QByteArray &value)
    {
        auto s = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
        if (!s)
            return s.failure();
        s->bindText(1, QString::fromLatin1(key)).bindBlob(2, value);
        return s->run();
    }

    /// The first column of the row that `sql` selects for the single parameter `key`.
    template <typename Key> std::optional<QByteArray> blobAt(const char *sql, const Key &key)
    {
        auto s = db.prepare(sql);
        if (!s)
            return std::nullopt;
        if constexpr (std::is_integral_v<Key>)
            s->bindInt64(1, qint64(key));
        else
            s->bindBlob(1, bytesOf(key));
        if (s->step() != Statement::Step::Row)
            return std::nullopt;
        return s->columnBlob(0);
    }

    std::optional<QByteArray> meta(const char *key)
    {
        auto s = db.prepare("SELECT value FROM meta WHERE key = ?1");
        if (!s)
            return std::nullopt;
        s->bindText(1, QString::fromLatin1(key));
        if (s->step() != Statement::Step::Row)
            return std::nullopt;
        return s->columnBlob(0);
    }

    Result<void> saveTip(const ChainTip &next)
    {
        for (auto ok : {putMeta("height", QByteArray::number(next.height)),
                        putMeta("tip_hash", next.hash.toByteArray()),
                        putMeta("state_hash", next.stateHash.toByteArray()),
                        putMeta("tip_time", QByteArray::number(next.time))})
            if (!ok)
                return ok;
        return {};
    }

    Result<void> loadTip()
    {
        const auto height = meta("height");
        const auto hash = meta("tip_hash");
        const auto stateHash = meta("state_hash");
        const auto time = meta("tip_time");
        if (!height || !hash || !stateHash || !time)
            return Error {Ledger::tr("The replica's chain summary is missing; run verify.")};
        tip = {height->toULongLong(), fixedFrom<Hash>(*hash), fixedFrom<Hash>(*stateHash),
               time->toLongLong()};
        return {};
    }

    Result<void> storeBlock(const Block &block, const CommitCertificate &commit,
                            const QList<CheckedTransaction> &txs,
                            const QList<identity::Validator> &signers)
    {
        // The set that signed, kept by its hash so evidence can show it later.
        codec::CborWriter set;
        identity::writeValidators(set, signers);
        auto v
            = db.prepare("INSERT OR IGNORE INTO validator_sets(hash, validators) VALUES(?1, ?2)");
        if (!v)
            return v.failure();
        v->bindBlob(1, bytesOf(block.header.validatorSetHash)).bindBlob(2, set.take());
        if (auto ok = v->run(); !ok)
            return ok;
        // A block is stored as its header, commits and transaction rows, so one transaction
        // can be read without decoding its whole block.
        auto s = db.prepare("INSERT INTO blocks(height, hash, time, header, last_commit, "
                            "commit_certificate) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!s)
            return s.failure();
        s->bindInt64(1, qint64(block.header.height)).bindBlob(2, bytesOf(block.header.hash()));
        s->bindInt64(3, block.header.time).bindBlob(4, block.header.encode());
        if (block.lastCommit)
            s->bindBlob(5, block.lastCommit->encode());
        else
            s->bindNull(5);
        s->bindBlob(6, commit.encode());
        if (auto ok = s->run(); !ok)
            return ok;
        for (int position = 0; position < txs.size(); ++position) {
            const CheckedTransaction &tx = txs[position];
            auto t = db.prepare("INSERT INTO transactions(hash, height, position, type, sender, "
                                "time, bytes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            if (!t)
                return t.failure();
            t->bindBlob(1, bytesOf(tx.hash)).bindInt64(2, qint64(block.header.height));
            t->bindInt64(3, position).bindInt64(4, qint64(tx.tx.type()));
            t->bindBlob(5, tx.tx.sender.toByteArray()).bindInt64(6, tx.tx.time);
            t->bindBlob(7, tx.bytes);
            if (auto ok = t->run(); !ok)
                return ok;
        }
        return {};
    }

    Result<void> checkGenesis(const QString &path)
    {
        const auto stored = meta("genesis");
        if (!stored)
            return Error {Ledger::tr("The replica %1 has no genesis; it is damaged.").arg(path)};
        if (*stored != genesis.encode())
            return Error {Ledger::tr("The replica %1 belongs to another network.").arg(path)};
        return loadTip();
    }

    /// Money must be conserved by every block. If it is not, the rules or the replica are
    /// broken: refuse the block and say so loudly, since the node stops here.
    Result<void> checkBlockMoney(quint64 height)
    {
        if (auto ok = state.checkBlockConservation(); !ok) {
            const QString message
                = Ledger::tr("Block %1 breaks the conservation of money: %2 The node stops.")
                      .arg(height)
                      .arg(ok.error());
            qCritical().noquote() << message;
            return Error {message, QStringLiteral("conservation")};
        }
        return {};
    }

    /// The whole books, when a replica opens for writing: its later blocks are each checked
    /// against this starting point.
    Result<void> auditMoney()
    {
        const auto audit = state.auditWallet();
        if (!audit)
            return audit.failure();
        if (!audit->conserved()) {
            const QString message
                = Ledger::tr("The replica's books do not balance (balances %1 fen, deposits %2, "
                             "withdrawals %3, %4 negative balances, %5 statements and %6 funds "
                             "that do not add up). Rebuild it from the network.")
                      .arg(audit->balances)
                      .arg(audit->deposits)
                      .arg(audit->withdrawals)
                      .arg(audit->negativeBalances)
                      .arg(audit->statementMismatches)
                      .arg(audit->shareMismatches);
            qCritical().noquote() << message;
            return Error {message, QStringLiteral("conservation")};
        }
        return {};
    }

    struct Built {
        Block block; // everything but the commit
        QList<CheckedTransaction> included;
        QList<RejectedTransaction> rejected;
        QList<identity::Validator> validators; // the set that must sign it
    };
    Result<void> build(const QList<CheckedTransaction> &candidates, qint64 time,
                       const IdentityId &proposer, Built &built);
    Result<void> checkHeader(const Block &block, const QList<identity::Validator> &validators);
    Result<QList<CheckedTransaction>> execute(const Block &block);
    Result<void> commitBlock(storage::Transaction &transaction, const Block &block,
                             const CommitCertificate &commit, const QList<CheckedTransaction> &txs,
                             const QList<identity::Validator> &validators);

    Result<void> checkLastCommit(const Block &block, const Error &refusal);
    std::optional<QList<identity::Validator>> validatorSet(const Hash &hash);
    std::optional<BlockHeader> headerAt(quint64 height);

    std::optional<CommitCertificate> commitAt(quint64 height)
    {
        return decodedFrom<CommitCertificate>(
            blobAt("SELECT commit_certificate FROM blocks WHERE height = ?1", height));
    }

    Error readOnlyRefusal() const
    {
        return Error {Ledger::tr("This replica was opened for reading only."),
                      QStringLiteral("read-only")};
    }

    storage::Database db;
    Genesis genesis;
    LedgerState state;
    ChainTip tip;
    bool readOnly = false;
};

Ledger::Ledger(std::unique_ptr<Impl> impl) : d(std::move(impl)) { }

Ledger::~Ledger() = default;

Hash Ledger::nextStateHash(const Hash &previous, const Hash &effects)
{
    crypto::Sha256 hasher;
    hasher.add(kStateTag);
    hasher.add(previous.toByteArray());
    hasher.add(effects.toByteArray());
    return hasher.finish();
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, const crypto::SecureBuffer &key,
                                             const Genesis &genesis)
{
    const QFileInfo file(path);
    const bool exists = file.exists() && file.size() > 0;
    auto db = storage::Database::open(
        path, key, exists ? storage::OpenMode::ReadWrite : storage::OpenMode::Create);
    if (!db)
        return db.failure();
    if (auto ok = replicaSchema().migrate(db.value()); !ok)
        return ok.failure();

    std::unique_ptr<Ledger> ledger(
        new Ledger(std::make_unique<Impl>(std::move(db).value(), genesis)));
    Impl &d = *ledger->d;
    if (exists) {
        if (auto ok = d.checkGenesis(path); !ok)
            return ok.failure();
        if (auto ok = d.auditMoney(); !ok)
            return ok.failure();
        return ledger;
    }

    auto transaction = d.db.begin();
    if (!transaction)
        return transaction.failure();
    const LedgerState::BlockScope scope(d.state);
    if (auto ok = Executor::applyGenesis(d.state, genesis); !ok)
        return ok.failure();
    const Hash genesisHash = genesis.hash();
    const ChainTip tip {0, genesisHash, nextStateHash(genesisHash, d.state.takeEffectsDigest()),
                        genesis.time};
    if (auto ok = d.putMeta("genesis", genesis.encode()); !ok)
        return ok.failure();
    if (auto ok = d.saveTip(tip); !ok)
        return ok.failure();
    if (auto ok = transaction->commit(); !ok)
        return ok.failure();
    d.tip = tip;
    return ledger;
}

Result<std::unique_ptr<Ledger>>
Ledger::openReadOnly(const QString &path, const crypto::SecureBuffer &key, const Genesis &genesis)
{
    auto db = storage::Database::open(path, key, storage::OpenMode::ReadOnly);
    if (!db)
        return db.failure();
    if (auto ok = replicaSchema().check(db.value()); !ok)
        return ok.failure();
    std::unique_ptr<Ledger> ledger(
        new Ledger(std::make_unique<Impl>(std::move(db).value(), genesis)));
    ledger->d->readOnly = true;
    if (auto ok = ledger->d->checkGenesis(path); !ok)
        return ok.failure();
    return ledger;
}

Result<void> Ledger::refreshTip()
{
    return d->loadTip();
}

bool Ledger::isReadOnly() const
{
    return d->readOnly;
}

const Genesis &Ledger::genesis() const
{
    return d->genesis;
}

ChainTip Ledger::tip() const
{
    return d->tip;
}

LedgerState &Ledger::state()
{
    return d->state;
}

const LedgerState &Ledger::state() const
{
    return d->state;
}

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

std::optional<Block> Ledger::block(quint64 height) const
{
    auto s = d->db.prepare("SELECT header, last_commit FROM blocks WHERE height = ?1");
    if (!s)
        return std::nullopt;
    s->bindInt64(1, qint64(height));
    if (s->step() != Statement::Step::Row)
        return std::nullopt;
    Block block;
    const QByteArray headerBytes = s->columnBlob(0); // the reader only views its input
    codec::CborReader header(headerBytes);
    block.header = BlockHeader::decode(header);
    header.finish();
    if (header.hasError())
        return std::nullopt;
    if (!s->columnIsNull(1)) {
        auto lastCommit = CommitCertificate::decode(s->columnBlob(1));
        if (!lastCommit)
            return std::nullopt;
        block.lastCommit = std::move(lastCommit).value();
    }
    auto t = d->db.prepare("SELECT bytes FROM transactions WHERE height = ?1 ORDER BY position");
    if (!t)
        return std::nullopt;
    t->bindInt64(1, qint64(height));
    for (auto step = t->step(); step == Statement::Step::Row; step = t->step())
        block.transactions.append(t->columnBlob(0));
    return block;
}

std::optional<BlockHeader> Ledger::header(quint64 height) const
{
    return d->headerAt(height);
}

std::optional<BlockHeader> Ledger::Impl::headerAt(quint64 height)
{
    const auto bytes = blobAt("SELECT header FROM blocks WHERE height = ?1", height);
    if (!bytes)
        return std::nullopt;
    codec::CborReader reader(*bytes);
    BlockHeader header = BlockHeader::decode(reader);
    reader.finish();
    if (reader.hasError())
        return std::nullopt;
    return header;
}

std::optional<Transaction> Ledger::transaction(const Hash &hash) const
{
    return decodedFrom<Transaction>(
        d->blobAt("SELECT bytes FROM transactions WHERE hash = ?1", hash));
}

std::optional<CommitCertificate> Ledger::commit(quint64 height) const
{
    return d->commitAt(height);
}

Result<void> Ledger::checkIntegrity() const
{
    auto statement = d->db.prepare("PRAGMA integrity_check");
    if (!statement)
        return statement.failure();
    QStringList problems;
    for (auto step = statement->step(); step != Statement::Step::Done; step = statement->step()) {
        if (step == Statement::Step::Error)
            return Error {statement->errorMessage(), QStringLiteral("damaged")};
        if (const QString row = statement->columnText(0); row != QLatin1String("ok"))
            problems.append(row);
    }
    if (problems.isEmpty())
        return {};
    return Error {
        tr("The replica file %1 is damaged or has been tampered with: %2 part(s) fail the "
           "integrity check, the first: %3")
            .arg(d->db.path())
            .arg(problems.size())
            .arg(problems.constFirst()),
        QStringLiteral("damaged")};
}

std::optional<QList<identity::Validator>> Ledger::validatorSet(const Hash &hash) const
{
    return d->validatorSet(hash);
}

std::optional<QList<identity::Validator>> Ledger::Impl::validatorSet(const Hash &hash)
{
    const auto bytes = blobAt("SELECT validators FROM validator_sets WHERE hash = ?1", hash);
    if (!bytes)
        return std::nullopt;
    codec::CborReader r(*bytes);
    QList<identity::Validator> validators = identity::readValidators(r);
    r.finish();
    if (r.hasError())
        return std::nullopt;
    return validators;
}

std::optional<std::pair<quint64, int>> Ledger::locate(const Hash &tx) const
{
    auto s = d->db.prepare("SELECT height, position FROM transactions WHERE hash = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, bytesOf(tx));
    if (s->step() != Statement::Step::Row)
        return std::nullopt;
    return std::make_pair(quint64(s->columnInt64(0)), int(s->columnInt64(1)));
}

} // namespace medchain::chain
