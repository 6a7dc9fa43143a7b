// `options`: the command line into OptionsSettings, every value checked with a
// specific usage error.
#include "optionsarguments.h"

#include "capturearguments.h"
#include "certificatearguments.h"
#include "commandparser.h"
#include "securityarguments.h"

#include "sip/optionsrequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// --bind addr[:port], [v6addr]:port or v6addr.
std::optional<std::pair<QHostAddress, quint16>> parseBind(const QString &text)
{
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return std::nullopt;
        port = rest.mid(1);
        if (rest.startsWith(u':') && port.isEmpty())
            return std::nullopt;
        host = host.mid(1, close - 1);
    } else if (host.count(u':') == 1) {
        port = host.mid(host.indexOf(u':') + 1);
        host = host.left(host.indexOf(u':'));
        if (port.isEmpty())
            return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    quint16 portNumber = 0;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value > 65535)
            return std::nullopt;
        portNumber = quint16(value);
    }
    return std::pair{address, portNumber};
}

} // namespace

std::variant<OptionsSettings, int> parseOptionsArguments(const QStringList &arguments, CommandContext &context,
                                                         const std::optional<NagiosOptions> &nagios)
{
    CommandParser parser(u"options"_s, u"<target>"_s,
                         QCoreApplication::translate("Cli", "Send a SIP OPTIONS request to a server and show what it answered, "
                            "how long it took, and why it failed when it did. Exit status: 0 a 2xx, "
                            "1 another final response, 2 no response, 64 usage error."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"target"_s, QCoreApplication::translate("Cli", "sip:/sips: URI, host, host:port, user@host or [IPv6]:port."));
    const QCommandLineOption verbose({u"v"_s, u"verbose"_s}, QCoreApplication::translate("Cli", "Also print the raw request and response and the timeline."));
    const QCommandLineOption count({u"c"_s, u"count"_s}, QCoreApplication::translate("Cli", "Send N probes, one after the other, and print statistics."), u"N"_s, u"1"_s);
    const QCommandLineOption interval({u"i"_s, u"interval"_s}, QCoreApplication::translate("Cli", "Seconds from one probe's start to the next (0: back to back)."), u"S"_s, u"1"_s);
    const QCommandLineOption timeout({u"t"_s, u"timeout"_s}, QCoreApplication::translate("Cli", "Give up after S seconds without a final response (default 32, Timer F = 64·T1)."), u"S"_s);
    const QCommandLineOption from = CommandParser::fromOption();
    const QCommandLineOption header({u"H"_s, u"header"_s}, QCoreApplication::translate("Cli", "Add a header, e.g. 'X-Ticket: 42' (repeatable)."), u"'Name: value'"_s);
    const QCommandLineOption maxForwards(u"max-forwards"_s, QCoreApplication::translate("Cli", "Max-Forwards value (0-255, default 70)."), u"N"_s, u"70"_s);
    const QCommandLineOption bind(u"bind"_s, QCoreApplication::translate("Cli", "Local address and optional port to send from."), u"ADDR[:PORT]"_s);
    const QCommandLineOption transport(u"transport"_s, QCoreApplication::translate("Cli", "udp, tcp, tls, ws or wss; without it the URI decides (;transport=, sips: means TLS, ws:// and wss:// URLs), then SRV records."), u"udp|tcp|tls|ws|wss"_s);
    const QCommandLineOption expectHeader(u"expect-header"_s, QCoreApplication::translate("Cli", "Success also needs this header in the answer, matching the regular expression, e.g. 'Server: ^Kamailio' (repeatable)."), u"'Name: regex'"_s);
    const QCommandLineOption allTargets(u"all-targets"_s, QCoreApplication::translate("Cli", "Probe every server behind the name at once (each SRV target and address), each with its own result."));
    const QCommandLineOption keepAlive(u"keepalive"_s, QCoreApplication::translate("Cli", "After the answer, send N keep-alive pings on the same connection and report each pong's round trip: a double CRLF over TCP/TLS (RFC 5626), a WebSocket Ping over ws/wss."), u"N"_s);
    const QCommandLineOption keepAliveInterval(u"keepalive-interval"_s, QCoreApplication::translate("Cli", "Seconds from one keep-alive ping to the next (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption origin(u"origin"_s, QCoreApplication::translate("Cli", "WebSocket: send this Origin header, e.g. https://phone.example.com."), u"URL"_s);
    // Monitoring-plugin mode; NagiosArguments takes these out before parsing, so the
    // parser only sees them (for --help, and to refuse them) without --nagios.
    const QCommandLineOption nagiosMode(u"nagios"_s, QCoreApplication::translate("Cli", "Monitoring-plugin mode: one status line, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."));
    const QCommandLineOption warning({u"w"_s, u"warning"_s}, QCoreApplication::translate("Cli", "With --nagios: WARNING when the round trip takes longer than MS."), u"MS"_s);
    const QCommandLineOption critical(u"critical"_s, QCoreApplication::translate("Cli", "With --nagios (also as -c): CRITICAL when the round trip takes longer than MS."), u"MS"_s);
    const QCommandLineOption expect(u"expect"_s, QCoreApplication::translate("Cli", "The codes that count as success (with --nagios: as OK), e.g. 200,404 or 2xx (default 2xx)."), u"CODES"_s);
    const QCommandLineOption alive(u"alive"_s, QCoreApplication::translate("Cli", "With --nagios: any final response counts as OK (the server is up)."));
    const QCommandLineOption verdictProfile(u"verdict-profile"_s, QCoreApplication::translate("Cli", "With --nagios: which answers count as OK, WARNING (maintenance) or CRITICAL: strict, alive, cube or teams."), u"NAME"_s);
    for (const QCommandLineOption &option : {verbose, count, interval, timeout, from, header, maxForwards, bind, transport,
                                             expectHeader, allTargets, keepAlive, keepAliveInterval, origin, nagiosMode, warning, critical, expect, alive})
        parser.addOption(option);
    parser.addOption(verdictProfile);
    parser.addDnsServerOption();
    const QCommandLineOption dualStack(u"dual-stack"_s, QCoreApplication::translate("Cli", "Probe the name twice at once, over IPv4 only and over IPv6 only, and say which family works (e.g. IPv6 broken, IPv4 fine)."));
    parser.addOption(dualStack);
    const SecurityArguments security;
    security.addTo(parser);
    CaptureArguments capture;
    capture.addTo(parser);
    const CertificateArguments certificate;
    certificate.addTo(parser);
    if (const auto exit = parser.parse(arguments))
        return *exit;

    OptionsSettings settings;
    if (const auto exit = parser.takeSingleTarget(&settings.target))
        return *exit;
    settings.json = parser.json();
    settings.verbose = parser.isSet(verbose);
    settings.nagios = nagios;
    for (const QCommandLineOption &option : {warning, critical, alive, verdictProfile}) {
        if (parser.isSet(option))
            return parser.usageError(QCoreApplication::translate("Cli", "--%1 only makes sense with --nagios.").arg(option.names().constLast()));
    }

    bool ok = false;
    settings.count = parser.value(count).toInt(&ok);
    if (!ok || settings.count < 1 || settings.count > 1000000)
        return parser.usageError(QCoreApplication::translate("Cli", "--count must be a whole number from 1 to 1000000, not \"%1\".").arg(parser.value(count)));
    const auto intervalMs = CommandParser::seconds(parser.value(interval), 0.0, 3600.0);
    if (!intervalMs)
        return parser.usageError(QCoreApplication::translate("Cli", "--interval must be a number of seconds from 0 to 3600, not \"%1\".").arg(parser.value(interval)));
    settings.intervalMs = int(intervalMs->count());

    ProbeOptions &probe = settings.probe;
    if (parser.isSet(timeout)) {
        const auto ms = CommandParser::seconds(parser.value(timeout), 0.0, 3600.0, false);
        if (!ms)
            return parser.usageError(QCoreApplication::translate("Cli", "--timeout must be a positive number of seconds up to 3600, not \"%1\".").arg(parser.value(timeout)));
        probe.timers.timerF = *ms;
    }
    const int forwards = parser.value(maxForwards).toInt(&ok);
    if (!ok || forwards < 0 || forwards > 255)
        return parser.usageError(QCoreApplication::translate("Cli", "--max-forwards must be a number from 0 to 255, not \"%1\".").arg(parser.value(maxForwards)));
    probe.maxForwards = forwards;

    if (parser.isSet(from)) {
        if (const auto problem = CommandParser::applyFrom(parser.value(from), probe))
            return parser.usageError(*problem);
    }
    for (const QString &text : parser.values(header)) {
        const auto result = OptionsRequest::parseHeaderArgument(text);
        if (!result.header)
            return parser.usageError(result.errorMessage);
        probe.extraHeaders.append(*result.header);
    }
    if (parser.isSet(bind)) {
        const auto address = parseBind(parser.value(bind));
        if (!address)
            return parser.usageError(QCoreApplication::translate("Cli", "--bind needs an IP address and an optional port, e.g. 192.0.2.10:5062 or [2001:db8::1]:5062; got \"%1\".").arg(parser.value(bind)));
        probe.transportOptions.bindAddress = address->first;
        probe.transportOptions.bindPort = address->second;
    }
    if (parser.isSet(transport)) {
        if (const auto problem = CommandParser::applyTransport(parser.value(transport), probe))
            return parser.usageError(*problem);
    }

    if (const auto exit = parser.takeDnsServer(probe))
        return *exit;

    // Expectations, every DNS candidate, the WebSocket Origin.
    if (parser.isSet(expect)) {
        QString error;
        if (!settings.expectation.parseCodes(parser.value(expect), &error))
            return parser.usageError(error);
    }
    for (const QString &text : parser.values(expectHeader)) {
        QString error;
        if (!settings.expectation.addHeaderExpectation(text, &error))
            return parser.usageError(error);
    }
    settings.allTargets = parser.isSet(allTargets);
    if (settings.allTargets && (settings.count > 1 || nagios))
        return parser.usageError(QCoreApplication::translate("Cli", "--all-targets probes each server once: it does not go with --count or --nagios."));
    settings.dualStack = parser.isSet(dualStack);
    if (settings.dualStack && (settings.count > 1 || settings.allTargets))
        return parser.usageError(QCoreApplication::translate("Cli", "--dual-stack probes each address family once: it does not go with --count or --all-targets."));
    if (settings.dualStack && parser.isSet(bind))
        return parser.usageError(QCoreApplication::translate("Cli", "--dual-stack sends over both IPv4 and IPv6: it does not go with --bind, whose address has one family."));
    if (parser.isSet(keepAlive)) {
        const int pings = parser.value(keepAlive).toInt(&ok);
        if (!ok || pings < 1 || pings > 1000)
            return parser.usageError(QCoreApplication::translate("Cli", "--keepalive must be a number of pings from 1 to 1000, not \"%1\".").arg(parser.value(keepAlive)));
        if (settings.allTargets)
            return parser.usageError(QCoreApplication::translate("Cli", "--keepalive pings one connection: it does not go with --all-targets."));
        probe.keepAlive.pings = pings;
    }
    if (parser.isSet(keepAliveInterval)) {
        const auto ms = CommandParser::seconds(parser.value(keepAliveInterval), 0.0, 3600.0, false);
        if (!ms)
            return parser.usageError(QCoreApplication::translate("Cli", "--keepalive-interval must be a positive number of seconds up to 3600, not \"%1\".").arg(parser.value(keepAliveInterval)));
        if (!parser.isSet(keepAlive))
            return parser.usageError(QCoreApplication::translate("Cli", "--keepalive-interval only makes sense with --keepalive."));
        probe.keepAlive.interval = *ms;
    }
    if (parser.isSet(origin)) {
        const QUrl url(parser.value(origin).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return parser.usageError(QCoreApplication::translate("Cli", "--origin needs a URL such as https://phone.example.com, not \"%1\".").arg(parser.value(origin)));
        probe.transportOptions.webSocketOrigin = parser.value(origin).trimmed();
    }

    if (const auto problem = security.apply(parser, probe))
        return parser.usageError(*problem);
    if (const auto problem = capture.apply(parser, probe.transportOptions.wireTap))
        return parser.usageError(*problem);
    settings.capture = capture.sink();
    if (const auto problem = certificate.apply(parser, &settings.certificate, &settings.certificateProfile))
        return parser.usageError(*problem);
    if (settings.nagios) {
        settings.nagios->certificate = settings.certificate;
        settings.nagios->certificateProfile = settings.certificateProfile;
    }

    return settings;
}

} // namespace SipScope::Cli
