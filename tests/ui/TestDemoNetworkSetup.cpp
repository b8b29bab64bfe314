// `medchain --demo`'s setup: a missing demo is made (a small one here) beside its folder and
// moved into place whole, with progress on the way; then the validators run as processes and
// the GUI's node in this process, whose signals arrive in the GUI thread; stop() frees every
// folder. An existing demo is reused as it is; a folder that holds something else is refused.
#include "DemoFolderFixture.h"

#include "common/DemoFolder.h"
#include "common/DemoNetworkSetup.h"
#include "common/Startup.h"
#include "node/NodeClient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace medchain;

namespace {
ui::DemoNetworkSetup::Options smallDemo()
{
    ui::DemoNetworkSetup::Options options = testing::DemoFolderFixture::options();
    options.scenario.patients = 10;
    options.scenario.records = 10;
    options.scenario.days = 28;
    options.validators = 1;
    options.replicas = 1;
    return options;
}

bool isFree(const QString &folder)
{
    return node::DataDir(folder).lockForWriting().ok();
}
} // namespace

class TestDemoNetworkSetup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void makesTheDemoWholeThenRunsItsNodes()
    {
        QTemporaryDir parent;
        const QString folder = QDir(parent.path()).filePath(QStringLiteral("demo"));
        const QString partial = folder + QStringLiteral(".partial");
        // What a crash while making it would have left: thrown away, not finished.
        QVERIFY(QDir().mkpath(partial));
        QFile leftover(QDir(partial).filePath(QStringLiteral("leftover")));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();

        ui::DemoNetworkSetup setup(folder);
        setup.setOptions(smallDemo());
        QSignalSpy progress(&setup, &ui::DemoNetworkSetup::progress);
        QSignalSpy starting(&setup, &ui::DemoNetworkSetup::startingNodes);
        QSignalSpy ready(&setup, &ui::DemoNetworkSetup::ready);
        QSignalSpy failed(&setup, &ui::DemoNetworkSetup::failed);
        setup.start();
        QVERIFY(ready.isEmpty()); // reported from the event loop, never from start()
        QTRY_VERIFY_WITH_TIMEOUT(setup.isCreating() || !ready.isEmpty() || !failed.isEmpty(),
                                 30'000);
        if (setup.isCreating()) // moved into place only once whole
            QVERIFY(!ui::DemoFolder(folder).exists());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 30'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(!setup.isCreating());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(starting.count(), 1);

        QVERIFY(ui::DemoFolder(folder).exists());
        QVERIFY(!QFileInfo::exists(partial));
        const auto folders = ui::DemoFolder(folder).nodeFolders();
        QVERIFY2(folders.ok(), qPrintable(folders.error()));
        QCOMPARE(folders->size(), 2);
        QCOMPARE(setup.nodeFolder(), folders->last());
        QVERIFY(ui::DemoFolder(folder).identities()->size() >= 4);

        // The node was started on a worker; it now lives here, and so do its signals.
        node::NodeClient *node = setup.node();
        QVERIFY(node);
        QCOMPARE(node->thread(), QThread::currentThread());
        QThread *deliveredIn = nullptr;
        connect(node, &node::NodeClient::syncStatusChanged, this,
                [&deliveredIn] { deliveredIn = QThread::currentThread(); });
        // The replica connects to the validator's process.
        QTRY_COMPARE_WITH_TIMEOUT(node->syncStatus().peers, 1, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(deliveredIn != nullptr, 30'000);
        QCOMPARE(deliveredIn, QThread::currentThread());
        QVERIFY(!isFree(folders->first()));

        setup.stop();
        QVERIFY(!setup.node());
        QVERIFY(isFree(folders->first()));
        QVERIFY(isFree(folders->last()));
    }

    void anExistingDemoIsReused()
    {
        testing::DemoFolderFixture demo;
        QVERIFY2(demo.error().isEmpty(), qPrintable(demo.error()));
        ui::DemoNetworkSetup setup(demo.path());
        setup.setOptions(testing::DemoFolderFixture::options());
        QSignalSpy progress(&setup, &ui::DemoNetworkSetup::progress);
        QSignalSpy ready(&setup, &ui::DemoNetworkSetup::ready);
        setup.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30'000);
        QVERIFY(progress.isEmpty());
        QCOMPARE(setup.nodeFolder(), QDir(demo.nodeFolder(1)).absolutePath());
        QCOMPARE(setup.node()->syncStatus().height, demo.summary().height);
    }

    void aFolderHoldingSomethingElseIsRefused()
    {
        QTemporaryDir folder;
        QFile other(folder.filePath(QStringLiteral("thesis.odt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        ui::DemoNetworkSetup setup(folder.path());
        setup.setOptions(smallDemo());
        QSignalSpy failed(&setup, &ui::DemoNetworkSetup::failed);
        setup.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("network.json")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!setup.node());
        QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList {QStringLiteral("thesis.odt")});
    }
};

QTEST_MAIN(TestDemoNetworkSetup)
#include "TestDemoNetworkSetup.moc"
