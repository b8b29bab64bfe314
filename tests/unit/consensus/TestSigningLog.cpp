// The double-signing guard: its rules in memory, and the file log's durability and recovery —
// a restart refuses a conflicting signature, a torn tail is tolerated, damage is refused.
#include "ConsensusFixture.h"

#include "common/Startup.h"
#include "consensus/SigningLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace consensus_test;

namespace {
SignRecord record(quint64 h, quint32 r, SignStep step, const Value &value, qint64 pol = -1)
{
    return SignRecord {h, r, step, value, pol};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestSigningLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }
    void guardRules();
    void restartRefusesConflict();
    void newHeightReplacesRecords();
    void tornTailTolerated_data();
    void tornTailTolerated();
    void corruptMiddleRefused();
    void outOfOrderRefused();
};

void TestSigningLog::guardRules()
{
    MemorySigningGuard guard;
    const Value a = valueOf("a");
    QVERIFY(guard.approve(record(1, 0, SignStep::Prevote, a)).ok());
    QVERIFY(guard.approve(record(1, 0, SignStep::Prevote, a)).ok()); // the same again: fine
    const auto conflict = guard.approve(record(1, 0, SignStep::Prevote, Value()));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.errorCode(), QStringLiteral("double-sign"));
    QVERIFY(guard.approve(record(1, 0, SignStep::Precommit, a)).ok());
    const auto back = guard.approve(record(1, 0, SignStep::Propose, a));
    QVERIFY(!back.ok());
    QCOMPARE(back.errorCode(), QStringLiteral("regression"));
    QVERIFY(guard.approve(record(1, 1, SignStep::Prevote, Value())).ok());
    QVERIFY(!guard.approve(record(1, 0, SignStep::Propose, a)).ok());
    QCOMPARE(guard.lockAt(1)->round, 0u);
    QVERIFY(guard.approve(record(1, 2, SignStep::Precommit, valueOf("b"))).ok());
    QCOMPARE(guard.lockAt(1)->value, Value(valueOf("b")));
    QVERIFY(!guard.approve(record(0, 9, SignStep::Precommit, a)).ok()); // an earlier height
    QVERIFY(guard.approve(record(2, 0, SignStep::Propose, a, -1)).ok());
    QVERIFY(!guard.approve(record(2, 0, SignStep::Propose, a, 0)).ok()); // polRound differs
    QVERIFY(!guard.lockAt(2));
}

void TestSigningLog::restartRefusesConflict()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signing.log"));
    {
        auto log = SigningLog::open(path);
        QVERIFY2(log.ok(), qPrintable(log.error()));
        QVERIFY(log.value()->approve(record(5, 2, SignStep::Prevote, valueOf("a"))).ok());
        QVERIFY(log.value()->approve(record(5, 2, SignStep::Precommit, valueOf("a"))).ok());
    } // the process "crashes": only the file remains
    auto reopened = SigningLog::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    SigningLog &log = *reopened.value();
    QCOMPARE(log.records().size(), 2);
    QVERIFY(!log.recoveredTornTail());
    QVERIFY(!log.approve(record(5, 2, SignStep::Precommit, Value())).ok());
    QVERIFY(!log.approve(record(5, 2, SignStep::Prevote, valueOf("b"))).ok());
    QVERIFY(!log.approve(record(5, 1, SignStep::Precommit, valueOf("b"))).ok());
    QVERIFY(log.approve(record(5, 2, SignStep::Precommit, valueOf("a"))).ok());
    QCOMPARE(log.lockAt(5)->value, Value(valueOf("a")));
    QVERIFY(log.approve(record(5, 3, SignStep::Prevote, Value())).ok());
    auto third = SigningLog::open(path);
    QVERIFY(third.ok());
    QCOMPARE(third.value()->records().size(), 3);
}

void TestSigningLog::newHeightReplacesRecords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signing.log"));
    auto log = SigningLog::open(path);
    QVERIFY(log.ok());
    QVERIFY(log.value()->approve(record(1, 0, SignStep::Prevote, valueOf("a"))).ok());
    QVERIFY(log.value()->approve(record(1, 0, SignStep::Precommit, valueOf("a"))).ok());
    QVERIFY(log.value()->approve(record(2, 0, SignStep::Propose, valueOf("b"))).ok());
    QCOMPARE(readAll(path),
             SigningLog::encodeRecord(record(2, 0, SignStep::Propose, valueOf("b"))));
    auto reopened = SigningLog::open(path);
    QVERIFY(reopened.ok());
    QVERIFY(!reopened.value()->approve(record(1, 5, SignStep::Prevote, Value())).ok());
}

void TestSigningLog::tornTailTolerated_data()
{
    QTest::addColumn<int>("keep"); // bytes of the last record that reached the disk
    QTest::addColumn<bool>("garbleChecksum");
    QTest::newRow("length only partly") << 2 << false;
    QTest::newRow("payload partly") << 20 << false;
    QTest::newRow("checksum partly") << -5 << false;
    QTest::newRow("complete but garbled") << 0 << true;
}

void TestSigningLog::tornTailTolerated()
{
    QFETCH(int, keep);
    QFETCH(bool, garbleChecksum);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signing.log"));
    const QByteArray first = SigningLog::encodeRecord(record(3, 0, SignStep::Prevote, Value()));
    QByteArray last = SigningLog::encodeRecord(record(3, 0, SignStep::Precommit, Value()));
    if (garbleChecksum)
        last[last.size() - 1] = char(last[last.size() - 1] ^ 0x40);
    else
        last = last.left(keep > 0 ? keep : last.size() + keep);
    writeAll(path, first + last);
    auto log = SigningLog::open(path);
    QVERIFY2(log.ok(), qPrintable(log.error()));
    QVERIFY(log.value()->recoveredTornTail());
    QCOMPARE(log.value()->records().size(), 1);
    QCOMPARE(readAll(path), first); // the torn record is cut off before anything is appended
    // The torn precommit never left the machine, so it may now be signed (with any value).
    QVERIFY(log.value()->approve(record(3, 0, SignStep::Precommit, valueOf("x"))).ok());
    auto again = SigningLog::open(path);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->records().size(), 2);
}

void TestSigningLog::corruptMiddleRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signing.log"));
    const QByteArray a = SigningLog::encodeRecord(record(3, 0, SignStep::Prevote, valueOf("a")));
    const QByteArray b = SigningLog::encodeRecord(record(3, 0, SignStep::Precommit, valueOf("a")));
    const QByteArray c = SigningLog::encodeRecord(record(3, 1, SignStep::Prevote, Value()));
    const QByteArray good = a + b + c;
    for (qsizetype i = 0; i < a.size() + b.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x08);
        writeAll(path, bad);
        const auto log = SigningLog::open(path);
        QVERIFY2(!log.ok(), qPrintable(QStringLiteral("flipped byte %1 accepted").arg(i)));
        QVERIFY(log.error().contains(QStringLiteral("damaged")));
        QCOMPARE(readAll(path), bad); // a refused log is left as it is, for inspection
    }
}

void TestSigningLog::outOfOrderRefused()
{
    const QByteArray a = SigningLog::encodeRecord(record(3, 1, SignStep::Prevote, Value()));
    const QByteArray b = SigningLog::encodeRecord(record(3, 0, SignStep::Precommit, Value()));
    const QByteArray other = SigningLog::encodeRecord(record(4, 2, SignStep::Precommit, Value()));
    QVERIFY(!SigningLog::replay(QByteArray(a + b + a)).ok());
    QVERIFY(!SigningLog::replay(QByteArray(a + other + a)).ok()); // two heights in one file
    QVERIFY(SigningLog::replay(QByteArray(b + a)).ok());
}

QTEST_GUILESS_MAIN(TestSigningLog)
#include "TestSigningLog.moc"
