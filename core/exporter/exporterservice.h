// The exporter behind the web server: routes /probe, /metrics, /, /-/reload and
// /-/healthy, runs one OptionsProbe per scrape (the multi-target pattern), and keeps
// the exporter's own counters and the recent probes.
//
// A probe runs only for a target the allow list admits (else 403, and no packet), at
// most limits.max_concurrent_probes at once (else 503: Prometheus records the scrape as
// failed, which is right when the exporter is overloaded), and a target and module
// scraped again within limits.min_interval get the previous answer again (a 200, as a
// scraper expects; a 429 would read as the exporter being down). Concurrent scrapes
// of one target and module share one probe.
#pragma once

#include "exporterconfigreader.h"
#include "httpserver.h"
#include "metricfamily.h"

#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>

namespace SipScope {

class OptionsProbe;

class ExporterService final : public QObject
{
    Q_OBJECT
public:
    // `load` reads the configuration again (POST /-/reload, reload()); its errors keep
    // the running configuration.
    using ConfigLoader = std::function<ExporterConfigRead()>;
    ExporterService(ExporterConfig config, ConfigLoader load, QObject *parent = nullptr);
    ~ExporterService() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    // Reads the configuration again; empty on success, else the translated errors.
    QStringList reload();
    const ExporterConfig &config() const { return m_config; }

    QList<MetricFamily> ownMetrics() const;

Q_SIGNALS:
    // For the command's log: a reload and its outcome.
    void logged(const QString &line);

private:
    struct Waiter
    {
        quint64 id = 0;
        bool openMetrics = false;
        bool debug = false;
    };
    struct Answer
    {
        QList<MetricFamily> metrics;
        QByteArray debugText;
        bool success = false;
        qint64 finishedMs = 0;   // on m_clock
    };
    struct Running
    {
        std::unique_ptr<OptionsProbe> probe;
        QString module;
        QString target;
        std::chrono::milliseconds timeout{0};
        QElapsedTimer clock;
        QList<Waiter> waiters;
    };
    struct Recent
    {
        QDateTime time;
        QString module;
        QString target;
        bool success = false;
        QString reason;
        int status = 0;
        double seconds = 0;
        bool cached = false;
    };

    void onRequest(quint64 id, const HttpRequest &request);
    void handleProbe(quint64 id, const HttpRequest &request);
    void onProbeFinished(const QString &key, const ProbeResult &result);
    void answer(const Waiter &waiter, const Answer &answer);
    void remember(const Recent &recent);
    HttpResponse indexPage() const;
    HttpResponse metricsPage(const HttpRequest &request) const;
    void count(const QString &module, const QString &result);

    ExporterConfig m_config;
    ConfigLoader m_load;
    HttpServer m_server;
    QElapsedTimer m_clock;
    QDateTime m_started;
    QHash<QString, Running *> m_running;
    QHash<QString, Answer> m_answers;       // the last answer of each target and module
    std::deque<Recent> m_recent;
    QMap<QPair<QString, QString>, quint64> m_probes;   // (module, result) → count
    quint64 m_refusedTargets = 0;
    quint64 m_overloaded = 0;
    quint64 m_badRequests = 0;
    bool m_lastReloadOk = true;
    QDateTime m_lastReload;
};

} // namespace SipScope
