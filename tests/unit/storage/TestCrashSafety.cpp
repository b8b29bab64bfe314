// Crash safety: a writer killed with SIGKILL at random moments never leaves a torn replica.
// Every reopen finds contiguous blocks, conserved balances and a clean integrity check.
//
// Runs storage_crash_writer (crash_writer.cpp) again and again on one growing file, killing it
// 5-150 ms after it reports ready. Environment, for a long soak by hand:
//   MEDCHAIN_CRASH_RUNS  number of kill/reopen cycles (default 200)
//   MEDCHAIN_CRASH_SEED  seed for kill times and the writer's choices (default 20240611)
// e.g. MEDCHAIN_CRASH_RUNS=5000 ctest --test-dir build/dev -R TestCrashSafety --output-on-failure
#include "CrashLedger.h"
#include "StorageTestSupport.h"

#include "common/Startup.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>

using namespace medchain::storage;
using storagetest::testKey;

namespace {

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Everything a reopened replica must satisfy; returns the chain height, or fails the test.
void verifyLedger(Database &db, qint64 *height)
{
    TRY_VALUE(check, db.prepare("PRAGMA integrity_check;"));
    QCOMPARE(check.step(), Statement::Step::Row);
    QCOMPARE(check.columnText(0), QStringLiteral("ok"));

    TRY_VALUE(accounts, db.prepare("SELECT id, balance FROM account ORDER BY id;"));
    std::array<qint64, crashledger::kAccounts + 1> balance {};
    qint64 total = 0;
    while (accounts.step() == Statement::Step::Row) {
        balance[accounts.columnInt64(0)] = accounts.columnInt64(1);
        total += accounts.columnInt64(1);
    }
    QVERIFY2(accounts.errorMessage().isEmpty(), qPrintable(accounts.errorMessage()));
    QCOMPARE(total, crashledger::kAccounts * crashledger::kInitialBalance);

    // Replay every block: heights 1..max without gaps, each hash chained to the one before,
    // and the transfers recorded in the blocks add up to exactly the balances.
    std::array<qint64, crashledger::kAccounts + 1> replayed {};
    replayed.fill(crashledger::kInitialBalance);
    replayed[0] = 0; // account ids start at 1
    TRY_VALUE(blocks,
              db.prepare("SELECT height, hash, from_account, to_account, amount, payload "
                         "FROM block ORDER BY height;"));
    qint64 expected = 1;
    QByteArray previous(32, '\0');
    Statement::Step step;
    while ((step = blocks.step()) == Statement::Step::Row) {
        QCOMPARE(blocks.columnInt64(0), expected);
        const qint64 from = blocks.columnInt64(2);
        const qint64 to = blocks.columnInt64(3);
        const qint64 amount = blocks.columnInt64(4);
        const QByteArray hash
            = crashledger::blockHash(previous, expected, from, to, amount, blocks.columnBlob(5));
        QCOMPARE(blocks.columnBlob(1).toHex(), hash.toHex());
        replayed[from] -= amount;
        replayed[to] += amount;
        previous = hash;
        ++expected;
    }
    QCOMPARE(step, Statement::Step::Done);
    QCOMPARE(replayed, balance);
    *height = expected - 1;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(CRASH_WRITER)), CRASH_WRITER);
    }

    void killedWriterNeverTearsTheReplica()
    {
        const int runs = environmentNumber("MEDCHAIN_CRASH_RUNS", 200);
        const auto seed = static_cast<quint32>(environmentNumber("MEDCHAIN_CRASH_SEED", 20240611));
        const QString path = m_dir.filePath(QStringLiteral("ledger.db"));
        const auto key = testKey(11);
        {
            TRY_VALUE(db, Database::open(path, key, OpenMode::Create));
            QVERIFY(Schema({crashledger::kSchema}).migrate(db).ok());
            TRY_VALUE(insert, db.prepare("INSERT INTO account VALUES (?1, ?2);"));
            for (int id = 1; id <= crashledger::kAccounts; ++id)
                QVERIFY(
                    insert.bindInt64(1, id).bindInt64(2, crashledger::kInitialBalance).run().ok());
        }

        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();
        qint64 height = 0;
        qint64 previousHeight = 0;
        int runsThatCommitted = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER),
                         {path, QString::number(seed + static_cast<quint32>(run))});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            writer.write(reinterpret_cast<const char *>(key.data()), qint64(key.size()));
            writer.closeWriteChannel();
            QVERIFY2(writer.waitForReadyRead(10000)
                         && writer.readAllStandardOutput().contains("ready"),
                     qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
            QThread::msleep(5 + random.bounded(146));
            writer.kill(); // SIGKILL: no chance to finish a transaction or close the file
            QVERIFY(writer.waitForFinished(10000));
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                    .arg(run)
                                    .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));

            TRY_VALUE(db, Database::open(path, key, OpenMode::ReadWrite));
            verifyLedger(db, &height);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after run %1 (seed %2)").arg(run).arg(seed)));
            QVERIFY(height >= previousHeight); // committed blocks never disappear
            runsThatCommitted += height > previousHeight;
            previousHeight = height;
        }
        qInfo("%d runs (seed %u) in %lld ms: %lld blocks, %d runs committed, file %lld KiB", runs,
              seed, clock.elapsed(), height, runsThatCommitted, QFileInfo(path).size() / 1024);
        QVERIFY2(runsThatCommitted > runs / 2, "the writer should usually commit before the kill");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
