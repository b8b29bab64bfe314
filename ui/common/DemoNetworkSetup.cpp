#include "common/DemoNetworkSetup.h"

#include "common/Background.h"
#include "common/DemoFolder.h"
#include "common/NodeStart.h"
#include "demo/Catalog.h"
#include "demo/DemoNetwork.h"
#include "demo/ScenarioGenerator.h"
#include "node/NodeClient.h"
#include "node/NodeProcesses.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace medchain::ui {

namespace {

// Made beside the real folder and renamed into place when whole: a crash never leaves half a
// demo where the next start would take it for a finished one.
QString partialFolder(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath()) + QStringLiteral(".partial");
}

crypto::Argon2Params keyParams(const std::optional<crypto::Argon2Params> &chosen)
{
    if (chosen)
        return *chosen;
    return crypto::Argon2id::paramsForNewKeys();
}

/// Hands the generator's progress to the GUI thread, at most once per stage and per mille.
class ProgressRelay {
public:
    explicit ProgressRelay(QPointer<DemoNetworkSetup> setup) : m_setup(std::move(setup)) { }

    void operator()(const QString &stage, qint64 done, qint64 total)
    {
        const qint64 permille = total > 0 ? done * 1000 / total : 0;
        if (stage == m_stage && permille == m_permille)
            return;
        m_stage = stage;
        m_permille = permille;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [setup = m_setup, stage, done, total] {
                if (setup)
                    emit setup->progress(stage, done, total);
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<DemoNetworkSetup> m_setup;
    QString m_stage;
    qint64 m_permille = -1;
};
} // namespace

demo::ScenarioOptions DemoNetworkSetup::defaultScenario()
{
    demo::ScenarioOptions options;
    options.startMs = demo::ScenarioGenerator::defaultStartMs();
    return options;
}

QString DemoNetworkSetup::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

DemoNetworkSetup::DemoNetworkSetup(QString folder, QObject *parent)
    : QObject(parent), m_folder(QDir(folder).absolutePath())
{
}

DemoNetworkSetup::~DemoNetworkSetup()
{
    stop();
}

void DemoNetworkSetup::start()
{
    // Signals come from the event loop, never from inside start(): a failure reported before
    // the application's loop runs could not end it.
    QMetaObject::invokeMethod(this, &DemoNetworkSetup::begin, Qt::QueuedConnection);
}

void DemoNetworkSetup::begin()
{
    if (DemoFolder(m_folder).exists()) {
        launch();
        return;
    }
    const QDir existing(m_folder);
    if (existing.exists() && !existing.isEmpty()) {
        fail(tr("%1 is not empty and holds no demo network (it has no network.json). Move it "
                "away, or give another folder with --datadir.")
                 .arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    create();
}

void DemoNetworkSetup::create()
{
    const QString partial = partialFolder(m_folder);
    if (QFileInfo::exists(partial) && !QDir(partial).removeRecursively()) {
        fail(tr("Cannot remove the unfinished demo in %1.").arg(QDir::toNativeSeparators(partial)));
        return;
    }
    m_creating = true;
    emit progress(tr("Loading the medical catalog"), 0, 1);
    runInBackground(
        this,
        [partial, options = m_options, relay = ProgressRelay(this)]() mutable -> Result<void> {
            auto catalog = demo::Catalog::load();
            if (!catalog)
                return catalog.failure();
            relay(tr("Generating the population and a year of care"), 0, 1);
            auto scenario = demo::ScenarioGenerator::generate(catalog.value(), options.scenario);
            if (!scenario)
                return scenario.failure();
            demo::DemoNodeOptions nodes;
            nodes.validators = options.validators;
            nodes.replicas = options.replicas;
            auto made = demo::DemoNetwork::create(
                partial, scenario.value(), DemoFolder::passphrase(), keyParams(options.keyParams),
                nodes, [&relay](const QString &stage, qint64 done, qint64 total) {
                    relay(stage, done, total);
                });
            if (!made)
                return made.failure();
            return {};
        },
        [this, partial](const Result<void> &made) {
            m_creating = false;
            if (!made) {
                QDir(partial).removeRecursively();
                fail(tr("The demo network could not be made: %1").arg(made.error()));
                return;
            }
            created();
        });
}

void DemoNetworkSetup::created()
{
    const QString partial = partialFolder(m_folder);
    // An empty folder in the way (made by hand, or by --datadir) gives way to the demo.
    if (QDir(m_folder).exists())
        QDir().rmdir(m_folder);
    if (!QDir().rename(partial, m_folder)) {
        fail(tr("Cannot move the new demo from %1 to %2.")
                 .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(m_folder)));
        return;
    }
    launch();
}

void DemoNetworkSetup::launch()
{
    auto folders = DemoFolder(m_folder).nodeFolders();
    if (!folders) {
        fail(folders.error());
        return;
    }
    // The last node is the GUI's own (a replica, in a demo made here); the others run beside it.
    m_nodeFolder = folders->takeLast();
    emit startingNodes();
    m_processes = std::make_unique<node::NodeProcesses>();
    if (!m_options.nodeProgram.isEmpty())
        m_processes->setProgram(m_options.nodeProgram);
    connect(m_processes.get(), &node::NodeProcesses::exited, this,
            [this](int node, int code, const QString &log) {
                // The others may still make blocks; the node's own log says why it stopped.
                qWarning().noquote() << tr("The demo node in %1 stopped (exit code %2):\n%3")
                                            .arg(m_processes->folder(node))
                                            .arg(code)
                                            .arg(log);
            });
    if (auto started = m_processes->start(folders.value(), DemoFolder::passphrase()); !started) {
        fail(started.error());
        return;
    }
    NodeStart::inBackground(
        this, m_nodeFolder, DemoFolder::passphrase(),
        [this](Result<std::unique_ptr<node::NodeClient>> started) {
            if (!started) {
                fail(tr("The demo's node could not start: %1").arg(started.error()));
                return;
            }
            m_node = std::move(started).value();
            // Queued: fail() destroys the client, which must not happen inside its own signal.
            connect(
                m_node.get(), &node::NodeClient::halted, this,
                [this](const QString &reason) {
                    fail(tr("The demo's node stopped: %1").arg(reason));
                },
                Qt::QueuedConnection);
            emit ready();
        });
}

void DemoNetworkSetup::stop()
{
    m_node.reset();
    if (m_processes)
        m_processes->stop();
}

void DemoNetworkSetup::fail(const QString &message)
{
    // Told first: a session on the node ends before the node does.
    emit failed(message);
    stop();
}

} // namespace medchain::ui
