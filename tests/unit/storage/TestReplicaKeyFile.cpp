// The replica key file: its documented format, atomic owner-only writes, strict parsing, and a
// wrong passphrase that is refused before the database (or its WAL) is touched.
#include "StorageTestSupport.h"

#include "common/Startup.h"
#include "storage/Database.h"
#include "storage/ReplicaKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace medchain::storage;
using medchain::crypto::SecureBuffer;
using storagetest::testKey;

namespace {

QJsonObject kdfParameters()
{
    return QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                        {QStringLiteral("opsLimit"), 3},
                        {QStringLiteral("memLimitKiB"), 65536}};
}

// The unlock sequence a caller follows: key file first, database only after the check passes.
medchain::Result<Database> unlock(const QString &databasePath, const SecureBuffer &key)
{
    auto keyFile = ReplicaKeyFile::load(ReplicaKeyFile::pathFor(databasePath));
    if (!keyFile)
        return medchain::Error {keyFile.error()};
    if (auto checked = keyFile->checkKey(key); !checked)
        return medchain::Error {checked.error()};
    return Database::open(databasePath, key, OpenMode::ReadWrite);
}

const QByteArray kValidSalt = QByteArrayLiteral("00112233445566778899aabbccddeeff");
const QByteArray kValidCheck = QByteArray(64, 'a');

QByteArray keyFileJson(const QByteArray &members)
{
    return "{" + members + "}";
}

} // namespace

class TestReplicaKeyFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
    }

    void keyFileSitsBesideTheDatabase()
    {
        QCOMPARE(ReplicaKeyFile::pathFor(QStringLiteral("/data/medchain/replica.db")),
                 QStringLiteral("/data/medchain/replica.key.json"));
        QCOMPARE(ReplicaKeyFile::generateSalt().size(), ReplicaKeyFile::SaltSize);
        QVERIFY(ReplicaKeyFile::generateSalt() != ReplicaKeyFile::generateSalt());
    }

    void savedFileFollowsTheDocumentedFormat()
    {
        const QString path = file("format.key.json");
        const QByteArray salt = ReplicaKeyFile::generateSalt();
        const SecureBuffer key = testKey(1);
        TRY_VALUE(keyFile, ReplicaKeyFile::create(salt, kdfParameters(), key));
        QVERIFY(keyFile.save(path).ok());
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // owner only

        const QJsonObject json = QJsonDocument::fromJson(storagetest::readBytes(path)).object();
        QCOMPARE(json.size(), 5);
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("medchain-replica-key"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("salt")).toString().toLatin1(), salt.toHex());
        QCOMPARE(json.value(QStringLiteral("kdf")).toObject(), kdfParameters());
        // SHA-256("medchain/replica-key-check/v1" || key), computed here independently.
        const QByteArray keyBytes(reinterpret_cast<const char *>(key.data()), 32);
        const QByteArray checkInput = QByteArray("medchain/replica-key-check/v1") + keyBytes;
        QCOMPARE(json.value(QStringLiteral("keyCheck")).toString().toLatin1(),
                 medchain::crypto::sha256(checkInput).toHex());
        QVERIFY(!storagetest::readBytes(path).contains(keyBytes.toHex()));

        TRY_VALUE(loaded, ReplicaKeyFile::load(path));
        QCOMPARE(loaded.salt(), salt);
        QCOMPARE(loaded.kdfParameters(), kdfParameters());
        QVERIFY(loaded.checkKey(key).ok());
        const auto wrong = loaded.checkKey(testKey(2));
        QVERIFY2(wrong.error().contains(QStringLiteral("Wrong passphrase")),
                 qPrintable(wrong.error()));
        QVERIFY(!loaded.checkKey(SecureBuffer(16)).ok());
    }

    void saveReplacesAtomically()
    {
        const QString path = file("atomic.key.json");
        TRY_VALUE(first, ReplicaKeyFile::create(ReplicaKeyFile::generateSalt(), {}, testKey(1)));
        TRY_VALUE(second, ReplicaKeyFile::create(ReplicaKeyFile::generateSalt(), {}, testKey(2)));
        QVERIFY(first.save(path).ok());
        QVERIFY(second.save(path).ok());
        TRY_VALUE(loaded, ReplicaKeyFile::load(path));
        QVERIFY(loaded.checkKey(testKey(2)).ok());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("atomic*")}, QDir::Files).size(), 1);
    }

    void createRejectsWrongSizes()
    {
        QVERIFY(!ReplicaKeyFile::create(QByteArray(15, 'x'), {}, testKey(1)).ok());
        QVERIFY(!ReplicaKeyFile::create(QByteArray(16, 'x'), {}, SecureBuffer(31)).ok());
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray salt = "\"salt\":\"" + kValidSalt + "\"";
        const QByteArray check = "\"keyCheck\":\"" + kValidCheck + "\"";
        const QByteArray head = "\"format\":\"medchain-replica-key\",\"version\":1,";
        QTest::newRow("valid control") << QByteArray(); // replaced below by a valid file
        QTest::newRow("not json") << QByteArray("salt=00");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("missing kdf") << keyFileJson(head + salt + "," + check);
        QTest::newRow("unknown member")
            << keyFileJson(head + salt + ",\"kdf\":{}," + check + ",\"key\":\"00\"");
        QTest::newRow("other format")
            << keyFileJson("\"format\":\"x\",\"version\":1," + salt + ",\"kdf\":{}," + check);
        QTest::newRow("version as text")
            << keyFileJson("\"format\":\"medchain-replica-key\",\"version\":\"1\"," + salt
                           + ",\"kdf\":{}," + check);
        QTest::newRow("fractional version") << keyFileJson(
            "\"format\":\"medchain-replica-key\",\"version\":1.5," + salt + ",\"kdf\":{}," + check);
        QTest::newRow("short salt") << keyFileJson(head + "\"salt\":\"0011\",\"kdf\":{}," + check);
        QTest::newRow("upper-case hex")
            << keyFileJson(head + "\"salt\":\"" + kValidSalt.toUpper() + "\",\"kdf\":{}," + check);
        QTest::newRow("non-hex check") << keyFileJson(head + salt + ",\"kdf\":{},\"keyCheck\":\""
                                                      + QByteArray(64, 'g') + "\"");
        QTest::newRow("kdf not an object") << keyFileJson(head + salt + ",\"kdf\":3," + check);
        QTest::newRow("oversized") << QByteArray(70000, ' ');
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        const QString path = file("malformed.key.json");
        if (QByteArray(QTest::currentDataTag()) == "valid control") {
            // Proves the rows below fail for their defect, not for the shared parts.
            content
                = keyFileJson("\"format\":\"medchain-replica-key\",\"version\":1,\"salt\":\""
                              + kValidSalt + "\",\"kdf\":{},\"keyCheck\":\"" + kValidCheck + "\"");
            QVERIFY(storagetest::writeBytes(path, content));
            QVERIFY(ReplicaKeyFile::load(path).ok());
            return;
        }
        QVERIFY(storagetest::writeBytes(path, content));
        const auto loaded = ReplicaKeyFile::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("damaged"))
                     || loaded.error().contains(QStringLiteral("too large")),
                 qPrintable(loaded.error()));
    }

    void newerOrMissingFilesAreExplained()
    {
        const QString path = file("newer.key.json");
        QVERIFY(storagetest::writeBytes(
            path,
            keyFileJson("\"format\":\"medchain-replica-key\",\"version\":2,\"future\":true")));
        const QString newer = ReplicaKeyFile::load(path).error();
        QVERIFY2(newer.contains(QStringLiteral("newer MedChain"))
                     && newer.contains(QStringLiteral("Upgrade")),
                 qPrintable(newer));
        QVERIFY(ReplicaKeyFile::load(file("nowhere.key.json"))
                    .error()
                    .contains(QStringLiteral("is missing")));
    }

    void wrongPassphraseLeavesTheReplicaByteIdentical()
    {
        // A replica as a crashed writer leaves it: committed rows still only in the -wal file.
        QTemporaryDir live;
        const QString livePath = live.filePath(QStringLiteral("replica.db"));
        const QString path = file("replica.db");
        const SecureBuffer key = testKey(7);
        TRY_VALUE(keyFile,
                  ReplicaKeyFile::create(ReplicaKeyFile::generateSalt(), kdfParameters(), key));
        QVERIFY(keyFile.save(ReplicaKeyFile::pathFor(path)).ok());
        {
            TRY_VALUE(writer, Database::open(livePath, key, OpenMode::Create));
            QVERIFY(writer.exec("CREATE TABLE note(text TEXT); INSERT INTO note VALUES ('kept');")
                        .ok());
            for (const char *suffix : {"", "-wal"})
                QVERIFY(
                    QFile::copy(livePath + QLatin1String(suffix), path + QLatin1String(suffix)));
        }
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        const QByteArray databaseBefore = storagetest::fileDigest(path);
        const QByteArray walBefore = storagetest::fileDigest(wal);

        const auto refused = unlock(path, testKey(8));
        QVERIFY2(refused.error().contains(QStringLiteral("Wrong passphrase")),
                 qPrintable(refused.error()));
        QCOMPARE(storagetest::fileDigest(path), databaseBefore);
        QCOMPARE(storagetest::fileDigest(wal), walBefore);

        // Skipping the key check gives the (then misleading) damage message, but still changes
        // nothing: SQLite would otherwise checkpoint the WAL when the failed writer closes.
        const auto unchecked = Database::open(path, testKey(8), OpenMode::ReadWrite);
        QVERIFY2(unchecked.error().contains(QStringLiteral("damaged")),
                 qPrintable(unchecked.error()));
        QCOMPARE(storagetest::fileDigest(path), databaseBefore);
        QCOMPARE(storagetest::fileDigest(wal), walBefore);

        // The right key recovers the rows from the WAL.
        TRY_VALUE(db, unlock(path, key));
        TRY_VALUE(select, db.prepare("SELECT text FROM note;"));
        QCOMPARE(select.step(), Statement::Step::Row);
        QCOMPARE(select.columnText(0), QStringLiteral("kept"));
    }

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestReplicaKeyFile)
#include "TestReplicaKeyFile.moc"
