// `medchain-cli bench ingest`: how many signed record transactions per second the node
// validates, executes and commits to the encrypted replica, against the raw Ed25519
// verification rate of the same machine measured in the same run.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace medchain::chain {

struct IngestOptions {
    int transactions = 20'000;
    int threads = 0; // 0: one per core
    int blockSize = 5'000;
    int practitioners = 50;
    int patients = 2'000;
};

struct IngestResult {
    int transactions = 0;
    int blocks = 0;
    int threads = 0;
    double ingestTps = 0; // checked + executed + committed per second, all cores
    double verifyLimitTps = 0; // bare Ed25519 verifications per second, all cores
    double ratio = 0; // ingest / verify limit
};

class IngestBenchmark {
    Q_DECLARE_TR_FUNCTIONS(IngestBenchmark)
public:
    /// Builds a network in folder (a scratch replica), signs the transactions (not timed), then
    /// times both figures. `progress` receives lines for a terminal.
    static Result<IngestResult> run(const QString &folder, const IngestOptions &options,
                                    const std::function<void(const QString &)> &progress = {});
};

} // namespace medchain::chain
