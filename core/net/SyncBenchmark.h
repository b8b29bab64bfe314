// `medchain-cli bench sync`: how many transactions per second a fresh replica takes in while it
// catches up with serving nodes over loopback TLS, against replaying the same blocks from disk.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace medchain::net {

struct SyncOptions {
    int transactions = 200'000; // record transactions in the chain, besides its set-up
    int servers = 2; // serving nodes, each in a thread of its own
    int threads = 0; // for building the chain; 0: one per core
    int blockSize = 5'000;
    int practitioners = 50;
    int patients = 2'000;
};

struct SyncResult {
    quint64 blocks = 0;
    quint64 transactions = 0; // every transaction in the chain, set-up included
    int servers = 0;
    double syncSeconds = 0;
    double replaySeconds = 0;
    double syncTps = 0; // transactions a syncing replica checks, executes and commits per second
    double replayTps = 0; // the same, applying blocks read from disk without a network
    double ratio = 0; // sync / replay
    chain::Hash servedTip; // the serving replica's tip, which both others must reach
    chain::Hash syncedTip;
    chain::Hash replayedTip;
};

class SyncBenchmark {
    Q_DECLARE_TR_FUNCTIONS(SyncBenchmark)
public:
    /// Builds a serving replica in folder (not timed), then times a fresh replica with its own
    /// node and peer network syncing it from `servers` nodes (each node in its own thread), and
    /// a fresh replica applying the same blocks read from disk. Fails unless all three end at
    /// the same tip. `progress` receives lines for a terminal.
    static Result<SyncResult> run(const QString &folder, const SyncOptions &options,
                                  const std::function<void(const QString &)> &progress = {});
};

} // namespace medchain::net
