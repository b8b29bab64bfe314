// The mempool: its limits, the eviction rule, per-sender nonce order within arrival order in
// select(), removal after a block, and a long seeded run against a plain reference model.
#include "../chain/ChainFixture.h"

#include "chain/Executor.h"
#include "common/Startup.h"
#include "node/Mempool.h"

#include "ReferencePool.h"

#include <QRandomGenerator>

#include <vector>

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;
using node::Mempool;
using AddStatus = Mempool::AddStatus;
using test::mempool::bytesOf;
using test::mempool::ReferencePool;
using test::mempool::StateNonces;

namespace {

crypto::Ed25519SigningKey keyFor(int n)
{
    crypto::SecureBuffer seed(crypto::Ed25519SigningKey::SeedSize);
    seed.bytes()[0] = std::uint8_t(n);
    seed.bytes()[1] = 0x4d;
    return crypto::Ed25519SigningKey::fromSeed(seed).value();
}

/// Signed by the fixture and checked as the node checks; padding makes it larger, variant makes
/// another transaction with the same sender and nonce.
CheckedTransaction checkedTx(ChainFixture &f, const crypto::Ed25519SigningKey &key, quint64 nonce,
                             qsizetype padding = 0, char variant = 'a')
{
    const QByteArray bytes = f.sign(key,
                                    records::AccessReceipt {crypto::sha256(QByteArray(1, variant)),
                                                            QString(padding, u'x'), false},
                                    nonce);
    auto checked = Executor::check(bytes, f.network.genesis.chainId);
    if (!checked)
        qFatal("test transaction refused: %s", qPrintable(checked.error()));
    return std::move(checked).value();
}

QList<Hash> hashesOf(const QList<CheckedTransaction> &txs)
{
    QList<Hash> hashes;
    for (const CheckedTransaction &tx : txs)
        hashes.append(tx.hash);
    return hashes;
}

/// What a block may take: within the limits, no repeats, and for each sender exactly the
/// consecutive nonces from its next one. Empty when valid, otherwise what is wrong.
QString selectionProblem(const QList<CheckedTransaction> &selected, qsizetype maxCount,
                         qsizetype maxBytes, const StateNonces &state)
{
    if (selected.size() > maxCount)
        return QStringLiteral("too many transactions");
    if (bytesOf(selected) > maxBytes)
        return QStringLiteral("too many bytes");
    std::map<IdentityId, quint64> expected;
    std::set<Hash> seen;
    for (const CheckedTransaction &tx : selected) {
        if (!seen.insert(tx.hash).second)
            return QStringLiteral("a transaction twice");
        const auto [at, first] = expected.try_emplace(tx.tx.sender, state.of(tx.tx.sender));
        if (tx.tx.nonce != at->second)
            return QStringLiteral("nonce %1 where %2 was due").arg(tx.tx.nonce).arg(at->second);
        ++at->second;
    }
    return {};
}

} // namespace

class TestMempool : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void refusesDuplicatesStaleAndTakenNonces()
    {
        ChainFixture f;
        const auto key = keyFor(1);
        StateNonces state;
        state.next[key.publicKey()] = 3;
        Mempool pool;
        const CheckedTransaction tx = checkedTx(f, key, 3);

        QCOMPARE(pool.add(tx, state.function()).status, AddStatus::Added);
        QCOMPARE(pool.add(tx, state.function()).status, AddStatus::Duplicate);
        QCOMPARE(pool.add(checkedTx(f, key, 3, 0, 'b'), state.function()).status,
                 AddStatus::NonceTaken);
        QCOMPARE(pool.add(checkedTx(f, key, 2), state.function()).status, AddStatus::Stale);
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.bytes(), tx.bytes.size());
        QVERIFY(pool.contains(tx.hash));
        QVERIFY(pool.find(tx.hash));
        QCOMPARE(pool.find(tx.hash)->bytes, tx.bytes);
        QVERIFY(!pool.find(crypto::sha256(QByteArray("elsewhere"))));
    }

    void refusesPastTheCountLimit()
    {
        ChainFixture f;
        StateNonces state;
        Mempool pool({3, 1 << 20});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pool.add(checkedTx(f, keyFor(i), 1), state.function()).status,
                     AddStatus::Added);
        const CheckedTransaction late = checkedTx(f, keyFor(9), 1);
        QCOMPARE(pool.add(late, state.function()).status, AddStatus::Full);
        QCOMPARE(pool.size(), 3);
        QVERIFY(!pool.contains(late.hash));
    }

    void refusesPastTheByteLimit()
    {
        ChainFixture f;
        StateNonces state;
        const CheckedTransaction small = checkedTx(f, keyFor(1), 1);
        const CheckedTransaction large = checkedTx(f, keyFor(2), 1, 200);
        const CheckedTransaction other = checkedTx(f, keyFor(3), 1);
        Mempool pool({100, small.bytes.size() * 2 + 10});

        QCOMPARE(pool.add(small, state.function()).status, AddStatus::Added);
        QCOMPARE(pool.add(large, state.function()).status, AddStatus::Full);
        QCOMPARE(pool.add(other, state.function()).status, AddStatus::Added);
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.bytes(), small.bytes.size() + other.bytes.size());
        // Larger than the whole pool: never fits, whatever could be evicted.
        Mempool tiny({100, small.bytes.size() - 1});
        QCOMPARE(tiny.add(small, state.function()).status, AddStatus::Full);
        QCOMPARE(tiny.bytes(), 0);
    }

    void evictsTheLargestSenderForANewcomer()
    {
        ChainFixture f;
        StateNonces state;
        const auto spammer = keyFor(1);
        const auto honest = keyFor(2);
        Mempool pool({5, 1 << 20});
        QList<Hash> spam;
        for (quint64 nonce = 1; nonce <= 4; ++nonce) {
            spam.append(checkedTx(f, spammer, nonce).hash);
            QVERIFY(pool.add(checkedTx(f, spammer, nonce), state.function()).added());
        }
        const CheckedTransaction first = checkedTx(f, honest, 1);
        QVERIFY(pool.add(first, state.function()).added());
        QCOMPARE(pool.size(), 5);

        // Full: only a transaction a block could take now may make room.
        QCOMPARE(pool.add(checkedTx(f, honest, 2), state.function()).status, AddStatus::Full);
        QCOMPARE(pool.add(checkedTx(f, spammer, 5), state.function()).status, AddStatus::Full);

        // Newcomers push out the spammer's highest nonces, one each, while it has more than
        // one left.
        for (int i = 0; i < 3; ++i) {
            const CheckedTransaction newcomer = checkedTx(f, keyFor(10 + i), 1);
            const Mempool::AddResult result = pool.add(newcomer, state.function());
            QCOMPARE(result.status, AddStatus::Added);
            QCOMPARE(result.evicted, QList<Hash> {spam.at(3 - i)});
            QVERIFY(!pool.contains(spam.at(3 - i)));
            QVERIFY(pool.contains(newcomer.hash));
            QCOMPARE(pool.size(), 5);
        }
        QVERIFY(pool.contains(spam.first()));
        QVERIFY(pool.contains(first.hash));

        // One transaction each now: nothing can be evicted, so the next newcomer waits outside.
        const qsizetype bytes = pool.bytes();
        const CheckedTransaction refused = checkedTx(f, keyFor(20), 1);
        const Mempool::AddResult result = pool.add(refused, state.function());
        QCOMPARE(result.status, AddStatus::Full);
        QVERIFY(result.evicted.isEmpty());
        QVERIFY(!pool.contains(refused.hash));
        QCOMPARE(pool.size(), 5);
        QCOMPARE(pool.bytes(), bytes);
        QVERIFY(pool.contains(spam.first()));
    }

    void evictsTheLaterOfEqualSenders()
    {
        ChainFixture f;
        StateNonces state;
        const auto early = keyFor(1);
        const auto late = keyFor(2);
        Mempool pool({4, 1 << 20});
        for (quint64 nonce = 1; nonce <= 2; ++nonce)
            QVERIFY(pool.add(checkedTx(f, early, nonce), state.function()).added());
        for (quint64 nonce = 1; nonce <= 2; ++nonce)
            QVERIFY(pool.add(checkedTx(f, late, nonce), state.function()).added());
        const Mempool::AddResult result = pool.add(checkedTx(f, keyFor(3), 1), state.function());
        QCOMPARE(result.status, AddStatus::Added);
        QCOMPARE(result.evicted, QList<Hash> {checkedTx(f, late, 2).hash});
    }

    void neverEvictsForTheLargestSenderItself()
    {
        ChainFixture f;
        StateNonces state;
        const auto spammer = keyFor(1);
        Mempool pool({3, 1 << 20});
        for (quint64 nonce = 2; nonce <= 4; ++nonce)
            QVERIFY(pool.add(checkedTx(f, spammer, nonce), state.function()).added());
        QCOMPARE(pool.add(checkedTx(f, spammer, 1), state.function()).status, AddStatus::Full);
        QCOMPARE(pool.size(), 3);
    }

    void evictsSeveralToFitALargeNewcomer()
    {
        ChainFixture f;
        StateNonces state;
        const auto spammer = keyFor(1);
        QList<CheckedTransaction> spam;
        for (quint64 nonce = 1; nonce <= 4; ++nonce)
            spam.append(checkedTx(f, spammer, nonce));
        const qsizetype small = spam.first().bytes.size();
        const auto sized = [&](int who, qsizetype above, qsizetype atMost) {
            for (qsizetype padding = 0; padding <= 500; ++padding) {
                CheckedTransaction tx = checkedTx(f, keyFor(who), 1, padding);
                if (tx.bytes.size() > above && tx.bytes.size() <= atMost)
                    return tx;
            }
            qFatal("no padding gives that size");
        };
        const CheckedTransaction threeSlots = sized(2, 2 * small, 3 * small);
        const CheckedTransaction fourSlots = sized(3, 3 * small, 4 * small);
        Mempool pool({100, 4 * small});
        for (const CheckedTransaction &tx : std::as_const(spam))
            QVERIFY(pool.add(tx, state.function()).added());

        // Four would have to go, leaving the spammer none: refused, and nothing evicted.
        QCOMPARE(pool.add(fourSlots, state.function()).status, AddStatus::Full);
        QCOMPARE(pool.size(), 4);

        const Mempool::AddResult result = pool.add(threeSlots, state.function());
        QCOMPARE(result.status, AddStatus::Added);
        QCOMPARE(result.evicted, (QList<Hash> {spam.at(3).hash, spam.at(2).hash, spam.at(1).hash}));
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool.bytes(), small + threeSlots.bytes.size());
        QVERIFY(pool.contains(spam.first().hash));
    }

    void selectFollowsEachSendersNonces()
    {
        ChainFixture f;
        StateNonces state;
        const auto a = keyFor(1);
        const auto b = keyFor(2);
        const auto c = keyFor(3);
        Mempool pool;
        // Out of order, with a gap after 3 for a and before anything for c.
        for (quint64 nonce : {3, 1, 5, 2})
            QVERIFY(pool.add(checkedTx(f, a, nonce), state.function()).added());
        for (quint64 nonce : {1, 2})
            QVERIFY(pool.add(checkedTx(f, b, nonce), state.function()).added());
        QVERIFY(pool.add(checkedTx(f, c, 2), state.function()).added());

        QList<CheckedTransaction> selected = pool.select(100, 1 << 20, state.function());
        QCOMPARE(
            hashesOf(selected),
            (QList<Hash> {checkedTx(f, a, 1).hash, checkedTx(f, a, 2).hash, checkedTx(f, a, 3).hash,
                          checkedTx(f, b, 1).hash, checkedTx(f, b, 2).hash}));
        QCOMPARE(selectionProblem(selected, 100, 1 << 20, state), QString());
        QCOMPARE(pool.size(), 7); // select() takes nothing out

        // Once the state moves on, the run starts at the new next nonce; stale ones are skipped.
        state.next[a.publicKey()] = 2;
        state.next[c.publicKey()] = 2;
        selected = pool.select(100, 1 << 20, state.function());
        QCOMPARE(
            hashesOf(selected),
            (QList<Hash> {checkedTx(f, a, 2).hash, checkedTx(f, a, 3).hash, checkedTx(f, b, 1).hash,
                          checkedTx(f, b, 2).hash, checkedTx(f, c, 2).hash}));
        QCOMPARE(selectionProblem(selected, 100, 1 << 20, state), QString());
    }

    void selectHonoursCountAndByteLimits()
    {
        ChainFixture f;
        StateNonces state;
        const auto a = keyFor(1);
        const auto b = keyFor(2);
        const auto c = keyFor(3);
        Mempool pool;
        for (quint64 nonce = 1; nonce <= 3; ++nonce)
            QVERIFY(pool.add(checkedTx(f, a, nonce), state.function()).added());
        const CheckedTransaction big = checkedTx(f, b, 1, 300);
        QVERIFY(pool.add(big, state.function()).added());
        QVERIFY(pool.add(checkedTx(f, b, 2), state.function()).added());
        QVERIFY(pool.add(checkedTx(f, c, 1), state.function()).added());
        const qsizetype small = checkedTx(f, a, 1).bytes.size();
        QVERIFY(big.bytes.size() > 2 * small);

        QCOMPARE(hashesOf(pool.select(2, 1 << 20, state.function())),
                 (QList<Hash> {checkedTx(f, a, 1).hash, checkedTx(f, a, 2).hash}));
        QVERIFY(pool.select(0, 1 << 20, state.function()).isEmpty());
        // b's first does not fit, so b stops there (its small second must wait); c goes on.
        const QList<CheckedTransaction> selected = pool.select(100, 4 * small, state.function());
        QCOMPARE(hashesOf(selected),
                 (QList<Hash> {checkedTx(f, a, 1).hash, checkedTx(f, a, 2).hash,
                               checkedTx(f, a, 3).hash, checkedTx(f, c, 1).hash}));
        QCOMPARE(selectionProblem(selected, 100, 4 * small, state), QString());
    }

    void removesCommittedAndStaleTransactions()
    {
        ChainFixture f;
        StateNonces state;
        const auto a = keyFor(1);
        const auto b = keyFor(2);
        Mempool pool;
        QList<CheckedTransaction> txs;
        for (quint64 nonce = 1; nonce <= 3; ++nonce)
            txs.append(checkedTx(f, a, nonce));
        txs.append(checkedTx(f, b, 1));
        txs.append(checkedTx(f, b, 2));
        for (const CheckedTransaction &tx : std::as_const(txs))
            QVERIFY(pool.add(tx, state.function()).added());

        QCOMPARE(pool.removeCommitted(
                     {txs.at(0).hash, txs.at(3).hash, crypto::sha256(QByteArray("not waiting"))}),
                 2);
        QCOMPARE(pool.size(), 3);
        QCOMPARE(pool.bytes(),
                 txs.at(1).bytes.size() + txs.at(2).bytes.size() + txs.at(4).bytes.size());
        QVERIFY(!pool.contains(txs.at(0).hash));
        QVERIFY(!pool.contains(txs.at(3).hash));

        // A peer's block took a's nonces 1 and 2 and b's 2: what is left of them is stale.
        state.next[a.publicKey()] = 3;
        state.next[b.publicKey()] = 3;
        QCOMPARE(pool.prune(state.function()), (QList<Hash> {txs.at(1).hash, txs.at(4).hash}));
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool.bytes(), txs.at(2).bytes.size());
        QVERIFY(pool.prune(state.function()).isEmpty());
        QCOMPARE(hashesOf(pool.select(10, 1 << 20, state.function())),
                 QList<Hash> {txs.at(2).hash});
    }

    void inventoryIsOldestFirst()
    {
        ChainFixture f;
        StateNonces state;
        Mempool pool;
        QList<Hash> added;
        for (int i = 0; i < 5; ++i) {
            const CheckedTransaction tx = checkedTx(f, keyFor(i), quint64(5 - i));
            QVERIFY(pool.add(tx, state.function()).added());
            added.append(tx.hash);
        }
        const auto asBytes = [](const QList<Hash> &hashes) {
            QList<QByteArray> bytes;
            for (const Hash &hash : hashes)
                bytes.append(hash.toByteArray());
            return bytes;
        };
        QCOMPARE(pool.hashesForInventory(100), asBytes(added));
        QCOMPARE(pool.hashesForInventory(2), asBytes(added.first(2)));
        QVERIFY(pool.hashesForInventory(0).isEmpty());
        pool.removeCommitted({added.at(1)});
        added.removeAt(1);
        QCOMPARE(pool.hashesForInventory(100), asBytes(added));
    }

    void agreesWithAReferenceModel()
    {
        ChainFixture f;
        std::vector<crypto::Ed25519SigningKey> keys;
        for (int i = 0; i < 8; ++i)
            keys.push_back(keyFor(i));
        const qsizetype typical = checkedTx(f, keys.front(), 1, 80).bytes.size();
        const Mempool::Limits limits {30, 24 * typical};
        Mempool pool(limits);
        ReferencePool model(limits);
        StateNonces state;
        QRandomGenerator random(20'260'921);
        std::map<AddStatus, int> seen;
        int evictions = 0;

        for (int step = 0; step < 3000; ++step) {
            const int op = random.bounded(100);
            if (op < 65) {
                // Sender 0 spams far ahead; the others send a few nonces at a time.
                const int who = random.bounded(3) == 0 ? 0 : random.bounded(1, 8);
                const IdentityId id = keys.at(who).publicKey();
                const quint64 next = state.of(id);
                quint64 nonce = next + quint64(random.bounded(who == 0 ? 30 : 4));
                if (random.bounded(10) == 0 && next > 1)
                    nonce = next - 1;
                const qsizetype padding
                    = random.bounded(4) == 0 ? random.bounded(150, 300) : random.bounded(40);
                const CheckedTransaction tx
                    = checkedTx(f, keys.at(who), nonce, padding, char('a' + random.bounded(3)));
                const Mempool::AddResult expected = model.add(tx, next);
                const Mempool::AddResult actual = pool.add(tx, state.function());
                QCOMPARE(actual.status, expected.status);
                QCOMPARE(actual.evicted, expected.evicted);
                ++seen[actual.status];
                evictions += actual.evicted.isEmpty() ? 0 : 1;
            } else if (op < 70) {
                if (model.items().isEmpty())
                    continue;
                const CheckedTransaction &again
                    = model.items().at(random.bounded(model.items().size()));
                QCOMPARE(pool.add(again, state.function()).status, AddStatus::Duplicate);
            } else if (op < 82) {
                // A block from the mempool: select, commit, drop what it took and what is stale.
                const qsizetype maxCount = random.bounded(1, 8);
                const qsizetype maxBytes = random.bounded(150, 3000);
                const QList<CheckedTransaction> selected
                    = pool.select(maxCount, maxBytes, state.function());
                QCOMPARE(selectionProblem(selected, maxCount, maxBytes, state), QString());
                QCOMPARE(hashesOf(selected), hashesOf(model.select(maxCount, maxBytes, state)));
                for (const CheckedTransaction &tx : selected)
                    state.next[tx.tx.sender] = tx.tx.nonce + 1;
                QCOMPARE(pool.removeCommitted(hashesOf(selected)),
                         model.removeCommitted(hashesOf(selected)));
                QCOMPARE(pool.prune(state.function()), model.prune(state));
            } else if (op < 95) {
                // A peer's block moved a sender on without this pool's transactions.
                const IdentityId id = keys.at(random.bounded(8)).publicKey();
                state.next[id] = state.of(id) + quint64(random.bounded(1, 4));
                QCOMPARE(pool.prune(state.function()), model.prune(state));
            } else {
                QList<Hash> gone {crypto::sha256(QByteArray::number(step))};
                for (const CheckedTransaction &tx : model.items())
                    if (random.bounded(8) == 0)
                        gone.append(tx.hash);
                QCOMPARE(pool.removeCommitted(gone), model.removeCommitted(gone));
            }

            QCOMPARE(pool.size(), model.items().size());
            QCOMPARE(pool.bytes(), model.bytes());
            QVERIFY(pool.size() <= limits.maxCount);
            QVERIFY(pool.bytes() <= limits.maxBytes);
            QList<QByteArray> order;
            for (const CheckedTransaction &tx : model.items()) {
                QVERIFY(pool.contains(tx.hash));
                order.append(tx.hash.toByteArray());
            }
            QCOMPARE(pool.hashesForInventory(pool.size() + 1), order);
        }
        // The run went through every outcome, evictions included.
        for (AddStatus status :
             {AddStatus::Added, AddStatus::Stale, AddStatus::NonceTaken, AddStatus::Full})
            QVERIFY2(seen[status] > 0, qPrintable(QString::number(int(status))));
        QVERIFY(evictions > 0);
    }
};

QTEST_GUILESS_MAIN(TestMempool)
#include "TestMempool.moc"
