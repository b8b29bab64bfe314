// medchain-cli: scripting, administration and verification. Every command can print --json
// for scripts; human-readable text otherwise.
#include "CliContext.h"
#include "Command.h"

#include "common/Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

using medchain::Startup;
using namespace medchain::cli;

namespace {

// Gives the free functions below a translation context of their own.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct GlobalOptionSet {
    QCommandLineOption dataDir {QStringLiteral("datadir"),
                                Cli::tr("The node's data folder (genesis, replica, node.json)."),
                                QStringLiteral("DIR")};
    QCommandLineOption passphraseFile {
        QStringLiteral("passphrase-file"),
        Cli::tr("Read the passphrase from the first line of FILE (- for standard input) rather "
                "than from MEDCHAIN_PASSPHRASE."),
        QStringLiteral("FILE")};
    QCommandLineOption json {QStringLiteral("json"),
                             Cli::tr("Print machine-readable JSON instead of text.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({dataDir, passphraseFile, json});
        parser.addHelpOption();
        parser.addVersionOption();
    }
};

QList<Command> allCommands()
{
    QList<Command> commands;
    for (const auto &group :
         {infoCommands(), statusCommands(), verifyCommands(), blockCommands(), evidenceCommands(),
          networkCommands(), benchCommands(), demoCommands(), walletCommands()})
        commands.append(group);
    return commands;
}

QString overview(const QList<Command> &commands)
{
    QString text = Cli::tr("MedChain command line: scripting, administration and verification.");
    text += QLatin1String("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands) {
        text += QLatin1String("  ") + command.name();
        if (!command.usage.isEmpty())
            text += QLatin1Char(' ') + command.usage;
        text += QLatin1String("\n      ") + command.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + Cli::tr("Run \"medchain-cli COMMAND --help\" for a command's options.\n\n"
                  "Environment:\n"
                  "  MEDCHAIN_PASSPHRASE  the passphrase, when --passphrase-file is not given\n"
                  "  MEDCHAIN_FAST_KDF=1  derive keys with minimal cost: for automated tests "
                  "only, never for real keys\n\n"
                  "Exit status:\n"
                  "  0  success; a check found everything in order\n"
                  "  1  a check failed, or the operation could not be done\n"
                  "  2  usage error: unknown command, missing or malformed option");
    return text;
}

/// The command whose words start the positional arguments; the longest such match.
const Command *findCommand(const QList<Command> &commands, const QStringList &positional)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (positional.size() < command.words.size()
            || positional.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    Startup::setApplicationMetadata(QStringLiteral("medchain-cli"));
    QCoreApplication app(argc, argv);
    const QList<Command> commands = allCommands();
    const GlobalOptionSet global;

    // First pass: every command's options, so their values are not taken for command words.
    QCommandLineParser first;
    global.addTo(first);
    QSet<QString> known;
    for (const Command &command : commands)
        for (const QCommandLineOption &option : command.options)
            if (!known.contains(option.names().constFirst())) {
                known.insert(option.names().constFirst());
                first.addOption(option);
            }
    first.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."));
    const bool firstParsed = first.parse(app.arguments());
    if (first.isSet(QStringLiteral("version")))
        first.showVersion();
    const QStringList positional = first.positionalArguments();
    const Command *command = findCommand(commands, positional);

    if (!command && (first.isSet(QStringLiteral("help")) || positional.isEmpty())) {
        QCommandLineParser help;
        global.addTo(help);
        help.setApplicationDescription(overview(commands));
        help.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."),
                                   QStringLiteral("COMMAND [options]"));
        if (first.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << help.helpText();
            return ExitOk;
        }
        if (!firstParsed)
            return usageError(first.errorText());
        return usageError(Cli::tr("No command given; see --help."));
    }
    if (!command) {
        QStringList family; // "enroll" alone: say which subcommands there are
        for (const Command &candidate : commands)
            if (candidate.words.size() > 1
                && candidate.words.constFirst() == positional.constFirst())
                family.append(candidate.name());
        if (!family.isEmpty())
            return usageError(Cli::tr("\"%1\" needs a subcommand: %2. See --help.")
                                  .arg(positional.constFirst(), family.join(QStringLiteral(", "))));
        return usageError(
            Cli::tr("Unknown command \"%1\"; see --help.").arg(positional.join(QLatin1Char(' '))));
    }

    // Second pass: only this command's options are allowed.
    QCommandLineParser parser;
    global.addTo(parser);
    parser.addOptions(command->options);
    parser.setApplicationDescription(command->summary);
    // The usage line names the command's own arguments too (evidence verify FILE).
    parser.addPositionalArgument(command->name(), QString(),
                                 command->name() + QLatin1Char(' ') + command->usage);
    const bool parsed = parser.parse(app.arguments());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList arguments = parser.positionalArguments().mid(command->words.size());
    CliContext context({parser.value(global.dataDir), parser.value(global.passphraseFile),
                        parser.isSet(global.json)});
    if (!parsed)
        return context.fail(CliContext::usage(parser.errorText()));
    if (arguments.size() != command->arguments.size())
        return context.fail(
            CliContext::usage(Cli::tr("Wrong number of arguments. Usage: medchain-cli %1 %2")
                                  .arg(command->name(), command->usage)));

    if (const auto init = Startup::initialiseCore(); !init) {
        QTextStream(stderr) << Startup::refusalMessage(init.error()) << Qt::endl;
        return ExitFailed;
    }
    return command->run(context, parser, arguments);
}
