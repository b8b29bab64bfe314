// Thousands of seeded runs of the Tendermint machine under faults: safety (one decision per
// height, each with a valid commit), evidence of the equivocator, and liveness after GST.
// MEDCHAIN_SIM_SEEDS=N runs N seeds (from MEDCHAIN_SIM_FIRST, default 1); MEDCHAIN_SIM_SEED=S
// runs one seed and prints its trace.
#include "ConsensusSimulation.h"

#include "common/Startup.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace medchain;
using namespace medchain::sim;

class SimConsensus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }
    void seeds();
};

namespace {
constexpr quint64 kDefaultSeeds = 3000;

void printTrace(quint64 seed)
{
    SimulationOptions options;
    options.trace = true;
    ConsensusSimulation replay(seed, options);
    replay.run();
    const QStringList &lines = replay.trace();
    const qsizetype from = std::max<qsizetype>(0, lines.size() - 400);
    if (from > 0)
        std::fprintf(stderr,
                     "... %lld earlier trace lines omitted (MEDCHAIN_SIM_SEED=%llu prints "
                     "all)\n",
                     qint64(from), seed);
    for (qsizetype i = from; i < lines.size(); ++i)
        std::fprintf(stderr, "%s\n", qPrintable(lines[i]));
}
} // namespace

void SimConsensus::seeds()
{
    const QByteArray one = qgetenv("MEDCHAIN_SIM_SEED");
    if (!one.isEmpty()) {
        SimulationOptions options;
        options.trace = true;
        ConsensusSimulation simulation(one.toULongLong(), options);
        const SimulationResult result = simulation.run();
        for (const QString &line : simulation.trace())
            std::fprintf(stderr, "%s\n", qPrintable(line));
        QVERIFY2(result.ok, qPrintable(result.failure));
        return;
    }
    const quint64 count = qEnvironmentVariableIsSet("MEDCHAIN_SIM_SEEDS")
        ? qgetenv("MEDCHAIN_SIM_SEEDS").toULongLong()
        : kDefaultSeeds;
    QElapsedTimer clock;
    clock.start();
    quint64 heights = 0, messages = 0, evidence = 0, withByzantine = 0, crashes = 0;
    quint32 maxRound = 0;
    qint64 worstAfterGst = 0;
    const quint64 first = qEnvironmentVariableIsSet("MEDCHAIN_SIM_FIRST")
        ? qgetenv("MEDCHAIN_SIM_FIRST").toULongLong()
        : 1;
    for (quint64 seed = first; seed < first + count; ++seed) {
        ConsensusSimulation simulation(seed, {});
        const SimulationResult result = simulation.run();
        if (!result.ok) {
            printTrace(seed);
            QFAIL(qPrintable(QStringLiteral("seed %1 failed: %2 (replay: MEDCHAIN_SIM_SEED=%1)")
                                 .arg(seed)
                                 .arg(result.failure)));
        }
        heights += result.heightsDecided;
        messages += result.messages;
        evidence += result.evidence;
        withByzantine += result.byzantine ? 1 : 0;
        crashes += quint64(result.crashes);
        maxRound = std::max(maxRound, result.maxRound);
        worstAfterGst = std::max(worstAfterGst, result.afterStabilisationMs);
    }
    qInfo("%llu seeds (%llu with an equivocating validator, %llu crashes): %llu heights decided by "
          "every honest validator, highest deciding round %u, %llu messages sent, %llu "
          "equivocations reported, worst time to finish after GST %lld virtual ms; %lld ms wall",
          count, withByzantine, crashes, heights, maxRound, messages, evidence, worstAfterGst,
          clock.elapsed());
}

int main(int argc, char *argv[])
{
    // Long runs (MEDCHAIN_SIM_SEEDS) outlast QTest's five-minute watchdog; allow a day.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArrayLiteral("86400000"));
    QCoreApplication app(argc, argv);
    SimConsensus test;
    return QTest::qExec(&test, argc, argv);
}
#include "SimConsensus.moc"
