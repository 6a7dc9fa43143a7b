#include "pathanalysis.h"

#include "messagecomparison.h"

#include <QHostAddress>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

using C = MessageComparison;

QString endpoint(const QString &host, std::optional<quint16> port)
{
    if (host.isEmpty())
        return {};
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return port ? h + u':' + QString::number(*port) : h;
}

} // namespace

QString PathFinding::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::PublicAddress: return u"public_address"_s;
    case Kind::PublicPort: return u"public_port"_s;
    case Kind::NoRport: return u"no_rport"_s;
    case Kind::SentByChanged: return u"sent_by_changed"_s;
    case Kind::TransportChanged: return u"transport_changed"_s;
    case Kind::BranchChanged: return u"branch_changed"_s;
    case Kind::CallIdChanged: return u"call_id_changed"_s;
    case Kind::FromChanged: return u"from_changed"_s;
    case Kind::FromTagChanged: return u"from_tag_changed"_s;
    case Kind::ToChanged: return u"to_changed"_s;
    case Kind::CSeqChanged: return u"cseq_changed"_s;
    case Kind::ViaAdded: return u"via_added"_s;
    case Kind::ContactChanged: return u"contact_changed"_s;
    case Kind::HeaderRemoved: return u"header_removed"_s;
    case Kind::HeaderAdded: return u"header_added"_s;
    case Kind::HeadersReordered: return u"headers_reordered"_s;
    case Kind::ContentLengthChanged: return u"content_length_changed"_s;
    }
    return {};
}

QString PathAnalysis::natToken(Nat nat)
{
    switch (nat) {
    case Nat::Unknown: return u"unknown"_s;
    case Nat::No: return u"no"_s;
    case Nat::Yes: return u"yes"_s;
    }
    return {};
}

PathAnalysis PathAnalysis::analyze(const QByteArray &sentRequest, const QByteArray &receivedResponse)
{
    PathAnalysis analysis;
    const auto request = C::parse(sentRequest);
    const auto response = C::parse(receivedResponse);
    if (!request || !request->isRequest() || !response || !response->isResponse())
        return analysis;
    analysis.m_analysed = true;
    analysis.compareVia(*request, *response);
    analysis.compareDialogHeaders(*request, *response);
    const QString contentType = response->header(u"Content-Type"_s).value_or(QString()).trimmed().toLower();
    if (contentType.startsWith(u"message/sipfrag"_s) || contentType.startsWith(u"message/sip"_s)) {
        const auto mirror = C::parse(response->body());
        if (mirror && mirror->isRequest()) {
            analysis.m_mirrored = true;
            analysis.compareMirror(*request, *mirror);
        }
    }
    analysis.checkContentLength(receivedResponse);
    return analysis;
}

PathAnalysis PathAnalysis::analyze(const ProbeResult &result)
{
    if (result.rawRequest.isEmpty())
        return {};
    if (result.hasFinalResponse() && !result.rawResponse.isEmpty())
        return analyze(result.rawRequest, result.rawResponse);
    // No final: a provisional still carries the Via the server saw.
    for (const ProbeEvent &event : result.timeline) {
        if (event.type == ProbeEvent::Type::Provisional && !event.raw.isEmpty())
            return analyze(result.rawRequest, event.raw);
    }
    const auto request = C::parse(result.rawRequest);
    if (!request)
        return {};
    for (const ProbeEvent &event : result.timeline) {
        if (event.type != ProbeEvent::Type::Ignored || event.raw.isEmpty())
            continue;
        const auto response = C::parse(event.raw);
        if (response && C::looksLikeOurs(*request, *response)) {
            PathAnalysis analysis = analyze(result.rawRequest, event.raw);
            analysis.m_usedIgnored = true;
            return analysis;
        }
    }
    return {};
}

void PathAnalysis::compareVia(const SipMessage &request, const SipMessage &response)
{
    const auto sent = request.topVia();
    if (!sent)
        return;
    m_localAddress = sent->host;
    m_localPort = sent->port;

    // Ours is the Via with our branch; failing that, the bottom one (we sent one, and
    // a hop that forgot to remove its own Via left it above ours).
    const QStringList sentVias = request.headerValues(u"Via"_s);
    const QStringList gotVias = response.headerValues(u"Via"_s);
    std::optional<SipVia> got;
    for (const QString &value : gotVias) {
        const auto via = SipVia::parse(value);
        if (via && via->branch() == sent->branch()) {
            got = via;
            break;
        }
    }
    if (!got && !gotVias.isEmpty())
        got = SipVia::parse(gotVias.constLast());
    if (!got)
        return;
    if (gotVias.size() > sentVias.size()) {
        add(PathFinding::Kind::ViaAdded, false, u"Via"_s, QString::number(sentVias.size()), QString::number(gotVias.size()),
            tr("%1 Via headers came back, SipScope sent %2: a hop did not remove its own Via.")
                .arg(gotVias.size()).arg(sentVias.size()));
    }

    if (!C::sameHost(sent->host, got->host) || sent->port != got->port) {
        add(PathFinding::Kind::SentByChanged, true, u"Via"_s, sent->sentBy(), got->sentBy(),
            tr("The Via sent-by %1 came back as %2: something in the path rewrote it and did not restore it.")
                .arg(sent->sentBy(), got->sentBy()));
    }
    if (sent->transport != got->transport) {
        add(PathFinding::Kind::TransportChanged, true, u"Via"_s, sent->transport, got->transport,
            tr("The Via transport %1 came back as %2.").arg(sent->transport, got->transport));
    }
    if (sent->branch() != got->branch()) {
        add(PathFinding::Kind::BranchChanged, true, u"Via"_s, sent->branch(), got->branch(),
            tr("The Via branch came back altered (%1): sent %2, got %3.")
                .arg(C::describeAlteration(sent->branch(), got->branch()), sent->branch(), got->branch()));
    }

    // RFC 3261 §18.2.1: `received` holds the source address when it differs from the
    // sent-by host; RFC 3581 §4: with rport it is always there, and rport gets the port.
    const auto received = got->parameter(u"received"_s);
    const auto rport = got->parameter(u"rport"_s);
    quint16 rportValue = 0;
    if (rport && !rport->isEmpty()) {
        bool ok = false;
        const uint value = rport->toUInt(&ok);
        if (ok && value > 0 && value <= 65535)
            rportValue = quint16(value);
    }
    if (received && !received->isEmpty()) {
        m_publicAddress = QHostAddress(*received).isNull() ? *received : QHostAddress(*received).toString();
        add(PathFinding::Kind::PublicAddress, false, u"Via"_s, sent->host, m_publicAddress,
            tr("The server saw the request coming from address %1 (Via received).").arg(m_publicAddress));
    } else if (rportValue != 0) {
        // An RFC 3581 server would have added received if the address had differed.
        m_publicAddress = got->host;
    }
    if (rportValue != 0) {
        m_publicPort = rportValue;
        add(PathFinding::Kind::PublicPort, false, u"Via"_s, sent->port ? QString::number(*sent->port) : QString(),
            QString::number(rportValue), tr("The server saw the request coming from port %1 (Via rport).").arg(rportValue));
    } else if (sent->parameter(u"rport"_s)) {
        add(PathFinding::Kind::NoRport, false, u"Via"_s, u"rport"_s, rport ? u"rport"_s : QString(),
            tr("The answer has no rport value (RFC 3581): the server did not say which port it saw."));
    }

    const bool addressDiffers = !m_publicAddress.isEmpty() && !C::sameHost(m_publicAddress, sent->host);
    const bool portDiffers = m_publicPort && sent->port && *m_publicPort != *sent->port;
    if (addressDiffers || portDiffers)
        m_nat = Nat::Yes;
    else if (!m_publicAddress.isEmpty() && m_publicPort)
        m_nat = Nat::No;
}

void PathAnalysis::compareDialogHeaders(const SipMessage &request, const SipMessage &response)
{
    if (request.callId() != response.callId()) {
        add(PathFinding::Kind::CallIdChanged, true, u"Call-ID"_s, request.callId(), response.callId(),
            tr("The Call-ID came back altered (%1): sent %2, got %3.")
                .arg(C::describeAlteration(request.callId(), response.callId()), request.callId(), response.callId()));
    }
    const QString sentFrom = C::uriText(request.header(u"From"_s).value_or(QString()));
    const QString gotFrom = C::uriText(response.header(u"From"_s).value_or(QString()));
    if (!C::sameUri(sentFrom, gotFrom)) {
        add(PathFinding::Kind::FromChanged, true, u"From"_s, sentFrom, gotFrom,
            tr("The From URI %1 came back as %2.").arg(sentFrom, gotFrom));
    }
    if (request.fromTag() != response.fromTag()) {
        add(PathFinding::Kind::FromTagChanged, true, u"From"_s, request.fromTag(), response.fromTag(),
            tr("The From tag came back altered (%1): sent %2, got %3.")
                .arg(C::describeAlteration(request.fromTag(), response.fromTag()), request.fromTag(), response.fromTag()));
    }
    const QString sentTo = C::uriText(request.header(u"To"_s).value_or(QString()));
    const QString gotTo = C::uriText(response.header(u"To"_s).value_or(QString()));
    if (!C::sameUri(sentTo, gotTo)) {
        add(PathFinding::Kind::ToChanged, true, u"To"_s, sentTo, gotTo,
            tr("The To URI %1 came back as %2.").arg(sentTo, gotTo));
    }
    const auto sentCSeq = request.cseq();
    const auto gotCSeq = response.cseq();
    if (sentCSeq && (!gotCSeq || gotCSeq->number != sentCSeq->number || gotCSeq->method != sentCSeq->method)) {
        const QString sent = request.header(u"CSeq"_s).value_or(QString());
        const QString got = response.header(u"CSeq"_s).value_or(QString());
        add(PathFinding::Kind::CSeqChanged, true, u"CSeq"_s, sent, got,
            tr("The CSeq %1 came back as %2.").arg(sent, got));
    }
}

void PathAnalysis::compareMirror(const SipMessage &request, const SipMessage &mirror)
{
    auto has = [this](PathFinding::Kind kind) {
        return std::any_of(m_findings.cbegin(), m_findings.cend(),
                           [kind](const PathFinding &finding) { return finding.kind == kind; });
    };
    // The rewrite may have been undone on the way back; the mirror shows it anyway.
    const auto sentVia = request.topVia();
    const QStringList mirrorVias = mirror.headerValues(u"Via"_s);
    // Our Via is the bottom one of the mirror: proxies in between add theirs on top.
    const auto mirrorVia = mirrorVias.isEmpty() ? std::nullopt : SipVia::parse(mirrorVias.constLast());
    if (sentVia && mirrorVia && !has(PathFinding::Kind::SentByChanged)
        && (!C::sameHost(sentVia->host, mirrorVia->host) || sentVia->port != mirrorVia->port)) {
        add(PathFinding::Kind::SentByChanged, true, u"Via"_s, sentVia->sentBy(), mirrorVia->sentBy(),
            tr("The server received our Via sent-by %1 as %2.").arg(sentVia->sentBy(), mirrorVia->sentBy()));
    }
    if (sentVia && mirrorVia && !has(PathFinding::Kind::BranchChanged) && sentVia->branch() != mirrorVia->branch()) {
        add(PathFinding::Kind::BranchChanged, true, u"Via"_s, sentVia->branch(), mirrorVia->branch(),
            tr("The server received our Via branch altered (%1): sent %2, received %3.")
                .arg(C::describeAlteration(sentVia->branch(), mirrorVia->branch()), sentVia->branch(), mirrorVia->branch()));
    }
    if (!has(PathFinding::Kind::CallIdChanged) && request.callId() != mirror.callId()) {
        add(PathFinding::Kind::CallIdChanged, true, u"Call-ID"_s, request.callId(), mirror.callId(),
            tr("The server received our Call-ID altered (%1): sent %2, received %3.")
                .arg(C::describeAlteration(request.callId(), mirror.callId()), request.callId(), mirror.callId()));
    }
    const QString sentFrom = C::uriText(request.header(u"From"_s).value_or(QString()));
    const QString mirrorFrom = C::uriText(mirror.header(u"From"_s).value_or(QString()));
    if (!has(PathFinding::Kind::FromChanged) && !C::sameUri(sentFrom, mirrorFrom)) {
        add(PathFinding::Kind::FromChanged, true, u"From"_s, sentFrom, mirrorFrom,
            tr("The server received our From URI %1 as %2.").arg(sentFrom, mirrorFrom));
    }
    if (request.hasHeader(u"Contact"_s) && mirror.hasHeader(u"Contact"_s)) {
        const QString sentContact = C::uriText(*request.header(u"Contact"_s));
        const QString mirrorContact = C::uriText(*mirror.header(u"Contact"_s));
        if (!C::sameUri(sentContact, mirrorContact)) {
            add(PathFinding::Kind::ContactChanged, true, u"Contact"_s, sentContact, mirrorContact,
                tr("The server received our Contact %1 as %2.").arg(sentContact, mirrorContact));
        }
    }

    const QStringList sentOrder = C::headerNameOrder(request);
    const QStringList mirrorOrder = C::headerNameOrder(mirror);
    const QSet<QString> sentNames(sentOrder.cbegin(), sentOrder.cend());
    const QSet<QString> mirrorNames(mirrorOrder.cbegin(), mirrorOrder.cend());
    for (const QString &name : sentOrder) {
        if (!mirrorNames.contains(name)) {
            const QString shown = C::displayName(request, name);
            add(PathFinding::Kind::HeaderRemoved, true, shown, shown, {},
                tr("The server did not receive our %1 header: something in the path removed it.").arg(shown));
        }
    }
    for (const QString &name : mirrorOrder) {
        if (!sentNames.contains(name)) {
            const QString shown = C::displayName(mirror, name);
            add(PathFinding::Kind::HeaderAdded, false, shown, {}, shown,
                tr("The server received a %1 header that SipScope did not send.").arg(shown));
        }
    }
    QStringList sentCommon;
    QStringList mirrorCommon;
    for (const QString &name : sentOrder) {
        if (mirrorNames.contains(name))
            sentCommon << name;
    }
    for (const QString &name : mirrorOrder) {
        if (sentNames.contains(name))
            mirrorCommon << name;
    }
    if (sentCommon != mirrorCommon) {
        auto shown = [](const SipMessage &message, const QStringList &names) {
            QStringList out;
            for (const QString &name : names)
                out << C::displayName(message, name);
            return out.join(u", "_s);
        };
        add(PathFinding::Kind::HeadersReordered, true, {}, shown(request, sentCommon), shown(mirror, mirrorCommon),
            tr("The server received our headers in another order: %1 (sent: %2).")
                .arg(shown(mirror, mirrorCommon), shown(request, sentCommon)));
    }

    const QString sentLength = request.header(u"Content-Length"_s).value_or(QString()).trimmed();
    const QString mirrorLength = mirror.header(u"Content-Length"_s).value_or(QString()).trimmed();
    if (!sentLength.isEmpty() && !mirrorLength.isEmpty() && sentLength != mirrorLength) {
        add(PathFinding::Kind::ContentLengthChanged, true, u"Content-Length"_s, sentLength, mirrorLength,
            tr("The server received Content-Length %1, SipScope sent %2.").arg(mirrorLength, sentLength));
    }
}

void PathAnalysis::checkContentLength(const QByteArray &rawResponse)
{
    qsizetype end = rawResponse.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    if (end < 0) {
        end = rawResponse.indexOf("\n\n");
        separator = 2;
    }
    const auto response = C::parse(rawResponse);
    if (end < 0 || !response)
        return;
    const auto lengthText = response->header(u"Content-Length"_s);
    bool ok = false;
    const qsizetype declared = lengthText ? lengthText->trimmed().toLongLong(&ok) : 0;
    if (!ok)
        return;
    const qsizetype actual = rawResponse.size() - end - separator;
    // UDP: bytes beyond Content-Length are discarded (RFC 3261 §18.3); their presence
    // means the body was changed without the length.
    if (actual > declared) {
        add(PathFinding::Kind::ContentLengthChanged, true, u"Content-Length"_s, QString::number(declared),
            QString::number(actual),
            tr("The response carries %1 bytes of body but says Content-Length %2: something changed the body without fixing the length.")
                .arg(actual).arg(declared));
    }
}

void PathAnalysis::add(PathFinding::Kind kind, bool algSign, const QString &header, const QString &sent,
                       const QString &received, const QString &text)
{
    m_findings.append({kind, algSign, header, sent, received, text});
}

QString PathAnalysis::publicEndpoint() const
{
    return endpoint(m_publicAddress, m_publicPort);
}

bool PathAnalysis::algSuspected() const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [](const PathFinding &f) { return f.algSign; });
}

QList<PathFinding> PathAnalysis::algFindings() const
{
    QList<PathFinding> out;
    for (const PathFinding &finding : m_findings) {
        if (finding.algSign)
            out << finding;
    }
    return out;
}

QString PathAnalysis::summary() const
{
    if (!m_analysed)
        return tr("No answer to compare with, so NAT and SIP ALGs cannot be judged.");
    QStringList sentences;
    const QList<PathFinding> alg = algFindings();
    if (!alg.isEmpty()) {
        sentences << tr("A SIP ALG or another middlebox rewrites SIP messages between SipScope and the server "
                        "(%n sign(s)); the first: %1", nullptr, int(alg.size()))
                         .arg(alg.constFirst().text);
    }
    const QString local = endpoint(m_localAddress, m_localPort);
    switch (m_nat) {
    case Nat::Yes:
        sentences << tr("Behind NAT: the server saw %1, SipScope sent from %2.").arg(publicEndpoint(), local);
        break;
    case Nat::No:
        sentences << tr("No NAT: the server saw the address and port SipScope sent from (%1).").arg(publicEndpoint());
        break;
    case Nat::Unknown:
        sentences << (m_publicAddress.isEmpty()
                          ? tr("The server did not say which address it saw (no received or rport), so NAT cannot be judged.")
                          : tr("The server saw address %1 but did not say which port (no rport value), so NAT cannot be judged fully.")
                                .arg(m_publicAddress));
        break;
    }
    return sentences.join(u' ');
}

} // namespace SipScope
