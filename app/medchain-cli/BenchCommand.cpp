// `bench ingest`: signed record transactions validated, executed and committed per second,
// beside bare Ed25519 verifications per second measured in the same run (IngestBenchmark).
#include "Command.h"

#include "chain/IngestBenchmark.h"

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

} // namespace

QList<Command> benchCommands()
{
    return {{{QStringLiteral("bench"), QStringLiteral("ingest")},
             QStringLiteral("[--transactions N] [--threads N]"),
             BenchCommand::tr(
                 "Measure transactions ingested per second against bare signature checks."),
             {kTransactions, kThreads},
             {},
             runIngest}};
}

} // namespace medchain::cli
