// One server the monitor watches: the target text (URI or shortcut), a label for
// humans, an optional transport, a reference to stored credentials (never the
// password itself) and an optional interval of its own.
#pragma once

#include "probe/certificateexpiry.h"
#include "sip/resolutionplan.h"
#include "sip/transportprotocol.h"

#include <QString>

#include <optional>

namespace SipScope {

struct MonitorTarget
{
    QString target;                              // "sip:pbx.example.com", "10.0.0.5:5070"
    QString label;                               // "Main trunk"; empty: the target is shown
    std::optional<TransportProtocol> transport;  // unset: chosen from the URI, as the probe does
    QString credentialsRef;                      // a name to look credentials up by, never a secret
    int intervalS = 0;                           // 0: the monitor's default interval
    QString verdictProfile;                      // verdict_profile=NAME; empty: the monitor's
    CertificateThresholds certificate;           // cert_warn/cert_crit; unset: the monitor's
    // family=ipv4|ipv6: only that family's addresses (a list's family=both becomes one
    // target of each, so that each family has its own state: dual-stack verdicts).
    ResolveRequest::Family family = ResolveRequest::Family::Any;

    QString displayName() const { return label.isEmpty() ? target : label; }
    bool operator==(const MonitorTarget &) const = default;
};

} // namespace SipScope
