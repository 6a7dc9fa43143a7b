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
    case Kind::HeaderRewritten: return u"header_rewritten"_s;
    case Kind::RequestLineChanged: return u"request_line_changed"_s;
    case Kind::BodyChanged: return u"body_changed"_s;
    case Kind::BytesChanged: return u"bytes_changed"_s;
    case Kind::MirrorSource: return u"mirror_source"_s;
    case Kind::MirrorTruncated: return u"mirror_truncated"_s;
    }
    return {};
}

QString PathFinding::explanation(Kind kind)
{
    switch (kind) {
    case Kind::SentByChanged:
    case Kind::TransportChanged:
        return PathAnalysis::tr("A SIP ALG in a router writes its public address into the Via so that answers find the "
                                "way back. RFC 3261 §18.2.1 (with rport, RFC 3581 §4) already has the server answer the "
                                "address and port the request came from, so the rewrite is not needed; when the ALG does "
                                "not undo it in the answer, the client cannot match the answer to its request (§17.1.3).");
    case Kind::ContactChanged:
        return PathAnalysis::tr("The Contact says where the sender wants to receive new requests, such as incoming calls "
                                "(RFC 3261 §8.1.1.8, §20.10). A SIP ALG replaces the private address with the router's "
                                "public one and opens a short-lived pinhole for it. A phone that already does its own NAT "
                                "handling (STUN, rport, an outbound proxy) then gets it rewritten twice or wrongly: "
                                "incoming calls fail, or calls drop or lose audio after a while.");
    case Kind::BranchChanged:
    case Kind::CallIdChanged:
    case Kind::FromChanged:
    case Kind::FromTagChanged:
    case Kind::ToChanged:
    case Kind::CSeqChanged:
        return PathAnalysis::tr("The Via branch, Call-ID, From and To tags and CSeq identify the transaction and the "
                                "dialog (RFC 3261 §8.1.1, §17.1.3); nothing between the two ends may change them. When "
                                "they arrive changed, answers and later requests no longer match.");
    case Kind::HeaderRemoved:
    case Kind::HeadersReordered:
    case Kind::HeaderRewritten:
    case Kind::RequestLineChanged:
    case Kind::BodyChanged:
    case Kind::BytesChanged:
        return PathAnalysis::tr("Only a proxy may change a request on its way, and only in the ways RFC 3261 §16.6 "
                                "lists (its own Via, Record-Route, Max-Forwards). A SIP ALG parses and rewrites messages "
                                "as they cross the router; what it changes breaks digest authentication when it touches "
                                "the Request-URI (§22.4) and can make the message unreadable for the other end.");
    case Kind::ContentLengthChanged:
        return PathAnalysis::tr("Content-Length must count the bytes of the body exactly (RFC 3261 §20.14); over TCP it "
                                "is the only way to find where a message ends (§18.3). An ALG that edits the body (SDP "
                                "addresses) without fixing the length corrupts the message.");
    case Kind::PublicAddress:
    case Kind::PublicPort:
    case Kind::NoRport:
    case Kind::ViaAdded:
    case Kind::HeaderAdded:
    case Kind::MirrorSource:
    case Kind::MirrorTruncated:
        break;
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
    if (const auto report = MirrorReport::fromResponse(*response)) {
        analysis.m_mirrorReport = report;
        analysis.compareSipScopeMirror(sentRequest, *request, response->body());
    } else if (contentType.startsWith(u"message/sipfrag"_s) || contentType.startsWith(u"message/sip"_s)) {
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
    if (result.hasFinalResponse() && !result.rawResponse.isEmpty()) {
        PathAnalysis analysis = analyze(result.rawRequest, result.rawResponse);
        if (analysis.m_mirrorReport && !result.localAddress.isEmpty()) {
            // The socket's own address beats the Via's (a WebSocket Via names an .invalid host).
            analysis.m_localAddress = result.localAddress;
            analysis.m_localPort = result.localPort;
            analysis.judgeNatFromMirror();
        }
        return analysis;
    }
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

void PathAnalysis::compareSipScopeMirror(const QByteArray &sentRaw, const SipMessage &request,
                                         const QByteArray &mirrorRaw)
{
    const MirrorReport &report = *m_mirrorReport;
    m_mirrored = true;
    const bool truncated = report.isTruncated();
    m_mirrorIdentical = truncated ? sentRaw.startsWith(mirrorRaw) : sentRaw == mirrorRaw;
    add(PathFinding::Kind::MirrorSource, false, MirrorReport::headerName(), {}, report.sourceEndpoint(),
        tr("The SipScope mirror saw the request arrive over %1 from %2.")
            .arg(transportViaToken(report.transport), report.sourceEndpoint()));
    if (report.sourceRewritten) {
        add(PathFinding::Kind::HeaderRewritten, true, MirrorReport::headerName(), report.sourceEndpoint(),
            report.writtenSource,
            tr("The mirror's report of the source came back rewritten (%1 instead of %2): something in the path "
               "rewrites addresses in answers, as SIP ALGs do to hide the public address.")
                .arg(report.writtenSource, report.sourceEndpoint()));
    }
    if (truncated) {
        add(PathFinding::Kind::MirrorTruncated, false, MirrorReport::headerName(), QString::number(report.length),
            QString::number(report.mirrored),
            tr("The mirror returned only the first %1 of the %2 bytes it received, to keep its answer small enough "
               "(1300 bytes over UDP); what follows is not compared. Probe over TCP to compare the whole request.")
                .arg(report.mirrored).arg(report.length));
    }
    judgeNatFromMirror();
    if (m_mirrorIdentical)
        return;

    // A fragment ends where the mirror cut it: compare the header lines it has, and
    // parse them as a head of their own (its Content-Length announces a body that is not there).
    QByteArray parseable = mirrorRaw;
    if (truncated) {
        const RawHead head = RawHead::split(mirrorRaw);
        parseable = head.startLine + "\r\n";
        for (const RawHead::Line &line : head.headers) {
            if (line.canonical != u"content-length"_s)
                parseable += line.bytes + "\r\n";
        }
        parseable += "\r\n";
    }
    if (const auto mirror = C::parse(parseable); mirror && mirror->isRequest())
        compareMirror(request, *mirror, truncated);
    compareMirrorLines(sentRaw, mirrorRaw, truncated);
}

void PathAnalysis::judgeNatFromMirror()
{
    if (!m_mirrorReport)
        return;
    m_publicAddress = m_mirrorReport->source.toString();
    m_publicPort = m_mirrorReport->sourcePort;
    const QHostAddress local(m_localAddress);
    if (local.isNull() || !m_localPort)
        m_nat = Nat::Unknown;   // e.g. a WebSocket Via with an .invalid host
    else if (C::sameHost(m_localAddress, m_publicAddress) && *m_localPort == *m_publicPort)
        m_nat = Nat::No;
    else
        m_nat = Nat::Yes;
}

bool PathAnalysis::hasFindingFor(const QString &canonicalHeader) const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [&](const PathFinding &finding) {
        return finding.algSign && !finding.header.isEmpty() && C::canonicalName(finding.header) == canonicalHeader;
    });
}

void PathAnalysis::compareMirrorLines(const QByteArray &sentRaw, const QByteArray &mirrorRaw, bool truncated)
{
    const RawHead sent = RawHead::split(sentRaw);
    const RawHead got = RawHead::split(mirrorRaw);
    auto text = [](const QByteArray &bytes) { return QString::fromUtf8(bytes); };
    if (sent.startLine != got.startLine) {
        add(PathFinding::Kind::RequestLineChanged, true, {}, text(sent.startLine), text(got.startLine),
            tr("The server received the request line as \"%1\"; SipScope sent \"%2\".")
                .arg(text(got.startLine), text(sent.startLine)));
    }
    // Lines of one header pair up in order; a proxy's own Via goes on top (§16.6), so
    // ours are the last ones, and with it Max-Forwards and Record-Route may change.
    auto linesOf = [](const RawHead &head, const QString &canonical) {
        QList<RawHead::Line> out;
        for (const RawHead::Line &line : head.headers) {
            if (line.canonical == canonical)
                out << line;
        }
        return out;
    };
    const bool proxied = linesOf(got, u"via"_s).size() > linesOf(sent, u"via"_s).size();
    QStringList compared;
    for (const RawHead::Line &line : sent.headers) {
        if (compared.contains(line.canonical))
            continue;
        compared << line.canonical;
        if (proxied && C::isProxyHeader(line.canonical) && line.canonical != u"via"_s)
            continue;
        if (hasFindingFor(line.canonical))
            continue;   // a finding above says how it changed, or that it is gone
        const QList<RawHead::Line> mine = linesOf(sent, line.canonical);
        QList<RawHead::Line> theirs = linesOf(got, line.canonical);
        if (line.canonical == u"via"_s && theirs.size() > mine.size())
            theirs = theirs.mid(theirs.size() - mine.size());
        for (qsizetype i = 0; i < mine.size() && i < theirs.size(); ++i) {
            if (mine.at(i).bytes == theirs.at(i).bytes)
                continue;
            const QString shown = expandCompactHeaderName(line.name);
            add(PathFinding::Kind::HeaderRewritten, true, shown, text(mine.at(i).bytes), text(theirs.at(i).bytes),
                tr("The server received our %1 header as \"%2\"; SipScope sent \"%3\".")
                    .arg(shown, text(theirs.at(i).bytes), text(mine.at(i).bytes)));
            break;
        }
    }
    if (!truncated && sent.body != got.body && !hasFindingFor(u"content-length"_s)) {
        add(PathFinding::Kind::BodyChanged, true, {}, QString::number(sent.body.size()), QString::number(got.body.size()),
            tr("The server received another body (%1 bytes) than SipScope sent (%2 bytes).")
                .arg(got.body.size()).arg(sent.body.size()));
    }
    if (algFindings().isEmpty()) {
        // Nothing above names it: line ends, spacing around the lines, a folded line.
        qsizetype at = 0;
        while (at < sentRaw.size() && at < mirrorRaw.size() && sentRaw.at(at) == mirrorRaw.at(at))
            ++at;
        if (!(truncated && at == mirrorRaw.size())) {
            add(PathFinding::Kind::BytesChanged, true, {}, QString::number(sentRaw.size()), QString::number(mirrorRaw.size()),
                tr("The server received other bytes than SipScope sent, from byte %1 on (%2 bytes arrived, %3 were sent).")
                    .arg(at).arg(mirrorRaw.size()).arg(sentRaw.size()));
        }
    }
}

void PathAnalysis::compareMirror(const SipMessage &request, const SipMessage &mirror, bool truncated)
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
        if (!mirrorNames.contains(name) && !truncated) {
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
    if (m_mirrorReport && m_mirrorIdentical) {
        sentences << (m_mirrorReport->isTruncated()
                          ? tr("The SipScope mirror received the first %1 bytes of the request exactly as SipScope sent them: "
                               "no SIP ALG rewrote them.").arg(m_mirrorReport->mirrored)
                          : tr("The SipScope mirror received the request byte for byte as SipScope sent it: no SIP ALG rewrote it."));
    }
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
