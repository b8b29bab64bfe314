// Nothing readable reaches the disk: medical text and the key itself appear in none of the
// replica's files (database, -wal, -shm), neither while the writer is open nor after it closes.
#include "StorageTestSupport.h"

#include "common/Startup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain::storage;
using storagetest::testKey;

namespace {

const QString kPhrase = QStringLiteral("Influenza A (H1N1) confirmed");
const QString kChinesePhrase = QStringLiteral("甲型H1N1流感确诊");

QList<QByteArray> encodingsOf(const QString &text)
{
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    QStringEncoder utf16be(QStringEncoder::Utf16BE);
    return {text.toUtf8(), QByteArray(utf16le(text)), QByteArray(utf16be(text))};
}

} // namespace

class TestEncryptionAtRest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
    }

    void noPlaintextInAnyReplicaFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("replica.db"));
        const auto key = testKey(3);
        const QByteArray keyBytes(reinterpret_cast<const char *>(key.data()), 32);
        QList<QByteArray> secrets {keyBytes, keyBytes.toHex(), keyBytes.toHex().toUpper()};
        for (const QString &phrase : {kPhrase, kChinesePhrase})
            secrets += encodingsOf(phrase);

        auto assertClean = [&](const char *stage) {
            const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
            QVERIFY(files.contains(QStringLiteral("replica.db")));
            for (const QString &name : files) {
                const QByteArray bytes = storagetest::readBytes(m_dir.filePath(name));
                for (qsizetype i = 0; i < secrets.size(); ++i)
                    QVERIFY2(!bytes.contains(secrets[i]),
                             qPrintable(QStringLiteral("%1: secret %2 found in %3")
                                            .arg(QLatin1String(stage))
                                            .arg(i)
                                            .arg(name)));
            }
        };

        {
            TRY_VALUE(db, Database::open(path, key, OpenMode::Create));
            QVERIFY(db.exec("CREATE TABLE diagnosis(id INTEGER PRIMARY KEY, text TEXT, raw BLOB);"
                            "CREATE INDEX diagnosis_text ON diagnosis(text);")
                        .ok());
            TRY_VALUE(insert, db.prepare("INSERT INTO diagnosis(text, raw) VALUES (?1, ?2);"));
            TRY_VALUE(transaction, db.begin());
            for (int i = 0; i < 200; ++i) {
                const QString text
                    = (i % 2 ? kPhrase : kChinesePhrase) + QStringLiteral(" #%1").arg(i);
                QVERIFY(insert.bindText(1, text).bindBlob(2, text.toUtf8()).run().ok());
            }
            QVERIFY(transaction.commit().ok());
            // While the writer is open the data is in the WAL, and the -shm exists.
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
            QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
            assertClean("writer open");
            // Control: the search does find the phrase where it is in plain text.
            QVERIFY(QByteArray("x" + kPhrase.toUtf8() + "y").contains(secrets[3]));

            TRY_VALUE(count, db.prepare("SELECT count(*) FROM diagnosis WHERE text LIKE ?1;"));
            count.bindText(1, QStringLiteral("Influenza%"));
            QCOMPARE(count.step(), Statement::Step::Row);
            QCOMPARE(count.columnInt64(0), qint64(100));
        }
        assertClean("after close");
        // The file header is SQLCipher's random salt, not SQLite's magic string.
        QVERIFY(!storagetest::readBytes(path).startsWith("SQLite format 3"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "TestEncryptionAtRest.moc"
