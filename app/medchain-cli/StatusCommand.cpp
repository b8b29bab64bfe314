// `status`: where the replica stands (chain id, height, tip, state hash, validators) and whose
// node this is (the identity keystore named in node.json, read without its passphrase).
#include "ChainText.h"
#include "Command.h"

#include "identity/Keystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonValue>

namespace medchain::cli {

namespace {

struct StatusCommand {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

int runStatus(CliContext &context, const QCommandLineParser &, const QStringList &)
{
    auto ledger = context.openLedgerForReading();
    if (!ledger)
        return context.fail(ledger.failure());
    const node::DataDir dir = context.dataDir().value();
    const chain::ChainTip tip = ledger.value()->tip();
    const chain::Genesis &genesis = ledger.value()->genesis();
    const qsizetype validators = ledger.value()->state().validators().size();

    QJsonObject json {
        {QStringLiteral("chainId"), genesis.chainId},
        {QStringLiteral("genesisHash"), hex(genesis.hash())},
        {QStringLiteral("height"), qint64(tip.height)},
        {QStringLiteral("tipHash"), hex(tip.hash)},
        {QStringLiteral("stateHash"), hex(tip.stateHash)},
        {QStringLiteral("tipTime"), tip.time},
        {QStringLiteral("validators"), qint64(validators)},
        {QStringLiteral("identity"), QJsonValue::Null},
        {QStringLiteral("role"), QJsonValue::Null},
    };
    QStringList text {
        StatusCommand::tr("Chain:        %1").arg(genesis.chainId),
        StatusCommand::tr("Height:       %1").arg(tip.height),
        StatusCommand::tr("Tip:          %1").arg(hex(tip.hash)),
        StatusCommand::tr("Tip time:     %1").arg(isoTime(tip.time)),
        StatusCommand::tr("State hash:   %1").arg(hex(tip.stateHash)),
        StatusCommand::tr("Validators:   %1").arg(validators),
    };

    auto config = dir.readConfig();
    if (!config)
        return context.fail(config.failure());
    const QString identityFile = config->value(QStringLiteral("identity")).toString();
    if (identityFile.isEmpty()) {
        text.append(StatusCommand::tr("Identity:     none (node.json names no identity keystore)"));
    } else {
        auto info = identity::Keystore::readPublicInfo(dir.path(identityFile));
        if (!info)
            return context.fail(info.failure());
        json.insert(QStringLiteral("identity"), hex(info->identity));
        json.insert(QStringLiteral("role"), roleName(info->role));
        if (!info->label.isEmpty())
            json.insert(QStringLiteral("label"), info->label);
        text.append(StatusCommand::tr("Identity:     %1").arg(hex(info->identity)));
        text.append(StatusCommand::tr("Role:         %1").arg(roleName(info->role)));
        if (!info->label.isEmpty())
            text.append(StatusCommand::tr("Name:         %1").arg(info->label));
    }
    return context.report(json, text);
}

} // namespace

QList<Command> statusCommands()
{
    return {{{QStringLiteral("status")},
             QString(),
             StatusCommand::tr("Print the chain id, height, tip, state hash and this node's "
                               "identity and role."),
             {},
             {},
             runStatus}};
}

} // namespace medchain::cli
