#include "DemoLaunch.h"

#include "node/NodeProcesses.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace medchain::cli {

namespace {
constexpr int kTimeoutMs = 120'000;
} // namespace

Result<quint64> DemoLaunch::firstBlockTogether(const QStringList &folders,
                                               const crypto::SecureBuffer &passphrase,
                                               quint64 fromHeight,
                                               const std::function<void(int)> &progress)
{
    node::NodeProcesses nodes;
    if (auto started = nodes.start(folders, passphrase); !started)
        return started.failure();
    for (int i = 0; i < nodes.count(); ++i)
        if (nodes.isAdopted(i))
            return Error {nodes.log(i)};

    // The CLI has no window to keep responsive: a local loop waits for the nodes' signals.
    QEventLoop loop;
    std::optional<Error> failure;
    bool finished = false;
    auto together = [&] {
        int done = 0;
        for (int i = 0; i < nodes.count(); ++i)
            done += nodes.height(i) > fromHeight ? 1 : 0;
        if (progress)
            progress(done);
        finished = done == nodes.count();
        if (finished)
            loop.quit();
    };
    QObject::connect(&nodes, &node::NodeProcesses::heightChanged, &loop, together);
    QObject::connect(
        &nodes, &node::NodeProcesses::exited, &loop, [&](int node, int, const QString &log) {
            failure = Error {tr("The node in %1 stopped:\n%2").arg(nodes.folder(node), log)};
            loop.quit();
        });
    QTimer::singleShot(kTimeoutMs, &loop, [&] {
        failure = Error {tr("The nodes made no block together within %1 s; the first node "
                            "said:\n%2")
                             .arg(kTimeoutMs / 1000)
                             .arg(nodes.log(0))};
        loop.quit();
    });
    together();
    if (!finished)
        loop.exec();
    nodes.stop();
    if (failure)
        return *failure;
    quint64 height = 0;
    for (int i = 0; i < nodes.count(); ++i) {
        height = height == 0 ? nodes.height(i) : std::min(height, nodes.height(i));
        if (nodes.exitCode(i) != 0)
            return Error {
                tr("The node in %1 did not stop cleanly:\n%2").arg(nodes.folder(i), nodes.log(i))};
    }
    return height;
}

} // namespace medchain::cli
