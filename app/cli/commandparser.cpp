#include "commandparser.h"

#include "i18n/translations.h"
#include "probe/probefrom.h"
#include "sip/sipuri.h"
#include "sip/transport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

CommandParser::CommandParser(const QString &name, const QString &syntax,
                             const QString &description, CommandContext &context)
    : m_name(name), m_syntax(syntax), m_description(description), m_context(context)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(languageOption());
}

void CommandParser::addJsonOption()
{
    m_json.emplace(QStringList{u"json"_s},
                   QCoreApplication::translate("Cli", "Print the result as JSON (UTF-8)."));
    m_parser.addOption(*m_json);
}

void CommandParser::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    // "-1" is a (wrong) value the user typed, not an option; let it reach the
    // command, which can then say what is wrong with it.
    static const QRegularExpression negativeNumber(u"^-\\d+$"_s);
    QStringList normalized;
    QStringList negatives;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (i > 0 && negativeNumber.match(arguments.at(i)).hasMatch())
            negatives.append(arguments.at(i));
        else
            normalized.append(arguments.at(i));
    }
    if (!negatives.isEmpty()) {
        if (!normalized.contains(u"--"_s))
            normalized.append(u"--"_s);
        normalized.append(negatives);
    }

    if (!m_parser.parse(normalized))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        // QCommandLineParser names the executable by its path and leaves the
        // subcommand out; the usage line is rebuilt to read as it is typed.
        QString help = m_parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        const QString usage = QCoreApplication::translate("Cli", "Usage: %1 %2 [options] %3")
                                  .arg(QCoreApplication::applicationName(), m_name, m_syntax);
        help.replace(0, firstLineEnd, usage.trimmed());
        m_context.out << help;
        m_context.out.flush();
        return ExitFound;
    }
    if (m_parser.isSet(languageOption())) {
        if (const auto error = applyLanguage(m_parser.value(languageOption()), m_context.translations))
            return usageError(*error);
    }
    return std::nullopt;
}

int CommandParser::usageError(const QString &message) const
{
    m_context.err << QCoreApplication::applicationName() << u' ' << m_name << u": "_s
                  << message.simplified() << Qt::endl;
    return ExitUsage;
}

std::optional<int> CommandParser::takeSingleTarget(QString *target) const
{
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.isEmpty())
        return usageError(QCoreApplication::translate("Cli", "Missing argument: target."));
    if (positionals.size() > 1) {
        return usageError(QCoreApplication::translate("Cli", "Expected one target, got %1 arguments.")
                              .arg(positionals.size()));
    }
    *target = positionals.constFirst();
    return std::nullopt;
}

std::optional<QString> CommandParser::applyFrom(const QString &value, ProbeOptions &options)
{
    if (const auto error = ProbeFrom::apply(value, options))
        return QCoreApplication::translate("Cli", "--from: %1").arg(*error);
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> CommandParser::seconds(const QString &text, double minimum,
                                                                double maximum, bool minimumAllowed)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < minimum || value > maximum || (!minimumAllowed && value == minimum))
        return std::nullopt;
    const qint64 ms = std::llround(value * 1000.0);
    // "0.0001" is above a refused 0 but rounds to it.
    if (ms <= 0 && !(minimumAllowed && minimum <= 0))
        return std::chrono::milliseconds(1);
    return std::chrono::milliseconds(ms);
}

QCommandLineOption CommandParser::fromOption()
{
    return {u"from"_s, QCoreApplication::translate("Cli", "From user name, or a full sip: URI."), u"USER|URI"_s};
}

std::optional<QString> CommandParser::applyTransport(const QString &text, ProbeOptions &options)
{
    const auto protocol = transportFromToken(text);
    if (!protocol || !createTransport(*protocol))
        return QCoreApplication::translate("Cli", "--transport must be udp, tcp, tls, ws or wss, not \"%1\".").arg(text);
    options.transport = protocol;
    return std::nullopt;
}

void CommandParser::addDnsServerOption()
{
    m_dnsServer = QCommandLineOption(
        u"dns-server"_s,
        QCoreApplication::translate("Cli", "Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's: an "
                                           "IP address with an optional port, e.g. 127.0.0.1:5353 or [::1]:53."),
        u"ADDR[:PORT]"_s);
    m_parser.addOption(*m_dnsServer);
}

std::optional<int> CommandParser::takeDnsServer(ProbeOptions &options) const
{
    if (!m_dnsServer || !m_parser.isSet(*m_dnsServer))
        return std::nullopt;
    if (const auto problem = applyDnsServer(m_parser.value(*m_dnsServer), options))
        return usageError(QCoreApplication::translate("Cli", "--dns-server: %1").arg(*problem));
    return std::nullopt;
}

std::optional<QString> CommandParser::applyDnsServer(const QString &text, ProbeOptions &options)
{
    QString error;
    const Dns::NameserverAddress server = Dns::NameserverAddress::parse(text, &error);
    if (!server.isValid())
        return error;
    options.dnsServer = server;
    return std::nullopt;
}

QCommandLineOption CommandParser::languageOption()
{
    return QCommandLineOption(
        QStringList{u"lang"_s},
        QCoreApplication::translate("Cli", "Language of the explanations, e.g. en, de, fr."),
        QCoreApplication::translate("Cli", "language"));
}

std::optional<QString> CommandParser::applyLanguage(const QString &language,
                                                    Translations &translations)
{
    // "de", "pt_BR" and "pt-BR" are accepted; the region only matters if a translation
    // for it exists, otherwise the language alone is used.
    static const QRegularExpression pattern(u"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}))?$"_s);
    const auto match = pattern.match(language);
    if (!match.hasMatch()) {
        return QCoreApplication::translate("Cli", "\"%1\" is not a language code; use one of: %2.")
            .arg(language, Translations::availableLanguages().join(u", "_s));
    }
    const QString base = match.captured(1).toLower();
    const QString regional = match.captured(2).isEmpty()
        ? QString()
        : base + u'_' + match.captured(2).toUpper();
    for (const QString &candidate : {regional, base}) {
        if (!candidate.isEmpty() && Translations::isAvailable(candidate)
            && translations.setLanguage(candidate))
            return std::nullopt;
    }
    return QCoreApplication::translate("Cli", "No translation for language \"%1\"; available: %2.")
        .arg(language, Translations::availableLanguages().join(u", "_s));
}

} // namespace SipScope::Cli
