// The ledger's private parts, shared by Ledger.cpp (opening, the tip, reads) and
// LedgerBlocks.cpp (producing, proposing, judging and applying blocks). Not for other users.
#pragma once

#include "chain/FieldCodec.h"
#include "chain/Ledger.h"
#include "chain/ReplicaSchema.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDebug>

#include <type_traits>

namespace medchain::chain {

namespace detail {
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
} // namespace detail

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
        if (s->step() != storage::Statement::Step::Row)
            return std::nullopt;
        return s->columnBlob(0);
    }

    std::optional<QByteArray> meta(const char *key)
    {
        auto s = db.prepare("SELECT value FROM meta WHERE key = ?1");
        if (!s)
            return std::nullopt;
        s->bindText(1, QString::fromLatin1(key));
        if (s->step() != storage::Statement::Step::Row)
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
        return detail::decodedFrom<CommitCertificate>(
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

} // namespace medchain::chain
