// Schema versions and migrations: a new file reaches the latest version, an old one is upgraded
// step by step, a failed step changes nothing, and a file from a newer MedChain is left alone.
#include "StorageTestSupport.h"

#include "common/Startup.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace medchain::storage;
using storagetest::testKey;

namespace {

const Migration kAccounts {1,
                           "CREATE TABLE account(id INTEGER PRIMARY KEY, balance INTEGER NOT "
                           "NULL CHECK (balance >= 0));"};
const Migration kBlocks {2,
                         "CREATE TABLE block(height INTEGER PRIMARY KEY, hash BLOB NOT NULL);"
                         "CREATE UNIQUE INDEX block_hash ON block(hash);"};
const Migration kGrants {3, "CREATE TABLE grant_(id INTEGER PRIMARY KEY, scope TEXT NOT NULL);"};

bool tableExists(Database &db, const char *name)
{
    auto statement = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                "name = ?1;");
    if (!statement)
        return false;
    statement->bindText(1, QString::fromLatin1(name));
    return statement->step() == Statement::Step::Row && statement->columnInt64(0) == 1;
}

int versionOf(Database &db)
{
    const auto version = Schema::version(db);
    return version ? version.value() : -1;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
    }

    void freshFileMigratesToLatest()
    {
        TRY_VALUE(db, Database::open(file("fresh.db"), testKey(1), OpenMode::Create));
        QCOMPARE(versionOf(db), 0);
        const Schema schema({kAccounts, kBlocks});
        QCOMPARE(schema.latestVersion(), 2);
        QVERIFY(schema.migrate(db).ok());
        QCOMPARE(versionOf(db), 2);
        QVERIFY(tableExists(db, "account"));
        QVERIFY(tableExists(db, "block"));
        QVERIFY(schema.check(db).ok());
        QVERIFY(schema.migrate(db).ok()); // already current: nothing to do
        QCOMPARE(versionOf(db), 2);
    }

    void versionOneMigratesToTwoKeepingData()
    {
        const QString path = file("upgrade.db");
        {
            TRY_VALUE(db, Database::open(path, testKey(2), OpenMode::Create));
            QVERIFY(Schema({kAccounts}).migrate(db).ok());
            QVERIFY(db.exec("INSERT INTO account VALUES (1, 500), (2, 700);").ok());
        }
        TRY_VALUE(db, Database::open(path, testKey(2), OpenMode::ReadWrite));
        QCOMPARE(versionOf(db), 1);
        TRY_VALUE(reader, Database::open(path, testKey(2), OpenMode::ReadOnly));
        const Schema schema({kAccounts, kBlocks});
        QVERIFY2(schema.check(reader).error().contains(QStringLiteral("needs 2")),
                 qPrintable(schema.check(reader).error()));
        QVERIFY(!schema.migrate(reader).ok()); // only the writer upgrades

        QVERIFY(schema.migrate(db).ok());
        QCOMPARE(versionOf(db), 2);
        QVERIFY(tableExists(db, "block"));
        TRY_VALUE(sum, db.prepare("SELECT sum(balance) FROM account;"));
        QCOMPARE(sum.step(), Statement::Step::Row);
        QCOMPARE(sum.columnInt64(0), qint64(1200));
        QVERIFY(schema.check(reader).ok());
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        TRY_VALUE(db, Database::open(file("failed.db"), testKey(3), OpenMode::Create));
        QVERIFY(Schema({kAccounts}).migrate(db).ok());
        const Migration broken {2, "CREATE TABLE half(x); CREATE TABLE account(id);"};
        const auto result = Schema({kAccounts, broken}).migrate(db);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("schema version 2")),
                 qPrintable(result.error()));
        QCOMPARE(versionOf(db), 1);
        QVERIFY(!tableExists(db, "half")); // the step's first statement was rolled back too
        QVERIFY(Schema({kAccounts, kBlocks}).migrate(db).ok());
        QCOMPARE(versionOf(db), 2);
    }

    void fileFromNewerMedChainIsRefusedAndUnchanged()
    {
        const QString path = file("newer.db");
        {
            TRY_VALUE(db, Database::open(path, testKey(4), OpenMode::Create));
            QVERIFY(Schema({kAccounts, kBlocks, kGrants}).migrate(db).ok());
            QVERIFY(db.exec("INSERT INTO account VALUES (1, 5);").ok());
        }
        const QByteArray before = storagetest::fileDigest(path);
        const Schema older({kAccounts, kBlocks});
        {
            TRY_VALUE(db, Database::open(path, testKey(4), OpenMode::ReadWrite));
            const auto result = older.migrate(db);
            QVERIFY2(result.error().contains(QStringLiteral("newer MedChain"))
                         && result.error().contains(QStringLiteral("Upgrade MedChain")),
                     qPrintable(result.error()));
            QCOMPARE(versionOf(db), 3);
            TRY_VALUE(reader, Database::open(path, testKey(4), OpenMode::ReadOnly));
            QVERIFY(older.check(reader).error().contains(QStringLiteral("newer MedChain")));
        }
        QCOMPARE(storagetest::fileDigest(path), before);
        QCOMPARE(storagetest::fileDigest(path + QStringLiteral("-wal")), QByteArray("absent"));
    }

    void migrationsMustBeNumberedInOrder()
    {
        TRY_VALUE(db, Database::open(file("order.db"), testKey(5), OpenMode::Create));
        const auto result = Schema({kAccounts, kGrants}).migrate(db);
        QVERIFY2(result.error().contains(QStringLiteral("out of order")),
                 qPrintable(result.error()));
        QCOMPARE(versionOf(db), 0); // validated before anything ran
    }

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
