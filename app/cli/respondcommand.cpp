// `sipscope-cli respond`: answer every SIP request with a chosen code, to
// see how a phone, PBX or firewall reacts to 486 or 503, or to check reachability.
// Prints a line per incoming request (--json: JSON Lines; --verbose adds the raw
// message). The first line says where it listens, so scripts can wait for it. While
// messages are dropped (rate limit, full transaction table) a summary of the counters
// goes to stderr once a second, and one more when it stops (--duration or Ctrl+C).
//
// Exit status: 0 stopped after --duration, 2 cannot listen, 64 usage error.
#include "capturearguments.h"
#include "commandparser.h"
#include "commands.h"
#include "interruptwatcher.h"

#include "responder/responder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QJsonObject entryJson(const ResponderLogEntry &entry)
{
    return {
        {u"event"_s, u"request"_s},
        {u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"method"_s, entry.method.isEmpty() ? QJsonValue() : QJsonValue(entry.method)},
        {u"from"_s, entry.from},
        {u"call_id"_s, entry.callId},
        {u"source"_s, entry.source.toString()},
        {u"transport"_s, transportToken(entry.source.transport)},
        {u"disposition"_s, ResponderLogEntry::dispositionToken(entry.disposition)},
        {u"status"_s, entry.statusCode ? QJsonValue(entry.statusCode) : QJsonValue()},
        {u"note"_s, entry.note},
        {u"raw"_s, QString::fromUtf8(entry.raw)},
    };
}

QJsonObject countersJson(const ResponderCounters &counters, bool final)
{
    QJsonObject object{
        {u"event"_s, final ? u"summary"_s : u"drops"_s},
        {u"received"_s, double(counters.received)},
        {u"answered"_s, double(counters.answered)},
        {u"absorbed"_s, double(counters.absorbed)},
        {u"dropped"_s, double(counters.dropped())},
        {u"rate_limited"_s, double(counters.rateLimited)},
        {u"table_full"_s, double(counters.tableFull)},
        {u"unanswerable"_s, double(counters.unanswerable)},
        {u"backlog"_s, double(counters.backlog)},
        {u"evicted"_s, double(counters.evicted)},
    };
    object.insert(u"kernel_dropped"_s, counters.kernelDropped ? QJsonValue(double(*counters.kernelDropped)) : QJsonValue());
    return object;
}

} // namespace

int runRespondCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"respond"_s, QString(),
                         QCoreApplication::translate("Cli", "Listen for SIP requests and answer every one with the chosen status code "
                            "(RFC 3261 §8.2.6, with server transactions). Loopback unless --listen names "
                            "another address. Exit status: 0 stopped, 2 cannot listen, 64 usage error."),
                         context);
    parser.addJsonOption();
    const QCommandLineOption listen({u"l"_s, u"listen"_s}, QCoreApplication::translate("Cli", "Address and port to listen on (default 127.0.0.1:5060; "
                                                              "0.0.0.0:PORT listens on every interface)."),
                                    u"ADDR:PORT"_s, u"127.0.0.1:5060"_s);
    const QCommandLineOption transport(u"transport"_s, QCoreApplication::translate("Cli", "udp (default), tcp, tls, ws or wss (SIP over WebSocket, RFC 7118)."), u"udp|tcp|tls|ws|wss"_s, u"udp"_s);
    const QCommandLineOption code(u"code"_s, QCoreApplication::translate("Cli", "The final response code, 200 to 699 (a 2xx is not sent to INVITE)."),
                                  u"N"_s);
    const QCommandLineOption reason(u"reason"_s, QCoreApplication::translate("Cli", "Reason phrase (default: the registered one)."), u"TEXT"_s);
    const QCommandLineOption header({u"H"_s, u"header"_s}, QCoreApplication::translate("Cli", "Add a header to the answer, e.g. 'Retry-After: 30' (repeatable)."),
                                    u"'Name: value'"_s);
    const QCommandLineOption delay(u"delay"_s, QCoreApplication::translate("Cli", "Wait MS milliseconds before the final response (at most 60000)."),
                                   u"MS"_s, u"0"_s);
    const QCommandLineOption provisional(u"provisional"_s, QCoreApplication::translate("Cli", "Send these provisional responses first, e.g. 100,180."),
                                         u"CODES"_s);
    const QCommandLineOption cert(u"cert"_s, QCoreApplication::translate("Cli", "TLS and WSS: the server certificate (PEM)."), u"FILE"_s);
    const QCommandLineOption key(u"key"_s, QCoreApplication::translate("Cli", "TLS and WSS: the private key (PEM, no passphrase)."), u"FILE"_s);
    const QCommandLineOption duration({u"d"_s, u"duration"_s}, QCoreApplication::translate("Cli", "Stop after S seconds (default: run until interrupted)."),
                                      u"S"_s);
    const QCommandLineOption verbose({u"v"_s, u"verbose"_s}, QCoreApplication::translate("Cli", "Also print each request as received."));
    const QCommandLineOption quiet({u"q"_s, u"quiet"_s}, QCoreApplication::translate("Cli", "Print no line per request, only the counters when it stops."));
    const QCommandLineOption rateLimit(u"rate-limit"_s, QCoreApplication::translate("Cli", "Answer at most N requests a second from each source address "
                                                          "(bursts up to N); the rest are dropped unanswered. Default: no limit."),
                                       u"N"_s, u"0"_s);
    const QCommandLineOption mirror(u"mirror"_s, QCoreApplication::translate("Cli", "SIP ALG test: answer OPTIONS with 200 whose body is the request "
                                                    "as received (message/sip) and whose SipScope-Mirror header names the source "
                                                    "address and port seen; other requests get --code (default 200)."));
    for (const QCommandLineOption &option : {listen, transport, code, reason, header, delay, provisional, cert, key,
                                             duration, verbose, quiet, rateLimit, mirror})
        parser.addOption(option);
    CaptureArguments capture;
    capture.addTo(parser);
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!parser.positionals().isEmpty())
        return parser.usageError(QCoreApplication::translate("Cli", "Unexpected argument \"%1\".").arg(parser.positionals().constFirst()));

    ResponderConfig config;
    const ResponderConfig::Listen address = ResponderConfig::parseListen(parser.value(listen));
    if (!address.isValid())
        return parser.usageError(address.errorMessage);
    config.address = address.address;
    config.port = address.port;
    const auto protocol = transportFromToken(parser.value(transport));
    if (!protocol)
        return parser.usageError(QCoreApplication::translate("Cli", "--transport must be udp, tcp, tls, ws or wss, not \"%1\".").arg(parser.value(transport)));
    config.transport = *protocol;
    config.mirror = parser.isSet(mirror);
    if (!parser.isSet(code) && !config.mirror)
        return parser.usageError(QCoreApplication::translate("Cli", "--code is required, e.g. --code 486."));
    bool ok = true;
    if (parser.isSet(code))
        config.statusCode = parser.value(code).toInt(&ok);
    if (!ok)
        return parser.usageError(QCoreApplication::translate("Cli", "--code must be a number from 200 to 699, not \"%1\".").arg(parser.value(code)));
    config.reasonPhrase = parser.value(reason);
    for (const QString &text : parser.values(header)) {
        QString error;
        const auto parsed = ResponderConfig::parseHeader(text, &error);
        if (!parsed)
            return parser.usageError(error);
        config.extraHeaders << *parsed;
    }
    config.delayMs = parser.value(delay).toInt(&ok);
    if (!ok)
        return parser.usageError(QCoreApplication::translate("Cli", "--delay must be a number of milliseconds, not \"%1\".").arg(parser.value(delay)));
    if (parser.isSet(provisional)) {
        QString error;
        const auto codes = ResponderConfig::parseProvisionals(parser.value(provisional), &error);
        if (!codes)
            return parser.usageError(error);
        config.provisionals = *codes;
    }
    config.rateLimitPerSource = parser.value(rateLimit).toInt(&ok);
    if (!ok || config.rateLimitPerSource < 0)
        return parser.usageError(QCoreApplication::translate("Cli", "--rate-limit must be a number of requests a second (0: no limit), not \"%1\".").arg(parser.value(rateLimit)));
    config.certificateFile = parser.value(cert);
    config.privateKeyFile = parser.value(key);
    std::optional<int> durationMs;
    if (parser.isSet(duration)) {
        const double seconds = parser.value(duration).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 30 * 24 * 3600)
            return parser.usageError(QCoreApplication::translate("Cli", "--duration must be a positive number of seconds, not \"%1\".").arg(parser.value(duration)));
        durationMs = int(std::lround(seconds * 1000));
    }
    const ResponderConfig::Check check = config.check();
    if (!check.isValid())
        return parser.usageError(check.errors.join(u' '));
    if (const auto problem = capture.apply(parser, config.wireTap))
        return parser.usageError(*problem);

    Responder responder;
    const SipError error = responder.start(config);
    if (error) {
        context.err << QCoreApplication::applicationName() << u" respond: "_s << error.message << Qt::endl;
        return 2;
    }
    for (const QString &warning : responder.warnings())
        context.err << QCoreApplication::applicationName() << u" respond: "_s << QCoreApplication::translate("Cli", "warning: %1").arg(warning) << Qt::endl;

    const bool json = parser.json();
    const ResponderPeer local{config.transport, responder.localAddress(), responder.localPort(), 0};
    if (json) {
        printJson(context.out, {{u"event"_s, u"listening"_s},
                                {u"address"_s, local.address.toString()},
                                {u"port"_s, int(local.port)},
                                {u"transport"_s, transportToken(config.transport)},
                                {u"status"_s, config.statusCode},
                                {u"reason"_s, config.effectiveReason()},
                                {u"mirror"_s, config.mirror}});
    } else {
        context.out << QCoreApplication::translate("Cli", "Listening on %1 %2, answering %3 %4")
                           .arg(transportViaToken(config.transport), local.toString())
                           .arg(config.statusCode).arg(config.effectiveReason())
                    << Qt::endl;
        if (config.mirror)
            context.out << QCoreApplication::translate("Cli", "Mirroring OPTIONS: 200 OK with the request as received and its source address")
                        << Qt::endl;
    }

    const bool showRaw = parser.isSet(verbose);
    const bool showRequests = !parser.isSet(quiet);
    QEventLoop loop;
    const auto printCounters = [&](const ResponderCounters &counters, bool final) {
        if (json)
            printJson(context.out, countersJson(counters, final));
        else
            context.err << QCoreApplication::applicationName() << u" respond: "_s << counters.summary() << Qt::endl;
    };
    QObject::connect(&responder, &Responder::dropsReported, &loop,
                     [&](const ResponderCounters &counters) { printCounters(counters, false); });
    QObject::connect(&responder, &Responder::requestLogged, &loop, [&](const ResponderLogEntry &entry) {
        if (!showRequests)
            return;
        if (json) {
            printJson(context.out, entryJson(entry));
            return;
        }
        QString line = entry.time.time().toString(u"HH:mm:ss.zzz"_s) + u"  "_s
            + (entry.method.isEmpty() ? u"-"_s : entry.method).leftJustified(9) + u' '
            + entry.source.toString().leftJustified(22) + u' ';
        line += entry.statusCode ? u"→ "_s + QString::number(entry.statusCode) : u"→ —"_s;
        line += u"  ["_s + ResponderLogEntry::dispositionToken(entry.disposition) + u']';
        if (!entry.from.isEmpty())
            line += u"  From: "_s + entry.from;
        if (!entry.note.isEmpty())
            line += u"  "_s + entry.note;
        context.out << line << Qt::endl;
        if (showRaw) {
            const QStringList lines = QString::fromUtf8(entry.raw).split(u'\n');
            for (QString rawLine : lines) {
                if (rawLine.endsWith(u'\r'))
                    rawLine.chop(1);
                context.out << u"    "_s << rawLine << Qt::endl;
            }
        }
    });
    QObject::connect(&responder, &Responder::notice, &loop, [&](const QString &text) {
        context.err << QCoreApplication::applicationName() << u" respond: "_s << text << Qt::endl;
    });
    QTimer stop;
    if (durationMs) {
        stop.setSingleShot(true);
        QObject::connect(&stop, &QTimer::timeout, &loop, &QEventLoop::quit);
        stop.start(*durationMs);
    }
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, &QEventLoop::quit);
    loop.exec();
    printCounters(responder.counters(), true);
    responder.stop();
    capture.finish(context.err);
    return ExitFound;
}

} // namespace SipScope::Cli
