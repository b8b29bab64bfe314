// A seeded random walk through the wallet: thousands of mixed transactions in many blocks, every
// verdict predicted by an independent model (WalletModel.h) and the books checked after each block.
#include "WalletWalk.h"

#include "common/Startup.h"

#include <QElapsedTimer>
#include <QScopeGuard>

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;
using wallet::Amount;

namespace {

// MEDCHAIN_WALLET_SEED overrides the seed, MEDCHAIN_WALLET_TXS the count (for long runs by hand).
constexpr quint32 kDefaultSeed = 20'260'921;
constexpr int kDefaultTransactions = 4000;
constexpr int kTablesEvery = 10; // blocks between full comparisons of the wallet's tables

quint64 fromEnvironment(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

QString shortHex(const Hash &hash)
{
    return QString::fromLatin1(hash.toHex().left(8));
}

/// Conservation from the state, and every account the model knows at the model's balance.
void checkBooks(WalletWalk &walk)
{
    const model::Wallet &m = walk.model();
    const LedgerState &state = walk.fixture().ledger->state();
    const auto audit = state.auditWallet();
    QVERIFY2(audit.ok(), qPrintable(audit.error()));
    QVERIFY2(audit->conserved(), qPrintable(walk.where()));
    QCOMPARE(audit->deposits, m.deposits);
    QCOMPARE(audit->withdrawals, m.withdrawals);
    QCOMPARE(audit->balances, m.deposits - m.withdrawals);
    for (const auto &[account, amount] : m.balances) {
        const Amount onChain = state.balance(account);
        QVERIFY2(onChain == amount,
                 qPrintable(QStringLiteral("%1: account %2 holds %3, the model says %4")
                                .arg(walk.where(), shortHex(account))
                                .arg(onChain)
                                .arg(amount)));
    }
}

/// Everything else the model keeps: nonces, invoices, subsidy rows, programs, enrolments, funds,
/// yields and holdings.
void checkTables(WalletWalk &walk)
{
    const model::Wallet &m = walk.model();
    const LedgerState &state = walk.fixture().ledger->state();
    for (const auto &[id, who] : m.identities) {
        const auto onChain = state.identity(id);
        QVERIFY(onChain);
        QCOMPARE(onChain->nonce, who.nonce);
        QCOMPARE(onChain->revoked, who.revoked);
    }
    for (const IdentityId &patient : walk.patients()) {
        const QList<InvoiceInfo> invoices = state.invoicesFor(patient);
        qsizetype expected = 0;
        for (const auto &[id, invoice] : m.invoices)
            expected += invoice.patient == patient ? 1 : 0;
        QCOMPARE(invoices.size(), expected);
        for (const InvoiceInfo &invoice : invoices) {
            const model::Invoice &mine = m.invoices.at(invoice.id);
            QCOMPARE(invoice.patient, mine.patient);
            QCOMPARE(invoice.institution, mine.institution);
            QCOMPARE(invoice.amount, mine.amount);
            QCOMPARE(invoice.status, mine.status);
        }
        std::vector<model::Subsidy> mine;
        if (const auto it = m.subsidies.find(patient); it != m.subsidies.end())
            mine = it->second;
        std::sort(mine.begin(), mine.end());
        const QList<SubsidyInfo> rows = state.subsidiesFor(patient);
        QCOMPARE(std::size_t(rows.size()), mine.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const model::Subsidy &want = mine[std::size_t(i)];
            QCOMPARE(rows[i].height, want.height);
            QCOMPARE(rows[i].record, want.record);
            QCOMPARE(rows[i].program, want.program);
            QVERIFY2(
                rows[i].amount == want.amount && rows[i].status == want.status,
                qPrintable(QStringLiteral("%1: subsidy of record %2 by program %3 paid %4 "
                                          "(status %5), the model says %6 (status %7)")
                               .arg(walk.where(), shortHex(want.record), shortHex(want.program))
                               .arg(rows[i].amount)
                               .arg(int(rows[i].status))
                               .arg(want.amount)
                               .arg(int(want.status))));
        }
    }
    for (const auto &[id, program] : m.programs) {
        const auto onChain = state.program(id);
        QVERIFY(onChain);
        QCOMPARE(onChain->owner, program.owner);
        QCOMPARE(onChain->category, program.category);
        QCOMPARE(onChain->codes, program.codes);
        QCOMPARE(onChain->amountPerEvent, program.perEvent);
        QCOMPARE(onChain->capPerPatient, program.cap);
    }
    for (const auto &[key, paid] : m.enrolments) {
        const auto onChain = state.beneficiary(key.second, key.first);
        QVERIFY(onChain);
        QCOMPARE(onChain->paid, paid);
    }
    for (const auto &[id, fund] : m.funds) {
        const auto onChain = state.fund(id);
        QVERIFY(onChain);
        QCOMPARE(onChain->issuer, fund.issuer);
        QCOMPARE(onChain->totalShares, fund.shares);
        QCOMPARE(onChain->lastYieldDay, fund.lastDay);
        std::vector<model::Yield> mine;
        if (const auto it = m.yields.find(id); it != m.yields.end())
            mine = it->second;
        const QList<YieldInfo> yields = state.yields(id);
        QCOMPARE(std::size_t(yields.size()), mine.size());
        for (qsizetype i = 0; i < yields.size(); ++i) {
            const model::Yield &want = mine[std::size_t(i)];
            QCOMPARE(yields[i].day, want.day);
            QCOMPARE(yields[i].ratePpb, want.rate);
            QCOMPARE(yields[i].amount, want.amount);
            QCOMPARE(yields[i].assetsBefore, want.assetsBefore);
            QCOMPARE(yields[i].totalShares, want.shares);
        }
    }
    for (const auto &[key, shares] : m.holdings)
        QCOMPARE(state.holding(key.first, key.second), shares);
}

/// Each account's statement adds up, line by line, to its balance.
void checkStatements(WalletWalk &walk)
{
    const model::Wallet &m = walk.model();
    const LedgerState &state = walk.fixture().ledger->state();
    for (const auto &[account, lines] : m.entries) {
        const QList<EntryInfo> statement = state.statement(account);
        QCOMPARE(statement.size(), qsizetype(lines));
        Amount sum = 0;
        for (const EntryInfo &entry : statement) {
            sum += entry.delta;
            QCOMPARE(entry.balance, sum);
        }
        QCOMPARE(sum, m.balance(account));
    }
}

/// A second replica fed the committed blocks reaches the same state.
void replayOnFreshReplica(WalletWalk &walk)
{
    const model::Wallet &m = walk.model();
    auto replica = walk.fixture().openLedger(QStringLiteral("replay.db"));
    for (const auto &[block, commit] : std::as_const(walk.fixture().m_blocks)) {
        const auto applied = replica->applyBlock(block, commit);
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
    }
    QCOMPARE(replica->tip().height, walk.fixture().ledger->tip().height);
    QCOMPARE(replica->tip().hash, walk.fixture().ledger->tip().hash);
    QCOMPARE(replica->tip().stateHash, walk.fixture().ledger->tip().stateHash);
    QCOMPARE(replica->state().tablesDigest(), walk.fixture().ledger->state().tablesDigest());
    const auto audit = replica->state().auditWallet();
    QVERIFY(audit.ok() && audit->conserved());
    QCOMPARE(audit->balances, m.deposits - m.withdrawals);
}

} // namespace

class TestWalletRandom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void mixedTransactionsAgreeWithTheModel()
    {
        const auto seed = quint32(fromEnvironment("MEDCHAIN_WALLET_SEED", kDefaultSeed));
        const int count = int(fromEnvironment("MEDCHAIN_WALLET_TXS", kDefaultTransactions));
        WalletWalk walk(seed, count);
        const auto onFailure = qScopeGuard([&] {
            if (QTest::currentTestFailed())
                qWarning().noquote() << QStringLiteral("TestWalletRandom failed at %1; reproduce "
                                                       "with MEDCHAIN_WALLET_SEED=%2 "
                                                       "MEDCHAIN_WALLET_TXS=%3")
                                            .arg(walk.where())
                                            .arg(seed)
                                            .arg(count);
        });
        QElapsedTimer timer;
        timer.start();
        walk.setUp();
        if (QTest::currentTestFailed())
            return;
        walk.run([&walk] {
            checkBooks(walk);
            if (!QTest::currentTestFailed() && walk.committedBlocks() % kTablesEvery == 0)
                checkTables(walk);
        });
        if (QTest::currentTestFailed())
            return;
        checkTables(walk);
        if (QTest::currentTestFailed())
            return;
        checkStatements(walk);
        if (QTest::currentTestFailed())
            return;
        replayOnFreshReplica(walk);
        if (QTest::currentTestFailed())
            return;
        qInfo().noquote()
            << QStringLiteral("seed %1: %2").arg(seed).arg(walk.summary(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestWalletRandom)
#include "TestWalletRandom.moc"
