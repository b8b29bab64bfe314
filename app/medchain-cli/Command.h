// One medchain-cli command: its words ("evidence export"), usage line, options and runner.
// Each command group's file returns its commands; main.cpp parses and dispatches.
#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace medchain::cli {

struct Command {
    using Runner = int (*)(CliContext &context, const QCommandLineParser &parser,
                           const QStringList &arguments);

    QStringList words; // {"enroll", "institution"}
    QString usage; // the options after the words, as --help shows them
    QString summary; // one translated line
    QList<QCommandLineOption> options;
    QStringList arguments; // positional arguments after the words, by name: {"FILE"}
    Runner run = nullptr;

    QString name() const { return words.join(QLatin1Char(' ')); }
};

QList<Command> infoCommands();
QList<Command> statusCommands();
QList<Command> verifyCommands();
QList<Command> blockCommands();
QList<Command> evidenceCommands();
QList<Command> networkCommands(); // init, then enrollCommands()
QList<Command> enrollCommands();
QList<Command> benchCommands();
QList<Command> demoCommands();
QList<Command> walletCommands();

} // namespace medchain::cli
