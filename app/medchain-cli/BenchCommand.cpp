// `bench ingest`: signed record transactions validated, executed and committed per second,
// beside bare Ed25519 verifications per second measured in the same run (IngestBenchmark).
// `bench sync`: a fresh replica catching up over loopback TLS, beside a replay from disk
// (SyncBenchmark).
// `bench timeline`: a patient's history decrypted in the session's batches, beside the bare
// cryptography of the same records (TimelineBenchmark). `bench surveillance`: the regulator's
// supervision store filled and its dashboard read (SurveillanceBenchmark).
#include "Command.h"

#include "chain/IngestBenchmark.h"
#include "client/SurveillanceBenchmark.h"
#include "client/TimelineBenchmark.h"
#include "net/SyncBenchmark.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTemporaryDir>

namespace medchain::cli {

namespace {

struct BenchCommand {
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

const QCommandLineOption
    kTransactions(QStringLiteral("transactions"),
                  BenchCommand::tr("How many record transactions (default 20000)."),
                  QStringLiteral("N"), QStringLiteral("20000"));
const QCommandLineOption
    kSyncTransactions(QStringLiteral("transactions"),
                      BenchCommand::tr("How many record transactions (default 200000, the size "
                                       "the goal is set for)."),
                      QStringLiteral("N"), QStringLiteral("200000"));
const QCommandLineOption kServers(QStringLiteral("servers"),
                                  BenchCommand::tr("Serving nodes, each in its own thread "
                                                   "(default 2)."),
                                  QStringLiteral("N"), QStringLiteral("2"));
const QCommandLineOption kBlockSize(QStringLiteral("block-size"),
                                    BenchCommand::tr("Transactions per block (default 5000)."),
                                    QStringLiteral("N"), QStringLiteral("5000"));
const QCommandLineOption
    kSurveillanceRecords(QStringLiteral("records"),
                         BenchCommand::tr("Records with supervision summaries (default 20000)."),
                         QStringLiteral("N"), QStringLiteral("20000"));
const QCommandLineOption kRecords(QStringLiteral("records"),
                                  BenchCommand::tr("Records in the patient's history "
                                                   "(default 10000)."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
const QCommandLineOption kThreads(QStringLiteral("threads"),
                                  BenchCommand::tr("Worker threads (default: one per core)."),
                                  QStringLiteral("N"), QStringLiteral("0"));

int runIngest(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    chain::IngestOptions options;
    bool ok = true;
    options.transactions = parser.value(kTransactions).toInt(&ok);
    if (!ok || options.transactions < 1000)
        return context.fail(
            Error {BenchCommand::tr("--transactions needs a number of at least 1000."),
                   QStringLiteral("usage")});
    options.threads = parser.value(kThreads).toInt(&ok);
    if (!ok || options.threads < 0)
        return context.fail(
            Error {BenchCommand::tr("--threads needs a number."), QStringLiteral("usage")});
    // The scratch replica lives in the system's temporary folder and is removed afterwards.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return context.fail(Error {BenchCommand::tr("Cannot create a scratch folder.")});
    auto result = chain::IngestBenchmark::run(scratch.path(), options,
                                              [&](const QString &line) { context.progress(line); });
    if (!result)
        return context.fail(result.failure());
    const QJsonObject json {
        {QStringLiteral("ingest_tps"), result->ingestTps},
        {QStringLiteral("verify_limit_tps"), result->verifyLimitTps},
        {QStringLiteral("ratio"), result->ratio},
        {QStringLiteral("transactions"), result->transactions},
        {QStringLiteral("blocks"), result->blocks},
        {QStringLiteral("threads"), result->threads},
    };
    return context.report(
        json,
        {BenchCommand::tr("ingest:       %1 tx/s").arg(result->ingestTps, 0, 'f', 0),
         BenchCommand::tr("verify limit: %1 signatures/s").arg(result->verifyLimitTps, 0, 'f', 0),
         BenchCommand::tr("ratio:        %1 (goal: at least 0.5)").arg(result->ratio, 0, 'f', 3)});
}

int runSync(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    net::SyncOptions options;
    bool ok = true;
    options.transactions = parser.value(kSyncTransactions).toInt(&ok);
    if (!ok || options.transactions < 100)
        return context.fail(
            Error {BenchCommand::tr("--transactions needs a number of at least 100."),
                   QStringLiteral("usage")});
    options.servers = parser.value(kServers).toInt(&ok);
    if (!ok || options.servers < 1 || options.servers > 8)
        return context.fail(Error {BenchCommand::tr("--servers needs a number from 1 to 8."),
                                   QStringLiteral("usage")});
    options.blockSize = parser.value(kBlockSize).toInt(&ok);
    if (!ok || options.blockSize < 1 || options.blockSize > 20'000)
        return context.fail(Error {BenchCommand::tr("--block-size needs a number from 1 to 20000."),
                                   QStringLiteral("usage")});
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return context.fail(Error {BenchCommand::tr("Cannot create a scratch folder.")});
    auto result = net::SyncBenchmark::run(scratch.path(), options,
                                          [&](const QString &line) { context.progress(line); });
    if (!result)
        return context.fail(result.failure());
    const QJsonObject json {
        {QStringLiteral("sync_tps"), result->syncTps},
        {QStringLiteral("replay_tps"), result->replayTps},
        {QStringLiteral("ratio"), result->ratio},
        {QStringLiteral("blocks"), qint64(result->blocks)},
        {QStringLiteral("transactions"), qint64(result->transactions)},
        {QStringLiteral("sync_seconds"), result->syncSeconds},
        {QStringLiteral("replay_seconds"), result->replaySeconds},
        {QStringLiteral("servers"), result->servers},
    };
    return context.report(
        json,
        {BenchCommand::tr("sync:   %1 tx/s (%2 blocks, %3 transactions in %4 s from %5 serving "
                          "node(s))")
             .arg(result->syncTps, 0, 'f', 0)
             .arg(result->blocks)
             .arg(result->transactions)
             .arg(result->syncSeconds, 0, 'f', 1)
             .arg(result->servers),
         BenchCommand::tr("replay: %1 tx/s (the same blocks from disk in %2 s)")
             .arg(result->replayTps, 0, 'f', 0)
             .arg(result->replaySeconds, 0, 'f', 1),
         BenchCommand::tr("ratio:  %1 (goal: at least 0.7)").arg(result->ratio, 0, 'f', 3)});
}

int runTimeline(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    bool ok = true;
    const int records = parser.value(kRecords).toInt(&ok);
    if (!ok || records < 200 || records > 200'000)
        return context.fail(Error {BenchCommand::tr("--records needs a number from 200 to 200000."),
                                   QStringLiteral("usage")});
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return context.fail(Error {BenchCommand::tr("Cannot create a scratch folder.")});
    auto result = client::TimelineBenchmark::run(
        scratch.path(), records, [&](const QString &line) { context.progress(line); });
    if (!result)
        return context.fail(result.failure());
    const QJsonObject json {
        {QStringLiteral("records"), result->records},
        {QStringLiteral("index_ms"), result->indexMs},
        {QStringLiteral("first_batch_ms"), result->firstBatchMs},
        {QStringLiteral("worst_batch_ms"), result->worstBatchMs},
        {QStringLiteral("total_ms"), result->totalMs},
        {QStringLiteral("timeline_per_s"), result->timelinePerSecond},
        {QStringLiteral("crypto_per_s"), result->cryptoPerSecond},
        {QStringLiteral("ratio"), result->ratio},
    };
    return context.report(
        json,
        {BenchCommand::tr("timeline: %1 records/s (%2 records in %3 ms)")
             .arg(result->timelinePerSecond, 0, 'f', 0)
             .arg(result->records)
             .arg(result->totalMs, 0, 'f', 0),
         BenchCommand::tr("crypto:   %1 records/s (the sealed keys and contents alone)")
             .arg(result->cryptoPerSecond, 0, 'f', 0),
         BenchCommand::tr("ratio:    %1").arg(result->ratio, 0, 'f', 3),
         BenchCommand::tr("first rows after %1 ms (the index took %2 ms); a click waits at "
                          "most %3 ms behind a batch")
             .arg(result->firstBatchMs, 0, 'f', 0)
             .arg(result->indexMs, 0, 'f', 0)
             .arg(result->worstBatchMs, 0, 'f', 0)});
}

int runSurveillance(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    bool ok = true;
    const int records = parser.value(kSurveillanceRecords).toInt(&ok);
    if (!ok || records < 1'000 || records > 2'000'000)
        return context.fail(
            Error {BenchCommand::tr("--records needs a number from 1000 to 2000000."),
                   QStringLiteral("usage")});
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return context.fail(Error {BenchCommand::tr("Cannot create a scratch folder.")});
    auto result = client::SurveillanceBenchmark::run(
        scratch.path(), records, [&](const QString &line) { context.progress(line); });
    if (!result)
        return context.fail(result.failure());
    const QJsonObject json {
        {QStringLiteral("records"), result->records},
        {QStringLiteral("catch_up_ms"), result->catchUpMs},
        {QStringLiteral("catch_up_per_s"), result->catchUpPerSecond},
        {QStringLiteral("crypto_per_s"), result->cryptoPerSecond},
        {QStringLiteral("ratio"), result->ratio},
        {QStringLiteral("dashboard_ms"), result->dashboardMs},
        {QStringLiteral("reopen_ms"), result->reopenMs},
        {QStringLiteral("alerts_ms"), result->alertsMs},
        {QStringLiteral("findings_ms"), result->findingsMs},
        {QStringLiteral("alerts"), result->alerts},
    };
    return context.report(
        json,
        {BenchCommand::tr("store:     %1 summaries/s (%2 records read in %3 ms)")
             .arg(result->catchUpPerSecond, 0, 'f', 0)
             .arg(result->records)
             .arg(result->catchUpMs, 0, 'f', 0),
         BenchCommand::tr("crypto:    %1 summaries/s (opened and decoded alone)")
             .arg(result->cryptoPerSecond, 0, 'f', 0),
         BenchCommand::tr("ratio:     %1").arg(result->ratio, 0, 'f', 3),
         BenchCommand::tr("dashboard: %1 ms (a year, every district and disease)")
             .arg(result->dashboardMs, 0, 'f', 0),
         BenchCommand::tr("reopened:  %1 ms (a new session: the store opened and the dashboard "
                          "read)")
             .arg(result->reopenMs, 0, 'f', 0),
         BenchCommand::tr("alerts:    %1 ms (C2 over the same year: %2 alert(s))")
             .arg(result->alertsMs, 0, 'f', 0)
             .arg(result->alerts),
         BenchCommand::tr("rules:     %1 ms (the supervision rules over the same year)")
             .arg(result->findingsMs, 0, 'f', 0)});
}

} // namespace

QList<Command> benchCommands()
{
    return {{{QStringLiteral("bench"), QStringLiteral("ingest")},
             QStringLiteral("[--transactions N] [--threads N]"),
             BenchCommand::tr(
                 "Measure transactions ingested per second against bare signature checks."),
             {kTransactions, kThreads},
             {},
             runIngest},
            {{QStringLiteral("bench"), QStringLiteral("sync")},
             QStringLiteral("[--transactions N] [--servers N] [--block-size N]"),
             BenchCommand::tr("Measure a fresh replica syncing from peers against replaying the "
                              "same blocks from disk."),
             {kSyncTransactions, kServers, kBlockSize},
             {},
             runSync},
            {{QStringLiteral("bench"), QStringLiteral("timeline")},
             QStringLiteral("[--records N]"),
             BenchCommand::tr("Measure a patient's timeline opening against the bare "
                              "decryption of the same records."),
             {kRecords},
             {},
             runTimeline},
            {{QStringLiteral("bench"), QStringLiteral("surveillance")},
             QStringLiteral("[--records N]"),
             BenchCommand::tr("Measure the regulator's supervision store filling against the "
                              "bare opening of the same summaries, and its dashboard."),
             {kSurveillanceRecords},
             {},
             runSurveillance}};
}

} // namespace medchain::cli
