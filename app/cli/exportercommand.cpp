// `sipscope-cli exporter`: a Prometheus exporter, one long-running process that answers
// /probe?target=…&module=… with one OPTIONS probe in the Prometheus formats (the
// multi-target pattern of blackbox_exporter). The work is ExporterService's
// (core/exporter); this file reads the arguments and the configuration, listens, and
// reloads on SIGHUP. The first line on stdout says where it listens.
//
// Exit status: 0 stopped (Ctrl+C) or --check-config found the file valid, 1 the file
// is not valid, 2 cannot listen or read the configuration, 64 usage error.
#include "commandparser.h"
#include "commands.h"

#ifdef SIPSCOPE_HAVE_EXPORTER
#include "hangupwatcher.h"
#include "interruptwatcher.h"

#include "exporter/exporterconfigreader.h"
#include "exporter/exporterservice.h"
#include "responder/responderconfig.h"

#include <QEventLoop>
#endif

#include <QCoreApplication>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

int runExporterCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"exporter"_s, QString(),
                         QCoreApplication::translate("Cli", "Run a Prometheus exporter: /probe?target=…&module=… sends one SIP OPTIONS "
                            "probe and answers with its metrics. Listens on loopback unless --listen names another address. "
                            "Exit status: 0 stopped or configuration valid, 1 configuration not valid, 2 cannot listen or read "
                            "the configuration, 64 usage error."),
                         context);
    const QCommandLineOption config({u"c"_s, u"config"_s}, QCoreApplication::translate("Cli", "The configuration file (YAML: modules, allow, limits)."),
                                    u"FILE"_s);
    const QCommandLineOption checkConfig(u"check-config"_s, QCoreApplication::translate("Cli", "Check the configuration file and exit."), u"FILE"_s);
    const QCommandLineOption listen({u"l"_s, u"listen"_s}, QCoreApplication::translate("Cli", "Address and port of the web server (default 127.0.0.1:9688; "
                                                              "0.0.0.0:PORT listens on every interface)."),
                                    u"ADDR:PORT"_s, u"127.0.0.1:9688"_s);
    for (const QCommandLineOption &option : {config, checkConfig, listen})
        parser.addOption(option);
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!parser.positionals().isEmpty())
        return parser.usageError(QCoreApplication::translate("Cli", "Unexpected argument \"%1\".").arg(parser.positionals().constFirst()));
#ifndef SIPSCOPE_HAVE_EXPORTER
    context.err << QCoreApplication::applicationName() << u" exporter: "_s
                << QCoreApplication::translate("Cli", "this sipscope-cli was built without the exporter (yaml-cpp was not found when it was built).")
                << Qt::endl;
    return 2;
#else
    const QString prefix = QCoreApplication::applicationName() + u" exporter: "_s;
    if (parser.isSet(checkConfig)) {
        const ExporterConfigRead read = ExporterConfigReader::readFile(parser.value(checkConfig));
        if (!read.config) {
            for (const QString &error : read.errors)
                context.err << prefix << error << Qt::endl;
            return 1;
        }
        context.out << QCoreApplication::translate("Cli", "%1 is valid: %n module(s)", nullptr, int(read.config->modules.size()))
                           .arg(parser.value(checkConfig))
                    << QCoreApplication::translate("Cli", ", %n allow entry(s).", nullptr, int(read.config->allow.size())) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(config))
        return parser.usageError(QCoreApplication::translate("Cli", "--config is required, e.g. --config sipscope-exporter.yml."));
    const ResponderConfig::Listen address = ResponderConfig::parseListen(parser.value(listen));
    if (!address.isValid())
        return parser.usageError(address.errorMessage);
    const QString path = parser.value(config);
    const ExporterConfigRead read = ExporterConfigReader::readFile(path);
    if (!read.config) {
        for (const QString &error : read.errors)
            context.err << prefix << error << Qt::endl;
        return 2;
    }
    ExporterService service(*read.config, [path] { return ExporterConfigReader::readFile(path); });
    QObject::connect(&service, &ExporterService::logged, &service,
                     [&context, prefix](const QString &line) { context.err << prefix << line << Qt::endl; });
    QString error;
    if (!service.listen(address.address, address.port, &error)) {
        context.err << prefix << QCoreApplication::translate("Cli", "cannot listen on %1:%2: %3")
                                     .arg(address.address.toString()).arg(address.port).arg(error)
                    << Qt::endl;
        return 2;
    }
    const QString host = address.address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.address.toString() + u']' : address.address.toString();
    context.out << QCoreApplication::translate("Cli", "Listening on http://%1:%2/ with %n module(s)", nullptr,
                                               int(read.config->modules.size()))
                       .arg(host).arg(service.port())
                << Qt::endl;
    QEventLoop loop;
    HangupWatcher hangup;
    QObject::connect(&hangup, &HangupWatcher::hangup, &service, [&service] { service.reload(); });
    InterruptWatcher interrupt;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
#endif
}

} // namespace SipScope::Cli
