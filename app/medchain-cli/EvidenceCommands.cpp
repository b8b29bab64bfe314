// `evidence export` writes the self-contained proof that a transaction was committed;
// `evidence verify` checks such a file offline, with no data folder and no passphrase.
#include "ChainText.h"
#include "Command.h"

#include "chain/Evidence.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace medchain::cli {

namespace {

struct EvidenceCommands {
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommands)
};

// Larger than any bundle: a transaction, a log-sized proof and a few certificates.
constexpr qint64 kMaxEvidenceSize = 4 * 1024 * 1024;

int runExport(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto txText = CliContext::required(parser, QStringLiteral("tx"));
    if (!txText)
        return context.fail(txText.failure());
    const auto out = CliContext::required(parser, QStringLiteral("out"));
    if (!out)
        return context.fail(out.failure());
    const auto hash = parseHash(txText.value());
    if (!hash)
        return context.fail(CliContext::usage(
            EvidenceCommands::tr("--tx needs a transaction hash of 64 hex digits, not \"%1\".")
                .arg(txText.value())));

    auto ledger = context.openLedgerForReading();
    if (!ledger)
        return context.fail(ledger.failure());
    auto bundle = chain::EvidenceBundle::build(*ledger.value(), *hash);
    if (!bundle)
        return context.fail(bundle.failure());
    const QByteArray bytes = bundle->encode();
    QSaveFile file(out.value());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(Error {EvidenceCommands::tr("Cannot write the evidence file %1: %2")
                                       .arg(out.value(), file.errorString())});

    const QJsonObject json {{QStringLiteral("transaction"), hex(*hash)},
                            {QStringLiteral("file"), out.value()},
                            {QStringLiteral("bytes"), qint64(bytes.size())}};
    return context.report(json,
                          {EvidenceCommands::tr("Wrote the evidence for %1 to %2 (%3 bytes).")
                               .arg(hex(*hash), out.value())
                               .arg(bytes.size())});
}

int runVerify(CliContext &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString path = arguments.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error {EvidenceCommands::tr("Cannot read the evidence file %1: %2")
                                       .arg(path, file.errorString())});
    if (file.size() > kMaxEvidenceSize)
        return context.fail(
            Error {EvidenceCommands::tr("%1 is too large to be an evidence file.").arg(path)});
    auto bundle = chain::EvidenceBundle::decode(file.readAll());
    if (!bundle)
        return context.fail(bundle.failure());
    auto report = bundle->verify();
    if (!report)
        return context.fail(report.failure());

    const chain::EvidenceReport &r = report.value();
    const QJsonObject json {
        {QStringLiteral("ok"), true},
        {QStringLiteral("chainId"), bundle->chainId},
        {QStringLiteral("transaction"), hex(r.transaction)},
        {QStringLiteral("type"), txTypeName(r.type)},
        {QStringLiteral("sender"), hex(r.sender)},
        {QStringLiteral("senderName"), r.senderName},
        {QStringLiteral("senderRole"), r.senderRole},
        {QStringLiteral("transactionTime"), r.transactionTime},
        {QStringLiteral("height"), qint64(r.height)},
        {QStringLiteral("blockHash"), hex(r.blockHash)},
        {QStringLiteral("blockTime"), r.blockTime},
        {QStringLiteral("signers"), QJsonArray::fromStringList(r.signers)},
    };
    return context.report(
        json,
        {EvidenceCommands::tr("OK: the evidence holds. Transaction %1 (%2) was committed on %3.")
             .arg(hex(r.transaction), txTypeName(r.type), bundle->chainId),
         EvidenceCommands::tr("  sender: %1 (%2, %3)")
             .arg(r.senderName, r.senderRole, hex(r.sender)),
         EvidenceCommands::tr("  sent:   %1").arg(isoTime(r.transactionTime)),
         EvidenceCommands::tr("  block:  %1 at height %2, %3")
             .arg(hex(r.blockHash))
             .arg(r.height)
             .arg(isoTime(r.blockTime)),
         EvidenceCommands::tr("  signed by: %1").arg(r.signers.join(QStringLiteral(", ")))});
}

} // namespace

QList<Command> evidenceCommands()
{
    return {
        {{QStringLiteral("evidence"), QStringLiteral("export")},
         QStringLiteral("--tx HASH --out FILE"),
         EvidenceCommands::tr("Write the dispute evidence for a committed transaction: the "
                              "transaction, its Merkle proof, block header, commit signatures and "
                              "certificates."),
         {QCommandLineOption(QStringLiteral("tx"),
                             EvidenceCommands::tr("The transaction's hash (64 hex digits)."),
                             QStringLiteral("HASH")),
          QCommandLineOption(QStringLiteral("out"),
                             EvidenceCommands::tr("Where to write the evidence file."),
                             QStringLiteral("FILE"))},
         {},
         runExport},
        {{QStringLiteral("evidence"), QStringLiteral("verify")},
         QStringLiteral("FILE"),
         EvidenceCommands::tr("Check an evidence file offline (no data folder or passphrase "
                              "needed); exits 1 and says why if it does not hold."),
         {},
         {QStringLiteral("FILE")},
         runVerify},
    };
}

} // namespace medchain::cli
