// A small demo folder for the shell's tests: the small scenario (SmallScenario.h) with one
// validator (node1, run as a medchain-node process) and one replica (node2, the GUI's node).
#pragma once

#include "SmallScenario.h"

#include "common/DemoNetworkSetup.h"
#include "demo/DemoNetwork.h"
#include "node/DataDir.h"

#include <QDir>
#include <QLockFile>
#include <QTemporaryDir>

namespace medchain::testing {

class DemoFolderFixture {
public:
    /// Check error() after: empty when the folder was made.
    DemoFolderFixture()
    {
        const auto summary = demo::DemoNetwork::create(
            m_dir.path(), demo::testing::smallScenario(), demo::testing::passphrase(),
            crypto::Argon2Params::fastInsecureForTests(), demo::DemoNodeOptions {1, 1, 0});
        if (!summary)
            m_error = summary.error();
        else
            m_summary = summary.value();
    }

    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    const demo::DemoSummary &summary() const { return m_summary; }
    QString nodeFolder(int index) const
    {
        return QDir(m_dir.path()).filePath(m_summary.nodeFolders.at(index));
    }

    /// What DemoNetworkSetup needs to run medchain-node from the build tree.
    static ui::DemoNetworkSetup::Options options()
    {
        ui::DemoNetworkSetup::Options options;
        options.nodeProgram = QStringLiteral(MEDCHAIN_NODE);
        options.keyParams = crypto::Argon2Params::fastInsecureForTests();
        return options;
    }

    /// Whether no process holds the node folder's writer lock.
    bool isFree(int index) const { return node::DataDir(nodeFolder(index)).lockForWriting().ok(); }

private:
    QTemporaryDir m_dir;
    demo::DemoSummary m_summary;
    QString m_error;
};

} // namespace medchain::testing
