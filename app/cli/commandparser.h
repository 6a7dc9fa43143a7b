// Argument parsing for one sipscope-cli subcommand: its own options plus the ones
// every subcommand shares (--help, --lang, and --json where the command offers it),
// with usage errors reported as one line on stderr and exit code 64.
#pragma once

#include "commands.h"
#include "probe/optionsprobe.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace SipScope::Cli {

class CommandParser final
{
public:
    // `name` is the subcommand ("code"), `syntax` its positional part ("<code>").
    CommandParser(const QString &name, const QString &syntax, const QString &description,
                  CommandContext &context);

    void addJsonOption();
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description);

    // Parses `arguments` (program name first). Handles --help and --lang itself; a
    // returned value is the exit code the command must stop with.
    std::optional<int> parse(const QStringList &arguments);

    bool json() const { return m_json && m_parser.isSet(*m_json); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

    // Prints "sipscope-cli <name>: <message>" on stderr; returns ExitUsage.
    int usageError(const QString &message) const;

    // The single target of a command that probes one (options, trace): *target set, or
    // the usage error printed and its exit code returned.
    std::optional<int> takeSingleTarget(QString *target) const;
    // --from, the same for every command: a SIP URI ("sip:probe@example.com", or any
    // text with an "@") sets the whole From URI; anything else is a user name in the
    // From URI the probe builds ("sipadmin"). nullopt on success, else the usage error.
    static std::optional<QString> applyFrom(const QString &text, ProbeOptions &options);
    static QCommandLineOption fromOption();
    // A number of seconds as typed ("2", "0.5", "1e1"): finite and from `minimum` to
    // `maximum` (with `minimum` itself refused when `minimumAllowed` is false), in
    // milliseconds rounded to the nearest, and never 0 when 0 is refused. nullopt for
    // anything else; the caller words the usage error, which names its own bounds.
    static std::optional<std::chrono::milliseconds> seconds(const QString &text, double minimum, double maximum,
                                                           bool minimumAllowed = true);
    // --transport of a command that probes: udp, tcp, tls, ws or wss. nullopt on success,
    // else the usage error.
    static std::optional<QString> applyTransport(const QString &text, ProbeOptions &options);

    // --dns-server ADDR[:PORT] of a command that probes (options, trace, monitor): every
    // DNS question of the probe goes to that server. addDnsServerOption() before parse();
    // takeDnsServer() after it sets options.dnsServer when given, or prints the usage
    // error and returns its exit code.
    void addDnsServerOption();
    std::optional<int> takeDnsServer(ProbeOptions &options) const;
    // The same rule for a value from a configuration file: nullopt on success, else the
    // error (translated, without the option's name).
    static std::optional<QString> applyDnsServer(const QString &text, ProbeOptions &options);

    // The --lang option shared by main and every subcommand.
    static QCommandLineOption languageOption();
    // Installs the translations of `language`; nullopt on success, else a one-line
    // error message (unknown or malformed language).
    static std::optional<QString> applyLanguage(const QString &language, Translations &translations);

private:
    QString m_name;
    QString m_syntax;
    QString m_description;
    CommandContext &m_context;
    QCommandLineParser m_parser;
    std::optional<QCommandLineOption> m_json;
    std::optional<QCommandLineOption> m_dnsServer;
};

} // namespace SipScope::Cli
