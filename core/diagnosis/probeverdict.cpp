#include "probeverdict.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// RFC 3261 §20.33: Retry-After = delta-seconds [ comment ] *( SEMI retry-param ).
std::optional<int> retryAfterSeconds(const ProbeResult &result)
{
    const QString value = result.headerValue(u"Retry-After"_s).trimmed();
    qsizetype digits = 0;
    while (digits < value.size() && value.at(digits).isDigit())
        ++digits;
    bool ok = false;
    const int seconds = value.left(digits).toInt(&ok);
    return ok ? std::optional<int>(seconds) : std::nullopt;
}

ProbeVerdict make(ProbeVerdict::Health health, const QString &meaning, const QString &advice, const QString &reference)
{
    ProbeVerdict verdict;
    verdict.health = health;
    verdict.meaning = meaning;
    verdict.advice = advice;
    verdict.reference = reference;
    return verdict;
}

} // namespace

QString ProbeVerdict::healthToken(Health health)
{
    switch (health) {
    case Health::Healthy: return u"healthy"_s;
    case Health::AliveRefusing: return u"alive_refusing"_s;
    case Health::AliveFailing: return u"alive_failing"_s;
    }
    return {};
}

QString ProbeVerdict::livenessText()
{
    return tr("For a liveness check the server is alive: any SIP answer shows that it is up (--nagios --alive counts it as OK).");
}

std::optional<ProbeVerdict> ProbeVerdict::of(const ProbeResult &result)
{
    if (!result.hasFinalResponse())
        return std::nullopt;
    using H = Health;
    const int code = result.statusCode;
    switch (code) {
    case 401:
    case 407:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it wants credentials before it serves this request."),
                    tr("Probe with the user name and password of an account on that server, or, for a trusted peer, "
                       "let this address in without authentication."),
                    code == 401 ? u"RFC 3261 §21.4.2, §22"_s : u"RFC 3261 §21.4.8, §22"_s);
    case 403:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it understood the request and refuses to serve it, often because "
                       "of an access list, a source address it does not trust, or a policy against OPTIONS from strangers."),
                    tr("Check whether this computer's address is allowed on the server (trusted peers, IP access lists, "
                       "fail2ban), and whether it expects another From domain or credentials."),
                    u"RFC 3261 §21.4.4"_s);
    case 404:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it serves no such user or domain as the one in the Request-URI."),
                    tr("Probe a user or a domain it serves: add a user part (sip:alice@host), or use the domain name it is "
                       "configured for instead of its address; leave the user part out if you gave one."),
                    u"RFC 3261 §21.4.5"_s);
    case 405:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it knows OPTIONS but does not allow it for this Request-URI. "
                       "Its Allow header lists the methods it allows."),
                    tr("Read the Allow header of the answer; probe the proxy or registrar address itself, or a user it serves."),
                    u"RFC 3261 §21.4.6, §20.5"_s);
    case 420:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it does not support an extension the request required "
                       "(Require or Proxy-Require). Its Unsupported header names it."),
                    tr("Remove the Require or Proxy-Require headers added to the probe; SipScope sends none of its own."),
                    u"RFC 3261 §21.4.15, §8.2.2.3"_s);
    case 481:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP, but it took the OPTIONS for a request within a dialog it does "
                       "not know; outside a dialog that is not the answer to expect."),
                    tr("Remove a To tag or other dialog headers added to the probe; without them the server's handling "
                       "of OPTIONS is at fault: report it to its vendor."),
                    u"RFC 3261 §21.4.19, §12.2.2"_s);
    case 482:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP, but the routing is broken: a proxy saw the request come back to itself."),
                    tr("Run a trace (sipscope-cli trace) to see the hops, and look for a circle in the proxies' routes "
                       "and DNS entries."),
                    u"RFC 3261 §21.4.20, §16.3"_s);
    case 483:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; the request passed more proxies than its Max-Forwards allowed."),
                    tr("Run a trace to see the hops; when the probe sent the default Max-Forwards of 70, look for a routing loop."),
                    u"RFC 3261 §21.4.21, §16.6"_s);
    case 488:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it answers as it would answer a call it cannot accept here "
                       "(an OPTIONS gets the status an INVITE would get)."),
                    tr("Check the Accept header and any headers added to the probe; the server's logs name the rule that rejected it."),
                    u"RFC 3261 §21.4.26, §11.2"_s);
    case 500:
        return make(H::AliveFailing,
                    tr("The server is up and speaks SIP, but failed while handling the request: an unexpected condition on its side."),
                    tr("Look at the server's logs (a routing script, a database or another back end failing) and probe "
                       "again to see whether it persists."),
                    u"RFC 3261 §21.5.1"_s);
    case 501:
        return make(H::AliveFailing,
                    tr("The server is up and speaks SIP, but does not implement OPTIONS."),
                    tr("Enable OPTIONS handling in its configuration, or check it another way (a REGISTER, its own monitoring)."),
                    u"RFC 3261 §21.5.2, §8.2.1"_s);
    case 503:
        if (const auto seconds = retryAfterSeconds(result)) {
            return make(H::AliveFailing,
                        tr("The server is up and speaks SIP, but is temporarily unable to serve (overloaded or in "
                           "maintenance); it asks to be tried again in %n second(s).", nullptr, *seconds),
                        tr("Probe again after the Retry-After time; check the server's load and maintenance state, and, "
                           "for a proxy, whether any server behind it is available."),
                        u"RFC 3261 §21.5.4, §20.33"_s);
        }
        return make(H::AliveFailing,
                    tr("The server is up and speaks SIP, but is temporarily unable to serve, and does not say for how "
                       "long; without Retry-After a client treats it like a 500."),
                    tr("Check the server's load and maintenance state and, for a proxy, whether any server behind it "
                       "is available; probe again later."),
                    u"RFC 3261 §21.5.4"_s);
    case 504:
        return make(H::AliveFailing,
                    tr("The server is up and speaks SIP, but a server it asked did not answer in time: the fault lies "
                       "beyond the server probed."),
                    tr("Probe the next hop (the server it forwards to, or its DNS) directly; a trace shows where the path ends."),
                    u"RFC 3261 §21.5.5"_s);
    case 505:
        return make(H::AliveFailing,
                    tr("The server answers in SIP, but refuses SIP/2.0, the version SipScope sends: its SIP handling is broken."),
                    tr("Check which software answers on that port (its Server header) and its configuration; report it to its vendor."),
                    u"RFC 3261 §21.5.6"_s);
    default:
        break;
    }
    switch (code / 100) {
    case 2:
        return make(H::Healthy,
                    tr("The server is up and speaks SIP, and it accepted the request: healthy, as far as a probe can tell."),
                    tr("Nothing to fix. Its Allow, Supported and Accept headers list what it can do; compare the round-trip "
                       "time with earlier probes."),
                    u"RFC 3261 §11.2, §21.2"_s);
    case 3:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it sends the request elsewhere, to the addresses in its Contact header."),
                    tr("Probe the address in the Contact header of the answer."),
                    u"RFC 3261 §21.3, §8.1.3.4"_s);
    case 4:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it refused this request for a reason of the request's, not a failure of its own."),
                    tr("Change the request (the Request-URI, the headers added), not the server; the code's explanation says what it objects to."),
                    u"RFC 3261 §21.4"_s);
    case 5:
        return make(H::AliveFailing,
                    tr("The server is up and speaks SIP, but it, or a server behind it, failed to serve the request."),
                    tr("Look at the server's logs and at the servers behind it; probe again to see whether it persists."),
                    u"RFC 3261 §21.5"_s);
    case 6:
        return make(H::AliveRefusing,
                    tr("The server is up and speaks SIP; it says the request fails everywhere, not only at this server, so "
                       "other servers of the domain need not be tried."),
                    tr("Check the user in the Request-URI (604 Does Not Exist Anywhere) or whether the target declines "
                       "OPTIONS on purpose (603 Decline); probe without a user part to check the server alone."),
                    u"RFC 3261 §21.6"_s);
    default:
        break;
    }
    return std::nullopt;
}

} // namespace SipScope
