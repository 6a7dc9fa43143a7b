// The subcommands of sipscope-cli. Each lives in its own file and is registered in
// the table of main.cpp; adding one is a declaration here and a row there.
#pragma once

#include <QStringList>

class QTextStream;

namespace SipScope {

class Translations;

namespace Cli {

// Process exit codes, shared by every subcommand (64 is EX_USAGE of sysexits.h).
enum ExitCode : int {
    ExitFound = 0,
    ExitNothingFound = 1,
    ExitUsage = 64,
};

// What a subcommand may use besides its arguments.
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    Translations &translations;
};

// `arguments` starts with the program name, followed by the subcommand's own
// arguments (the subcommand name itself is not repeated). Returns the exit code.
using CommandFunction = int (*)(const QStringList &arguments, CommandContext &context);

// catalogcommands.cpp
int runCodeCommand(const QStringList &arguments, CommandContext &context);
int runQ850Command(const QStringList &arguments, CommandContext &context);
int runWarningCommand(const QStringList &arguments, CommandContext &context);
// searchcommands.cpp
int runSearchCommand(const QStringList &arguments, CommandContext &context);
int runListCommand(const QStringList &arguments, CommandContext &context);
// explaincommand.cpp
int runExplainCommand(const QStringList &arguments, CommandContext &context);
// optionscommand.cpp (exit codes 0/1/2/64: see optionscommand.h)
int runOptionsCommand(const QStringList &arguments, CommandContext &context);
// monitorcommand.cpp, respondcommand.cpp
int runMonitorCommand(const QStringList &arguments, CommandContext &context);
int runRespondCommand(const QStringList &arguments, CommandContext &context);
// exportercommand.cpp (exit codes 0, 1 configuration not valid, 2, 64)
int runExporterCommand(const QStringList &arguments, CommandContext &context);
// tracecommand.cpp (exit codes 0 reached, 1 not reached, 2 unreachable, 64)
int runTraceCommand(const QStringList &arguments, CommandContext &context);
// credentialscommand.cpp (exit codes 0 done, 1 nothing saved under the name, 2 keychain problem, 64)
int runCredentialsCommand(const QStringList &arguments, CommandContext &context);

} // namespace Cli
} // namespace SipScope
