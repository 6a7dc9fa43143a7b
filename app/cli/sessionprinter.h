// The TLS and authentication part of `sipscope-cli options` human output: the
// negotiated session and the server's certificate (and whether it was verified), and
// what digest authentication did, including "credentials rejected".
#pragma once

#include "probe/proberesult.h"

class QTextStream;

namespace SipScope::Cli {

class SessionPrinter final
{
public:
    // Lines "  Label:  value", labels padded to `width`.
    static void print(QTextStream &out, const ProbeResult &result, qsizetype width);
};

} // namespace SipScope::Cli
