// Helper for TestCrashSafety: commits ledger blocks in a loop until the test kills it.
// Usage: storage_crash_writer <database> <seed>, with the 32-byte raw key on standard input.
#include "CrashLedger.h"

#include "common/Startup.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace medchain::storage;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 3)
        return fail(QStringLiteral("usage: storage_crash_writer <database> <seed>"));
    if (auto ready = medchain::Startup::initialiseCore(); !ready)
        return fail(ready.error());
    medchain::crypto::SecureBuffer key(Database::KeySize);
    if (std::fread(key.data(), 1, key.size(), stdin) != key.size())
        return fail(QStringLiteral("no key on standard input"));

    auto db = Database::open(QString::fromLocal8Bit(argv[1]), key, OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto tip = db->prepare("SELECT height, hash FROM block ORDER BY height DESC LIMIT 1;");
    auto debit = db->prepare("UPDATE account SET balance = balance - ?2 WHERE id = ?1 AND "
                             "balance >= ?2;");
    auto credit = db->prepare("UPDATE account SET balance = balance + ?2 WHERE id = ?1;");
    auto insert = db->prepare("INSERT INTO block VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    if (!tip || !debit || !credit || !insert)
        return fail(db->lastError());
    QRandomGenerator random(QByteArray(argv[2]).toUInt());
    std::printf("ready\n");
    std::fflush(stdout);

    while (true) {
        auto transaction = db->begin();
        if (!transaction)
            return fail(transaction.error());
        qint64 height = 1;
        QByteArray previous(32, '\0');
        const Statement::Step step = tip->step();
        if (step == Statement::Step::Error)
            return fail(tip->errorMessage());
        if (step == Statement::Step::Row) {
            height = tip->columnInt64(0) + 1;
            previous = tip->columnBlob(1);
        }
        tip->reset();

        const qint64 from = 1 + random.bounded(crashledger::kAccounts);
        const qint64 to
            = 1 + (from + random.bounded(crashledger::kAccounts - 1)) % crashledger::kAccounts;
        qint64 amount = 1 + random.bounded(100);
        if (!debit->bindInt64(1, from).bindInt64(2, amount).run())
            return fail(debit->errorMessage());
        if (db->changes() == 0)
            amount = 0; // not enough funds: the block records an empty transfer
        else if (!credit->bindInt64(1, to).bindInt64(2, amount).run())
            return fail(credit->errorMessage());

        QByteArray payload(4 * (16 + random.bounded(112)), Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        insert->bindInt64(1, height)
            .bindBlob(2, crashledger::blockHash(previous, height, from, to, amount, payload))
            .bindInt64(3, from)
            .bindInt64(4, to)
            .bindInt64(5, amount)
            .bindBlob(6, payload);
        if (auto inserted = insert->run(); !inserted)
            return fail(inserted.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
    }
}
