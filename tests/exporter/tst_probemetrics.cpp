// The metrics of one probe: blackbox_exporter's names, the SIP ones, and the failure
// reason from its fixed set for every way a probe ends.
#include "exporter/metricswriter.h"
#include "exporter/probemetrics.h"

#include <QTest>

Q_DECLARE_METATYPE(SipScope::ProbeResult)

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

ProbeResult answered(int status)
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = status;
    result.remoteAddress = u"127.0.0.1"_s;
    result.rttUs = 2500;
    return result;
}

ProbeResult failed(ErrorKind kind)
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Local;
    result.localStatus = kind == ErrorKind::Timeout ? 408 : 503;
    result.error = SipError(kind, u"failed"_s);
    return result;
}

std::optional<double> sample(const QList<MetricFamily> &families, const QString &name, const QString &label = {})
{
    for (const MetricFamily &family : families) {
        if (family.name != name)
            continue;
        for (const MetricSample &s : family.samples) {
            if (label.isEmpty() || (!s.labels.isEmpty() && s.labels.constFirst().second == label))
                return s.value;
        }
    }
    return std::nullopt;
}

} // namespace

class TestProbeMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reasons_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("reason");
        QTest::newRow("200") << answered(200) << QString() << QString();
        QTest::newRow("486") << answered(486) << QString() << u"unexpected_status"_s;
        QTest::newRow("404 expected") << answered(404) << u"2xx,404"_s << QString();
        QTest::newRow("503 from the server") << answered(503) << QString() << u"unexpected_status"_s;
        ProbeResult rejected = answered(401);
        rejected.auth = ProbeAuthInfo{};
        rejected.auth->outcome = ProbeAuthInfo::Outcome::Rejected;
        QTest::newRow("401 rejected") << rejected << QString() << u"auth"_s;
        ProbeResult noCredentials = answered(407);
        noCredentials.auth = ProbeAuthInfo{};
        noCredentials.auth->outcome = ProbeAuthInfo::Outcome::NoCredentials;
        QTest::newRow("407 without credentials") << noCredentials << QString() << u"auth"_s;
        QTest::newRow("401 without auth info") << answered(401) << QString() << u"unexpected_status"_s;
        QTest::newRow("timeout") << failed(ErrorKind::Timeout) << QString() << u"timeout"_s;
        QTest::newRow("cancelled at the deadline") << failed(ErrorKind::Cancelled) << QString() << u"timeout"_s;
        QTest::newRow("refused") << failed(ErrorKind::Refused) << QString() << u"refused"_s;
        QTest::newRow("unreachable") << failed(ErrorKind::Unreachable) << QString() << u"refused"_s;
        QTest::newRow("dns") << failed(ErrorKind::Dns) << QString() << u"dns"_s;
        QTest::newRow("tls") << failed(ErrorKind::Tls) << QString() << u"tls"_s;
        ProbeResult garbage;
        garbage.origin = ProbeResult::Origin::Remote;
        garbage.error = SipError(ErrorKind::MalformedAnswer, u"not SIP"_s);
        QTest::newRow("malformed") << garbage << QString() << u"malformed"_s;
    }
    void reasons()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QString, expect);
        QFETCH(QString, reason);
        ExpectedCodes expected;
        if (!expect.isEmpty())
            expected = *ExpectedCodes::parse(expect, nullptr);
        QCOMPARE(ProbeMetrics::failureReason(result, expected), reason);
        const QList<MetricFamily> families = ProbeMetrics::of(result, expected, 1000);
        QCOMPARE(sample(families, u"probe_success"_s), reason.isEmpty() ? 1.0 : 0.0);
        // Every reason of the fixed set is a series; exactly the one that applies is 1.
        double sum = 0;
        for (const QString &name : ProbeMetrics::failureReasons()) {
            const auto value = sample(families, u"probe_sip_failure"_s, name);
            QVERIFY2(value, qPrintable(name));
            QCOMPARE(*value, name == reason ? 1.0 : 0.0);
            sum += *value;
        }
        QCOMPARE(sum, reason.isEmpty() ? 0.0 : 1.0);
        for (const QString &phase : ProbeMetrics::phases())
            QVERIFY2(sample(families, u"probe_sip_phase_duration_seconds"_s, phase), qPrintable(phase));
    }

    void statusCodeIsOnlyAReceivedOne()
    {
        // A local 408 is not a status the server sent (RFC 3261 §8.1.3.1).
        QCOMPARE(sample(ProbeMetrics::of(failed(ErrorKind::Timeout), ExpectedCodes(), 0), u"probe_sip_status_code"_s), 0.0);
        QCOMPARE(sample(ProbeMetrics::of(answered(486), ExpectedCodes(), 0), u"probe_sip_status_code"_s), 486.0);
    }

    void blackboxNamesAndValues()
    {
        ProbeResult result = answered(200);
        result.remoteAddress = u"::1"_s;
        result.retransmissions = 2;
        result.tls = TlsSessionInfo{};
        result.tls->peerCertificate = TlsCertificateSummary{};
        result.tls->peerCertificate->notAfter = QDateTime::fromSecsSinceEpoch(1800000000);
        const QList<MetricFamily> families = ProbeMetrics::of(result, ExpectedCodes(), 1500000);
        QCOMPARE(sample(families, u"probe_duration_seconds"_s), 1.5);
        QCOMPARE(sample(families, u"probe_ip_protocol"_s), 6.0);
        QCOMPARE(sample(families, u"probe_ssl_earliest_cert_expiry"_s), 1800000000.0);
        QCOMPARE(sample(families, u"probe_sip_rtt_seconds"_s), 0.0025);
        QCOMPARE(sample(families, u"probe_sip_retransmissions"_s), 2.0);
    }

    void noAddressNoCertificateNoRtt()
    {
        const QList<MetricFamily> families = ProbeMetrics::of(failed(ErrorKind::Dns), ExpectedCodes(), 0);
        QVERIFY(!sample(families, u"probe_ip_protocol"_s));
        QVERIFY(!sample(families, u"probe_ssl_earliest_cert_expiry"_s));
        QVERIFY(!sample(families, u"probe_sip_rtt_seconds"_s));
    }

    void labelsComeFromFixedSetsOnly()
    {
        // Nothing from the wire reaches a label: a hostile reason phrase stays out.
        ProbeResult result = answered(486);
        result.reasonPhrase = u"Busy\"} evil 1\n"_s;
        const QByteArray text = MetricsWriter::render(ProbeMetrics::of(result, ExpectedCodes(), 0), MetricsWriter::Format::Text);
        QVERIFY(!text.contains("evil"));
    }

    // probe_success and probe_sip_maintenance per verdict profile.
    void successPerVerdictProfile_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("status");   // 0: timeout
        QTest::addColumn<bool>("retryAfter");
        QTest::addColumn<double>("success");
        QTest::addColumn<double>("maintenance");
        QTest::newRow("strict-200") << u"strict"_s << 200 << false << 1.0 << 0.0;
        QTest::newRow("strict-404") << u"strict"_s << 404 << false << 0.0 << 0.0;
        QTest::newRow("alive-404") << u"alive"_s << 404 << false << 1.0 << 0.0;
        QTest::newRow("alive-timeout") << u"alive"_s << 0 << false << 0.0 << 0.0;
        QTest::newRow("cube-400") << u"cube"_s << 400 << false << 1.0 << 0.0;
        QTest::newRow("cube-503") << u"cube"_s << 503 << false << 0.0 << 0.0;
        QTest::newRow("cube-505") << u"cube"_s << 505 << false << 0.0 << 0.0;
        QTest::newRow("teams-408") << u"teams"_s << 408 << false << 0.0 << 0.0;
        QTest::newRow("teams-504") << u"teams"_s << 504 << false << 0.0 << 0.0;
        QTest::newRow("teams-486") << u"teams"_s << 486 << false << 1.0 << 0.0;
        QTest::newRow("planned-503-retry-after") << u"planned"_s << 503 << true << 0.0 << 1.0;
        QTest::newRow("planned-503-plain") << u"planned"_s << 503 << false << 0.0 << 0.0;
    }
    void successPerVerdictProfile()
    {
        QFETCH(QString, profile);
        QFETCH(int, status);
        QFETCH(bool, retryAfter);
        QFETCH(double, success);
        QFETCH(double, maintenance);
        VerdictProfile::Definition definition;
        definition.name = u"planned"_s;
        definition.base = u"cube"_s;
        definition.maintenanceOnRetryAfter = true;
        VerdictProfiles profiles;
        QString error;
        QVERIFY(profiles.add(*VerdictProfile::define(definition, &error), &error));
        const auto chosen = profiles.find(profile, &error);
        QVERIFY2(chosen, qPrintable(error));
        ProbeResult result = status ? answered(status) : failed(ErrorKind::Timeout);
        if (retryAfter)
            result.headers << SipHeader{u"Retry-After"_s, u"300"_s};
        const QList<MetricFamily> families = ProbeMetrics::of(result, *chosen, 0);
        QCOMPARE(sample(families, u"probe_success"_s), success);
        QCOMPARE(sample(families, u"probe_sip_maintenance"_s), maintenance);
        QCOMPARE(ProbeMetrics::isSuccess(result, *chosen), success == 1.0);
    }
};

QTEST_GUILESS_MAIN(TestProbeMetrics)
#include "tst_probemetrics.moc"
