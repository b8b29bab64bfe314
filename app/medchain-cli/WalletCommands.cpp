// `wallet balance|history|audit`: an identity's money as the replica holds it, and the whole
// chain's books (deposits, withdrawals, the sum of balances, and whether they agree).
#include "ChainText.h"
#include "Command.h"

#include "client/WalletReads.h"
#include "identity/Keystore.h"
#include "wallet/WalletRules.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace medchain::cli {

namespace {

using chain::EntryKind;
using wallet::formatYuan;

struct WalletCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletCommand)
};

const QString kIdentityOption = QStringLiteral("identity");

/// The identity named by --identity, else the one in node.json.
Result<chain::IdentityId> whose(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.isSet(kIdentityOption)) {
        const auto id = parseIdentity(parser.value(kIdentityOption));
        if (!id)
            return CliContext::usage(
                WalletCommand::tr("--identity takes an identity id: 64 hex digits."));
        return id.value();
    }
    auto dir = context.dataDir();
    if (!dir)
        return dir.failure();
    auto config = dir->readConfig();
    if (!config)
        return config.failure();
    const QString file = config->value(QStringLiteral("identity")).toString();
    if (file.isEmpty())
        return CliContext::usage(WalletCommand::tr(
            "node.json names no identity keystore; say whose wallet with --identity."));
    auto info = identity::Keystore::readPublicInfo(dir->path(file));
    if (!info)
        return info.failure();
    return info->identity;
}

/// The replica, read-only, and whose wallet to show.
struct WalletView {
    std::unique_ptr<chain::Ledger> ledger;
    chain::IdentityId id;
};

Result<WalletView> openWallet(CliContext &context, const QCommandLineParser &parser)
{
    auto ledger = context.openLedgerForReading();
    if (!ledger)
        return ledger.failure();
    auto id = whose(context, parser);
    if (!id)
        return id.failure();
    return WalletView {std::move(ledger).value(), id.value()};
}

QString kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Deposit:
        return QStringLiteral("deposit");
    case EntryKind::Withdrawal:
        return QStringLiteral("withdrawal");
    case EntryKind::Invoice:
        return QStringLiteral("invoice");
    case EntryKind::ProgramFunding:
        return QStringLiteral("program-funding");
    case EntryKind::Subsidy:
        return QStringLiteral("subsidy");
    case EntryKind::Subscription:
        return QStringLiteral("fund-subscription");
    case EntryKind::Redemption:
        return QStringLiteral("fund-redemption");
    case EntryKind::Yield:
        return QStringLiteral("fund-yield");
    }
    return QString();
}

QString kindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Deposit:
        return WalletCommand::tr("Top-up");
    case EntryKind::Withdrawal:
        return WalletCommand::tr("Withdrawal");
    case EntryKind::Invoice:
        return WalletCommand::tr("Invoice");
    case EntryKind::ProgramFunding:
        return WalletCommand::tr("Program funding");
    case EntryKind::Subsidy:
        return WalletCommand::tr("Subsidy");
    case EntryKind::Subscription:
        return WalletCommand::tr("Fund subscription");
    case EntryKind::Redemption:
        return WalletCommand::tr("Fund redemption");
    case EntryKind::Yield:
        return WalletCommand::tr("Fund yield");
    }
    return QString();
}

int runBalance(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto view = openWallet(context, parser);
    if (!view)
        return context.fail(view.failure());
    const chain::LedgerState &state = view->ledger->state();
    const chain::IdentityId &id = view->id;
    const wallet::Amount balance = state.balance(wallet::accountOf(id));

    QJsonArray funds;
    QStringList text {WalletCommand::tr("Account:       %1").arg(hex(id)),
                      WalletCommand::tr("Balance:       ¥%1").arg(formatYuan(balance))};
    for (const chain::HoldingInfo &holding : state.holdingsOf(id)) {
        const auto fund = state.fund(holding.fund);
        if (!fund || holding.shares == 0)
            continue;
        const wallet::Amount value
            = wallet::valueOf(holding.shares, state.balance(fund->id), fund->totalShares);
        funds.append(QJsonObject {{QStringLiteral("fund"), hex(fund->id)},
                                  {QStringLiteral("name"), fund->name},
                                  {QStringLiteral("shares"), holding.shares},
                                  {QStringLiteral("valueFen"), value}});
        text.append(WalletCommand::tr("Fund:          %1, %2 shares worth ¥%3")
                        .arg(fund->name)
                        .arg(holding.shares)
                        .arg(formatYuan(value)));
    }
    qint64 openCount = 0;
    wallet::Amount openTotal = 0;
    for (const chain::InvoiceInfo &invoice : state.invoicesFor(id))
        if (invoice.status == chain::InvoiceStatus::Open) {
            ++openCount;
            openTotal += invoice.amount;
        }
    text.append(
        WalletCommand::tr("Open invoices: %1 (¥%2)").arg(openCount).arg(formatYuan(openTotal)));
    return context.report({{QStringLiteral("identity"), hex(id)},
                           {QStringLiteral("balanceFen"), balance},
                           {QStringLiteral("funds"), funds},
                           {QStringLiteral("openInvoices"), openCount},
                           {QStringLiteral("openInvoicesFen"), openTotal}},
                          text);
}

QString statusName(chain::SubsidyStatus status)
{
    switch (status) {
    case chain::SubsidyStatus::Paid:
        return QStringLiteral("paid");
    case chain::SubsidyStatus::PoolExhausted:
        return QStringLiteral("pool-exhausted");
    case chain::SubsidyStatus::CapReached:
        return QStringLiteral("cap-reached");
    }
    return QString();
}

QString statusText(chain::SubsidyStatus status)
{
    switch (status) {
    case chain::SubsidyStatus::Paid:
        return QString();
    case chain::SubsidyStatus::PoolExhausted:
        return WalletCommand::tr("(the program's pool is exhausted)");
    case chain::SubsidyStatus::CapReached:
        return WalletCommand::tr("(the cap per patient is reached)");
    }
    return QString();
}

int runHistory(CliContext &context, const QCommandLineParser &parser, const QStringList &)
{
    const auto view = openWallet(context, parser);
    if (!view)
        return context.fail(view.failure());
    QJsonArray entries;
    QStringList text;
    for (const client::WalletLine &line : client::WalletReads::history(*view->ledger, view->id)) {
        const QString counterparty
            = line.counterparty.isEmpty() ? hex(line.counterpartyId) : line.counterparty;
        QJsonObject json {{QStringLiteral("time"), isoTime(line.time)},
                          {QStringLiteral("height"), qint64(line.height)},
                          {QStringLiteral("kind"), kindName(line.kind)},
                          {QStringLiteral("amountFen"), line.delta},
                          {QStringLiteral("balanceFen"), line.balance},
                          {QStringLiteral("counterparty"), hex(line.counterpartyId)},
                          {QStringLiteral("counterpartyName"), counterparty}};
        QString subject = line.reference;
        if (line.transaction != chain::Hash {})
            json.insert(QStringLiteral("transaction"), hex(line.transaction));
        if (!line.reference.isEmpty())
            json.insert(QStringLiteral("reference"), line.reference);
        if (line.invoice) {
            json.insert(QStringLiteral("invoice"), hex(*line.invoice));
            subject = hex(*line.invoice);
            if (line.record)
                json.insert(QStringLiteral("encounter"), hex(*line.record));
        } else if (line.record) {
            json.insert(QStringLiteral("record"), hex(*line.record));
            subject = hex(*line.record);
        }
        if (line.subsidyStatus) {
            json.insert(QStringLiteral("status"), statusName(*line.subsidyStatus));
            subject
                = QString(subject + QLatin1Char(' ') + statusText(*line.subsidyStatus)).trimmed();
        }
        if (line.shares != 0)
            json.insert(QStringLiteral("shares"), line.shares);
        if (line.accrued) {
            // The holder's share of a fund yield: the holding is worth more, the balance is
            // unchanged.
            json.insert(QStringLiteral("accrued"), true);
            entries.append(json);
            text.append(WalletCommand::tr("%1  %2  %3 accrued ¥%4 on %5 shares (in the fund)")
                            .arg(isoTime(line.time), kindText(line.kind), counterparty,
                                 formatYuan(line.delta))
                            .arg(line.shares));
            continue;
        }
        entries.append(json);
        if (line.delta == 0 && line.subsidyStatus) {
            text.append(WalletCommand::tr("%1  %2  nothing paid by %3 for record %4 %5")
                            .arg(isoTime(line.time), kindText(line.kind), counterparty,
                                 hex(line.record.value_or(chain::Hash {})),
                                 statusText(*line.subsidyStatus)));
            continue;
        }
        text.append(WalletCommand::tr("%1  %2  %3¥%4  balance ¥%5  %6 %7")
                        .arg(isoTime(line.time), kindText(line.kind),
                             line.delta >= 0 ? QStringLiteral("+") : QStringLiteral("-"),
                             formatYuan(line.delta >= 0 ? line.delta : -line.delta),
                             formatYuan(line.balance), counterparty, subject)
                        .trimmed());
    }
    if (text.isEmpty())
        text.append(WalletCommand::tr("No money has moved in this account."));
    return context.report(
        {{QStringLiteral("identity"), hex(view->id)}, {QStringLiteral("entries"), entries}}, text);
}

int runAudit(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    auto ledger = context.openLedgerForReading();
    if (!ledger)
        return context.fail(ledger.failure());
    const auto audit = ledger.value()->state().auditWallet();
    if (!audit)
        return context.fail(audit.failure());
    const bool holds = audit->conserved();
    const QJsonObject json {{QStringLiteral("depositsFen"), audit->deposits},
                            {QStringLiteral("withdrawalsFen"), audit->withdrawals},
                            {QStringLiteral("balancesFen"), audit->balances},
                            {QStringLiteral("accounts"), audit->accounts},
                            {QStringLiteral("negativeBalances"), audit->negativeBalances},
                            {QStringLiteral("statementMismatches"), audit->statementMismatches},
                            {QStringLiteral("shareMismatches"), audit->shareMismatches},
                            {QStringLiteral("height"), qint64(ledger.value()->tip().height)},
                            {QStringLiteral("conserved"), holds}};
    const QStringList text {
        WalletCommand::tr("Height:               %1").arg(ledger.value()->tip().height),
        WalletCommand::tr("Deposits:             ¥%1").arg(formatYuan(audit->deposits)),
        WalletCommand::tr("Withdrawals:          ¥%1").arg(formatYuan(audit->withdrawals)),
        WalletCommand::tr("Sum of balances:      ¥%1 over %2 accounts")
            .arg(formatYuan(audit->balances))
            .arg(audit->accounts),
        WalletCommand::tr("Negative balances:    %1").arg(audit->negativeBalances),
        WalletCommand::tr("Statements off:       %1").arg(audit->statementMismatches),
        WalletCommand::tr("Fund shares off:      %1").arg(audit->shareMismatches),
        holds ? WalletCommand::tr("Conservation holds: balances = deposits - withdrawals.")
              : WalletCommand::tr("CONSERVATION FAILS: the books do not balance."),
    };
    const int code = context.report(json, text);
    return holds ? code : int(ExitFailed);
}

} // namespace

QList<Command> walletCommands()
{
    const QCommandLineOption identity {
        kIdentityOption,
        WalletCommand::tr("Whose wallet (an identity id); the node's own identity if left out."),
        QStringLiteral("ID")};
    return {{{QStringLiteral("wallet"), QStringLiteral("balance")},
             QStringLiteral("[--identity ID]"),
             WalletCommand::tr("Print an identity's balance, fund holdings and open invoices."),
             {identity},
             {},
             runBalance},
            {{QStringLiteral("wallet"), QStringLiteral("history")},
             QStringLiteral("[--identity ID]"),
             WalletCommand::tr("Print every movement of an identity's money, oldest first."),
             {identity},
             {},
             runHistory},
            {{QStringLiteral("wallet"), QStringLiteral("audit")},
             QString(),
             WalletCommand::tr("Recompute the books over the whole replica and say whether "
                               "balances equal deposits minus withdrawals."),
             {},
             {},
             runAudit}};
}

} // namespace medchain::cli
