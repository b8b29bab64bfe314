// `block --height N`: one committed block as stored — its header fields, the validators whose
// signatures commit it, and its transactions' hashes and types.
#include "ChainText.h"
#include "Command.h"

#include "chain/Transaction.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace medchain::cli {

namespace {

struct BlockCommand {
    Q_DECLARE_TR_FUNCTIONS(BlockCommand)
};

int runBlock(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto heightText = CliContext::required(parser, QStringLiteral("height"));
    if (!heightText)
        return context.fail(heightText.failure());
    bool isNumber = false;
    const quint64 height = heightText->toULongLong(&isNumber);
    if (!isNumber || height == 0)
        return context.fail(CliContext::usage(
            BlockCommand::tr("--height needs a block height of 1 or more, not \"%1\".")
                .arg(heightText.value())));

    auto ledger = context.openLedgerForReading();
    if (!ledger)
        return context.fail(ledger.failure());
    const chain::Ledger &stored = *ledger.value();
    if (height > stored.tip().height)
        return context.fail(
            Error {BlockCommand::tr("There is no block %1: the tip is at height %2.")
                       .arg(height)
                       .arg(stored.tip().height)});
    const auto block = stored.block(height);
    const auto commit = stored.commit(height);
    if (!block || !commit)
        return context.fail(
            Error {BlockCommand::tr("Block %1 cannot be read from this replica; run verify.")
                       .arg(height)});

    const chain::BlockHeader &header = block->header;
    QJsonArray signers;
    QStringList text {
        BlockCommand::tr("Block %1 of %2").arg(header.height).arg(header.chainId),
        BlockCommand::tr("  hash:               %1").arg(hex(header.hash())),
        BlockCommand::tr("  time:               %1").arg(isoTime(header.time)),
        BlockCommand::tr("  previous:           %1").arg(hex(header.previous)),
        BlockCommand::tr("  transaction root:   %1").arg(hex(header.txRoot)),
        BlockCommand::tr("  state hash:         %1").arg(hex(header.stateHash)),
        BlockCommand::tr("  validator set hash: %1").arg(hex(header.validatorSetHash)),
        BlockCommand::tr("  proposer:           %1").arg(hex(header.proposer)),
        BlockCommand::tr("  commit (round %1), signed by:").arg(commit->round),
    };
    for (const chain::CommitSignature &signature : commit->signatures) {
        signers.append(hex(signature.validator));
        text.append(QStringLiteral("    %1").arg(hex(signature.validator)));
    }
    text.append(BlockCommand::tr("  %n transaction(s):", nullptr, int(block->transactions.size())));

    QJsonArray transactions;
    for (const QByteArray &bytes : block->transactions) {
        const chain::Hash hash = crypto::sha256(bytes);
        QJsonObject entry {{QStringLiteral("hash"), hex(hash)}};
        QString type = BlockCommand::tr("(undecodable)");
        if (const auto tx = chain::Transaction::decode(bytes)) {
            type = txTypeName(tx->type());
            entry.insert(QStringLiteral("type"), type);
            entry.insert(QStringLiteral("sender"), hex(tx->sender));
            entry.insert(QStringLiteral("nonce"), qint64(tx->nonce));
        }
        transactions.append(entry);
        text.append(QStringLiteral("    %1  %2").arg(hex(hash), type));
    }

    const QJsonObject json {
        {QStringLiteral("chainId"), header.chainId},
        {QStringLiteral("height"), qint64(header.height)},
        {QStringLiteral("hash"), hex(header.hash())},
        {QStringLiteral("time"), header.time},
        {QStringLiteral("previous"), hex(header.previous)},
        {QStringLiteral("txRoot"), hex(header.txRoot)},
        {QStringLiteral("stateHash"), hex(header.stateHash)},
        {QStringLiteral("validatorSetHash"), hex(header.validatorSetHash)},
        {QStringLiteral("proposer"), hex(header.proposer)},
        {QStringLiteral("transactionCount"), qint64(header.transactionCount)},
        {QStringLiteral("commitRound"), qint64(commit->round)},
        {QStringLiteral("commitSigners"), signers},
        {QStringLiteral("transactions"), transactions},
    };
    return context.report(json, text);
}

} // namespace

QList<Command> blockCommands()
{
    return {{{QStringLiteral("block")},
             QStringLiteral("--height N"),
             BlockCommand::tr("Print a block's header fields, its commit signers and its "
                              "transactions' hashes and types."),
             {QCommandLineOption(QStringLiteral("height"),
                                 BlockCommand::tr("The block's height (1 is the first block)."),
                                 QStringLiteral("N"))},
             {},
             runBlock}};
}

} // namespace medchain::cli
