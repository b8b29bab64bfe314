#include "DemoLaunch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace medchain::cli {

namespace {
constexpr int kTimeoutMs = 120'000;

struct Launched {
    QString folder;
    std::unique_ptr<QProcess> process;
    QString output;
    quint64 height = 0;

    void read()
    {
        output += QString::fromUtf8(process->readAllStandardError());
        static const QRegularExpression committed(QStringLiteral("Block (\\d+) committed"));
        for (auto it = committed.globalMatch(output); it.hasNext();)
            height = std::max(height, it.next().captured(1).toULongLong());
    }
};

void stopAll(std::vector<Launched> &nodes)
{
    for (Launched &node : nodes)
        if (node.process->state() != QProcess::NotRunning)
            node.process->terminate();
    for (Launched &node : nodes)
        if (!node.process->waitForFinished(30'000))
            node.process->kill();
}
} // namespace

Result<quint64> DemoLaunch::firstBlockTogether(const QStringList &folders,
                                               const crypto::SecureBuffer &passphrase,
                                               quint64 fromHeight,
                                               const std::function<void(int)> &progress)
{
    const QString program
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("medchain-node"));
    std::vector<Launched> nodes;
    for (const QString &folder : folders) {
        Launched node {folder, std::make_unique<QProcess>(), {}, 0};
        node.process->start(program,
                            {QStringLiteral("--datadir"), folder,
                             QStringLiteral("--passphrase-file"), QStringLiteral("-")});
        if (!node.process->waitForStarted(10'000)) {
            stopAll(nodes);
            return Error {tr("Cannot start %1: %2").arg(program, node.process->errorString())};
        }
        node.process->write(reinterpret_cast<const char *>(passphrase.data()),
                            qint64(passphrase.size()));
        node.process->write("\n", 1);
        node.process->closeWriteChannel();
        nodes.push_back(std::move(node));
    }
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        int done = 0;
        for (Launched &node : nodes) {
            node.process->waitForReadyRead(50);
            node.read();
            if (node.process->state() == QProcess::NotRunning) {
                stopAll(nodes);
                return Error {tr("The node in %1 stopped:\n%2").arg(node.folder, node.output)};
            }
            done += node.height > fromHeight ? 1 : 0;
        }
        if (progress)
            progress(done);
        if (done == int(nodes.size()))
            break;
        if (clock.elapsed() > kTimeoutMs) {
            stopAll(nodes);
            return Error {tr("The nodes made no block together within %1 s; the first node "
                             "said:\n%2")
                              .arg(kTimeoutMs / 1000)
                              .arg(nodes.front().output)};
        }
    }
    stopAll(nodes);
    quint64 height = 0;
    for (Launched &node : nodes) {
        node.read();
        height = height == 0 ? node.height : std::min(height, node.height);
        if (node.process->exitCode() != 0)
            return Error {
                tr("The node in %1 did not stop cleanly:\n%2").arg(node.folder, node.output)};
    }
    return height;
}

} // namespace medchain::cli
