// `options`: the SIP OPTIONS probe on the command line.
#include "optionscommand.h"

#include "commandparser.h"
#include "diagnosisprinter.h"
#include "interruptwatcher.h"
#include "jsonoutput.h"
#include "nagiosarguments.h"
#include "securityarguments.h"
#include "sessionprinter.h"

#include "diagnosis/diagnosisjson.h"
#include "probe/proberesultjson.h"
#include "sip/bytesexcerpt.h"
#include "sip/optionsrequest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>
#include <QUrl>

#include <cmath>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString formatMs(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', 3);
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', 3);
}

// Seconds as typed ("2", "0.5") → milliseconds; nullopt when not a finite number
// within [minimum, 3600 s].
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

QString originSentence(const ProbeResult &result)
{
    if (result.origin != ProbeResult::Origin::Local)
        return {};
    // RFC 3261 §8.1.3.1: say plainly that no such status was received.
    return QCoreApplication::translate("Cli", "No status was received; RFC 3261 §8.1.3.1 treats this as %1, concluded locally.")
        .arg(result.localStatus);
}

} // namespace

OptionsCommand::OptionsCommand(const Settings &settings, CommandContext &context)
    : m_settings(settings)
    , m_context(context)
{
    m_interval.setSingleShot(true);
    connect(&m_interval, &QTimer::timeout, this, &OptionsCommand::startNext);
    connect(&m_probe, &OptionsProbe::finished, this, &OptionsCommand::onFinished);
}

OptionsCommand::~OptionsCommand() = default;

int OptionsCommand::exec()
{
    if (m_settings.allTargets)
        return runAllTargets();
    QEventLoop loop;
    m_loop = &loop;
    if (m_settings.count > 1 && !m_settings.nagios) {
        m_interrupt = std::make_unique<InterruptWatcher>();
        connect(m_interrupt.get(), &InterruptWatcher::interrupted, this, &OptionsCommand::onInterrupted);
    }
    QMetaObject::invokeMethod(this, &OptionsCommand::startNext, Qt::QueuedConnection);
    loop.exec();
    m_loop = nullptr;
    m_interrupt.reset();
    return m_exitCode;
}

int OptionsCommand::exitCodeFor(const ProbeResult &result)
{
    if (result.error.kind == ErrorKind::InvalidTarget)
        return ExitUsage;
    if (!result.hasFinalResponse())
        return ExitProbeNoAnswer;
    return result.isSuccess() ? ExitProbeSuccess : ExitProbeNonSuccess;
}

int OptionsCommand::exitCodeFor(const ProbeResult &result, const Expectation &expectation)
{
    if (expectation.isDefault() || !result.hasFinalResponse())
        return exitCodeFor(result);
    return expectation.evaluate(result).passed ? ExitProbeSuccess : ExitProbeNonSuccess;
}

QJsonObject OptionsCommand::probeJson(const ProbeResult &result) const
{
    QJsonObject o = ProbeResultJson::toJson(result);
    if (result.error.kind == ErrorKind::InvalidTarget)
        return o;
    DiagnosisJson::addTo(o, result);
    if (!m_settings.expectation.isDefault())
        o[u"expectation"_s] = DiagnosisJson::toJson(m_settings.expectation.evaluate(result));
    return o;
}

int OptionsCommand::runAllTargets()
{
    CandidateProbe candidates;
    QEventLoop loop;
    CandidateProbeResult result;
    connect(&candidates, &CandidateProbe::finished, &loop, [&](const CandidateProbeResult &finished) {
        result = finished;
        loop.quit();
    });
    candidates.start(m_settings.target, m_settings.probe);
    loop.exec();

    if (result.error.kind == ErrorKind::InvalidTarget) {
        m_context.err << QCoreApplication::applicationName() << u" options: "_s << result.error.message << Qt::endl;
        return ExitUsage;
    }
    int met = 0;
    for (const CandidateResult &candidate : std::as_const(result.candidates))
        met += m_settings.expectation.evaluate(candidate.result).passed ? 1 : 0;
    if (m_settings.json) {
        QJsonObject o = DiagnosisJson::toJson(result);
        if (!m_settings.expectation.isDefault()) {
            QJsonArray withExpectations;
            for (qsizetype i = 0; i < result.candidates.size(); ++i) {
                QJsonObject entry = o[u"candidates"_s].toArray().at(i).toObject();
                QJsonObject probe = entry[u"result"_s].toObject();
                probe[u"expectation"_s] = DiagnosisJson::toJson(m_settings.expectation.evaluate(result.candidates.at(i).result));
                entry[u"result"_s] = probe;
                withExpectations.append(entry);
            }
            o[u"candidates"_s] = withExpectations;
        }
        JsonOutput::print(m_context.out, o);
    } else {
        DiagnosisPrinter::printCandidates(m_context.out, result, m_settings.verbose);
        if (result.error.isError())
            m_context.out << result.error.message << Qt::endl;
    }
    // 0 every candidate met the expectation (a 2xx by default), 1 some answered, 2 none did.
    if (!result.candidates.isEmpty() && met == result.candidates.size())
        return ExitProbeSuccess;
    return result.answered() > 0 ? ExitProbeNonSuccess : ExitProbeNoAnswer;
}

int OptionsCommand::exitCodeFor(const SeriesStatistics &statistics)
{
    if (statistics.succeeded() > 0)
        return ExitProbeSuccess;
    return statistics.answered() > 0 ? ExitProbeNonSuccess : ExitProbeNoAnswer;
}

void OptionsCommand::startNext()
{
    ++m_started;
    m_sinceStart.start();
    m_probe.start(m_settings.target, m_settings.probe);
}

void OptionsCommand::onFinished(const ProbeResult &result)
{
    const int index = m_started - 1;
    // Text output needs only the statistics and the first result (its target heads the
    // summary). Keeping every full result (raw bytes, timeline) for nothing grew a long
    // --count run by about 6 KB a probe (the 10,000-probe soak of ./scripts/bench).
    if (m_settings.json || m_results.isEmpty())
        m_results.append(result);
    m_statistics.add(result);
    if (!m_settings.expectation.isDefault() && m_settings.expectation.evaluate(result).passed)
        ++m_expectationsMet;
    const bool invalid = result.error.kind == ErrorKind::InvalidTarget;
    if (m_settings.nagios) {
        NagiosOptions options = *m_settings.nagios;
        options.expectedHeaders = m_settings.expectation.headerExpectations();
        const NagiosVerdict verdict = NagiosVerdict::evaluate(result, options);
        m_context.out << verdict.statusLine() << Qt::endl;
        m_exitCode = verdict.exitCode();
        m_done = true;
        m_loop->quit();
        return;
    }

    if (m_settings.count == 1 || invalid) {
        if (m_settings.json) {
            JsonOutput::print(m_context.out, probeJson(result));
        } else {
            printSingle(result);
            if (!invalid && !m_settings.expectation.isDefault())
                DiagnosisPrinter::printExpectation(m_context.out, m_settings.expectation.evaluate(result));
        }
        m_exitCode = exitCodeFor(result, m_settings.expectation);
        m_done = true;
        m_loop->quit();
        return;
    }

    if (!m_settings.json)
        printSeriesLine(index, result);
    if (m_started < m_settings.count) {
        // Like ping: the interval runs from one start to the next, and a probe never
        // overlaps the previous one.
        const qint64 wait = std::max<qint64>(0, m_settings.intervalMs - m_sinceStart.elapsed());
        m_interval.start(int(wait));
        return;
    }
    finishSeries();
}

void OptionsCommand::onInterrupted()
{
    if (!m_loop || m_done)
        return;
    // The probe in flight is cancelled, not lost: its Cancelled result is not counted
    // (the GUI's Stop does the same).
    m_interval.stop();
    disconnect(&m_probe, &OptionsProbe::finished, this, &OptionsCommand::onFinished);
    m_probe.cancel();
    finishSeries();
}

void OptionsCommand::finishSeries()
{
    if (m_settings.json) {
        QJsonArray probes;
        for (const ProbeResult &r : std::as_const(m_results))
            probes.append(probeJson(r));
        JsonOutput::print(m_context.out, QJsonObject{{u"probes"_s, probes},
                                                     {u"summary"_s, ProbeResultJson::toJson(m_statistics)}});
    } else {
        printStatistics();
    }
    m_exitCode = exitCodeFor(m_statistics);
    if (!m_settings.expectation.isDefault() && m_exitCode == ExitProbeSuccess && m_expectationsMet == 0)
        m_exitCode = ExitProbeNonSuccess;
    else if (!m_settings.expectation.isDefault() && m_expectationsMet > 0)
        m_exitCode = ExitProbeSuccess;
    m_done = true;
    m_loop->quit();
}

void OptionsCommand::printSingle(const ProbeResult &r)
{
    QTextStream &out = m_context.out;
    if (r.error.kind == ErrorKind::InvalidTarget) {
        m_context.err << QCoreApplication::applicationName() << u" options: "_s << r.error.message << Qt::endl;
        return;
    }
    out << u"OPTIONS "_s << r.normalizedTarget;
    if (!r.remote().isEmpty())
        out << u" → "_s << r.remote();
    out << u" ("_s << transportViaToken(r.transport) << u')' << Qt::endl;

    if (r.hasFinalResponse()) {
        out << r.statusCode << u' ' << r.reasonPhrase;
        if (!r.summary.isEmpty())
            out << u" — "_s << r.summary;
        out << Qt::endl;
        const QString rtt = QCoreApplication::translate("Cli", "Round trip");
        const QString firstProvisional = QCoreApplication::translate("Cli", "First 1xx");
        const QString retransmissions = QCoreApplication::translate("Cli", "Retransmissions");
        const qsizetype width = std::max({rtt.size(), firstProvisional.size(), retransmissions.size(), qsizetype(10)}) + 2;
        out << u"  "_s << (rtt + u':').leftJustified(width) << formatMs(r.rttUs) << u" ms"_s;
        const QString clocks = WireTime::pairTitle(r.sentClock, r.receivedClock);
        if (!clocks.isEmpty())
            out << u" ("_s << clocks << u')';
        out << Qt::endl;
        if (!r.provisionals.isEmpty()) {
            const ProvisionalResponse &p = r.provisionals.constFirst();
            out << u"  "_s << (firstProvisional + u':').leftJustified(width) << formatMs(r.firstProvisionalUs)
                << u" ms ("_s << p.statusCode << u' ' << p.reasonPhrase << u')' << Qt::endl;
        }
        if (r.retransmissions > 0)
            out << u"  "_s << (retransmissions + u':').leftJustified(width) << r.retransmissions << Qt::endl;
        // Header names are protocol tokens, printed as such.
        for (const QString &name : {u"Server"_s, u"User-Agent"_s, u"Allow"_s, u"Supported"_s, u"Accept"_s}) {
            const QString value = r.headerValue(name);
            if (!value.isEmpty())
                out << u"  "_s << (name + u':').leftJustified(width) << value << Qt::endl;
        }
    } else {
        // A malformed answer is a response, only not in SIP: never "no response".
        if (r.hasMalformedAnswer())
            out << errorKindTitle(r.error.kind) << Qt::endl;
        else
            out << QCoreApplication::translate("Cli", "No response: %1").arg(errorKindTitle(r.error.kind).toLower()) << Qt::endl;
        out << u"  "_s << r.error.message << Qt::endl;
        if (r.hasMalformedAnswer() && !r.rawResponse.isEmpty())
            out << u"  "_s << QCoreApplication::translate("Cli", "Received: %1").arg(escapedExcerpt(r.rawResponse)) << Qt::endl;
        // A certificate is shown in full below (SessionPrinter).
        if (!r.error.detail.isEmpty() && !r.error.message.contains(r.error.detail) && !(r.tls && r.tls->peerCertificate))
            out << u"  ("_s << r.error.detail << u')' << Qt::endl;
        const QString origin = originSentence(r);
        if (!origin.isEmpty())
            out << u"  "_s << origin << Qt::endl;
    }
    // TLS session and certificate, digest authentication (also after a failure).
    SessionPrinter::print(out, r, 16);
    DiagnosisPrinter::printSummary(out, r);
    if (m_settings.verbose)
        printVerbose(r);
}

void OptionsCommand::printVerbose(const ProbeResult &r)
{
    QTextStream &out = m_context.out;
    auto printRaw = [&out](const QByteArray &raw) {
        const QStringList lines = QString::fromUtf8(raw).split(u'\n');
        for (QString line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            out << u"    "_s << line << Qt::endl;
        }
    };
    out << Qt::endl << QCoreApplication::translate("Cli", "Request:") << Qt::endl;
    printRaw(r.rawRequest);
    if (!r.rawResponse.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Response:") << Qt::endl;
        printRaw(r.rawResponse);
    }
    out << QCoreApplication::translate("Cli", "Timeline:") << Qt::endl;
    for (const ProbeEvent &event : r.timeline)
        out << u"  "_s << (u'+' + formatMs(event.atUs)).rightJustified(12) << u" ms  "_s << event.text << Qt::endl;
    DiagnosisPrinter::printVerbose(out, r);
}

void OptionsCommand::printSeriesLine(int index, const ProbeResult &r)
{
    QTextStream &out = m_context.out;
    if (index == 0) {
        out << u"OPTIONS "_s << r.normalizedTarget;
        if (!r.remote().isEmpty())
            out << u" → "_s << r.remote();
        out << u" ("_s << transportViaToken(r.transport) << u"): "_s
            << QCoreApplication::translate("Cli", "probes: %1").arg(m_settings.count) << Qt::endl;
    }
    out << u'[' << (index + 1) << u"] "_s;
    if (r.hasFinalResponse()) {
        out << r.statusCode << u' ' << r.reasonPhrase << u"  "_s << QCoreApplication::translate("Cli", "rtt=%1 ms").arg(formatMs(r.rttUs));
        if (r.retransmissions > 0)
            out << u"  "_s << QCoreApplication::translate("Cli", "retransmissions=%1").arg(r.retransmissions);
    } else {
        out << QCoreApplication::translate("Cli", "no response (%1): %2").arg(errorKindToken(r.error.kind), r.error.message);
    }
    out << Qt::endl;
}

void OptionsCommand::printStatistics()
{
    QTextStream &out = m_context.out;
    const SeriesStatistics &s = m_statistics;
    // Interrupted before the first probe ended: no normalised target to show yet.
    const QString target = m_results.isEmpty() ? m_settings.target : m_results.constFirst().normalizedTarget;
    out << Qt::endl << QCoreApplication::translate("Cli", "--- %1 OPTIONS statistics ---").arg(target) << Qt::endl;
    out << QCoreApplication::translate("Cli", "%1 sent, %2 answered, %3% loss").arg(s.sent()).arg(s.answered()).arg(s.lossPercent(), 0, 'f', 1)
        << Qt::endl;
    if (s.answered() > 0) {
        out << QCoreApplication::translate("Cli", "rtt min/avg/max/mdev = %1/%2/%3/%4 ms")
                   .arg(formatMs(*s.minMs()), formatMs(*s.avgMs()), formatMs(*s.maxMs()), formatMs(*s.mdevMs()))
            << Qt::endl;
    }
    QStringList histogram;
    const QMap<QString, int> outcomes = s.outcomes();
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        histogram << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
    if (!histogram.isEmpty())
        out << QCoreApplication::translate("Cli", "status codes: %1").arg(histogram.join(u", "_s)) << Qt::endl;
}

namespace {
int runOptions(const QStringList &arguments, CommandContext &context, const std::optional<NagiosOptions> &nagios);
} // namespace

int runOptionsCommand(const QStringList &arguments, CommandContext &context)
{
    // Monitoring-plugin mode: usage errors become "SIP UNKNOWN", exit 3.
    const NagiosArguments nagios = NagiosArguments::extract(arguments);
    if (nagios.requested) {
        return nagios.run(context, [&nagios](CommandContext &quiet) {
            return runOptions(nagios.rest, quiet, nagios.options);
        });
    }
    return runOptions(arguments, context, std::nullopt);
}

namespace {
int runOptions(const QStringList &arguments, CommandContext &context, const std::optional<NagiosOptions> &nagios)
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
    const QCommandLineOption origin(u"origin"_s, QCoreApplication::translate("Cli", "WebSocket: send this Origin header, e.g. https://phone.example.com."), u"URL"_s);
    // Monitoring-plugin mode; NagiosArguments takes these out before parsing, so the
    // parser only sees them (for --help, and to refuse them) without --nagios.
    const QCommandLineOption nagiosMode(u"nagios"_s, QCoreApplication::translate("Cli", "Monitoring-plugin mode: one status line, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."));
    const QCommandLineOption warning({u"w"_s, u"warning"_s}, QCoreApplication::translate("Cli", "With --nagios: WARNING when the round trip takes longer than MS."), u"MS"_s);
    const QCommandLineOption critical(u"critical"_s, QCoreApplication::translate("Cli", "With --nagios (also as -c): CRITICAL when the round trip takes longer than MS."), u"MS"_s);
    const QCommandLineOption expect(u"expect"_s, QCoreApplication::translate("Cli", "The codes that count as success (with --nagios: as OK), e.g. 200,404 or 2xx (default 2xx)."), u"CODES"_s);
    const QCommandLineOption alive(u"alive"_s, QCoreApplication::translate("Cli", "With --nagios: any final response counts as OK (the server is up)."));
    for (const QCommandLineOption &option : {verbose, count, interval, timeout, from, header, maxForwards, bind, transport,
                                             expectHeader, allTargets, origin, nagiosMode, warning, critical, expect, alive})
        parser.addOption(option);
    const SecurityArguments security;
    security.addTo(parser);
    if (const auto exit = parser.parse(arguments))
        return *exit;

    OptionsCommand::Settings settings;
    if (const auto exit = parser.takeSingleTarget(&settings.target))
        return *exit;
    settings.json = parser.json();
    settings.verbose = parser.isSet(verbose);
    settings.nagios = nagios;
    for (const QCommandLineOption &option : {warning, critical, alive}) {
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
    if (parser.isSet(origin)) {
        const QUrl url(parser.value(origin).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return parser.usageError(QCoreApplication::translate("Cli", "--origin needs a URL such as https://phone.example.com, not \"%1\".").arg(parser.value(origin)));
        probe.transportOptions.webSocketOrigin = parser.value(origin).trimmed();
    }

    if (const auto problem = security.apply(parser, probe))
        return parser.usageError(*problem);

    OptionsCommand command(settings, context);
    return command.exec();
}

} // namespace

} // namespace SipScope::Cli
