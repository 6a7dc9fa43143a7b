// `sipscope-cli exporter` as it runs in production: a real Prometheus (Debian's package)
// scrapes it on loopback through the standard multi-target relabelling, with
// `sipscope-cli respond` answering 200 and 486 and a closed port; promtool checks every
// answer. Besides: the allow list (403, no packet), unknown modules, the concurrency cap,
// the minimum interval, reloads (SIGHUP, POST /-/reload, a bad file keeps the old one),
// --check-config, and the password never in any answer.
#include "cliprocess.h"
#include "loopbackports.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef Q_OS_WIN
#include <csignal>
#endif

using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// A child process that is stopped (SIGTERM to its own PID, then SIGKILL) when the test ends.
struct Child
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    ~Child()
    {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
};

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    Child m_ok;
    Child m_busy;
    quint16 m_okPort = 0;
    quint16 m_busyPort = 0;
    quint16 m_closedPort = 0;

    HttpAnswer request(const QByteArray &method, const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest networkRequest{QUrl(url)};
        for (const auto &header : headers)
            networkRequest.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(60000)) {
            reply->abort();
            reply->deleteLater();
            return {};
        }
        HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                          reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
        reply->deleteLater();
        return answer;
    }

    // Starts a child and waits for its first line on stdout; the line, or empty.
    static QString startAndReadFirstLine(QProcess &process, const QString &program, const QStringList &arguments)
    {
        process.start(program, arguments);
        if (!process.waitForStarted(30000))
            return {};
        QElapsedTimer clock;
        clock.start();
        while (!process.canReadLine() && clock.elapsed() < 30000 && process.state() == QProcess::Running)
            process.waitForReadyRead(200);
        return QString::fromUtf8(process.readLine()).trimmed();
    }

    static quint16 portFromListeningLine(const QString &line)
    {
        const QRegularExpressionMatch match = QRegularExpression(u"127\\.0\\.0\\.1:(\\d+)"_s).match(line);
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    QString config(const QByteArray &extra = {}, const QByteArray &limits = "limits: {min_interval: 0s}\n"_ba)
    {
        return writeFile(u"exporter.yml"_s,
                         "modules:\n"
                         "  sip_udp:\n"
                         "    transport: udp\n"
                         "    timeout: 2s\n"
                         "  sip_auth:\n"
                         "    transport: udp\n"
                         "    timeout: 2s\n"
                         "    auth: {user: alice, password_env: SIPSCOPE_TEST_EXPORTER_SECRET}\n"
                         + extra + "allow:\n  - 127.0.0.1\n" + limits);
    }

    // Starts an exporter on a free port; its base URL, or empty.
    QString startExporter(Child &child, const QString &configFile)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SIPSCOPE_TEST_EXPORTER_SECRET"_s, u"exporter-password-42"_s);
        child.process->setProcessEnvironment(environment);
        const QString line = startAndReadFirstLine(*child.process, QStringLiteral(SIPSCOPE_CLI_PATH),
                                                   {u"exporter"_s, u"--config"_s, configFile, u"--listen"_s, u"127.0.0.1:0"_s});
        const quint16 port = portFromListeningLine(line);
        return port ? u"http://127.0.0.1:%1"_s.arg(port) : QString();
    }

    QString probeUrl(const QString &base, quint16 port, const QString &module = u"sip_udp"_s)
    {
        return base + u"/probe?target=127.0.0.1:%1&module=%2"_s.arg(port).arg(module);
    }

    static int promtoolCheckMetrics(const QByteArray &text, QString *output)
    {
        QProcess promtool;
        promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
        promtool.waitForStarted(30000);
        promtool.write(text);
        promtool.closeWriteChannel();
        promtool.waitForFinished(60000);
        *output = QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
        return promtool.exitStatus() == QProcess::NormalExit ? promtool.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"prometheus"_s).isEmpty() || QStandardPaths::findExecutable(u"promtool"_s).isEmpty())
            QSKIP("prometheus and promtool are not installed (scripts/setup.sh installs Debian's prometheus)");
        for (auto [child, code, port] : {std::tuple{&m_ok, 200, &m_okPort}, std::tuple{&m_busy, 486, &m_busyPort}}) {
            const QString line = startAndReadFirstLine(*child->process, QStringLiteral(SIPSCOPE_CLI_PATH),
                                                       {u"respond"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--code"_s,
                                                        QString::number(code), u"--json"_s});
            const QJsonObject listening = QJsonDocument::fromJson(line.toUtf8()).object();
            *port = quint16(listening.value(u"port"_s).toInt());
            QVERIFY2(*port, qPrintable(line));
        }
        m_closedPort = closedUdpPort();
    }

    void prometheusRecordsProbeSuccess()
    {
        Child exporter;
        const QString base = startExporter(exporter, config());
        QVERIFY(!base.isEmpty());
        const quint16 prometheusPort = closedTcpPort();
        const QByteArray exporterAddress = QUrl(base).authority().toUtf8();
        // The multi-target pattern (prometheus.io/docs/guides/multi-target-exporter):
        // the target goes into ?target=, the instance label keeps it, the scrape goes to
        // the exporter.
        const QString prometheusConfig = writeFile(u"prometheus.yml"_s,
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
            "scrape_configs:\n"
            "  - job_name: sip\n"
            "    metrics_path: /probe\n"
            "    params:\n      module: [sip_udp]\n"
            "    static_configs:\n"
            "      - targets: ['127.0.0.1:" + QByteArray::number(m_okPort) + "', '127.0.0.1:" + QByteArray::number(m_busyPort)
            + "', '127.0.0.1:" + QByteArray::number(m_closedPort) + "']\n"
            "    relabel_configs:\n"
            "      - source_labels: [__address__]\n        target_label: __param_target\n"
            "      - source_labels: [__param_target]\n        target_label: instance\n"
            "      - target_label: __address__\n        replacement: " + exporterAddress + "\n"
            "  - job_name: exporter\n"
            "    static_configs:\n      - targets: ['" + exporterAddress + "']\n");
        QVERIFY(!prometheusConfig.isEmpty());
        Child prometheus;
        prometheus.process->setProcessChannelMode(QProcess::MergedChannels);
        prometheus.process->start(u"prometheus"_s, {u"--config.file="_s + prometheusConfig,
                                                    u"--storage.tsdb.path="_s + m_dir.filePath(u"tsdb"_s),
                                                    u"--web.listen-address=127.0.0.1:%1"_s.arg(prometheusPort)});
        QVERIFY(prometheus.process->waitForStarted(30000));
        const QString query = u"http://127.0.0.1:%1/api/v1/query?query=probe_success"_s.arg(prometheusPort);
        QMap<QString, QString> values;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 90000) {
            values.clear();
            const HttpAnswer answer = request("GET", query);
            const QJsonArray results = QJsonDocument::fromJson(answer.body).object().value(u"data"_s).toObject()
                                           .value(u"result"_s).toArray();
            for (const QJsonValue &result : results) {
                values.insert(result.toObject().value(u"metric"_s).toObject().value(u"instance"_s).toString(),
                              result.toObject().value(u"value"_s).toArray().at(1).toString());
            }
            if (values.size() == 3)
                break;
            QTest::qWait(500);
        }
        QVERIFY2(values.size() == 3, qPrintable(QString::fromUtf8(prometheus.process->readAll().right(3000))));
        QCOMPARE(values.value(u"127.0.0.1:%1"_s.arg(m_okPort)), u"1"_s);
        QCOMPARE(values.value(u"127.0.0.1:%1"_s.arg(m_busyPort)), u"0"_s);
        QCOMPARE(values.value(u"127.0.0.1:%1"_s.arg(m_closedPort)), u"0"_s);
        // The exporter's own metrics are scraped too, and every probe scrape came back up.
        QTRY_VERIFY_WITH_TIMEOUT(
            request("GET", u"http://127.0.0.1:%1/api/v1/query?query=sipscope_exporter_build_info"_s.arg(prometheusPort))
                .body.contains("\"version\""),
            60000);
        const HttpAnswer up = request("GET", u"http://127.0.0.1:%1/api/v1/query?query=min(up)"_s.arg(prometheusPort));
        QVERIFY2(up.body.contains("\"1\"]"), up.body.constData());
    }

    void promtoolAcceptsEveryAnswer()
    {
        Child exporter;
        const QString base = startExporter(exporter, config());
        QVERIFY(!base.isEmpty());
        for (const QString &url : {probeUrl(base, m_okPort), probeUrl(base, m_busyPort), probeUrl(base, m_closedPort),
                                   probeUrl(base, m_okPort, u"sip_auth"_s), base + u"/metrics"_s}) {
            const HttpAnswer answer = request("GET", url);
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.contentType.startsWith("text/plain; version=0.0.4"));
            QString output;
            QCOMPARE(promtoolCheckMetrics(answer.body, &output), 0);
            QVERIFY2(output.trimmed().isEmpty(), qPrintable(url + u": "_s + output));
        }
        const HttpAnswer openMetrics = request("GET", probeUrl(base, m_okPort), {{"Accept", "application/openmetrics-text; version=1.0.0"}});
        QVERIFY(openMetrics.contentType.startsWith("application/openmetrics-text"));
        QVERIFY(openMetrics.body.endsWith("# EOF\n"));
        QVERIFY(openMetrics.body.contains("probe_success 1\n"));
        QVERIFY(request("GET", probeUrl(base, m_busyPort)).body.contains("probe_sip_status_code 486\n"));
        QVERIFY(request("GET", probeUrl(base, m_busyPort)).body.contains("probe_sip_failure{reason=\"unexpected_status\"} 1\n"));
        QVERIFY(request("GET", probeUrl(base, m_closedPort)).body.contains("probe_sip_failure{reason=\"refused\"} 1\n"));
    }

    void refusedRequests()
    {
        Child exporter;
        const QString base = startExporter(exporter, config());
        QVERIFY(!base.isEmpty());
        const HttpAnswer notAllowed = request("GET", base + u"/probe?target=127.0.0.2:%1&module=sip_udp"_s.arg(m_okPort));
        QCOMPARE(notAllowed.status, 403);
        QVERIFY(notAllowed.body.contains("allow list"));
        const HttpAnswer name = request("GET", base + u"/probe?target=sip:localhost:%1&module=sip_udp"_s.arg(m_okPort));
        QCOMPARE(name.status, 403);   // a name is never resolved to check it
        QCOMPARE(request("GET", base + u"/probe?target=127.0.0.1&module=nope"_s).status, 400);
        QCOMPARE(request("GET", base + u"/probe?module=sip_udp"_s).status, 400);
        QCOMPARE(request("GET", base + u"/probe?target=sip:&module=sip_udp"_s).status, 400);
        QCOMPARE(request("GET", base + u"/nothing"_s).status, 404);
        QCOMPARE(request("POST", base + u"/probe?target=127.0.0.1&module=sip_udp"_s).status, 405);
        QCOMPARE(request("GET", base + u"/-/reload"_s).status, 405);
        QCOMPARE(request("GET", probeUrl(base, m_okPort), {{"X-Prometheus-Scrape-Timeout-Seconds", "soon"}}).status, 400);
        const HttpAnswer own = request("GET", base + u"/metrics"_s);
        QVERIFY2(own.body.contains("sipscope_exporter_refused_targets_total 2\n"), own.body.constData());
        // The responders saw none of it: their counters are checked in the summary
        // they print when they stop (the later tests still need them running).
    }

    void debugOutputAndPageNeverShowThePassword()
    {
        Child exporter;
        const QString base = startExporter(exporter, config());
        QVERIFY(!base.isEmpty());
        const HttpAnswer debug = request("GET", probeUrl(base, m_okPort, u"sip_auth"_s) + u"&debug=true"_s);
        QCOMPARE(debug.status, 200);
        QVERIFY(debug.body.contains("Timeline:"));
        QVERIFY(debug.body.contains("OPTIONS sip:127.0.0.1"));
        QVERIFY(debug.body.contains("probe_success 1"));
        QVERIFY(!debug.body.contains("exporter-password-42"));
        const HttpAnswer page = request("GET", base + u"/"_s);
        QVERIFY(page.body.contains("debug=true"));
        QVERIFY(page.body.contains("sip_auth"));
        QVERIFY(!page.body.contains("exporter-password-42"));
        QVERIFY(!request("GET", base + u"/metrics"_s).body.contains("exporter-password-42"));
    }

    void minimumIntervalGivesThePreviousAnswer()
    {
        Child exporter;
        const QString base = startExporter(exporter, config({}, "limits: {min_interval: 60s}\n"_ba));
        QVERIFY(!base.isEmpty());
        const HttpAnswer first = request("GET", probeUrl(base, m_okPort));
        const HttpAnswer second = request("GET", probeUrl(base, m_okPort));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);   // the same probe's metrics, durations included
        const HttpAnswer own = request("GET", base + u"/metrics"_s);
        QVERIFY2(own.body.contains("sipscope_exporter_probes_total{module=\"sip_udp\",result=\"cached\"} 1\n"), own.body.constData());
        QVERIFY(own.body.contains("sipscope_exporter_probes_total{module=\"sip_udp\",result=\"success\"} 1\n"));
    }

    void concurrencyCapAnswers503()
    {
        Child exporter;
        // A 10 s probe of a silent port holds the only slot.
        const QString base = startExporter(exporter, config("  slow:\n    transport: udp\n    timeout: 10s\n"_ba,
                                                            "limits: {max_concurrent_probes: 1, min_interval: 0s}\n"_ba));
        QVERIFY(!base.isEmpty());
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        QNetworkReply *held = m_network.get(QNetworkRequest(QUrl(probeUrl(base, silent.localPort(), u"slow"_s))));
        QTRY_VERIFY_WITH_TIMEOUT(request("GET", base + u"/metrics"_s).body.contains("sipscope_exporter_probes_in_flight 1\n"), 30000);
        const HttpAnswer refused = request("GET", probeUrl(base, m_okPort));
        QCOMPARE(refused.status, 503);
        QVERIFY(request("GET", base + u"/metrics"_s).body.contains("sipscope_exporter_overloaded_total 1\n"));
        held->abort();
        held->deleteLater();
    }

    void reloads()
    {
        Child exporter;
        const QString file = config();
        const QString base = startExporter(exporter, file);
        QVERIFY(!base.isEmpty());
        QCOMPARE(request("GET", probeUrl(base, m_okPort, u"added"_s)).status, 400);
        config("  added:\n    transport: udp\n"_ba);
        const HttpAnswer reloaded = request("POST", base + u"/-/reload"_s);
        QCOMPARE(reloaded.status, 200);
        QCOMPARE(request("GET", probeUrl(base, m_okPort, u"added"_s)).status, 200);
        // A bad file: 500 with the reason, and the previous configuration goes on.
        writeFile(u"exporter.yml"_s, "modules:\n  added:\n    transprt: udp\nallow: [127.0.0.1]\n"_ba);
        const HttpAnswer bad = request("POST", base + u"/-/reload"_s);
        QCOMPARE(bad.status, 500);
        QVERIFY2(bad.body.contains("line 3, column 5") && bad.body.contains("transprt"), bad.body.constData());
        QCOMPARE(request("GET", probeUrl(base, m_okPort, u"added"_s)).status, 200);
        QVERIFY(request("GET", base + u"/metrics"_s).body.contains("sipscope_exporter_config_last_reload_successful 0\n"));
#ifndef Q_OS_WIN
        // SIGHUP reads the file again too.
        config("  viahup:\n    transport: udp\n"_ba);
        ::kill(pid_t(exporter.process->processId()), SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(request("GET", probeUrl(base, m_okPort, u"viahup"_s)).status, 200, 30000);
        QVERIFY(request("GET", base + u"/metrics"_s).body.contains("sipscope_exporter_config_last_reload_successful 1\n"));
#endif
    }

    void checkConfig()
    {
        const CliRun good = runCliProcess({u"exporter"_s, u"--check-config"_s, config()},
                                          {.environment = {{u"SIPSCOPE_TEST_EXPORTER_SECRET"_s, u"x"_s}}});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(u"is valid: 2 module(s)"_s), qPrintable(good.out));
        const QString bad = writeFile(u"bad.yml"_s, "modules:\n  m:\n    timout: 3s\n    transport: udq\nallow: [300.0.0.0/8]\n"_ba);
        const CliRun invalid = runCliProcess({u"exporter"_s, u"--check-config"_s, bad});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains(u"line 3, column 5"_s) && invalid.err.contains(u"line 4, column 16"_s)
                     && invalid.err.contains(u"line 5, column 8"_s),
                 qPrintable(invalid.err));
        QCOMPARE(runCliProcess({u"exporter"_s}).exitCode, 64);
        QCOMPARE(runCliProcess({u"exporter"_s, u"--config"_s, m_dir.filePath(u"missing.yml"_s)}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
