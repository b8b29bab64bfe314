#include "chain/IngestBenchmark.h"

#include "chain/BenchmarkChain.h"

#include <QElapsedTimer>

#include <atomic>

namespace medchain::chain {

Result<IngestResult> IngestBenchmark::run(const QString &folder, const IngestOptions &options,
                                          const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    BenchmarkChainOptions chainOptions;
    chainOptions.transactions = options.transactions;
    chainOptions.threads = options.threads;
    chainOptions.blockSize = options.blockSize;
    chainOptions.practitioners = options.practitioners;
    chainOptions.patients = options.patients;
    auto created = BenchmarkChain::create(folder, chainOptions, progress);
    if (!created)
        return created.failure();
    BenchmarkChain &chain = *created.value();
    const int threads = chain.options.threads;
    const QList<QByteArray> &workload = chain.workload;

    // Baseline: bare signature checks of exactly these transactions, on every thread.
    QList<Transaction> decoded(options.transactions);
    QList<QByteArray> messages(options.transactions);
    for (int i = 0; i < options.transactions; ++i) {
        decoded[i] = Transaction::decode(workload[i]).value();
        messages[i] = decoded[i].signingBytes();
    }
    say(tr("Measuring bare Ed25519 verification on %1 threads…").arg(threads));
    std::atomic<int> verified {0};
    QElapsedTimer clock;
    clock.start();
    BenchmarkChain::parallelFor(options.transactions, threads, [&](int i) {
        if (crypto::ed25519Verify(decoded[i].sender, messages[i], decoded[i].signature))
            ++verified;
    });
    const double verifySeconds = double(clock.nsecsElapsed()) / 1e9;
    if (verified != options.transactions)
        return Error {tr("A benchmark signature did not verify.")};

    // The pipeline: decode + signature checks for the next block on every thread while the
    // current block executes and commits.
    say(tr("Ingesting in blocks of %1…").arg(options.blockSize));
    clock.restart();
    auto blocks = chain.commitWorkload(
        [&](const ProducedBlock &produced, qint64 elapsedMs, qint64 waitedMs) {
            say(tr("  block %1: %2 transactions, executed and committed in %3 ms (waited %4 ms "
                   "for checks)")
                    .arg(produced.block.header.height)
                    .arg(produced.block.transactions.size())
                    .arg(elapsedMs)
                    .arg(waitedMs));
        });
    if (!blocks)
        return blocks.failure();
    const double ingestSeconds = double(clock.nsecsElapsed()) / 1e9;

    IngestResult result;
    result.threads = threads;
    result.blocks = blocks.value();
    result.transactions = options.transactions;
    result.ingestTps = options.transactions / ingestSeconds;
    result.verifyLimitTps = options.transactions / verifySeconds;
    result.ratio = result.ingestTps / result.verifyLimitTps;
    return result;
}

} // namespace medchain::chain
