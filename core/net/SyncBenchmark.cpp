#include "net/SyncBenchmark.h"

#include "chain/BenchmarkChain.h"
#include "net/PeerNetwork.h"
#include "net/TlsPolicy.h"
#include "node/NodeThread.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <future>

namespace medchain::net {

namespace {

using chain::BenchmarkChain;
using chain::Ledger;

/// A node and its peer network in a thread of their own, built and destroyed in that thread.
class Site {
public:
    Site(std::unique_ptr<Ledger> ledger, const crypto::Certificate &root,
         const PeerNetwork::Settings &settings)
        : m_thread(std::make_unique<node::Node>(std::move(ledger), std::nullopt))
    {
        inThread([&] { m_network = std::make_unique<PeerNetwork>(node(), root, settings); });
    }
    ~Site()
    {
        inThread([&] { m_network.reset(); });
    }
    Site(const Site &) = delete;
    Site &operator=(const Site &) = delete;

    /// Runs work in the site's thread and waits for it.
    template <typename Work> void inThread(Work work)
    {
        QMetaObject::invokeMethod(m_thread.node(), std::move(work), Qt::BlockingQueuedConnection);
    }
    node::Node &node() { return *m_thread.node(); }
    PeerNetwork &network() { return *m_network; }

private:
    node::NodeThread m_thread;
    std::unique_ptr<PeerNetwork> m_network;
};

/// What the syncing node reports from its thread: the height reached, and when the target was.
struct Finish {
    std::atomic<quint64> height {0};
    std::promise<qint64> doneAtNs;
    bool done = false; // in the syncing thread only
};

} // namespace

Result<SyncResult> SyncBenchmark::run(const QString &folder, const SyncOptions &options,
                                      const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    const int servers = std::max(1, options.servers);
    chain::BenchmarkChainOptions chainOptions;
    chainOptions.transactions = options.transactions;
    chainOptions.threads = options.threads;
    chainOptions.blockSize = options.blockSize;
    chainOptions.practitioners = options.practitioners;
    chainOptions.patients = options.patients;
    chainOptions.extraNodes = servers; // the syncing node, and servers after the validator
    auto created = BenchmarkChain::create(folder, chainOptions, progress);
    if (!created)
        return created.failure();
    BenchmarkChain &chain = *created.value();
    say(tr("Committing the chain to the serving replica…"));
    if (auto blocks = chain.commitWorkload(); !blocks)
        return blocks.failure();
    const chain::ChainTip served = chain.ledger->tip();
    chain.ledger.reset(); // the serving nodes open it

    const chain::Genesis &genesis = chain.network.genesis;
    const crypto::Certificate &root = chain.network.root;
    // Certificates are valid from genesis time: a clock a day after it, running at real speed.
    const auto started = std::chrono::steady_clock::now();
    const auto clock = [started, base = genesis.time + 86'400'000] {
        return base
            + std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                    - started)
                  .count();
    };
    auto settingsFor = [&](int node) -> Result<PeerNetwork::Settings> {
        const crypto::Ed25519SigningKey &key = chain.nodeKeys[size_t(node)];
        auto certificate = crypto::Certificate::fromDer(chain.nodeCertificates[node]);
        if (!certificate)
            return certificate.failure();
        auto tls = TlsPolicy::configuration(root, {certificate.value()}, key);
        if (!tls)
            return tls.failure();
        PeerNetwork::Settings settings;
        settings.tls = tls.value();
        settings.self = key.publicKey();
        settings.clock = clock;
        return settings;
    };

    // Declared before the nodes: their threads report here until they are destroyed.
    Finish finish;
    std::future<qint64> doneAt = finish.doneAtNs.get_future();
    QElapsedTimer timer;

    // The serving nodes: the validator's replica, and read-only views of it for the others.
    say(tr("Starting %1 serving node(s) and a fresh replica…").arg(servers));
    std::vector<std::unique_ptr<Site>> sites;
    std::vector<quint16> ports;
    for (int i = 0; i < servers; ++i) {
        auto ledger = i == 0 ? Ledger::open(chain.replicaPath, chain.replicaKey, genesis)
                             : Ledger::openReadOnly(chain.replicaPath, chain.replicaKey, genesis);
        if (!ledger)
            return ledger.failure();
        auto settings = settingsFor(i);
        if (!settings)
            return settings.failure();
        sites.push_back(std::make_unique<Site>(std::move(ledger).value(), root, settings.value()));
        Result<quint16> port = Error {};
        sites.back()->inThread(
            [&] { port = sites.back()->network().listen(QHostAddress::LocalHost, 0); });
        if (!port)
            return port.failure();
        ports.push_back(port.value());
    }
    auto fresh = Ledger::open(folder + QStringLiteral("/synced.db"), chain.replicaKey, genesis);
    if (!fresh)
        return fresh.failure();
    auto syncingSettings = settingsFor(servers);
    if (!syncingSettings)
        return syncingSettings.failure();
    Site syncing(std::move(fresh).value(), root, syncingSettings.value());

    // (a) Sync, timed from the first dial until the serving tip is committed.
    syncing.inThread([&] {
        QObject::connect(&syncing.node(), &node::Node::blockCommitted, &syncing.network(),
                         [&](const chain::ChainTip &tip) {
                             finish.height = tip.height;
                             if (tip.height >= served.height && !finish.done) {
                                 finish.done = true;
                                 finish.doneAtNs.set_value(timer.nsecsElapsed());
                             }
                         });
        timer.start();
        for (int i = 0; i < servers; ++i)
            syncing.network().connectTo(QStringLiteral("127.0.0.1"), ports[size_t(i)],
                                        chain.nodeKeys[size_t(i)].publicKey());
    });
    constexpr auto kReport = std::chrono::seconds(2);
    constexpr qint64 kStallMs = 120'000;
    quint64 lastHeight = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (doneAt.wait_for(kReport) != std::future_status::ready) {
        const quint64 height = finish.height;
        say(tr("  synced %1 of %2 blocks").arg(height).arg(served.height));
        if (height != lastHeight) {
            lastHeight = height;
            sinceProgress.restart();
        } else if (sinceProgress.elapsed() > kStallMs) {
            return Error {tr("Sync stalled at block %1 of %2.").arg(height).arg(served.height)};
        }
    }
    SyncResult result;
    result.servers = servers;
    result.servedTip = served.hash;
    result.syncSeconds = double(doneAt.get()) / 1e9;
    syncing.inThread([&] { result.syncedTip = syncing.node().ledger().tip().hash; });
    say(tr("  synced %1 blocks in %2 s").arg(served.height).arg(result.syncSeconds, 0, 'f', 1));

    // (b) Replay: the same blocks read from the serving replica's disk, applied without a
    // network, on this thread.
    sites.clear();
    auto source = Ledger::openReadOnly(chain.replicaPath, chain.replicaKey, genesis);
    if (!source)
        return source.failure();
    auto replay = Ledger::open(folder + QStringLiteral("/replayed.db"), chain.replicaKey, genesis);
    if (!replay)
        return replay.failure();
    say(tr("Replaying %1 blocks from disk…").arg(served.height));
    QElapsedTimer replayTimer;
    QElapsedTimer sinceReport;
    replayTimer.start();
    sinceReport.start();
    for (quint64 height = 1; height <= served.height; ++height) {
        const auto block = source.value()->block(height);
        const auto commit = source.value()->commit(height);
        if (!block || !commit)
            return Error {tr("Block %1 is missing from the serving replica.").arg(height)};
        if (auto ok = replay.value()->applyBlock(*block, *commit); !ok)
            return ok.failure();
        result.transactions += quint64(block->transactions.size());
        if (sinceReport.elapsed() >= 2000) {
            say(tr("  replayed %1 of %2 blocks").arg(height).arg(served.height));
            sinceReport.restart();
        }
    }
    result.replaySeconds = double(replayTimer.nsecsElapsed()) / 1e9;
    result.replayedTip = replay.value()->tip().hash;

    if (result.syncedTip != served.hash || result.replayedTip != served.hash)
        return Error {
            tr("The synced or replayed replica ends at another tip than the served one.")};
    result.blocks = served.height;
    result.syncTps = double(result.transactions) / result.syncSeconds;
    result.replayTps = double(result.transactions) / result.replaySeconds;
    result.ratio = result.syncTps / result.replayTps;
    return result;
}

} // namespace medchain::net
