// `verify`: re-checks the whole replica — every page's integrity, then every block replayed
// (hashes, signatures, commits, Merkle roots, state hashes) — and says what failed and where.
#include "ChainText.h"
#include "Command.h"

#include "chain/ReplicaVerifier.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace medchain::cli {

namespace {

struct VerifyCommand {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
};

Error verifyFailed(const QString &why)
{
    return Error {VerifyCommand::tr("Verification failed: %1").arg(why)};
}

int runVerify(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    auto dir = context.dataDir();
    if (!dir)
        return context.fail(dir.failure());
    if (!QFileInfo::exists(dir->replicaPath()))
        return context.fail(
            verifyFailed(VerifyCommand::tr("there is no replica at %1.").arg(dir->replicaPath())));
    if (auto ok = context.loadPassphrase(); !ok)
        return context.fail(ok.failure());
    auto genesis = dir->readGenesis();
    if (!genesis)
        return context.fail(verifyFailed(genesis.error()));
    auto key = dir->replicaKey(context.passphrase());
    if (!key)
        return context.fail(key.failure());
    auto ledger = chain::Ledger::openReadOnly(dir->replicaPath(), key.value(), genesis.value());
    if (!ledger)
        return context.fail(verifyFailed(ledger.error()));

    context.progress(VerifyCommand::tr("checking every page, then replaying every block…"));
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    const auto progress = [&](quint64 done, quint64 total) {
        if (done == total || sinceLastLine.elapsed() >= 1000) {
            context.progress(VerifyCommand::tr("verified %1/%2 blocks").arg(done).arg(total));
            sinceLastLine.restart();
        }
    };
    const chain::Ledger &stored = *ledger.value();
    auto report = chain::ReplicaVerifier::verify(stored, dir->root(), progress);
    if (!report)
        return context.fail(verifyFailed(report.error()));

    const QJsonObject json {
        {QStringLiteral("ok"), true},
        {QStringLiteral("height"), qint64(report->height)},
        {QStringLiteral("transactions"), qint64(report->transactions)},
        {QStringLiteral("tipHash"), hex(report->tip)},
        {QStringLiteral("stateHash"), hex(report->stateHash)},
    };
    return context.report(json,
                          {VerifyCommand::tr("OK: every check holds (height %1, %2 transactions).")
                               .arg(report->height)
                               .arg(report->transactions),
                           VerifyCommand::tr("Tip:        %1").arg(hex(report->tip)),
                           VerifyCommand::tr("State hash: %1").arg(hex(report->stateHash))});
}

} // namespace

QList<Command> verifyCommands()
{
    return {{{QStringLiteral("verify")},
             QString(),
             VerifyCommand::tr("Re-check the whole replica: page integrity, hashes, signatures, "
                               "commits, Merkle roots and replayed state hashes. Exits 1 and says "
                               "what failed and where if anything does not hold."),
             {},
             {},
             runVerify}};
}

} // namespace medchain::cli
