#include "node/NodeProcesses.h"

#include "node/DataDir.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace medchain::node {

namespace {
constexpr qsizetype kLogKept = 64 * 1024; // a GUI runs its nodes for days: keep the end only
constexpr int kStartTimeoutMs = 10'000;
constexpr int kKillWaitMs = 5'000;
} // namespace

struct NodeProcesses::Node {
    QString folder;
    std::unique_ptr<QProcess> process; // none when adopted
    QString log;
    QByteArray partialLine;
    quint64 height = 0;
};

NodeProcesses::NodeProcesses(QObject *parent)
    : QObject(parent),
      m_program(
          QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("medchain-node")))
{
}

NodeProcesses::~NodeProcesses()
{
    stop();
}

Result<void> NodeProcesses::start(const QStringList &folders,
                                  const crypto::SecureBuffer &passphrase)
{
    const int first = count();
    auto rollBack = [this, first] {
        std::vector<QProcess *> started;
        for (int i = first; i < count(); ++i)
            if (m_nodes[i]->process)
                started.push_back(m_nodes[i]->process.get());
        m_stopping = true;
        stopProcesses(started, DefaultStopTimeoutMs);
        m_stopping = false;
        m_nodes.resize(first);
    };
    for (const QString &folder : folders) {
        auto node = std::make_unique<Node>();
        node->folder = folder;
        {
            // Only a live process holds the lock (DataDir takes over a dead owner's): that node
            // is already serving the folder, and a second one would be refused anyway.
            auto probe = DataDir(folder).lockForWriting();
            if (!probe && probe.errorCode() == QLatin1String("in-use")) {
                node->log = probe.error();
                m_nodes.push_back(std::move(node));
                continue;
            }
        }
        const int index = count();
        node->process = std::make_unique<QProcess>();
        QProcess *process = node->process.get();
        process->setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        connect(process, &QProcess::readyReadStandardError, this, [this, index] { read(index); });
        connect(process, &QProcess::finished, this, [this, index] {
            read(index, true);
            if (!m_stopping)
                emit exited(index, exitCode(index), m_nodes[index]->log);
        });
        m_nodes.push_back(std::move(node));
        process->start(m_program,
                       {QStringLiteral("--datadir"), folder, QStringLiteral("--passphrase-file"),
                        QStringLiteral("-")});
        if (!process->waitForStarted(kStartTimeoutMs)) {
            const QString why = process->errorString();
            rollBack();
            return Error {tr("Cannot start %1 for %2: %3")
                              .arg(QDir::toNativeSeparators(m_program),
                                   QDir::toNativeSeparators(folder), why)};
        }
        process->write(reinterpret_cast<const char *>(passphrase.data()),
                       qint64(passphrase.size()));
        process->write("\n", 1);
        process->closeWriteChannel();
    }
    return {};
}

void NodeProcesses::read(int index, bool last)
{
    Node &node = *m_nodes[index];
    node.partialLine += node.process->readAllStandardError();
    const qsizetype end = last ? node.partialLine.size() - 1 : node.partialLine.lastIndexOf('\n');
    if (end < 0)
        return;
    const QString lines = QString::fromUtf8(node.partialLine.left(end + 1));
    node.partialLine.remove(0, end + 1);
    node.log += lines;
    if (node.log.size() > kLogKept)
        node.log.remove(0, node.log.size() - kLogKept);
    static const QRegularExpression committed(QStringLiteral("Block (\\d+) committed"));
    const quint64 before = node.height;
    for (auto it = committed.globalMatch(lines); it.hasNext();)
        node.height = std::max(node.height, it.next().captured(1).toULongLong());
    if (node.height != before)
        emit heightChanged(index, node.height);
}

void NodeProcesses::stop(int timeoutMs)
{
    std::vector<QProcess *> running;
    for (const auto &node : m_nodes)
        if (node->process)
            running.push_back(node->process.get());
    m_stopping = true;
    stopProcesses(running, timeoutMs);
    m_stopping = false;
}

void NodeProcesses::stopProcesses(std::vector<QProcess *> processes, int timeoutMs)
{
    for (QProcess *process : processes)
        if (process->state() != QProcess::NotRunning)
            process->terminate();
    const QDeadlineTimer deadline(timeoutMs);
    for (QProcess *process : processes) {
        if (process->state() == QProcess::NotRunning)
            continue;
        if (!process->waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())))) {
            process->kill();
            process->waitForFinished(kKillWaitMs);
        }
    }
}

QString NodeProcesses::folder(int node) const
{
    return m_nodes.at(node)->folder;
}

bool NodeProcesses::isAdopted(int node) const
{
    return !m_nodes.at(node)->process;
}

bool NodeProcesses::isRunning(int node) const
{
    const QProcess *process = m_nodes.at(node)->process.get();
    return !process || process->state() != QProcess::NotRunning;
}

quint64 NodeProcesses::height(int node) const
{
    return m_nodes.at(node)->height;
}

int NodeProcesses::exitCode(int node) const
{
    const QProcess *process = m_nodes.at(node)->process.get();
    if (!process || process->state() != QProcess::NotRunning
        || process->exitStatus() != QProcess::NormalExit)
        return -1;
    return process->exitCode();
}

QString NodeProcesses::log(int node) const
{
    return m_nodes.at(node)->log;
}

} // namespace medchain::node
