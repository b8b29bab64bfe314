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

Result<ProducedBlock> Ledger::produceBlock(const QList<CheckedTransaction> &candidates, qint64 time,
                                           const crypto::Ed25519SigningKey &validatorKey,
                                           QList<RejectedTransaction> alreadyRejected)
{
    if (d->readOnly)
        return d->readOnlyRefusal();
    const QList<identity::Validator> validators = d->state.validators();
    const bool isValidator
        = std::any_of(validators.cbegin(), validators.cend(),
                      [&](const auto &v) { return v.node == validatorKey.publicKey(); });
    if (!isValidator)
        return Error {tr("This node is not a validator of the chain.")};

    auto transaction = d->db.begin();
    if (!transaction)
        return transaction.failure();
    const LedgerState::BlockScope scope(d->state);

    ProducedBlock produced;
    produced.rejected = std::move(alreadyRejected);
    BlockHeader &header = produced.block.header;
    header.chainId = d->genesis.chainId;
    header.height = d->tip.height + 1;
    header.time = std::max(time, d->tip.time + 1);
    header.previous = d->tip.hash;
    header.validatorSetHash = BlockHeader::hashValidatorSet(validators);
    header.proposer = validatorKey.publicKey();

    Executor executor(d->state, d->genesis);
    const BlockContext context {header.height, header.time};
    QList<CheckedTransaction> included;
    QList<Hash> includedHashes;
    for (const CheckedTransaction &candidate : candidates) {
        if (quint64(included.size()) >= d->genesis.parameters.maxBlockTransactions)
            break;
        if (auto ok = executor.apply(candidate, context); !ok) {
            if (d->state.hasFailed())
                return Error {tr("The replica could not be written: %1").arg(d->state.failure())};
            produced.rejected.append({candidate.hash, ok.failure()});
            continue;
        }
        produced.block.transactions.append(candidate.bytes);
        included.append(candidate);
        includedHashes.append(candidate.hash);
    }
    if (included.isEmpty() && !produced.rejected.isEmpty())
        return produced; // nothing to commit; the database transaction rolls back
    header.txRoot = Block::transactionRoot(includedHashes);
    header.transactionCount = quint64(produced.block.transactions.size());
    d->state.flushBlockWrites();
    if (d->state.hasFailed())
        return Error {tr("The replica could not be written: %1").arg(d->state.failure())};
    if (auto ok = d->checkBlockMoney(header.height); !ok)
        return ok.failure();
    header.stateHash = nextStateHash(d->tip.stateHash, d->state.takeEffectsDigest());
    if (header.height > 1)
        produced.block.lastCommit = commit(d->tip.height);

    produced.commit.height = header.height;
    produced.commit.blockHash = header.hash();
    produced.commit.signatures.append(
        {validatorKey.publicKey(),
         validatorKey.sign(CommitCertificate::precommitBytes(header.chainId, header.height, 0,
                                                             produced.commit.blockHash))});

    // The embedded producer commits alone; with a larger validator set that needs consensus.
    if (auto ok = produced.commit.verify(validators, header.chainId); !ok)
        return Error {tr("This validator cannot commit blocks on its own: %1").arg(ok.error())};

    const ChainTip next {header.height, produced.commit.blockHash, header.stateHash, header.time};
    if (auto ok = d->storeBlock(produced.block, produced.commit, included, validators); !ok)
        return ok.failure();
    if (auto ok = d->saveTip(next); !ok)
        return ok.failure();
    if (auto ok = transaction->commit(); !ok)
        return ok.failure();
    d->tip = next;
    produced.committed = true;
    return produced;
}

Result<void> Ledger::applyBlock(const Block &block, const CommitCertificate &commit)
{
    if (d->readOnly)
        return d->readOnlyRefusal();
    const BlockHeader &header = block.header;
    const Hash blockHash = header.hash();
    const QList<identity::Validator> validators = d->state.validators();
    auto refuse = [&](const QString &why) {
        return Error {tr("Block %1 is refused: %2").arg(header.height).arg(why)};
    };
    if (header.chainId != d->genesis.chainId)
        return refuse(tr("it belongs to another chain."));
    if (header.height != d->tip.height + 1)
        return refuse(tr("the next block expected is %1.").arg(d->tip.height + 1));
    if (header.previous != d->tip.hash)
        return refuse(tr("it does not extend this replica's tip."));
    if (header.time <= d->tip.time)
        return refuse(tr("its time is not after its parent's."));
    if (header.validatorSetHash != BlockHeader::hashValidatorSet(validators))
        return refuse(tr("it names another validator set."));
    if (std::none_of(validators.cbegin(), validators.cend(),
                     [&](const auto &v) { return v.node == header.proposer; }))
        return refuse(tr("its proposer is not a validator."));
    if (quint64(block.transactions.size()) > d->genesis.parameters.maxBlockTransactions)
        return refuse(tr("it holds more transactions than a block may."));
    if (header.txRoot != Block::transactionRoot(block.transactions)
        || header.transactionCount != quint64(block.transactions.size()))
        return refuse(tr("its transactions do not match the header's Merkle root."));
    // The parent's commit must be the one this replica accepted with the parent, byte for byte,
    // so one block hash never comes with two encodings.
    if (header.height == 1 ? block.lastCommit.has_value()
                           : (!block.lastCommit || block.lastCommit != this->commit(d->tip.height)))
        return refuse(tr("it does not carry its parent's commit."));
    if (commit.height != header.height || commit.blockHash != blockHash)
        return refuse(tr("the commit certificate is for another block."));
    if (auto ok = commit.verify(validators, header.chainId); !ok)
        return refuse(ok.error());

    auto transaction = d->db.begin();
    if (!transaction)
        return transaction.failure();
    const LedgerState::BlockScope scope(d->state);
    Executor executor(d->state, d->genesis);
    const BlockContext context {header.height, header.time};
    QList<CheckedTransaction> txs;
    for (int i = 0; i < block.transactions.size(); ++i) {
        auto checked = Executor::check(block.transactions[i], d->genesis.chainId);
        if (!checked)
            return refuse(tr("transaction %1: %2").arg(i).arg(checked.error()));
        if (auto ok = executor.apply(checked.value(), context); !ok)
            return refuse(tr("transaction %1: %2").arg(i).arg(ok.error()));
        txs.append(std::move(checked).value());
    }
    d->state.flushBlockWrites();
    if (d->state.hasFailed())
        return refuse(d->state.failure());
    if (auto ok = d->checkBlockMoney(header.height); !ok)
        return ok.failure();
    const Hash stateHash = nextStateHash(d->tip.stateHash, d->state.takeEffectsDigest());
    if (stateHash != header.stateHash)
        return refuse(tr("executing it gives another state hash; this replica and the proposer "
                         "disagree."));
    const ChainTip next {header.height, blockHash, stateHash, header.time};
    if (auto ok = d->storeBlock(block, commit, txs, validators); !ok)
        return ok.failure();
    if (auto ok = d->saveTip(next); !ok)
        return ok.failure();
    if (auto ok = transaction->commit(); !ok)
        return ok.failure();
    d->tip = next;
    return {};
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
    codec::CborReader header(s->columnBlob(0));
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

std::optional<Transaction> Ledger::transaction(const Hash &hash) const
{
    return decodedFrom<Transaction>(
        d->blobAt("SELECT bytes FROM transactions WHERE hash = ?1", hash));
}

std::optional<CommitCertificate> Ledger::commit(quint64 height) const
{
    return decodedFrom<CommitCertificate>(
        d->blobAt("SELECT commit_certificate FROM blocks WHERE height = ?1", height));
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
    const auto bytes = d->blobAt("SELECT validators FROM validator_sets WHERE hash = ?1", hash);
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
