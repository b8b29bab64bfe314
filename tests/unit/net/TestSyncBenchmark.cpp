// `bench sync` at CI size: the benchmark builds its chain, a fresh replica syncs it from two
// serving nodes in their own threads and another replays it from disk; all three end at one tip.
// Figures are printed, never compared: tests do not assert on timing.
#include "common/Startup.h"
#include "net/SyncBenchmark.h"

#include <QTemporaryDir>
#include <QTest>

using namespace medchain;

class TestSyncBenchmark : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void syncAndReplayReachTheServedTip()
    {
        QTemporaryDir dir;
        net::SyncOptions options;
        options.transactions = 2'000;
        options.blockSize = 250;
        options.patients = 200;
        QStringList lines;
        const auto result = net::SyncBenchmark::run(
            dir.path(), options, [&](const QString &line) { lines.append(line); });
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->servers, 2);
        QVERIFY(result->transactions >= 2'000);
        QVERIFY(result->blocks >= 8);
        QCOMPARE(result->syncedTip, result->servedTip);
        QCOMPARE(result->replayedTip, result->servedTip);
        QVERIFY(result->syncTps > 0 && result->replayTps > 0);
        QVERIFY(qFuzzyCompare(result->ratio, result->syncTps / result->replayTps));
        QVERIFY(!lines.isEmpty());
        qInfo("sync %.0f tx/s, replay %.0f tx/s, ratio %.3f (%llu blocks; not a figure to quote)",
              result->syncTps, result->replayTps, result->ratio,
              static_cast<unsigned long long>(result->blocks));
    }
};

QTEST_GUILESS_MAIN(TestSyncBenchmark)
#include "TestSyncBenchmark.moc"
