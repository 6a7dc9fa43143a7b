// The monitoring-plugin verdict: one row per rule of the plugin mode (default 2xx, --expect,
// --alive, -w/-c, no response, bad arguments), the exact status line and perfdata
// format of the Monitoring Plugins guidelines, and the argument parsers.
#include "monitor/nagiosverdict.h"

#include "sip/resolveresult.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

namespace {

ProbeResult answered(int code, const QString &reason, double rttMs)
{
    ProbeResult result;
    result.target = u"sip:127.0.0.1:5060"_s;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = code;
    result.reasonPhrase = reason;
    result.rttUs = qint64(rttMs * 1000.0);
    return result;
}

ProbeResult failed(ErrorKind kind, int localStatus, const QString &message)
{
    ProbeResult result;
    result.target = u"sip:127.0.0.1:5060"_s;
    result.origin = localStatus ? ProbeResult::Origin::Local : ProbeResult::Origin::None;
    result.localStatus = localStatus;
    result.error = {kind, message, {}};
    return result;
}

// An answered probe with keep-alive pings: one entry a ping, the pong's RTT in ms or
// none (< 0).
ProbeResult withKeepAlive(const QList<double> &pongMs, int requested,
                          KeepAliveReport::Kind kind = KeepAliveReport::Kind::Crlf)
{
    ProbeResult result = answered(200, u"OK"_s, 5.0);
    KeepAliveReport report;
    report.kind = kind;
    report.requested = requested;
    for (const double ms : pongMs)
        report.pongRttUs.append(ms < 0 ? std::nullopt : std::optional<qint64>(qint64(ms * 1000.0)));
    result.keepAlive = report;
    return result;
}

NagiosOptions options(std::optional<double> w = {}, std::optional<double> c = {},
                      const QString &expect = {}, bool alive = false)
{
    NagiosOptions o;
    o.warningMs = w;
    o.criticalMs = c;
    if (!expect.isEmpty()) {
        QString error;
        if (!o.parseExpect(expect, &error))
            qFatal("bad expect in test row: %s", qPrintable(error));
    }
    o.alive = alive;
    return o;
}

ProbeResult notPublished()
{
    ProbeResult result = failed(ErrorKind::Dns, 0, u"trunk.example has only addresses of the excluded IP version."_s);
    result.error.cause = resolveErrorKindToken(ResolveErrorKind::NoAddresses);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(SipScope::NagiosVerdict::State)

class TestNagiosVerdict final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void statusLineFormat();
    void noResponseHasNoRttPerfdata();
    void keepAlivePerfdata();
    void thresholdParsing_data();
    void thresholdParsing();
    void expectParsing_data();
    void expectParsing();
    void unknownLine();
    void verdictProfile_data();
    void verdictProfile();
    void verdictProfileReplacesExpect();
    void dualStack_data();
    void dualStack();
};

void TestNagiosVerdict::verdict_data()
{
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<NagiosOptions>("opts");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("linePrefix");

    // Default: a final 2xx is OK, any other final or none is CRITICAL.
    QTest::newRow("200-ok") << answered(200, u"OK"_s, 12.3) << options() << 0 << u"SIP OK - 200 OK in 12.3 ms"_s;
    QTest::newRow("202-ok") << answered(202, u"Accepted"_s, 1.0) << options() << 0 << u"SIP OK - 202"_s;
    QTest::newRow("404-critical") << answered(404, u"Not Found"_s, 2.0) << options() << 2
                                  << u"SIP CRITICAL - 404 Not Found in 2.0 ms (expected 2xx)"_s;
    QTest::newRow("503-critical") << answered(503, u"Service Unavailable"_s, 2.0) << options() << 2 << u"SIP CRITICAL - 503"_s;
    QTest::newRow("302-critical") << answered(302, u"Moved Temporarily"_s, 2.0) << options() << 2 << u"SIP CRITICAL - 302"_s;
    QTest::newRow("timeout-critical") << failed(ErrorKind::Timeout, 408, u"No final response."_s) << options() << 2
                                      << u"SIP CRITICAL - "_s;
    QTest::newRow("refused-critical") << failed(ErrorKind::Refused, 503, u"Nothing listens."_s) << options() << 2
                                      << u"SIP CRITICAL - "_s;
    QTest::newRow("dns-critical") << failed(ErrorKind::Dns, 0, u"No such name."_s) << options() << 2 << u"SIP CRITICAL - "_s;
    QTest::newRow("tls-critical") << failed(ErrorKind::Tls, 503, u"Bad certificate."_s) << options() << 2 << u"SIP CRITICAL - "_s;
    // --expect names the codes that count as OK.
    QTest::newRow("expect-404-ok") << answered(404, u"Not Found"_s, 3.0) << options({}, {}, u"200,404"_s) << 0
                                   << u"SIP OK - 404 Not Found"_s;
    QTest::newRow("expect-excludes-200") << answered(200, u"OK"_s, 3.0) << options({}, {}, u"404"_s) << 2
                                         << u"SIP CRITICAL - 200 OK in 3.0 ms (expected 404)"_s;
    QTest::newRow("expect-class-4xx") << answered(486, u"Busy Here"_s, 3.0) << options({}, {}, u"4xx"_s) << 0 << u"SIP OK - 486"_s;
    QTest::newRow("expect-still-critical-on-timeout") << failed(ErrorKind::Timeout, 408, u"t"_s)
                                                      << options({}, {}, u"200,404"_s) << 2 << u"SIP CRITICAL - "_s;
    // --alive: any final response means the server is up.
    QTest::newRow("alive-503-ok") << answered(503, u"Service Unavailable"_s, 4.0) << options({}, {}, {}, true) << 0
                                  << u"SIP OK - 503 Service Unavailable"_s;
    QTest::newRow("alive-603-ok") << answered(603, u"Decline"_s, 4.0) << options({}, {}, {}, true) << 0 << u"SIP OK - 603"_s;
    QTest::newRow("alive-timeout-critical") << failed(ErrorKind::Timeout, 408, u"t"_s) << options({}, {}, {}, true) << 2
                                            << u"SIP CRITICAL - "_s;
    // -w / -c on the RTT.
    QTest::newRow("rtt-below-warning") << answered(200, u"OK"_s, 99.9) << options(100, 200) << 0 << u"SIP OK - "_s;
    QTest::newRow("rtt-equal-warning-is-ok") << answered(200, u"OK"_s, 100.0) << options(100, 200) << 0 << u"SIP OK - "_s;
    QTest::newRow("rtt-over-warning") << answered(200, u"OK"_s, 150.0) << options(100, 200) << 1
                                      << u"SIP WARNING - 200 OK in 150.0 ms (over the warning threshold of 100 ms)"_s;
    QTest::newRow("rtt-over-critical") << answered(200, u"OK"_s, 250.0) << options(100, 200) << 2
                                       << u"SIP CRITICAL - 200 OK in 250.0 ms (over the critical threshold of 200 ms)"_s;
    QTest::newRow("only-critical-threshold") << answered(200, u"OK"_s, 250.0) << options({}, 200) << 2 << u"SIP CRITICAL - "_s;
    QTest::newRow("only-warning-threshold") << answered(200, u"OK"_s, 250.0) << options(100, {}) << 1 << u"SIP WARNING - "_s;
    QTest::newRow("alive-slow-warning") << answered(503, u"Service Unavailable"_s, 150.0) << options(100, 200, {}, true) << 1
                                        << u"SIP WARNING - 503"_s;
    QTest::newRow("wrong-code-fast-stays-critical") << answered(500, u"Server Internal Error"_s, 1.0) << options(100, 200) << 2
                                                    << u"SIP CRITICAL - 500"_s;
    // --keepalive (RFC 5626 §4.4.1): no pong at all fails the flow, some missing warn.
    QTest::newRow("keepalive-all-pongs") << withKeepAlive({0.2, 0.3}, 2) << options() << 0
                                         << u"SIP OK - 200 OK in 5.0 ms, 2 keep-alive pong(s)"_s;
    QTest::newRow("keepalive-no-pong") << withKeepAlive({-1, -1}, 2) << options() << 2
                                       << u"SIP CRITICAL - 200 OK in 5.0 ms (no keep-alive pong to 2 ping(s))"_s;
    QTest::newRow("keepalive-some-missing") << withKeepAlive({0.2, -1, 0.4}, 3) << options() << 1
                                            << u"SIP WARNING - 200 OK in 5.0 ms (2 of 3 keep-alive pings answered)"_s;
    QTest::newRow("keepalive-stopped-early") << withKeepAlive({0.2}, 3) << options() << 1 << u"SIP WARNING - "_s;
    QTest::newRow("keepalive-udp-keeps-the-answer") << withKeepAlive({}, 2, KeepAliveReport::Kind::Unsupported) << options()
                                                    << 0 << u"SIP OK - 200 OK in 5.0 ms (no keep-alive over UDP)"_s;
    QTest::newRow("keepalive-no-pong-beats-wrong-code") << withKeepAlive({-1}, 1) << options(100, 200, u"404"_s) << 2
                                                        << u"SIP CRITICAL - "_s;
    // Bad arguments and non-verdicts are UNKNOWN.
    QTest::newRow("warning-above-critical") << answered(200, u"OK"_s, 1.0) << options(300, 200) << 3
                                            << u"SIP UNKNOWN - The warning threshold (300 ms) is above the critical one (200 ms)."_s;
    QTest::newRow("invalid-target-unknown") << failed(ErrorKind::InvalidTarget, 0, u"\"http://x\" is not a SIP URI."_s) << options()
                                            << 3 << u"SIP UNKNOWN - \"http://x\" is not a SIP URI."_s;
    QTest::newRow("cancelled-unknown") << failed(ErrorKind::Cancelled, 0, u"The probe was cancelled."_s) << options() << 3
                                       << u"SIP UNKNOWN - "_s;
}

void TestNagiosVerdict::verdict()
{
    QFETCH(ProbeResult, result);
    QFETCH(NagiosOptions, opts);
    QFETCH(int, exitCode);
    QFETCH(QString, linePrefix);
    const NagiosVerdict verdict = NagiosVerdict::evaluate(result, opts);
    QCOMPARE(verdict.exitCode(), exitCode);
    QCOMPARE(int(verdict.state()), exitCode);
    QVERIFY2(verdict.statusLine().startsWith(linePrefix), qPrintable(verdict.statusLine()));
    QVERIFY(!verdict.statusLine().contains(u'\n'));
    // Exactly one '|' separating text and perfdata, or none for UNKNOWN.
    QCOMPARE(verdict.statusLine().count(u'|'), exitCode == 3 ? 0 : 1);
}

void TestNagiosVerdict::statusLineFormat()
{
    const NagiosVerdict verdict = NagiosVerdict::evaluate(answered(200, u"OK"_s, 12.3), options(500, 1000));
    QCOMPARE(verdict.statusLine(),
             u"SIP OK - 200 OK in 12.3 ms | rtt=12.300ms;500;1000;0 retransmissions=0;;;0"_s);
    const NagiosVerdict noThresholds = NagiosVerdict::evaluate(answered(200, u"OK"_s, 0.24), options());
    QCOMPARE(noThresholds.statusLine(), u"SIP OK - 200 OK in 0.2 ms | rtt=0.240ms;;;0 retransmissions=0;;;0"_s);
    // A '|' in a reason phrase must not be taken for the perfdata separator.
    const NagiosVerdict pipe = NagiosVerdict::evaluate(answered(200, u"O|K"_s, 1.0), options());
    QCOMPARE(pipe.statusLine().count(u'|'), 1);
}

void TestNagiosVerdict::keepAlivePerfdata()
{
    const NagiosVerdict verdict = NagiosVerdict::evaluate(withKeepAlive({0.2, -1, 0.45}, 3), options());
    QVERIFY2(verdict.statusLine().endsWith(u"retransmissions=0;;;0 pong_rtt=0.450ms;;;0 pongs_missing=1;;;0"_s),
             qPrintable(verdict.statusLine()));
    // Without a measured pong, no made-up RTT.
    const NagiosVerdict none = NagiosVerdict::evaluate(withKeepAlive({-1}, 1), options());
    QVERIFY(!none.statusLine().contains(u"pong_rtt"_s));
    QVERIFY(none.statusLine().endsWith(u"pongs_missing=1;;;0"_s));
}

void TestNagiosVerdict::noResponseHasNoRttPerfdata()
{
    ProbeResult result = failed(ErrorKind::Timeout, 408, u"No final response from 127.0.0.1:5060 within 2 s."_s);
    result.retransmissions = 3;
    const NagiosVerdict verdict = NagiosVerdict::evaluate(result, options(100, 200));
    QCOMPARE(verdict.state(), NagiosVerdict::State::Critical);
    QVERIFY(verdict.statusLine().contains(u"No final response from 127.0.0.1:5060"_s));
    QVERIFY(!verdict.statusLine().contains(u"rtt="_s));
    QVERIFY(verdict.statusLine().endsWith(u"| retransmissions=3;;;0"_s));
}

void TestNagiosVerdict::thresholdParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");   // < 0: invalid
    QTest::newRow("integer") << u"500"_s << 500.0;
    QTest::newRow("decimal") << u"1.5"_s << 1.5;
    QTest::newRow("spaces") << u" 20 "_s << 20.0;
    QTest::newRow("zero") << u"0"_s << -1.0;
    QTest::newRow("negative") << u"-5"_s << -1.0;
    QTest::newRow("word") << u"fast"_s << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
    QTest::newRow("with-unit") << u"500ms"_s << -1.0;
    QTest::newRow("infinite") << u"inf"_s << -1.0;
}

void TestNagiosVerdict::thresholdParsing()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QString error;
    const std::optional<double> value = NagiosOptions::parseThreshold(text, &error);
    QCOMPARE(value.has_value(), expected > 0);
    if (value)
        QCOMPARE(*value, expected);
    else
        QVERIFY(!error.isEmpty());
}

void TestNagiosVerdict::expectParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("accepted");
    QTest::addColumn<QList<int>>("rejected");
    QTest::newRow("two-codes") << u"200,404"_s << true << QList<int>{200, 404} << QList<int>{201, 403, 500};
    QTest::newRow("spaces") << u" 200 , 404 "_s << true << QList<int>{200, 404} << QList<int>{401};
    QTest::newRow("class") << u"4xx"_s << true << QList<int>{400, 486, 499} << QList<int>{200, 500};
    QTest::newRow("class-uppercase") << u"2XX,404"_s << true << QList<int>{200, 299, 404} << QList<int>{405};
    QTest::newRow("empty") << u""_s << false << QList<int>{} << QList<int>{};
    QTest::newRow("only-commas") << u",,"_s << false << QList<int>{} << QList<int>{};
    QTest::newRow("out-of-range") << u"700"_s << false << QList<int>{} << QList<int>{};
    QTest::newRow("two-digits") << u"99"_s << false << QList<int>{} << QList<int>{};
    QTest::newRow("bad-class") << u"7xx"_s << false << QList<int>{} << QList<int>{};
    QTest::newRow("word") << u"ok"_s << false << QList<int>{} << QList<int>{};
}

void TestNagiosVerdict::expectParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<int>, accepted);
    QFETCH(QList<int>, rejected);
    NagiosOptions o;
    QString error;
    QCOMPARE(o.parseExpect(text, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    for (int code : accepted)
        QVERIFY2(o.accepts(code), qPrintable(QString::number(code)));
    for (int code : rejected)
        QVERIFY2(!o.accepts(code), qPrintable(QString::number(code)));
}

void TestNagiosVerdict::unknownLine()
{
    const NagiosVerdict verdict = NagiosVerdict::unknown(u"Unknown option --bogus.\nSecond line"_s);
    QCOMPARE(verdict.exitCode(), 3);
    QCOMPARE(verdict.statusLine(), u"SIP UNKNOWN - Unknown option --bogus. Second line"_s);
}

void TestNagiosVerdict::dualStack_data()
{
    QTest::addColumn<ProbeResult>("ipv4");
    QTest::addColumn<ProbeResult>("ipv6");
    QTest::addColumn<NagiosVerdict::State>("state");
    QTest::addColumn<QString>("line");
    const ProbeResult ok = answered(200, u"OK"_s, 12.5);
    const ProbeResult slow = answered(200, u"OK"_s, 300);
    const ProbeResult refused = failed(ErrorKind::Refused, 503, u"Nothing listens on [::1]:5060."_s);
    QTest::newRow("both fine") << ok << ok << NagiosVerdict::State::Ok
                               << u"SIP OK - IPv4 and IPv6 both fine (IPv4: 200 OK in 12.5 ms; IPv6: 200 OK in 12.5 ms)"
                                  " | rtt_ipv4=12.500ms;200;;0 rtt_ipv6=12.500ms;200;;0"_s;
    QTest::newRow("ipv6 broken") << ok << refused << NagiosVerdict::State::Warning
                                 << u"SIP WARNING - IPv6 broken, IPv4 fine (IPv4: 200 OK in 12.5 ms; IPv6: Connection "
                                    "refused: Nothing listens on [::1]:5060.) | rtt_ipv4=12.500ms;200;;0"_s;
    QTest::newRow("both broken") << refused << refused << NagiosVerdict::State::Critical
                                 << u"SIP CRITICAL - IPv4 and IPv6 both broken (IPv4: Connection refused: Nothing listens "
                                    "on [::1]:5060.; IPv6: Connection refused: Nothing listens on [::1]:5060.)"_s;
    QTest::newRow("no AAAA") << ok << notPublished() << NagiosVerdict::State::Ok
                             << u"SIP OK - IPv4 fine; no AAAA record, so no IPv6 to test (IPv4: 200 OK in 12.5 ms)"
                                " | rtt_ipv4=12.500ms;200;;0"_s;
    QTest::newRow("no AAAA, ipv4 broken") << refused << notPublished() << NagiosVerdict::State::Critical
                                          << u"SIP CRITICAL - IPv4 broken; no AAAA record, so no IPv6 to test (IPv4: "
                                             "Connection refused: Nothing listens on [::1]:5060.)"_s;
    // Slow is still answered: the family is fine, its WARNING stays.
    QTest::newRow("ipv4 slow") << slow << ok << NagiosVerdict::State::Warning
                               << u"SIP WARNING - IPv4 and IPv6 both fine (IPv4: 200 OK in 300.0 ms (over the warning "
                                  "threshold of 200 ms); IPv6: 200 OK in 12.5 ms) | rtt_ipv4=300.000ms;200;;0 "
                                  "rtt_ipv6=12.500ms;200;;0"_s;
}

void TestNagiosVerdict::dualStack()
{
    QFETCH(ProbeResult, ipv4);
    QFETCH(ProbeResult, ipv6);
    QFETCH(NagiosVerdict::State, state);
    QFETCH(QString, line);
    const NagiosVerdict verdict = NagiosVerdict::evaluate(DualStackResult{ipv4, ipv6}, options(200));
    QCOMPARE(verdict.state(), state);
    QCOMPARE(verdict.statusLine(), line);
}

QTEST_GUILESS_MAIN(TestNagiosVerdict)
// Exit codes per verdict profile: up OK, maintenance WARNING, down CRITICAL.
void TestNagiosVerdict::verdictProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("code");   // 0: timeout
    QTest::addColumn<bool>("retryAfter");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("strict-200") << u"strict"_s << 200 << false << 0;
    QTest::newRow("strict-404") << u"strict"_s << 404 << false << 2;
    QTest::newRow("alive-403") << u"alive"_s << 403 << false << 0;
    QTest::newRow("alive-timeout") << u"alive"_s << 0 << false << 2;
    QTest::newRow("cube-404") << u"cube"_s << 404 << false << 0;
    QTest::newRow("cube-503") << u"cube"_s << 503 << false << 2;
    QTest::newRow("cube-505") << u"cube"_s << 505 << false << 2;
    QTest::newRow("teams-408") << u"teams"_s << 408 << false << 2;
    QTest::newRow("teams-504") << u"teams"_s << 504 << false << 2;
    QTest::newRow("teams-500") << u"teams"_s << 500 << false << 0;
    QTest::newRow("planned-503-retry-after") << u"planned"_s << 503 << true << 1;
    QTest::newRow("planned-503-plain") << u"planned"_s << 503 << false << 2;
}

void TestNagiosVerdict::verdictProfile()
{
    QFETCH(QString, profile);
    QFETCH(int, code);
    QFETCH(bool, retryAfter);
    QFETCH(int, exitCode);
    NagiosOptions options;
    if (profile == u"planned"_s) {
        VerdictProfile::Definition definition;
        definition.name = profile;
        definition.base = u"teams"_s;
        definition.maintenanceOnRetryAfter = true;
        options.profile = VerdictProfile::define(definition, nullptr);
    } else {
        options.profile = VerdictProfile::builtIn(profile);
    }
    QVERIFY(options.profile);
    ProbeResult result = code ? answered(code, u"Reason"_s, 12.0) : failed(ErrorKind::Timeout, 408, u"No final response."_s);
    if (retryAfter)
        result.headers << SipHeader{u"Retry-After"_s, u"600"_s};
    const NagiosVerdict verdict = NagiosVerdict::evaluate(result, options);
    QCOMPARE(verdict.exitCode(), exitCode);
    if (exitCode == 1)
        QVERIFY2(verdict.statusLine().contains(u"maintenance: Retry-After 600, verdict profile planned"_s), qPrintable(verdict.statusLine()));
    if (exitCode == 2 && code)
        QVERIFY2(verdict.statusLine().contains(u"down for verdict profile "_s + profile), qPrintable(verdict.statusLine()));
}

void TestNagiosVerdict::verdictProfileReplacesExpect()
{
    NagiosOptions options;
    options.profile = VerdictProfile::cube();
    options.alive = true;
    QCOMPARE(NagiosVerdict::evaluate(answered(200, u"OK"_s, 1.0), options).exitCode(), 3);
    QVERIFY(options.validate().contains(u"--verdict-profile"_s));
}

#include "tst_nagiosverdict.moc"
