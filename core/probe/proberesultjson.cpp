#include "proberesultjson.h"

#include "certificateexpiry.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(int value)
{
    return value == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QString originToken(ProbeResult::Origin origin)
{
    switch (origin) {
    case ProbeResult::Origin::None: return {};
    case ProbeResult::Origin::Remote: return u"remote"_s;
    case ProbeResult::Origin::Local: return u"local"_s;
    }
    return {};
}

QJsonValue dateOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// {protocol, cipher, peer_subject, peer_issuer, not_before, not_after, sha256,
// alt_names, verified, insecure, problems, server_name, client_certificate}
QJsonObject tlsJson(const TlsSessionInfo &tls)
{
    const std::optional<TlsCertificateSummary> &peer = tls.peerCertificate;
    QJsonObject o;
    o[u"protocol"_s] = orNull(tls.protocol);
    o[u"cipher"_s] = orNull(tls.cipher);
    o[u"peer_subject"_s] = peer ? orNull(peer->subject) : QJsonValue(QJsonValue::Null);
    o[u"peer_issuer"_s] = peer ? orNull(peer->issuer) : QJsonValue(QJsonValue::Null);
    o[u"not_before"_s] = peer ? dateOrNull(peer->notBefore) : QJsonValue(QJsonValue::Null);
    o[u"not_after"_s] = peer ? dateOrNull(peer->notAfter) : QJsonValue(QJsonValue::Null);
    o[u"sha256"_s] = peer ? orNull(peer->sha256) : QJsonValue(QJsonValue::Null);
    o[u"alt_names"_s] = peer ? QJsonArray::fromStringList(peer->alternativeNames) : QJsonArray();
    o[u"verified"_s] = tls.verified;
    o[u"insecure"_s] = tls.insecure;
    o[u"problems"_s] = QJsonArray::fromStringList(tls.problems);
    o[u"server_name"_s] = orNull(tls.serverName);
    o[u"client_certificate"_s] = tls.clientCertificateOffered;
    o[u"key_algorithm"_s] = peer ? orNull(peer->keyAlgorithm) : QJsonValue(QJsonValue::Null);
    o[u"key_bits"_s] = peer ? orNull(peer->keyBits) : QJsonValue(QJsonValue::Null);
    QJsonArray chain;
    for (const QSslCertificate &certificate : tls.peerChain) {
        const TlsCertificateSummary summary = TlsCertificateSummary::fromCertificate(certificate);
        chain.append(QJsonObject{{u"subject"_s, summary.subject},
                                 {u"issuer"_s, summary.issuer},
                                 {u"not_before"_s, dateOrNull(summary.notBefore)},
                                 {u"not_after"_s, dateOrNull(summary.notAfter)}});
    }
    o[u"chain"_s] = chain;
    o[u"expiry"_s] = ProbeResultJson::expiryJson(tls, QDateTime::currentDateTimeUtc());
    return o;
}

// {scheme, algorithm, realm, qop, attempts, status, user, outcome, explanation}
QJsonObject authJson(const ProbeAuthInfo &auth)
{
    QJsonObject o;
    o[u"scheme"_s] = orNull(auth.scheme);
    o[u"algorithm"_s] = orNull(auth.algorithm);
    o[u"realm"_s] = auth.scheme.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(auth.realm);
    o[u"qop"_s] = orNull(auth.qop);
    o[u"attempts"_s] = auth.attempts;
    o[u"status"_s] = orNull(auth.challengeStatus);
    o[u"user"_s] = orNull(auth.user);
    o[u"outcome"_s] = ProbeAuthInfo::outcomeToken(auth.outcome);
    o[u"explanation"_s] = orNull(auth.explanation);
    return o;
}

// {kind, requested, pings, pongs, pong_rtt_ms: [ms or null a ping], stop_reason}
QJsonObject keepAliveJson(const KeepAliveReport &report)
{
    QJsonArray rtts;
    for (const std::optional<qint64> &rtt : report.pongRttUs)
        rtts.append(rtt ? ProbeResultJson::milliseconds(*rtt) : QJsonValue(QJsonValue::Null));
    QJsonObject o;
    o[u"kind"_s] = KeepAliveReport::kindToken(report.kind);
    o[u"requested"_s] = report.requested;
    o[u"pings"_s] = report.pings();
    o[u"pongs"_s] = report.pongs();
    o[u"pong_rtt_ms"_s] = rtts;
    o[u"stop_reason"_s] = orNull(report.stopReason);
    return o;
}

} // namespace

QJsonValue ProbeResultJson::milliseconds(qint64 us)
{
    if (us < 0)
        return QJsonValue::Null;
    return double(us) / 1000.0;
}

QJsonObject ProbeResultJson::toJson(const ProbeResult &r)
{
    QJsonObject o;
    o[u"target"_s] = r.target;
    o[u"normalized_target"_s] = orNull(r.normalizedTarget);
    o[u"transport"_s] = transportToken(r.transport);
    o[u"transport_reason"_s] = orNull(r.transportReason);
    o[u"remote"_s] = orNull(r.remote());
    o[u"local"_s] = r.localAddress.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue((r.localAddress.contains(u':') ? u'[' + r.localAddress + u']' : r.localAddress)
                     + u':' + QString::number(r.localPort));
    o[u"status"_s] = r.hasFinalResponse() ? QJsonValue(r.statusCode) : QJsonValue(QJsonValue::Null);
    o[u"reason"_s] = r.hasFinalResponse() ? QJsonValue(r.reasonPhrase) : QJsonValue(QJsonValue::Null);
    o[u"origin"_s] = orNull(originToken(r.origin));
    o[u"local_status"_s] = orNull(r.localStatus);
    o[u"summary"_s] = orNull(r.summary);
    o[u"rtt_ms"_s] = milliseconds(r.rttUs);
    o[u"first_provisional_ms"_s] = milliseconds(r.firstProvisionalUs);
    o[u"rtt_clock"_s] = r.rttUs < 0 ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(QJsonObject{{u"sent"_s, orNull(WireTime::clockToken(r.sentClock))},
                                                             {u"received"_s, orNull(WireTime::clockToken(r.receivedClock))}});
    // The connect phase's and the TLS handshake's end (the waterfall's phases).
    o[u"connect_clock"_s] = orNull(WireTime::clockToken(r.connectClock));
    o[u"tls_clock"_s] = orNull(WireTime::clockToken(r.tlsClock));

    QJsonArray provisionals;
    for (const ProvisionalResponse &p : r.provisionals) {
        provisionals.append(QJsonObject{{u"status"_s, p.statusCode},
                                        {u"reason"_s, p.reasonPhrase},
                                        {u"at_ms"_s, milliseconds(p.atUs)}});
    }
    o[u"provisional"_s] = provisionals;
    o[u"retransmissions"_s] = r.retransmissions;

    QJsonArray headers;
    for (const SipHeader &h : r.headers)
        headers.append(QJsonArray{h.name, h.value});
    o[u"headers"_s] = headers;
    o[u"request"_s] = r.rawRequest.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(r.rawRequest));
    o[u"response"_s] = r.rawResponse.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(r.rawResponse));

    QJsonArray timeline;
    for (const ProbeEvent &e : r.timeline) {
        QJsonObject event{{u"at_ms"_s, milliseconds(e.atUs)},
                          {u"event"_s, ProbeEvent::typeToken(e.type)},
                          {u"text"_s, e.text}};
        if (e.statusCode != 0)
            event[u"status"_s] = e.statusCode;
        if (e.startUs >= 0)
            event[u"started_ms"_s] = milliseconds(e.startUs);   // connected: when the SYN left
        timeline.append(event);
    }
    o[u"timeline"_s] = timeline;
    o[u"tls"_s] = r.tls ? QJsonValue(tlsJson(*r.tls)) : QJsonValue(QJsonValue::Null);
    o[u"auth"_s] = r.auth ? QJsonValue(authJson(*r.auth)) : QJsonValue(QJsonValue::Null);
    if (r.keepAlive)   // only with --keepalive
        o[u"keepalive"_s] = keepAliveJson(*r.keepAlive);

    if (r.error.isError()) {
        QJsonObject error{{u"kind"_s, errorKindToken(r.error.kind)}, {u"message"_s, r.error.message}};
        if (!r.error.detail.isEmpty())
            error[u"detail"_s] = r.error.detail;
        if (!r.error.cause.isEmpty())
            error[u"cause"_s] = r.error.cause;
        o[u"error"_s] = error;
    } else {
        o[u"error"_s] = QJsonValue::Null;
    }
    return o;
}

QJsonValue ProbeResultJson::expiryJson(const TlsSessionInfo &tls, const QDateTime &now)
{
    const std::optional<CertificateExpiry> expiry = CertificateExpiry::of(tls, now);
    if (!expiry)
        return QJsonValue::Null;
    return QJsonObject{{u"not_after"_s, dateOrNull(expiry->notAfter)},
                       {u"days_left"_s, expiry->daysLeft()},
                       {u"seconds_left"_s, double(expiry->secondsLeft)},
                       {u"earliest_not_after"_s, dateOrNull(expiry->earliestNotAfter)},
                       {u"earliest_days_left"_s, expiry->earliestDaysLeft()},
                       {u"earliest_position"_s, expiry->earliestIndex},
                       {u"earliest_subject"_s, orNull(expiry->earliestSubject)}};
}

QJsonObject ProbeResultJson::toJson(CertificateRequirements::Profile profile,
                                    const QList<CertificateRequirement> &requirements)
{
    QJsonArray rules;
    for (const CertificateRequirement &r : requirements) {
        rules.append(QJsonObject{{u"id"_s, r.id}, {u"rule"_s, r.rule}, {u"passed"_s, r.passed},
                                 {u"reason"_s, r.reason}});
    }
    return QJsonObject{{u"profile"_s, CertificateRequirements::profileToken(profile)},
                       {u"name"_s, CertificateRequirements::profileName(profile)},
                       {u"source"_s, CertificateRequirements::sourceDocument(profile)},
                       {u"passed"_s, CertificateRequirements::allPassed(requirements)},
                       {u"rules"_s, rules}};
}

QJsonObject ProbeResultJson::toJson(const SeriesStatistics &s)
{
    QJsonObject o;
    o[u"sent"_s] = s.sent();
    o[u"answered"_s] = s.answered();
    o[u"succeeded"_s] = s.succeeded();
    o[u"loss_percent"_s] = std::round(s.lossPercent() * 10.0) / 10.0;
    if (s.answered() > 0) {
        o[u"rtt_ms"_s] = QJsonObject{{u"min"_s, orNull(s.minMs())},
                                     {u"avg"_s, orNull(s.avgMs())},
                                     {u"max"_s, orNull(s.maxMs())},
                                     {u"mdev"_s, orNull(s.mdevMs())}};
    } else {
        o[u"rtt_ms"_s] = QJsonValue::Null;
    }
    QJsonObject codes;
    const QMap<QString, int> outcomes = s.outcomes();
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        codes[it.key()] = it.value();
    o[u"status_codes"_s] = codes;
    return o;
}

QJsonObject ProbeResultJson::toJson(const DualStackResult &result, const DualStackVerdict &verdict)
{
    using Family = DualStackVerdict::Family;
    static const char *const severities[] = {"fine", "degraded", "failed"};
    QJsonObject o{{u"target"_s, result.ipv4.target},
                  {u"verdict"_s, DualStackVerdict::kindToken(verdict.kind())},
                  {u"verdict_text"_s, verdict.text()},
                  {u"severity"_s, QLatin1String(severities[int(verdict.severity())])}};
    for (const Family family : {Family::IPv4, Family::IPv6}) {
        QJsonObject one = toJson(result.of(family));
        one[u"state"_s] = DualStackVerdict::familyStateToken(verdict.state(family));
        o[DualStackVerdict::familyToken(family)] = one;
    }
    return o;
}

} // namespace SipScope
