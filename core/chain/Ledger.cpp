#include "chain/Ledger.h"

#include "chain/LedgerImpl.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"

#include <QFileInfo>

namespace medchain::chain {

using storage::Statement;

namespace {
const QByteArray kStateTag = QByteArrayLiteral("medchain/state/v1");
} // namespace

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
    return detail::decodedFrom<Transaction>(
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
