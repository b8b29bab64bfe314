// NodeProcesses, with medchain-node as a real process: a demo validator started from its folder
// reports the blocks it commits and stops on request, leaving its folder free; a folder another
// process holds is adopted, not started twice; a node that cannot run is reported.
#include "SmallScenario.h"

#include "common/Startup.h"
#include "demo/DemoNetwork.h"
#include "node/DataDir.h"
#include "node/NodeProcesses.h"

#include <QDir>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::demo::testing;

namespace {
const QString kNode = QStringLiteral(MEDCHAIN_NODE);
}

class TestNodeProcesses : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        const auto summary = demo::DemoNetwork::create(m_demo.path(), smallScenario(), passphrase(),
                                                       crypto::Argon2Params::fastInsecureForTests(),
                                                       demo::DemoNodeOptions {1, 0, 0});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        m_height = summary->height;
        // A lone validator makes an empty block every 200 ms instead of every 5 s.
        const node::DataDir data(folder());
        QJsonObject config = data.readConfig().value();
        config.insert(QStringLiteral("emptyBlockIntervalMs"), 200);
        QVERIFY(data.writeConfig(config).ok());
    }

    void runsANodeReportsItsBlocksAndStopsIt()
    {
        node::NodeProcesses nodes;
        nodes.setProgram(kNode);
        QSignalSpy heights(&nodes, &node::NodeProcesses::heightChanged);
        QSignalSpy exited(&nodes, &node::NodeProcesses::exited);
        const auto started = nodes.start({folder()}, passphrase());
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(nodes.count(), 1);
        QVERIFY(!nodes.isAdopted(0));
        QVERIFY(nodes.isRunning(0));
        QTRY_VERIFY_WITH_TIMEOUT(nodes.height(0) > m_height + 1, 30'000);
        QVERIFY(!heights.isEmpty());
        QCOMPARE(heights.last().at(0).toInt(), 0);
        QCOMPARE(heights.last().at(1).toULongLong(), nodes.height(0));

        // While it runs, the folder is taken.
        QCOMPARE(node::DataDir(folder()).lockForWriting().errorCode(), QStringLiteral("in-use"));

        nodes.stop();
        QVERIFY(!nodes.isRunning(0));
        QCOMPARE(nodes.exitCode(0), 0);
        QVERIFY(exited.isEmpty()); // asked to stop: not reported as stopping by itself
        QVERIFY2(nodes.log(0).contains(QLatin1String("Block")), qPrintable(nodes.log(0)));
        QVERIFY(node::DataDir(folder()).lockForWriting().ok());
    }

    void destroyingStopsTheNodes()
    {
        {
            node::NodeProcesses nodes;
            nodes.setProgram(kNode);
            QVERIFY(nodes.start({folder()}, passphrase()).ok());
            QTRY_VERIFY_WITH_TIMEOUT(nodes.height(0) > 0, 30'000);
        }
        QVERIFY(node::DataDir(folder()).lockForWriting().ok());
    }

    void aFolderInUseIsAdoptedNotStartedAgain()
    {
        // Whoever holds the writer lock (here this test, as a node left over from an earlier
        // run would) is serving the folder already.
        auto held = node::DataDir(folder()).lockForWriting();
        QVERIFY2(held.ok(), qPrintable(held.error()));
        node::NodeProcesses nodes;
        nodes.setProgram(kNode);
        const auto started = nodes.start({folder()}, passphrase());
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(nodes.count(), 1);
        QVERIFY(nodes.isAdopted(0));
        QVERIFY(nodes.isRunning(0));
        QCOMPARE(nodes.height(0), quint64(0));
        nodes.stop();
        QVERIFY(held.value()->isLocked()); // not ours to stop
    }

    void aMissingProgramFailsAndStartsNothing()
    {
        QTemporaryDir other;
        node::NodeProcesses nodes;
        nodes.setProgram(QDir(other.path()).filePath(QStringLiteral("no-such-node")));
        const auto started = nodes.start({folder()}, passphrase());
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QLatin1String("no-such-node")),
                 qPrintable(started.error()));
        QCOMPARE(nodes.count(), 0);
    }

    void aNodeThatStopsByItselfIsReported()
    {
        QTemporaryDir empty; // no genesis.cbor: the node refuses to run
        node::NodeProcesses nodes;
        nodes.setProgram(kNode);
        QSignalSpy exited(&nodes, &node::NodeProcesses::exited);
        QVERIFY(nodes.start({empty.path()}, passphrase()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 1, 30'000);
        QCOMPARE(exited.first().at(0).toInt(), 0);
        QCOMPARE(exited.first().at(1).toInt(), 1);
        QVERIFY2(exited.first().at(2).toString().contains(QLatin1String("genesis.cbor")),
                 qPrintable(exited.first().at(2).toString()));
        QVERIFY(!nodes.isRunning(0));
    }

private:
    QString folder() const { return m_demo.filePath(QStringLiteral("node1")); }

    QTemporaryDir m_demo;
    quint64 m_height = 0;
};

QTEST_GUILESS_MAIN(TestNodeProcesses)
#include "TestNodeProcesses.moc"
