// The `&debug=true` answer of /probe: what the module asked for, the probe's timeline and
// the messages sent and received, as plain text (blackbox_exporter's debug output does
// the same for its probes). The password never appears: a module shows only where its
// password comes from, and a probe's messages carry the digest answer, not the password.
#pragma once

#include "exporterconfig.h"

#include "probe/proberesult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace SipScope {

class ProbeDebugText final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeDebugText)
public:
    static QByteArray of(const ExporterModule &module, const ProbeResult &result, std::chrono::milliseconds timeout);
};

} // namespace SipScope
