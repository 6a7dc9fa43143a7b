#include "probemetrics.h"

#include "probe/probetiming.h"

#include <QHostAddress>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

const QStringList &ProbeMetrics::failureReasons()
{
    static const QStringList reasons{u"timeout"_s, u"refused"_s, u"dns"_s, u"tls"_s,
                                     u"auth"_s, u"malformed"_s, u"unexpected_status"_s};
    return reasons;
}

const QStringList &ProbeMetrics::phases()
{
    static const QStringList names{u"resolve"_s, u"connect"_s, u"tls"_s, u"request"_s};
    return names;
}

bool ProbeMetrics::isSuccess(const ProbeResult &result, const ExpectedCodes &expected)
{
    return isSuccess(result, VerdictProfile::fromExpected(expected));
}

bool ProbeMetrics::isSuccess(const ProbeResult &result, const VerdictProfile &profile)
{
    return result.hasFinalResponse() && profile.classify(result) == VerdictProfile::Outcome::Up;
}

QString ProbeMetrics::failureReason(const ProbeResult &result, const ExpectedCodes &expected)
{
    return failureReason(result, VerdictProfile::fromExpected(expected));
}

QList<MetricFamily> ProbeMetrics::of(const ProbeResult &result, const ExpectedCodes &expected, qint64 durationUs)
{
    return of(result, VerdictProfile::fromExpected(expected), durationUs);
}

QString ProbeMetrics::failureReason(const ProbeResult &result, const VerdictProfile &profile)
{
    if (isSuccess(result, profile))
        return {};
    if (result.hasFinalResponse()) {
        // A 401/407 that stays the answer: the credentials were missing, rejected or
        // could not answer the challenge (RFC 3261 §22.2).
        if ((result.statusCode == 401 || result.statusCode == 407) && result.auth
            && result.auth->outcome != ProbeAuthInfo::Outcome::Accepted)
            return u"auth"_s;
        return u"unexpected_status"_s;
    }
    switch (result.error.kind) {
    case ErrorKind::Dns:
        return u"dns"_s;
    case ErrorKind::Refused:
    case ErrorKind::Unreachable:
    case ErrorKind::Transport:
        // Nothing took the request: refused, no route, or the connection failed.
        return u"refused"_s;
    case ErrorKind::Tls:
        return u"tls"_s;
    case ErrorKind::MalformedAnswer:
        return u"malformed"_s;
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled:   // the exporter's deadline stopped it
    case ErrorKind::None:
    case ErrorKind::InvalidTarget:
        break;
    }
    return u"timeout"_s;
}

QList<MetricFamily> ProbeMetrics::of(const ProbeResult &result, const VerdictProfile &profile, qint64 durationUs)
{
    QList<MetricFamily> families;
    const bool success = isSuccess(result, profile);
    families << MetricFamily::gauge(u"probe_success"_s, u"Displays whether or not the probe was a success"_s, success ? 1 : 0);
    families << MetricFamily::gauge(u"probe_duration_seconds"_s, u"Returns how long the probe took to complete in seconds"_s,
                                    double(durationUs) / 1e6);
    const QHostAddress remote(result.remoteAddress);
    if (!remote.isNull()) {
        families << MetricFamily::gauge(u"probe_ip_protocol"_s, u"Specifies whether probe ip protocol is IP4 or IP6"_s,
                                        remote.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4);
    }
    if (result.tls && result.tls->peerCertificate && result.tls->peerCertificate->notAfter.isValid()) {
        // The server's own certificate: the one a SIP peer's TLS check meets first.
        families << MetricFamily::gauge(u"probe_ssl_earliest_cert_expiry"_s,
                                        u"Returns last SSL chain expiry in unixtime"_s,
                                        double(result.tls->peerCertificate->notAfter.toSecsSinceEpoch()));
    }
    // The status the server sent; 0 when none arrived (a local 408/503 is not a status
    // the server sent, RFC 3261 §8.1.3.1).
    families << MetricFamily::gauge(u"probe_sip_status_code"_s, u"SIP final response status code, 0 when none was received"_s,
                                    result.hasFinalResponse() ? result.statusCode : 0);
    if (result.rttUs >= 0) {
        families << MetricFamily::gauge(u"probe_sip_rtt_seconds"_s,
                                        u"Time from the first transmission of the OPTIONS request to its final response"_s,
                                        double(result.rttUs) / 1e6);
    }
    families << MetricFamily::gauge(u"probe_sip_retransmissions"_s,
                                    u"Retransmissions of the request (RFC 3261 Timer E) before the final response"_s,
                                    result.retransmissions);

    qint64 phaseUs[4] = {0, 0, 0, 0};
    const ProbeTiming timing = ProbeTiming::fromResult(result);
    for (const TimingPhase &phase : timing.phases()) {
        const int index = phase.kind == TimingPhase::Kind::Dns ? 0
            : phase.kind == TimingPhase::Kind::Connect         ? 1
            : phase.kind == TimingPhase::Kind::Tls             ? 2
                                                               : 3;
        phaseUs[index] += qMax<qint64>(0, phase.durationUs());
    }
    MetricFamily phaseFamily{u"probe_sip_phase_duration_seconds"_s, MetricFamily::Type::Gauge,
                             u"Duration of the probe's phases: DNS resolution, connection, TLS handshake, request"_s, {}};
    for (qsizetype i = 0; i < phases().size(); ++i)
        phaseFamily.samples << MetricSample{{{u"phase"_s, phases().at(i)}}, double(phaseUs[i]) / 1e6};
    families << phaseFamily;

    families << MetricFamily::gauge(u"probe_sip_maintenance"_s,
                                    u"Whether the verdict profile counts the answer as maintenance (503 with Retry-After)"_s,
                                    profile.classify(result) == VerdictProfile::Outcome::Maintenance ? 1 : 0);
    const QString reason = failureReason(result, profile);
    MetricFamily failure{u"probe_sip_failure"_s, MetricFamily::Type::Gauge,
                         u"Why the probe failed: 1 for the reason, 0 for the others"_s, {}};
    for (const QString &name : failureReasons())
        failure.samples << MetricSample{{{u"reason"_s, name}}, name == reason ? 1.0 : 0.0};
    families << failure;
    return families;
}

} // namespace SipScope
