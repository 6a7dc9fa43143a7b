// The metrics of one probe, as /probe answers them: blackbox_exporter's names where it
// has one (probe_success, probe_duration_seconds, probe_ip_protocol,
// probe_ssl_earliest_cert_expiry), so that existing dashboards and alert rules work, and
// probe_sip_* for what only SIP has. No label takes a value from the wire: the phase and
// failure-reason labels come from fixed sets, every one always present.
#pragma once

#include "metricfamily.h"

#include "probe/expectedcodes.h"
#include "probe/proberesult.h"
#include "probe/verdictprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SipScope {

class ProbeMetrics final
{
public:
    // Why a probe failed, from a fixed set: "timeout", "refused", "dns", "tls", "auth",
    // "malformed", "unexpected_status"; empty when it succeeded.
    static QString failureReason(const ProbeResult &result, const ExpectedCodes &expected);
    static const QStringList &failureReasons();
    // "resolve", "connect", "tls", "request"
    static const QStringList &phases();
    static bool isSuccess(const ProbeResult &result, const ExpectedCodes &expected);
    // `durationUs`: the whole probe as the exporter saw it.
    static QList<MetricFamily> of(const ProbeResult &result, const ExpectedCodes &expected, qint64 durationUs);
    // The same with a verdict profile: probe_success is 1 when it is up, and
    // probe_sip_maintenance 1 when it is maintenance (a 503 with Retry-After), so that an
    // alert can say `probe_success == 0 unless probe_sip_maintenance == 1`.
    static QString failureReason(const ProbeResult &result, const VerdictProfile &profile);
    static bool isSuccess(const ProbeResult &result, const VerdictProfile &profile);
    static QList<MetricFamily> of(const ProbeResult &result, const VerdictProfile &profile, qint64 durationUs);
};

} // namespace SipScope
