#include "diagnosis.h"

#include "probe/probetiming.h"

#include "sip/bytesexcerpt.h"
#include "sip/probetarget.h"
#include "sip/sipparser.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// Where the request went, for sentences: "127.0.0.1:5060", else the host typed.
QString place(const ProbeResult &result)
{
    if (!result.remote().isEmpty())
        return result.remote();
    const ProbeTarget parsed = ProbeTarget::parse(result.target);
    return parsed.isValid() ? parsed.uri().hostPort() : result.target;
}

QString hostOnly(const ProbeResult &result)
{
    if (!result.remoteAddress.isEmpty())
        return result.remoteAddress;
    const ProbeTarget parsed = ProbeTarget::parse(result.target);
    return parsed.isValid() ? parsed.uri().host() : result.target;
}

std::optional<SipMessage> sentRequest(const ProbeResult &result)
{
    if (result.rawRequest.isEmpty())
        return std::nullopt;
    SipParseResult parsed = SipParser::parseDatagram(result.rawRequest);
    if (!parsed.isValid())
        return std::nullopt;
    return std::move(parsed.message);
}

int countEvents(const ProbeResult &result, ProbeEvent::Type type)
{
    return int(std::count_if(result.timeline.cbegin(), result.timeline.cend(),
                             [type](const ProbeEvent &event) { return event.type == type; }));
}

QString seconds(qint64 us)
{
    return QString::number(double(us) / 1'000'000.0, 'g', 3);
}

// The reliable transports never retransmit, so silence there means an accepted
// connection that nobody answers on; over UDP it means the datagrams vanish.
bool isDatagram(TransportProtocol transport)
{
    return transport == TransportProtocol::Udp;
}

// The TLS transport names the certificate problem in error.cause; without a cause
// (an older or a foreign result) the words decide.
bool isCertificateProblem(const SipError &error)
{
    static const QStringList certificateCauses{u"self_signed"_s, u"expired"_s, u"not_yet_valid"_s, u"wrong_host"_s,
                                               u"untrusted_issuer"_s, u"revoked"_s, u"certificate"_s};
    if (!error.cause.isEmpty())
        return certificateCauses.contains(error.cause);
    return error.message.contains(u"certificate"_s, Qt::CaseInsensitive)
        || error.detail.contains(u"certificate"_s, Qt::CaseInsensitive)
        || error.detail.contains(u"self signed"_s, Qt::CaseInsensitive)
        || error.detail.contains(u"host name"_s, Qt::CaseInsensitive)
        || error.detail.contains(u"expired"_s, Qt::CaseInsensitive);
}

// The ignored messages of a result, told apart: bytes that are not SIP at all, and SIP
// messages that answer some other request.
struct IgnoredMessages
{
    int unparseable = 0;
    int unmatched = 0;
    QByteArray first;
};

IgnoredMessages ignoredMessages(const ProbeResult &result)
{
    IgnoredMessages ignored;
    for (const ProbeEvent &event : result.timeline) {
        if (event.type != ProbeEvent::Type::Ignored)
            continue;
        if (SipParser::parseDatagram(event.raw).isValid())
            ++ignored.unmatched;
        else
            ++ignored.unparseable;
        if (ignored.first.isEmpty())
            ignored.first = event.raw;
    }
    return ignored;
}

QString firstBytesEvidence(const QByteArray &raw)
{
    const SipParseResult parsed = SipParser::parseDatagram(raw);
    const QString shown = escapedExcerpt(raw);
    return parsed.isValid()
        ? Diagnosis::tr("The first of them (%n byte(s)): %1", nullptr, int(raw.size())).arg(shown)
        : Diagnosis::tr("The first of them (%n byte(s)): %1 (%2)", nullptr, int(raw.size())).arg(shown, parsed.errorMessage);
}

void diagnoseAnswer(Diagnosis &d, const ProbeResult &r)
{
    const QString where = place(r);
    const QString status = QString::number(r.statusCode) + u' ' + r.reasonPhrase;
    const auto request = sentRequest(r);
    const bool answeredChallenge = request
        && (request->hasHeader(u"Authorization"_s) || request->hasHeader(u"Proxy-Authorization"_s));
    const int maxForwards = request ? request->header(u"Max-Forwards"_s).value_or(QString()).trimmed().toInt() : 0;

    if (r.isSuccess()) {
        d.kind = Diagnosis::Kind::Ok;
        d.sentence = Diagnosis::tr("%1 answered %2 in %3 ms: SIP works there.")
                         .arg(where, status, ProbeTiming::formatMilliseconds(r.rttUs));
    } else if (r.statusCode == 401 || r.statusCode == 407) {
        const bool rejected = r.auth ? r.auth->outcome == ProbeAuthInfo::Outcome::Rejected : answeredChallenge;
        if (r.auth && !r.auth->explanation.isEmpty())
            d.evidence << r.auth->explanation;
        if (rejected) {
            d.kind = Diagnosis::Kind::CredentialsRejected;
            d.sentence = Diagnosis::tr("%1 rejected the credentials: it challenged again (%2) after SipScope answered, "
                                       "so the user name, the password or the realm is wrong.").arg(where, status);
            if (answeredChallenge) {
                d.evidence << Diagnosis::tr("The last request carried an %1 header.")
                                  .arg(request->hasHeader(u"Authorization"_s) ? u"Authorization"_s : u"Proxy-Authorization"_s);
            }
            if (r.auth && !r.auth->user.isEmpty()) {
                d.evidence << Diagnosis::tr("User %1, realm %2, %3.")
                                  .arg(r.auth->user, r.auth->realm.isEmpty() ? u"—"_s : r.auth->realm, r.auth->algorithm);
            }
        } else {
            d.kind = Diagnosis::Kind::AuthRequired;
            d.sentence = Diagnosis::tr("%1 requires authentication (%2): give a user name and password to answer the challenge.")
                             .arg(where, status);
        }
    } else if (r.statusCode == 482) {
        d.kind = Diagnosis::Kind::Loop;
        d.sentence = Diagnosis::tr("A routing loop: the request came back to a proxy it had already passed (%1), reported via %2.")
                         .arg(status, where);
    } else if (r.statusCode == 483) {
        // RFC 3261 §16.6: every proxy takes one from Max-Forwards. 70 running out means
        // the request went round in circles; a low value set on purpose just ran out.
        if (maxForwards >= 10) {
            d.kind = Diagnosis::Kind::Loop;
            d.sentence = Diagnosis::tr("Probably a routing loop: Max-Forwards %1 ran out (%2) behind %3; "
                                       "run a trace to see the hops.").arg(maxForwards).arg(status, where);
        } else {
            d.kind = Diagnosis::Kind::TooManyHops;
            d.sentence = Diagnosis::tr("Max-Forwards %1 ran out before the request reached its target (%2), reported via %3.")
                             .arg(maxForwards).arg(status, where);
        }
        d.evidence << Diagnosis::tr("The request was sent with Max-Forwards: %1.").arg(maxForwards);
    } else {
        d.kind = Diagnosis::Kind::Answered;
        d.sentence = r.summary.isEmpty()
            ? Diagnosis::tr("%1 answered %2.").arg(where, status)
            : Diagnosis::tr("%1 answered %2: %3").arg(where, status, r.summary);
    }
}

void diagnoseFailure(Diagnosis &d, const ProbeResult &r)
{
    const QString where = place(r);
    const QString transport = transportViaToken(r.transport);
    switch (r.error.kind) {
    case ErrorKind::None:
    case ErrorKind::Timeout:
        break;
    case ErrorKind::InvalidTarget:
        d.kind = Diagnosis::Kind::InvalidTarget;
        d.sentence = Diagnosis::tr("The target is not a SIP address SipScope understands: %1").arg(r.error.message);
        return;
    case ErrorKind::Cancelled:
        d.kind = Diagnosis::Kind::Cancelled;
        d.sentence = Diagnosis::tr("The probe was cancelled before an answer arrived.");
        return;
    case ErrorKind::Dns:
        d.kind = Diagnosis::Kind::Dns;
        d.sentence = Diagnosis::tr("DNS failure: %1").arg(r.error.message);
        return;
    case ErrorKind::Refused:
        d.kind = Diagnosis::Kind::ClosedPort;
        d.sentence = Diagnosis::tr("The port is closed on %1: nothing listens for SIP over %2 there.").arg(where, transport);
        d.evidence << (isDatagram(r.transport)
                           ? Diagnosis::tr("The host answered with ICMP port unreachable.")
                           : Diagnosis::tr("The host refused the connection (TCP reset)."));
        return;
    case ErrorKind::Unreachable:
        d.kind = Diagnosis::Kind::Unreachable;
        d.sentence = Diagnosis::tr("%1 cannot be reached: there is no route to it (ICMP host or network unreachable).")
                         .arg(hostOnly(r));
        return;
    case ErrorKind::Tls:
        if (isCertificateProblem(r.error)) {
            d.kind = Diagnosis::Kind::TlsCertificate;
            d.sentence = Diagnosis::tr("The TLS certificate of %1 was not accepted: %2").arg(where, r.error.message);
        } else {
            d.kind = Diagnosis::Kind::TlsHandshake;
            d.sentence = Diagnosis::tr("The TLS handshake with %1 failed: %2").arg(where, r.error.message);
        }
        return;
    case ErrorKind::MalformedAnswer:
        d.kind = Diagnosis::Kind::MalformedAnswer;
        d.sentence = Diagnosis::tr("%1 answered, but with something that is not a SIP message: the server, or a device "
                                   "in the path, sends malformed SIP (RFC 3261 §7).").arg(where);
        d.evidence << r.error.message;
        if (!r.rawResponse.isEmpty()) {
            d.evidence << Diagnosis::tr("What arrived (%n byte(s)): %1", nullptr, int(r.rawResponse.size()))
                              .arg(escapedExcerpt(r.rawResponse));
        }
        return;
    case ErrorKind::Transport:
        d.kind = Diagnosis::Kind::Transport;
        d.sentence = Diagnosis::tr("The request could not be sent to %1: %2").arg(where, r.error.message);
        return;
    }

    // Timer F fired: tell apart silence, a hung server and answers we could not take.
    const int provisionals = countEvents(r, ProbeEvent::Type::Provisional);
    const int ignored = countEvents(r, ProbeEvent::Type::Ignored);
    const IgnoredMessages messages = ignoredMessages(r);
    const qint64 waited = r.timeline.isEmpty() ? 0 : r.timeline.constLast().atUs;
    if (provisionals > 0) {
        d.kind = Diagnosis::Kind::NoFinalAfterProvisional;
        d.sentence = Diagnosis::tr("%1 accepted the request (%2 provisional response(s)) but sent no final answer: "
                                   "the server, or a hop behind it, does not finish the transaction.")
                         .arg(where).arg(provisionals);
    } else if (ignored > 0 && d.path.isAnalysed() && d.path.usedIgnoredResponse() && d.path.algSuspected()) {
        d.kind = Diagnosis::Kind::AlgMangled;
        d.sentence = Diagnosis::tr("%1 answered, but a SIP ALG in the path altered the answer so that it no longer "
                                   "matches the request: %2 Turn off the SIP ALG (\"SIP helper\") on the router or firewall.")
                         .arg(where, d.path.algFindings().constFirst().text);
    } else if (ignored > 0 && messages.unmatched == 0) {
        d.kind = Diagnosis::Kind::MalformedAnswer;
        d.sentence = Diagnosis::tr("%1 answered, but only with %n message(s) that are not SIP (RFC 3261 §7), and with "
                                   "nothing that answers the request: the server, or a device in the path, sends malformed SIP.",
                                   nullptr, messages.unparseable).arg(where);
        d.evidence << firstBytesEvidence(messages.first);
    } else if (ignored > 0) {
        d.kind = Diagnosis::Kind::UnmatchedAnswers;
        d.sentence = Diagnosis::tr("Messages came back from %1, but none answers this request (%n ignored; see the timeline).",
                                   nullptr, ignored).arg(where);
        d.evidence << Diagnosis::tr("Not SIP: %1; SIP, but for another request: %2.")
                          .arg(messages.unparseable).arg(messages.unmatched)
                   << firstBytesEvidence(messages.first);
    } else if (r.error.cause == u"connect_timeout"_s) {
        // The SYN (or the WebSocket opening) went unanswered: nothing came back at all.
        d.kind = Diagnosis::Kind::SilentFirewall;
        d.sentence = Diagnosis::tr("No answer to the %1 connection attempt to %2: a firewall probably drops TCP port %3, "
                                   "or the host is down.").arg(transport, hostOnly(r)).arg(r.remotePort);
    } else if (isDatagram(r.transport)) {
        d.kind = Diagnosis::Kind::SilentFirewall;
        d.sentence = Diagnosis::tr("No answer and no ICMP from %1: a firewall probably drops %2 port %3, or the host is down.")
                         .arg(hostOnly(r), transport).arg(r.remotePort);
        d.evidence << Diagnosis::tr("%n retransmission(s) went unanswered.", nullptr, r.retransmissions);
    } else {
        d.kind = Diagnosis::Kind::NoSipAnswer;
        d.sentence = Diagnosis::tr("%1 accepted the %2 connection but never answered the SIP request: "
                                   "the service behind the port is hung or does not speak SIP.").arg(where, transport);
    }
    d.evidence << Diagnosis::tr("SipScope waited %1 s (Timer F).").arg(seconds(waited));
}

} // namespace

QString Diagnosis::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::Ok: return u"ok"_s;
    case Kind::Answered: return u"answered"_s;
    case Kind::AuthRequired: return u"auth_required"_s;
    case Kind::CredentialsRejected: return u"credentials_rejected"_s;
    case Kind::Loop: return u"loop"_s;
    case Kind::TooManyHops: return u"too_many_hops"_s;
    case Kind::ClosedPort: return u"closed_port"_s;
    case Kind::SilentFirewall: return u"silent_firewall"_s;
    case Kind::NoSipAnswer: return u"no_sip_answer"_s;
    case Kind::NoFinalAfterProvisional: return u"no_final_after_provisional"_s;
    case Kind::AlgMangled: return u"alg_mangled"_s;
    case Kind::UnmatchedAnswers: return u"unmatched_answers"_s;
    case Kind::MalformedAnswer: return u"malformed_answer"_s;
    case Kind::Unreachable: return u"unreachable"_s;
    case Kind::Dns: return u"dns"_s;
    case Kind::TlsCertificate: return u"tls_certificate"_s;
    case Kind::TlsHandshake: return u"tls_handshake"_s;
    case Kind::Transport: return u"transport"_s;
    case Kind::InvalidTarget: return u"invalid_target"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    case Kind::DeadCandidates: return u"dead_candidates"_s;
    case Kind::AllCandidatesDead: return u"all_candidates_dead"_s;
    }
    return {};
}

QString Diagnosis::answeredByText(const ProbeResult &result)
{
    if (!result.hasFinalResponse())
        return {};
    QStringList parts;
    if (const QString server = result.headerValue(u"Server"_s); !server.isEmpty())
        parts << u"Server: "_s + server;
    else if (const QString agent = result.headerValue(u"User-Agent"_s); !agent.isEmpty())
        parts << u"User-Agent: "_s + agent;
    // RFC 3261 §20.43: warning-value = warn-code SP warn-agent SP warn-text.
    for (const SipHeader &header : result.headers) {
        if (!sameHeaderName(header.name, u"Warning"_s))
            continue;
        for (const QString &warning : splitHeaderList(header.value)) {
            const QStringList fields = warning.split(u' ', Qt::SkipEmptyParts);
            if (fields.size() >= 2)
                parts << tr("Warning %1 from %2").arg(fields.at(0), fields.at(1));
        }
    }
    return parts.join(u"; "_s);
}

QString Diagnosis::originText(const ProbeResult &result)
{
    switch (result.origin) {
    case ProbeResult::Origin::Remote: {
        if (!result.hasFinalResponse())
            return tr("Received from the far end: %1 sent bytes that are not a SIP message, so there is no status.")
                .arg(place(result));
        const QString by = answeredByText(result);
        const QString status = QString::number(result.statusCode) + u' ' + result.reasonPhrase;
        return by.isEmpty() ? tr("Received from the far end: %1 sent %2.").arg(place(result), status)
                            : tr("Received from the far end: %1 sent %2 (%3).").arg(place(result), status, by);
    }
    case ProbeResult::Origin::Local:
        if (result.localStatus == 408)
            return tr("No response arrived: SipScope concluded 408 locally (RFC 3261 §8.1.3.1); no server sent it.");
        return tr("The request could not be delivered: SipScope concluded %1 locally (RFC 3261 §8.1.3.1); no server sent it.")
            .arg(result.localStatus);
    case ProbeResult::Origin::None:
        break;
    }
    return tr("No status: the probe did not get as far as sending a request.");
}

Diagnosis Diagnosis::diagnose(const ProbeResult &result)
{
    Diagnosis d;
    d.path = PathAnalysis::analyze(result);
    d.originExplanation = originText(result);
    d.answeredBy = answeredByText(result);
    d.verdict = ProbeVerdict::of(result);
    if (result.hasFinalResponse())
        diagnoseAnswer(d, result);
    else
        diagnoseFailure(d, result);
    if (!result.error.detail.isEmpty() && !d.sentence.contains(result.error.detail))
        d.evidence << result.error.detail;
    if (result.hasFinalResponse()) {
        const QStringList vias = SipParser::parseDatagram(result.rawResponse).isValid()
            ? SipParser::parseDatagram(result.rawResponse).message->headerValues(u"Via"_s) : QStringList();
        if (vias.size() > 1)
            d.evidence << tr("The answer carries %n Via header(s); SipScope sent one.", nullptr, int(vias.size()));
    }
    if (d.path.isAnalysed() && (d.path.nat() == PathAnalysis::Nat::Yes || d.path.algSuspected())) {
        d.evidence << d.path.summary();
        // A working answer through an ALG still deserves the warning up front.
        if (d.kind == Kind::Ok && d.path.algSuspected())
            d.sentence += u' ' + tr("But a SIP ALG rewrites the messages in between: %1").arg(d.path.algFindings().constFirst().text);
    }
    return d;
}

Diagnosis Diagnosis::diagnoseCandidates(const QString &name, const QList<ProbeResult> &results)
{
    Diagnosis d;
    QStringList dead;
    QStringList alive;
    for (const ProbeResult &r : results) {
        const QString endpoint = transportToken(r.transport) + u' ' + place(r);
        if (r.hasFinalResponse()) {
            alive << endpoint;
            d.evidence << tr("%1: %2 %3").arg(endpoint).arg(r.statusCode).arg(r.reasonPhrase);
        } else {
            dead << endpoint;
            d.evidence << tr("%1: %2").arg(endpoint, diagnose(r).sentence);
        }
    }
    d.originExplanation = tr("Each server behind %1 was probed on its own.").arg(name);
    if (results.isEmpty()) {
        d.kind = Kind::Dns;
        d.sentence = tr("%1 has no server to probe.").arg(name);
    } else if (dead.isEmpty()) {
        d.kind = Kind::Ok;
        d.sentence = tr("All %n server(s) behind %1 answer.", nullptr, int(results.size())).arg(name);
    } else if (alive.isEmpty()) {
        d.kind = Kind::AllCandidatesDead;
        d.sentence = tr("None of the %n server(s) behind %1 answers.", nullptr, int(results.size())).arg(name);
    } else {
        d.kind = Kind::DeadCandidates;
        d.sentence = tr("Not answering: %1 of the %2 servers behind %3 (%4); the others answer.")
                         .arg(dead.size()).arg(results.size()).arg(name, dead.join(u", "_s));
    }
    return d;
}

} // namespace SipScope
