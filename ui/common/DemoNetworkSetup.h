// `medchain --demo`: makes the demo network in the user's data folder the first time, then runs
// its validators as processes and the GUI's own replica node in this process.
#pragma once

#include "crypto/Argon2id.h"
#include "demo/Scenario.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace medchain::node {
class NodeClient;
class NodeProcesses;
} // namespace medchain::node

namespace medchain::ui {

class DemoNetworkSetup : public QObject {
    Q_OBJECT
public:
    /// What the demo is made of: the CLI's defaults unless a test asks for less.
    struct Options {
        demo::ScenarioOptions scenario = defaultScenario();
        int validators = 4;
        int replicas = 1;
        /// Calibrated to this machine when empty (libsodium's minimum with MEDCHAIN_FAST_KDF=1).
        std::optional<crypto::Argon2Params> keyParams;
        /// medchain-node next to this program when empty.
        QString nodeProgram;
    };
    /// 200 patients, 2,000 records, seed 1, from the first day of this month a year ago.
    static demo::ScenarioOptions defaultScenario();
    /// <AppLocalDataLocation>/demo.
    static QString defaultFolder();

    explicit DemoNetworkSetup(QString folder, QObject *parent = nullptr);
    /// stop().
    ~DemoNetworkSetup() override;

    /// Before start(): tests make a small demo with cheap keys.
    void setOptions(const Options &options) { m_options = options; }

    QString folder() const { return m_folder; }
    /// The GUI's node folder: the last node network.json lists (known once ready()).
    QString nodeFolder() const { return m_nodeFolder; }
    /// The GUI's node once ready(); it lives in this object's thread. Owned here.
    node::NodeClient *node() const { return m_node.get(); }
    /// True while the demo is being made: that work cannot be interrupted (see main.cpp).
    bool isCreating() const { return m_creating; }

    /// Makes the demo if the folder holds none, then starts the nodes. Reports through the
    /// signals below, in this object's thread, once the event loop runs.
    void start();
    /// Stops the GUI's node, then the validators' processes.
    void stop();

signals:
    /// Making the demo: stage (translated), done of total steps.
    void progress(const QString &stage, qint64 done, qint64 total);
    /// The demo is there; the nodes are starting (about a second).
    void startingNodes();
    void ready();
    /// What went wrong, in words for the user. The nodes stop right after this signal, so
    /// whatever uses node() lets go of it here.
    void failed(const QString &message);

private:
    void begin();
    void create();
    void created();
    void launch();
    void fail(const QString &message);

    QString m_folder;
    Options m_options;
    QString m_nodeFolder;
    std::unique_ptr<node::NodeProcesses> m_processes;
    std::unique_ptr<node::NodeClient> m_node;
    bool m_creating = false;
};

} // namespace medchain::ui
