// Headless nodes as medchain-node child processes (the demo's validators beside the GUI, the
// CLI's demo run), watched for the heights they commit; a folder already in use is adopted.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QProcess;

namespace medchain::node {

class NodeProcesses : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultStopTimeoutMs = 30'000;

    explicit NodeProcesses(QObject *parent = nullptr);
    /// stop(): nodes started here never outlive this object.
    ~NodeProcesses() override;

    /// medchain-node next to the current program unless set (tests run from elsewhere).
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }

    /// Starts `program --datadir FOLDER --passphrase-file -` for each folder, the passphrase
    /// written to its standard input, and keeps it running. A folder in use by a live process
    /// (a node left over from an earlier run) is adopted: listed as running, its height
    /// unknown, never stopped here. If one cannot be started, the ones started so far are
    /// stopped and the error says which. Call from a thread that lives as long as the nodes: on
    /// Linux they get SIGTERM when it ends (so a crashed GUI leaves no orphans).
    Result<void> start(const QStringList &folders, const crypto::SecureBuffer &passphrase);

    /// SIGTERM to every node started here, then SIGKILL to those still running after timeoutMs
    /// (one deadline for all). Their exit codes and logs stay readable.
    void stop(int timeoutMs = DefaultStopTimeoutMs);

    int count() const { return int(m_nodes.size()); }
    QString folder(int node) const;
    /// Already running in another process when start() came to it.
    bool isAdopted(int node) const;
    bool isRunning(int node) const;
    /// The highest "Block N committed" the node has logged; 0 when unknown.
    quint64 height(int node) const;
    /// The node's exit code once it has stopped (-1 while running, for adopted or crashed).
    int exitCode(int node) const;
    /// The end of what the node wrote on stderr (its log), for error messages.
    QString log(int node) const;

signals:
    void heightChanged(int node, quint64 height);
    /// A node started here stopped without being asked to (stop() does not emit this).
    void exited(int node, int exitCode, const QString &log);

private:
    struct Node;
    /// Takes in what the node wrote; last: it has exited, so a line without its end counts.
    void read(int node, bool last = false);
    void stopProcesses(std::vector<QProcess *> processes, int timeoutMs);

    QString m_program;
    std::vector<std::unique_ptr<Node>> m_nodes;
    bool m_stopping = false;
};

} // namespace medchain::node
