// sipscope-cli: the command-line twin of SipScope. This file only dispatches; each
// subcommand lives in its own file (see commands.h).
#include "commandparser.h"
#include "commands.h"
#include "utf8console.h"

#include "i18n/translations.h"
#include "sipscope_version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace {

using namespace SipScope::Cli;
using namespace Qt::Literals::StringLiterals;

struct Command
{
    const char *name;
    const char *description; // QT_TRANSLATE_NOOP("Cli", ...)
    CommandFunction run;
};

// To add a subcommand: declare its run function in commands.h and add a row here.
constexpr Command commands[] = {
    {"code", QT_TRANSLATE_NOOP("Cli", "Explain a SIP response code"), runCodeCommand},
    {"search", QT_TRANSLATE_NOOP("Cli", "Find response codes by number, class or words"), runSearchCommand},
    {"list", QT_TRANSLATE_NOOP("Cli", "List the response codes"), runListCommand},
    {"q850", QT_TRANSLATE_NOOP("Cli", "Show the SIP response of an ISDN/Q.850 cause"), runQ850Command},
    {"warning", QT_TRANSLATE_NOOP("Cli", "Explain a Warning header code"), runWarningCommand},
    {"explain", QT_TRANSLATE_NOOP("Cli", "Explain the codes and headers in pasted text or a log"), runExplainCommand},
    {"options", QT_TRANSLATE_NOOP("Cli", "Send SIP OPTIONS to a server and show its answer"), runOptionsCommand},
    {"trace", QT_TRANSLATE_NOOP("Cli", "Follow the SIP path to a server hop by hop (Max-Forwards)"), runTraceCommand},
    {"monitor", QT_TRANSLATE_NOOP("Cli", "Watch many SIP servers at once and report changes"), runMonitorCommand},
    {"respond", QT_TRANSLATE_NOOP("Cli", "Answer incoming SIP requests with a chosen code"), runRespondCommand},
    {"exporter", QT_TRANSLATE_NOOP("Cli", "Serve SIP probes to Prometheus (/probe?target=…&module=…)"), runExporterCommand},
    {"credentials", QT_TRANSLATE_NOOP("Cli", "Save, delete or list passwords in the system keychain"), runCredentialsCommand},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString globalHelp(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    const qsizetype firstLineEnd = help.indexOf(u'\n');
    help.replace(0, firstLineEnd,
                 QCoreApplication::translate("Cli", "Usage: %1 [options] <command> [arguments]")
                     .arg(QCoreApplication::applicationName()));
    help += u'\n' + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const Command &command : commands) {
        help += u"  %1 %2\n"_s.arg(QLatin1String(command.name), -11)
                    .arg(QCoreApplication::translate("Cli", command.description));
    }
    help += u'\n'
        + QCoreApplication::translate("Cli", "Run \"%1 <command> --help\" for the options of a command.")
              .arg(QCoreApplication::applicationName())
        + u'\n'
        + QCoreApplication::translate("Cli", "Exit status: 0 found, 1 nothing found, 64 usage error; the commands "
                                             "that probe (options, trace, monitor) list theirs in their --help.")
        + u'\n';
    return help;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sipscope-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPSCOPE_VERSION));

    // Declared before the streams, so that it is restored only after they have flushed.
    const Utf8Console console;
    QTextStream out(stdout);
    QTextStream err(stderr);
    SipScope::Translations translations;
    CommandContext context{out, err, translations};

    auto usageError = [&](const QString &message) {
        err << QCoreApplication::applicationName() << u": "_s << message.simplified() << Qt::endl;
        return int(ExitUsage);
    };

    // Global options come before the command; everything after it is the command's.
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "SIP response code reference and SIP OPTIONS probe."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(CommandParser::languageOption());
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("Cli", "The command to run (see below)."),
                                 u"<command>"_s);
    // The system locale chooses the language unless --lang says otherwise;
    // set it before parsing so that even a usage error speaks the user's language.
    translations.setLanguage(SipScope::Translations::languageForLocale(SipScope::Translations::systemLocale()));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(CommandParser::languageOption())) {
        if (const auto error = CommandParser::applyLanguage(
                parser.value(CommandParser::languageOption()), translations))
            return usageError(*error);
    }
    if (parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitFound;
    }
    if (parser.isSet(u"help"_s)) {
        out << globalHelp(parser);
        return ExitFound;
    }

    QStringList positionals = parser.positionalArguments();
    if (positionals.isEmpty()) {
        return usageError(QCoreApplication::translate("Cli", "No command given; run \"%1 --help\".")
                              .arg(QCoreApplication::applicationName()));
    }
    const QString name = positionals.takeFirst();
    const Command *command = findCommand(name);
    if (!command) {
        return usageError(QCoreApplication::translate("Cli", "Unknown command \"%1\"; run \"%2 --help\".")
                              .arg(name, QCoreApplication::applicationName()));
    }
    const int status = command->run(QStringList{QCoreApplication::arguments().constFirst()} + positionals,
                                    context);
    out.flush();
    err.flush();
    return status;
}
