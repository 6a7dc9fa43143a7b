#include "exporterservice.h"

#include "metricswriter.h"
#include "probedebugtext.h"
#include "probemetrics.h"
#include "processmetrics.h"

#include "probe/optionsprobe.h"
#include "sip/probetarget.h"

#include "sipscope_version.h"

#include <QTimer>
#include <QUrl>

#include <cmath>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::size_t maxRecent = 50;
constexpr qsizetype maxRememberedAnswers = 20000;

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = HttpResponse::text(405, QCoreApplication::translate("SipScope::ExporterService", "This path answers %1 only.").arg(QString::fromLatin1(allow)));
    response.headers.append({"Allow"_ba, allow});
    return response;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString queryValue(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

ExporterService::ExporterService(ExporterConfig config, ConfigLoader load, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_load(std::move(load)), m_started(QDateTime::currentDateTimeUtc()),
      m_lastReload(m_started)
{
    m_clock.start();
    connect(&m_server, &HttpServer::requestReceived, this, &ExporterService::onRequest);
}

ExporterService::~ExporterService()
{
    for (Running *running : std::as_const(m_running))
        delete running;
}

bool ExporterService::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_server.listen(address, port, error);
}

QStringList ExporterService::reload()
{
    const ExporterConfigRead read = m_load ? m_load() : ExporterConfigRead{};
    m_lastReload = QDateTime::currentDateTimeUtc();
    if (!read.config) {
        m_lastReloadOk = false;
        QStringList errors = read.errors;
        if (errors.isEmpty())
            errors << tr("The configuration cannot be read again.");
        Q_EMIT logged(tr("Reload failed, the previous configuration stays: %1").arg(errors.join(u"; "_s)));
        return errors;
    }
    m_config = *read.config;
    m_answers.clear();   // a module may have changed: no answer of the old one is served again
    m_lastReloadOk = true;
    Q_EMIT logged(tr("Configuration reloaded: %n module(s)", nullptr, int(m_config.modules.size())));
    return {};
}

void ExporterService::onRequest(quint64 id, const HttpRequest &request)
{
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (request.path == u"/probe"_s) {
        if (!read)
            return m_server.respond(id, methodNotAllowed("GET, HEAD"_ba));
        return handleProbe(id, request);
    }
    if (request.path == u"/metrics"_s)
        return m_server.respond(id, read ? metricsPage(request) : methodNotAllowed("GET, HEAD"_ba));
    if (request.path == u"/"_s)
        return m_server.respond(id, read ? indexPage() : methodNotAllowed("GET, HEAD"_ba));
    if (request.path == u"/-/healthy"_s)
        return m_server.respond(id, read ? HttpResponse::text(200, u"OK"_s) : methodNotAllowed("GET, HEAD"_ba));
    if (request.path == u"/-/reload"_s) {
        if (request.method != "POST")
            return m_server.respond(id, methodNotAllowed("POST"_ba));
        const QStringList errors = reload();
        if (errors.isEmpty())
            return m_server.respond(id, HttpResponse::text(200, tr("Configuration reloaded.")));
        return m_server.respond(id, HttpResponse::text(500, tr("The configuration was not reloaded, the previous one stays: %1")
                                                                 .arg(errors.join(u"\n"_s))));
    }
    m_server.respond(id, HttpResponse::text(404, tr("Nothing here: try /probe?target=…&module=…, /metrics or /.")));
}

void ExporterService::count(const QString &module, const QString &result)
{
    ++m_probes[{module, result}];
}

void ExporterService::handleProbe(quint64 id, const HttpRequest &request)
{
    const auto refuse = [&](int status, const QString &message) {
        if (status == 400)
            ++m_badRequests;
        m_server.respond(id, HttpResponse::text(status, message));
    };
    const QString targetText = queryValue(request, u"target"_s);
    if (targetText.trimmed().isEmpty())
        return refuse(400, tr("The target parameter is missing: /probe?target=sip:host&module=NAME."));
    QString moduleName = queryValue(request, u"module"_s);
    if (moduleName.isEmpty() && m_config.modules.size() == 1)
        moduleName = m_config.modules.firstKey();
    const QString known = QStringList(m_config.modules.keys()).join(u", "_s);
    if (moduleName.isEmpty())
        return refuse(400, tr("The module parameter is missing; the configured modules are: %1.").arg(known));
    const auto module = m_config.modules.constFind(moduleName);
    if (module == m_config.modules.cend())
        return refuse(400, tr("Unknown module \"%1\"; the configured modules are: %2.").arg(moduleName, known));
    const ProbeTarget target = ProbeTarget::parse(targetText);
    if (!target.isValid())
        return refuse(400, tr("The target \"%1\" is not valid: %2").arg(targetText, target.errorMessage()));
    if (!m_config.allow.allows(target.uri().host())) {
        ++m_refusedTargets;
        return refuse(403, tr("The target host %1 is not in the configuration's allow list; nothing was sent.")
                               .arg(target.uri().host()));
    }
    Waiter waiter;
    waiter.id = id;
    waiter.openMetrics = MetricsWriter::negotiate(request.header("accept")) == MetricsWriter::Format::OpenMetrics;
    const QString debug = queryValue(request, u"debug"_s).toLower();
    waiter.debug = debug == u"true"_s || debug == u"1"_s;

    const QString key = moduleName + u'\n' + target.uri().toString() + u'\n' + target.webSocketPath();
    const qint64 now = m_clock.elapsed();
    const auto cached = m_answers.constFind(key);
    if (cached != m_answers.cend() && now - cached->finishedMs < m_config.limits.minInterval.count()) {
        count(moduleName, u"cached"_s);
        Recent recent;
        recent.time = QDateTime::currentDateTimeUtc();
        recent.module = moduleName;
        recent.target = targetText;
        recent.success = cached->success;
        recent.cached = true;
        remember(recent);
        return answer(waiter, *cached);
    }
    if (Running *running = m_running.value(key)) {
        running->waiters << waiter;   // the same probe answers both scrapes
        return;
    }
    if (m_running.size() >= m_config.limits.maxConcurrentProbes) {
        ++m_overloaded;
        return refuse(503, tr("%n probe(s) are running already, the configured maximum; try again later.", nullptr,
                              int(m_running.size())));
    }

    std::optional<double> scrapeTimeout;
    const QByteArray header = request.header("x-prometheus-scrape-timeout-seconds");
    if (!header.isEmpty()) {
        bool ok = false;
        const double seconds = header.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0)
            return refuse(400, tr("X-Prometheus-Scrape-Timeout-Seconds is not a positive number of seconds: \"%1\".")
                                   .arg(QString::fromLatin1(header)));
        scrapeTimeout = seconds;
    }
    auto *running = new Running;
    running->module = moduleName;
    running->target = targetText;
    running->timeout = module->effectiveTimeout(scrapeTimeout);
    running->waiters << waiter;
    running->probe = std::make_unique<OptionsProbe>();
    running->clock.start();
    m_running.insert(key, running);
    ProbeOptions options = module->probe;
    options.timers.timerF = running->timeout;
    connect(running->probe.get(), &OptionsProbe::finished, this,
            [this, key](const ProbeResult &result) { onProbeFinished(key, result); });
    // Timer F bounds the transaction; this bounds everything (a DNS lookup that hangs).
    QTimer::singleShot(running->timeout + std::chrono::milliseconds(1000), running->probe.get(),
                       [probe = running->probe.get()] { probe->cancel(); });
    running->probe->start(targetText, options);
}

void ExporterService::onProbeFinished(const QString &key, const ProbeResult &result)
{
    Running *running = m_running.take(key);
    if (!running)
        return;
    const qint64 durationUs = running->clock.nsecsElapsed() / 1000;
    const auto module = m_config.modules.constFind(running->module);
    // A reload may have removed the module meanwhile: the default expectation then.
    const ExporterModule moduleUsed = module != m_config.modules.cend() ? *module : ExporterModule{running->module, {}, {}, {}, {}, {}};
    Answer answerToGive;
    answerToGive.metrics = ProbeMetrics::of(result, moduleUsed.verdictProfile(), durationUs);
    answerToGive.success = ProbeMetrics::isSuccess(result, moduleUsed.verdictProfile());
    answerToGive.debugText = ProbeDebugText::of(moduleUsed, result, running->timeout);
    answerToGive.finishedMs = m_clock.elapsed();
    if (m_answers.size() >= maxRememberedAnswers) {
        // Forget the answers too old to be served again.
        const qint64 horizon = answerToGive.finishedMs - m_config.limits.minInterval.count();
        for (auto it = m_answers.begin(); it != m_answers.end();)
            it = it->finishedMs < horizon ? m_answers.erase(it) : std::next(it);
    }
    if (m_config.limits.minInterval.count() > 0 && m_answers.size() < maxRememberedAnswers)
        m_answers.insert(key, answerToGive);
    count(running->module, answerToGive.success ? u"success"_s : u"failure"_s);
    Recent recent;
    recent.time = QDateTime::currentDateTimeUtc();
    recent.module = running->module;
    recent.target = running->target;
    recent.success = answerToGive.success;
    recent.reason = ProbeMetrics::failureReason(result, moduleUsed.verdictProfile());
    recent.status = result.hasFinalResponse() ? result.statusCode : 0;
    recent.seconds = double(durationUs) / 1e6;
    remember(recent);
    for (const Waiter &waiter : std::as_const(running->waiters))
        answer(waiter, answerToGive);
    running->probe.release()->deleteLater();   // finished() is still being emitted
    delete running;
}

void ExporterService::answer(const Waiter &waiter, const Answer &given)
{
    HttpResponse response;
    if (waiter.debug) {
        response.body = given.debugText + '\n' + tr("Metrics:").toUtf8() + '\n'
            + MetricsWriter::render(given.metrics, MetricsWriter::Format::Text);
    } else {
        const auto format = waiter.openMetrics ? MetricsWriter::Format::OpenMetrics : MetricsWriter::Format::Text;
        response.contentType = MetricsWriter::contentType(format);
        response.body = MetricsWriter::render(given.metrics, format);
    }
    m_server.respond(waiter.id, response);
}

void ExporterService::remember(const Recent &recent)
{
    m_recent.push_front(recent);
    while (m_recent.size() > maxRecent)
        m_recent.pop_back();
}

QList<MetricFamily> ExporterService::ownMetrics() const
{
    QList<MetricFamily> families;
    MetricFamily probes{u"sipscope_exporter_probes"_s, MetricFamily::Type::Counter,
                        u"Scrapes of /probe answered, by module and result (success, failure, or cached: the previous answer again)"_s, {}};
    for (auto it = m_probes.cbegin(); it != m_probes.cend(); ++it)
        probes.samples << MetricSample{{{u"module"_s, it.key().first}, {u"result"_s, it.key().second}}, double(it.value())};
    families << probes;
    families << MetricFamily::gauge(u"sipscope_exporter_probes_in_flight"_s, u"Probes running now"_s, double(m_running.size()));
    families << MetricFamily{u"sipscope_exporter_refused_targets"_s, MetricFamily::Type::Counter,
                             u"Probes refused because the target is not in the allow list"_s, {MetricSample{{}, double(m_refusedTargets)}}};
    families << MetricFamily{u"sipscope_exporter_overloaded"_s, MetricFamily::Type::Counter,
                             u"Probes refused with 503 because max_concurrent_probes were running"_s, {MetricSample{{}, double(m_overloaded)}}};
    families << MetricFamily{u"sipscope_exporter_bad_requests"_s, MetricFamily::Type::Counter,
                             u"Probe requests refused with 400: no or unknown module, invalid target"_s, {MetricSample{{}, double(m_badRequests)}}};
    families << MetricFamily::gauge(u"sipscope_exporter_config_last_reload_successful"_s,
                                    u"Whether the last configuration reload succeeded"_s, m_lastReloadOk ? 1 : 0);
    families << MetricFamily::gauge(u"sipscope_exporter_config_last_reload_success_timestamp_seconds"_s,
                                    u"Timestamp of the last configuration load or reload"_s, double(m_lastReload.toSecsSinceEpoch()));
    families << MetricFamily{u"sipscope_exporter_build_info"_s, MetricFamily::Type::Gauge,
                             u"A metric with a constant 1 labelled with the version of SipScope and of Qt"_s,
                             {MetricSample{{{u"version"_s, QString::fromLatin1(SIPSCOPE_VERSION)}, {u"qt_version"_s, QString::fromLatin1(qVersion())}}, 1}}};
    families << ProcessMetrics::collect(m_started);
    return families;
}

HttpResponse ExporterService::metricsPage(const HttpRequest &request) const
{
    const auto format = MetricsWriter::negotiate(request.header("accept"));
    HttpResponse response;
    response.contentType = MetricsWriter::contentType(format);
    response.body = MetricsWriter::render(ownMetrics(), format);
    return response;
}

HttpResponse ExporterService::indexPage() const
{
    QString page = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>SipScope exporter</title></head><body>\n"_s;
    page += u"<h1>SipScope exporter</h1>\n<p><a href=\"/metrics\">/metrics</a></p>\n"_s;
    page += u"<h2>"_s + html(tr("Modules")) + u"</h2>\n<ul>\n"_s;
    for (auto it = m_config.modules.cbegin(); it != m_config.modules.cend(); ++it)
        page += u"<li>"_s + html(it.key()) + u"</li>\n"_s;
    page += u"</ul>\n<h2>"_s + html(tr("Recent probes")) + u"</h2>\n<table border=\"1\">\n<tr><th>"_s
        + html(tr("Time (UTC)")) + u"</th><th>"_s + html(tr("Module")) + u"</th><th>"_s + html(tr("Target")) + u"</th><th>"_s
        + html(tr("Result")) + u"</th><th>"_s + html(tr("Status")) + u"</th><th>"_s + html(tr("Duration")) + u"</th><th>"_s
        + html(tr("Debug")) + u"</th></tr>\n"_s;
    for (const Recent &recent : m_recent) {
        const QString link = u"/probe?target="_s + QString::fromLatin1(QUrl::toPercentEncoding(recent.target))
            + u"&module="_s + QString::fromLatin1(QUrl::toPercentEncoding(recent.module)) + u"&debug=true"_s;
        const QString result = recent.cached ? tr("previous answer (%1)").arg(recent.success ? tr("success") : tr("failure"))
            : recent.success              ? tr("success")
                                          : tr("failure: %1").arg(recent.reason);
        page += u"<tr><td>"_s + recent.time.toString(Qt::ISODate) + u"</td><td>"_s + html(recent.module) + u"</td><td>"_s
            + html(recent.target) + u"</td><td>"_s + html(result) + u"</td><td>"_s
            + (recent.status ? QString::number(recent.status) : QString()) + u"</td><td>"_s
            + (recent.cached ? QString() : QString::number(recent.seconds, 'f', 3) + u" s"_s) + u"</td><td><a href=\""_s
            + html(link) + u"\">"_s + html(tr("debug")) + u"</a></td></tr>\n"_s;
    }
    page += u"</table>\n</body></html>\n"_s;
    HttpResponse response;
    response.contentType = "text/html; charset=utf-8"_ba;
    response.body = page.toUtf8();
    return response;
}

} // namespace SipScope
