// The encrypted database connection: open modes, round trips, read-only WAL readers and their
// snapshots, transactions, the statement cache, binding and the errors a user sees.
#include "StorageTestSupport.h"

#include "common/Startup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <optional>

using namespace medchain::storage;
using storagetest::testKey;

namespace {

constexpr char kCreateRecord[] = "CREATE TABLE record(id INTEGER PRIMARY KEY, amount INTEGER NOT "
                                 "NULL, ratio REAL, note TEXT, payload BLOB);";

qint64 countRows(Database &db, const char *table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    auto statement = db.prepare(sql);
    if (!statement || statement->step() != Statement::Step::Row)
        return -1;
    return statement->columnInt64(0);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
    }

    void roundTripAcrossReopen()
    {
        const QString path = file("roundtrip.db");
        const QString text = QStringLiteral("诊断：流感 — Influenza, ICD-10 J10");
        const QByteArray blob = QByteArray::fromHex("00ff10203040506070");
        {
            TRY_VALUE(db, Database::open(path, testKey(1), OpenMode::Create));
            QVERIFY(db.exec(kCreateRecord).ok());
            TRY_VALUE(insert,
                      db.prepare("INSERT INTO record(id, amount, ratio, note, payload) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5);"));
            insert.bindInt64(1, 1)
                .bindInt64(2, std::numeric_limits<qint64>::max())
                .bindDouble(3, 0.25)
                .bindText(4, text)
                .bindBlob(5, blob);
            QVERIFY(insert.run().ok());
            insert.bindInt64(1, 2)
                .bindInt64(2, std::numeric_limits<qint64>::min())
                .bindNull(3)
                .bindNull(4)
                .bindBlob(5, QByteArray());
            QVERIFY(insert.run().ok());
            QCOMPARE(db.lastInsertRowId(), qint64(2));
            QCOMPARE(db.changes(), 1);
        }
        for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            TRY_VALUE(db, Database::open(path, testKey(1), mode));
            TRY_VALUE(select,
                      db.prepare("SELECT id, amount, ratio, note, payload FROM record "
                                 "ORDER BY id;"));
            QCOMPARE(select.step(), Statement::Step::Row);
            QCOMPARE(select.columnCount(), 5);
            QCOMPARE(select.columnInt64(1), std::numeric_limits<qint64>::max());
            QCOMPARE(select.columnDouble(2), 0.25);
            QCOMPARE(select.columnText(3), text);
            QCOMPARE(select.columnBlob(4), blob);
            QCOMPARE(select.step(), Statement::Step::Row);
            QCOMPARE(select.columnInt64(1), std::numeric_limits<qint64>::min());
            QVERIFY(select.columnIsNull(2));
            QVERIFY(select.columnIsNull(3));
            QVERIFY(!select.columnIsNull(4)); // an empty blob is not NULL
            QCOMPARE(select.columnBlob(4).size(), 0);
            QCOMPARE(select.step(), Statement::Step::Done);
            QCOMPARE(select.columnCount(), 0); // no row, no columns
            QVERIFY(select.columnText(3).isEmpty());
        }
    }

    void openModesProtectTheFile()
    {
        const QString path = file("modes.db");
        QVERIFY(Database::open(path, testKey(1), OpenMode::ReadWrite)
                    .error()
                    .contains(QStringLiteral("does not exist")));
        QVERIFY(!Database::open(path, testKey(1), OpenMode::ReadOnly).ok());
        QVERIFY(!QFile::exists(path)); // neither created it
        QVERIFY(Database::open(path, medchain::crypto::SecureBuffer(16), OpenMode::Create)
                    .error()
                    .contains(QStringLiteral("32 bytes")));
        QVERIFY(Database::open(path, testKey(1), OpenMode::Create).ok());
        QVERIFY(Database::open(path, testKey(1), OpenMode::Create)
                    .error()
                    .contains(QStringLiteral("already exists")));

        // An empty file must not silently become a new, empty replica.
        const QString empty = file("empty.db");
        QVERIFY(storagetest::writeBytes(empty, QByteArray()));
        for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            const QString error = Database::open(empty, testKey(1), mode).error();
            QVERIFY2(error.contains(QStringLiteral("is empty")), qPrintable(error));
        }
        QVERIFY(Database::open(empty, testKey(1), OpenMode::Create).ok());
    }

    void readOnlyConnectionSeesCommittedDataAndCannotWrite()
    {
        const QString path = file("readonly.db");
        TRY_VALUE(writer, Database::open(path, testKey(2), OpenMode::Create));
        QVERIFY(writer.exec(kCreateRecord).ok());
        QVERIFY(writer.exec("INSERT INTO record(amount) VALUES (10), (20);").ok());

        TRY_VALUE(reader, Database::open(path, testKey(2), OpenMode::ReadOnly));
        QCOMPARE(countRows(reader, "record"), qint64(2));
        const auto insert = reader.exec("INSERT INTO record(amount) VALUES (30);");
        QVERIFY(!insert.ok());
        QVERIFY2(insert.error().contains(QStringLiteral("cannot be changed")),
                 qPrintable(insert.error()));
        QCOMPARE(reader.lastError(), insert.error());
        QVERIFY(!reader.exec("CREATE TABLE other(x);").ok());
        QVERIFY(!reader.exec("PRAGMA user_version = 7;").ok());
        QCOMPARE(countRows(writer, "record"), qint64(2));

        // A reader also opens after the writer has gone and the WAL has been checkpointed away.
        std::optional<Database> closing(std::move(writer));
        closing.reset();
        TRY_VALUE(lateReader, Database::open(path, testKey(2), OpenMode::ReadOnly));
        QCOMPARE(countRows(lateReader, "record"), qint64(2));
    }

    void readerKeepsItsSnapshotWhileTheWriterCommits()
    {
        const QString path = file("snapshot.db");
        TRY_VALUE(writer, Database::open(path, testKey(3), OpenMode::Create));
        QVERIFY(writer.exec(kCreateRecord).ok());
        QVERIFY(writer.exec("INSERT INTO record(amount) VALUES (1);").ok());
        TRY_VALUE(reader, Database::open(path, testKey(3), OpenMode::ReadOnly));

        TRY_VALUE(writing, writer.begin());
        QVERIFY(writer.exec("INSERT INTO record(amount) VALUES (2), (3);").ok());
        QCOMPARE(countRows(writer, "record"), qint64(3));
        // The open write transaction neither blocks the reader nor shows it uncommitted rows.
        QCOMPARE(countRows(reader, "record"), qint64(1));

        TRY_VALUE(snapshot, reader.begin());
        QVERIFY(writing.commit().ok());
        QCOMPARE(countRows(reader, "record"), qint64(1)); // still the snapshot from begin()
        QVERIFY(snapshot.commit().ok());
        QCOMPARE(countRows(reader, "record"), qint64(3));
    }

    void transactionsRollBackUnlessCommitted()
    {
        const QString path = file("transactions.db");
        TRY_VALUE(db, Database::open(path, testKey(4), OpenMode::Create));
        QVERIFY(db.exec(kCreateRecord).ok());
        {
            TRY_VALUE(transaction, db.begin());
            QVERIFY(db.exec("INSERT INTO record(amount) VALUES (1);").ok());
            QVERIFY(!db.begin().ok()); // no nesting
        }
        QCOMPARE(countRows(db, "record"), qint64(0));
        {
            TRY_VALUE(transaction, db.begin());
            QVERIFY(db.exec("INSERT INTO record(amount) VALUES (1);").ok());
            transaction.rollback();
            QVERIFY(!transaction.commit().ok()); // already ended
        }
        QCOMPARE(countRows(db, "record"), qint64(0));
        {
            TRY_VALUE(transaction, db.begin());
            QVERIFY(db.exec("INSERT INTO record(amount) VALUES (1);").ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(countRows(db, "record"), qint64(1));
        {
            // Assigning over an open transaction rolls it back.
            TRY_VALUE(reader, Database::open(path, testKey(4), OpenMode::ReadOnly));
            TRY_VALUE(transaction, db.begin());
            QVERIFY(db.exec("INSERT INTO record(amount) VALUES (2);").ok());
            TRY_VALUE(snapshot, reader.begin());
            transaction = std::move(snapshot);
            QCOMPARE(countRows(db, "record"), qint64(1));
            QVERIFY(transaction.commit().ok()); // now the reader's
        }
    }

    void statementsAreCachedAndRebound()
    {
        TRY_VALUE(db, Database::open(file("cache.db"), testKey(5), OpenMode::Create));
        for (int round = 0; round < 3; ++round) {
            TRY_VALUE(add, db.prepare("SELECT ?1 + 1;"));
            for (qint64 value : {qint64(1), qint64(41)}) {
                add.bindInt64(1, value); // rebinding after a step starts a new execution
                QCOMPARE(add.step(), Statement::Step::Row);
                QCOMPARE(add.columnInt64(0), value + 1);
            }
        }
        // The same text prepared twice at once gives two independent statements.
        TRY_VALUE(outer, db.prepare("SELECT ?1 + 1;"));
        TRY_VALUE(inner, db.prepare("SELECT ?1 + 1;"));
        outer.bindInt64(1, 10);
        inner.bindInt64(1, 20);
        QCOMPARE(outer.step(), Statement::Step::Row);
        QCOMPARE(inner.step(), Statement::Step::Row);
        QCOMPARE(outer.columnInt64(0), qint64(11));
        QCOMPARE(inner.columnInt64(0), qint64(21));

        // Back in the cache, a statement keeps nothing of its last use: no binding, no row.
        {
            TRY_VALUE(used, db.prepare("SELECT ?1;"));
            used.bindInt64(1, 5);
            QCOMPARE(used.step(), Statement::Step::Row);
        }
        TRY_VALUE(again, db.prepare("SELECT ?1;"));
        QCOMPARE(again.step(), Statement::Step::Row);
        QVERIFY(again.columnIsNull(0));
    }

    void badBindsAndSqlAreReported()
    {
        TRY_VALUE(db, Database::open(file("binds.db"), testKey(6), OpenMode::Create));
        TRY_VALUE(statement, db.prepare("SELECT ?1;"));
        statement.bindInt64(3, 1);
        QCOMPARE(statement.step(), Statement::Step::Error);
        QVERIFY2(statement.errorMessage().contains(QStringLiteral("parameter 3")),
                 qPrintable(statement.errorMessage()));
        statement.bindInt64(1, 7); // a new bind starts afresh
        QCOMPARE(statement.step(), Statement::Step::Row);
        QCOMPARE(statement.columnInt64(0), qint64(7));
        QVERIFY(statement.errorMessage().isEmpty());

        const auto broken = db.prepare("SELEC 1;");
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().contains(QStringLiteral("syntax error")));
        QVERIFY(!db.prepare("   ").ok());
    }

    void constraintAndDiskFullErrorsAreReported()
    {
        TRY_VALUE(db, Database::open(file("full.db"), testKey(7), OpenMode::Create));
        QVERIFY(db.exec("CREATE TABLE item(id INTEGER PRIMARY KEY, payload BLOB NOT NULL);").ok());
        QVERIFY(db.exec("INSERT INTO item VALUES (1, x'00');").ok());
        const auto duplicate = db.exec("INSERT INTO item VALUES (1, x'00');");
        QVERIFY2(duplicate.error().contains(QStringLiteral("break a rule")),
                 qPrintable(duplicate.error()));

        // max_page_count makes SQLite report SQLITE_FULL exactly as a full disk would.
        QVERIFY(db.exec("PRAGMA max_page_count = 8;").ok());
        TRY_VALUE(insert, db.prepare("INSERT INTO item(payload) VALUES (?1);"));
        medchain::Result<void> result;
        for (int i = 0; i < 100 && result.ok(); ++i)
            result = insert.bindBlob(1, QByteArray(4000, 'x')).run();
        QVERIFY2(result.error().contains(QStringLiteral("is full")), qPrintable(result.error()));
        QVERIFY(result.error().contains(QDir::toNativeSeparators(file("full.db"))));
    }

    void statementsKeepTheirConnectionAlive()
    {
        std::optional<Database> db;
        {
            TRY_VALUE(opened, Database::open(file("alive.db"), testKey(8), OpenMode::Create));
            db.emplace(std::move(opened));
        }
        TRY_VALUE(statement, db->prepare("SELECT 42;"));
        db.reset(); // the Database goes, the statement still works
        QCOMPARE(statement.step(), Statement::Step::Row);
        QCOMPARE(statement.columnInt64(0), qint64(42));

        Statement moved = std::move(statement);
        QCOMPARE(statement.step(), Statement::Step::Error); // NOLINT(bugprone-use-after-move)
    }

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
