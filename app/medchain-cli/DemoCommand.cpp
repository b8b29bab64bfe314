// `demo`: generates a synthetic Anhui health network (demo::ScenarioGenerator) and creates it
// through a real node (demo::DemoNetwork), with a progress bar on the terminal.
#include "Command.h"
#include "DemoLaunch.h"

#include "demo/Catalog.h"
#include "demo/DemoNetwork.h"
#include "demo/ScenarioGenerator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace medchain::cli {

namespace {

struct DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

// Documented in the README: the demo's keystores and replica open with it.
constexpr char kDemoPassphrase[] = "medchain-demo";

const QCommandLineOption kOut(QStringLiteral("out"),
                              DemoCommand::tr("The new folder for the demo network."),
                              QStringLiteral("DIR"));
const QCommandLineOption kPatients(QStringLiteral("patients"),
                                   DemoCommand::tr("How many patients (default 200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
const QCommandLineOption kRecords(QStringLiteral("records"),
                                  DemoCommand::tr("How many clinical records (default 2000)."),
                                  QStringLiteral("M"), QStringLiteral("2000"));
const QCommandLineOption kSeed(QStringLiteral("seed"),
                               DemoCommand::tr("The generator's seed (default 1): the same seed "
                                               "and start give the same network."),
                               QStringLiteral("S"), QStringLiteral("1"));
const QCommandLineOption kNodes(QStringLiteral("nodes"),
                                DemoCommand::tr("How many validator nodes (default 4, 1 to 16): "
                                                "the authority's, then one per hospital."),
                                QStringLiteral("N"), QStringLiteral("4"));
const QCommandLineOption kReplicas(QStringLiteral("replicas"),
                                   DemoCommand::tr("How many non-validating nodes (default 0, "
                                                   "0 to 16), run by the next hospitals, then "
                                                   "the authority."),
                                   QStringLiteral("R"), QStringLiteral("0"));
const QCommandLineOption kBasePort(QStringLiteral("base-port"),
                                   DemoCommand::tr("The first node's port on 127.0.0.1, the "
                                                   "next ones following (default: free ports "
                                                   "picked now)."),
                                   QStringLiteral("P"), QStringLiteral("0"));
const QCommandLineOption kStart(QStringLiteral("start"),
                                DemoCommand::tr("The first day of the simulated year, "
                                                "YYYY-MM-DD (default: the first day of this "
                                                "month a year ago)."),
                                QStringLiteral("DATE"));

const QCommandLineOption kOffline(QStringLiteral("offline"),
                                  DemoCommand::tr("Only write the node folders; do not run the "
                                                  "nodes to make the network's first block."));

/// Midnight in China on the given day, or the demo's default first day.
std::optional<qint64> startOf(const QString &text)
{
    if (text.isEmpty())
        return demo::ScenarioGenerator::defaultStartMs();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return demo::ScenarioGenerator::chinaMidnightOf(day);
}

/// A one-line bar on a terminal; plain lines every tenth of the way otherwise.
class ProgressBar {
public:
    explicit ProgressBar(bool quiet) : m_quiet(quiet), m_terminal(isatty(fileno(stderr)) != 0) { }
    ~ProgressBar() { finishLine(); }

    void show(const QString &stage, qint64 done, qint64 total)
    {
        if (m_quiet || total <= 0)
            return;
        const int percent = int(std::min<qint64>(100, done * 100 / total));
        if (stage != m_stage) {
            finishLine();
            m_stage = stage;
            m_lastPercent = -1;
        }
        if (percent == m_lastPercent || (!m_terminal && percent / 10 == m_lastPercent / 10))
            return;
        m_lastPercent = percent;
        constexpr int kWidth = 30;
        const int filled = percent * kWidth / 100;
        const QString bar
            = QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
        QTextStream err(stderr);
        if (m_terminal)
            err << '\r' << QStringLiteral("[%1] %2% %3").arg(bar).arg(percent, 3).arg(stage)
                << Qt::flush;
        else
            err << QStringLiteral("%1: %2%").arg(stage).arg(percent) << Qt::endl;
        m_open = m_terminal;
    }

    /// Ends the bar's line, so the summary starts on its own.
    void finish() { finishLine(); }

private:
    void finishLine()
    {
        if (m_open) {
            QTextStream err(stderr);
            err << Qt::endl;
        }
        m_open = false;
    }

    bool m_quiet;
    bool m_terminal;
    bool m_open = false;
    QString m_stage;
    int m_lastPercent = -1;
};

int runDemo(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto out = CliContext::required(parser, kOut.names().first());
    if (!out)
        return context.fail(out.failure());
    demo::ScenarioOptions options;
    bool ok = true;
    options.patients = parser.value(kPatients).toInt(&ok);
    if (!ok || options.patients < 10 || options.patients > 1'000'000)
        return context.fail(
            CliContext::usage(DemoCommand::tr("--patients needs a number from 10 to 1000000.")));
    options.records = parser.value(kRecords).toInt(&ok);
    if (!ok || options.records < options.patients || options.records > 10'000'000)
        return context.fail(CliContext::usage(
            DemoCommand::tr("--records needs a number from --patients to 10000000.")));
    options.seed = parser.value(kSeed).toULongLong(&ok);
    if (!ok)
        return context.fail(CliContext::usage(DemoCommand::tr("--seed needs a number.")));
    const auto start = startOf(parser.value(kStart));
    if (!start)
        return context.fail(
            CliContext::usage(DemoCommand::tr("--start needs a date like 2025-11-01, not \"%1\".")
                                  .arg(parser.value(kStart))));
    options.startMs = *start;
    demo::DemoNodeOptions nodeOptions;
    nodeOptions.validators = parser.value(kNodes).toInt(&ok);
    if (!ok || nodeOptions.validators < 1
        || nodeOptions.validators > demo::DemoNodeOptions::MaxValidators)
        return context.fail(
            CliContext::usage(DemoCommand::tr("--nodes needs a number from 1 to %1.")
                                  .arg(demo::DemoNodeOptions::MaxValidators)));
    nodeOptions.replicas = parser.value(kReplicas).toInt(&ok);
    if (!ok || nodeOptions.replicas < 0
        || nodeOptions.replicas > demo::DemoNodeOptions::MaxReplicas)
        return context.fail(
            CliContext::usage(DemoCommand::tr("--replicas needs a number from 0 to %1.")
                                  .arg(demo::DemoNodeOptions::MaxReplicas)));
    nodeOptions.basePort = parser.value(kBasePort).toInt(&ok);
    if (!ok || nodeOptions.basePort < 0 || nodeOptions.basePort + nodeOptions.count() - 1 > 65535)
        return context.fail(CliContext::usage(
            DemoCommand::tr("--base-port needs 0 or a port from 1 that leaves room for %1 nodes "
                            "below 65536.")
                .arg(nodeOptions.count())));
    if (auto loaded = context.loadPassphrase(kDemoPassphrase); !loaded)
        return context.fail(loaded.failure());

    QElapsedTimer clock;
    clock.start();
    ProgressBar bar(context.json());
    auto catalog = demo::Catalog::load();
    if (!catalog)
        return context.fail(catalog.failure());
    bar.show(DemoCommand::tr("Generating the population and a year of care"), 0, 1);
    auto scenario = demo::ScenarioGenerator::generate(catalog.value(), options);
    if (!scenario)
        return context.fail(scenario.failure());
    auto summary = demo::DemoNetwork::create(
        out.value(), scenario.value(), context.passphrase(), context.newKeyParams(), nodeOptions,
        [&](const QString &stage, qint64 done, qint64 total) { bar.show(stage, done, total); });
    if (!summary)
        return context.fail(summary.failure());
    // The nodes as real processes on loopback, until the validators commit a block together.
    quint64 together = 0;
    if (!parser.isSet(kOffline)) {
        QStringList folders;
        for (const demo::DemoNode &node : summary->nodes)
            folders.append(QDir(out.value()).filePath(node.folder));
        const QString stage = DemoCommand::tr("Running the nodes until they commit a block");
        bar.show(stage, 0, folders.size());
        auto height = DemoLaunch::firstBlockTogether(
            folders, context.passphrase(), summary->height,
            [&](int done) { bar.show(stage, done, folders.size()); });
        if (!height)
            return context.fail(height.failure());
        together = height.value();
    }
    bar.finish();

    QJsonObject json = summary->toJson();
    json.insert(QStringLiteral("folder"), QDir(out.value()).absolutePath());
    json.insert(QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0);
    if (together > 0)
        json.insert(QStringLiteral("networkHeight"), qint64(together));
    QStringList text {DemoCommand::tr("Demo network created in %1 (%2 s).")
                          .arg(QDir::toNativeSeparators(QDir(out.value()).absolutePath()))
                          .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1),
                      DemoCommand::tr("chain %1, height %2, %3 transactions, tip %4")
                          .arg(summary->chainId)
                          .arg(summary->height)
                          .arg(summary->transactions)
                          .arg(summary->tipHash),
                      DemoCommand::tr("%1 institutions, %2 practitioners, %3 patients, %4 records")
                          .arg(summary->institutions)
                          .arg(summary->practitioners)
                          .arg(summary->patients)
                          .arg(summary->records),
                      DemoCommand::tr("nodes (network.json lists them with their keys):")};
    for (const demo::DemoNode &node : summary->nodes)
        text.append(
            DemoCommand::tr("  %1: %2, %3, run by %4")
                .arg(node.folder, node.address,
                     node.validator ? DemoCommand::tr("validator") : DemoCommand::tr("replica"),
                     node.institution));
    if (together > 0)
        text.append(DemoCommand::tr("the %n node(s) ran on loopback and committed block %1 "
                                    "together; start them again with medchain-node --datadir "
                                    "FOLDER.",
                                    nullptr, int(summary->nodes.size()))
                        .arg(together));
    text.append(DemoCommand::tr("log in as (passphrase \"%1\" unless you gave your own):")
                    .arg(QLatin1String(kDemoPassphrase)));
    for (const demo::DemoIdentity &who : summary->identities)
        text.append(QStringLiteral("  %1: %2 (%3)").arg(who.role, who.name, who.keystore));
    return context.report(json, text);
}

} // namespace

QList<Command> demoCommands()
{
    return {{{QStringLiteral("demo")},
             QStringLiteral("--out DIR [--patients N] [--records M] [--seed S] [--start DATE] "
                            "[--nodes N] [--replicas R] [--base-port P] [--offline]"),
             DemoCommand::tr("Create a synthetic Anhui health network with a year of care."),
             {kOut, kPatients, kRecords, kSeed, kStart, kNodes, kReplicas, kBasePort, kOffline},
             {},
             runDemo}};
}

} // namespace medchain::cli
