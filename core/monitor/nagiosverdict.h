// The monitoring-plugin verdict of one probe (`sipscope-cli options --nagios`), per
// the Monitoring Plugins development guidelines: one status line
// "SIP OK - 200 OK in 12.3 ms | rtt=12.300ms;500;1000;0 retransmissions=0;;;0"
// and exit code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
//
// A pure function of the probe result and the thresholds: no I/O, easy to test row
// by row.
#pragma once

#include "certificateverdict.h"
#include "probe/dualstackprobe.h"
#include "probe/expectation.h"
#include "probe/proberesult.h"
#include "probe/verdictprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct NagiosOptions
{
    Q_DECLARE_TR_FUNCTIONS(NagiosOptions)
public:
    std::optional<double> warningMs;   // -w: RTT above this is WARNING
    std::optional<double> criticalMs;  // -c: RTT above this is CRITICAL
    // --expect: the codes and classes that count as OK; by default any 2xx.
    ExpectedCodes expected;
    bool alive = false;                // --alive: any final response is OK
    // --verdict-profile: up is OK, maintenance WARNING, down CRITICAL; replaces --expect
    // and --alive (giving both is an error).
    std::optional<VerdictProfile> profile;
    // --expect-header: each must match the final response, or CRITICAL.
    QList<HeaderExpectation> expectedHeaders;
    // --cert-warn/--cert-crit: the certificate's days left; --profile: platform rules
    // whose failures are CRITICAL.
    CertificateThresholds certificate;
    std::optional<CertificateRequirements::Profile> certificateProfile;

    // Parses "-w 500" / "-c 1.5" (milliseconds, > 0). nullopt with *error otherwise.
    static std::optional<double> parseThreshold(const QString &text, QString *error);
    // ExpectedCodes::parse into `expected`; false with *error for anything else.
    bool parseExpect(const QString &text, QString *error);
    // Errors in the combination (warning above critical); empty when fine.
    QString validate() const;
    // "2xx", "200, 404", "2xx, 404": what counts as OK, for the status line.
    QString expectationText() const { return expected.text(); }
    bool accepts(int statusCode) const { return expected.accepts(statusCode); }
};

class NagiosVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(NagiosVerdict)
public:
    enum class State { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    // Rules, in order:
    //  - an invalid target or a cancelled probe: UNKNOWN (bad input, no verdict);
    //  - no final response (timeout, refused, unreachable, DNS, TLS, transport): CRITICAL;
    //  - a final response: OK with --alive; else OK when --expect accepts it (or, without
    //    --expect, when it is a 2xx); else CRITICAL;
    //  - with --verdict-profile instead: OK when it is up, WARNING when it is maintenance
    //    (a 503 with Retry-After), else CRITICAL;
    //  - an OK whose RTT is above -c becomes CRITICAL, above -w WARNING;
    //  - --keepalive: no pong at all is CRITICAL, some missing WARNING; over UDP (no CRLF
    //    keep-alive there) the answer decides and the line says so; perfdata pong_rtt (the slowest)
    //    and pongs_missing;
    //  - a certificate within --cert-crit days of its end (or a failed --profile rule)
    //    makes the verdict CRITICAL, within --cert-warn at least WARNING.
    static NagiosVerdict evaluate(const ProbeResult &result, const NagiosOptions &options);
    // --dual-stack: each family by the rules above; a family is fine unless CRITICAL. One
    // family failing is WARNING, every published one failing CRITICAL (DualStackVerdict),
    // a fine family's WARNING (slow, maintenance) stays. Perfdata: rtt_ipv4, rtt_ipv6.
    static NagiosVerdict evaluate(const DualStackResult &result, const NagiosOptions &options);
    // Bad arguments and failures inside SipScope: "SIP UNKNOWN - <message>", exit 3.
    static NagiosVerdict unknown(const QString &message);

    State state() const { return m_state; }
    int exitCode() const { return int(m_state); }
    // The one line to print on stdout (no newline).
    QString statusLine() const { return m_statusLine; }
    // What the status line says between the state and the perfdata.
    QString text() const { return m_text; }

    static QString stateToken(State state);   // "OK", "WARNING", "CRITICAL", "UNKNOWN"

private:
    State m_state = State::Unknown;
    QString m_statusLine;
    QString m_text;
};

} // namespace SipScope
