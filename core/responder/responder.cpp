#include "responder.h"

#include "mirroranswer.h"

#include "sip/optionsrequest.h"
#include "sip/servertransaction.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// RFC 3261 §18.2.1 and RFC 3581 §4: the server notes where the request really came
// from in the top Via (received=, and rport= when the client asked for it), so the
// answer finds its way back through NAT.
SipMessage annotateVia(const SipMessage &request, const ResponderPeer &peer)
{
    const QStringList vias = request.headerLines(u"Via"_s);
    const std::optional<SipVia> top = request.topVia();
    if (vias.isEmpty() || !top)
        return request;
    QStringList elements = splitHeaderList(vias.constFirst());
    if (elements.isEmpty())
        return request;
    QString value = elements.constFirst();
    const bool wantsRport = top->parameter(u"rport"_s).has_value();
    const QHostAddress sentBy(top->host);
    if (wantsRport || sentBy.isNull() || sentBy != peer.address) {
        static const QRegularExpression received(u";\\s*received\\s*=[^;]*"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        value.remove(received);
        value += u";received="_s + peer.address.toString();
    }
    if (wantsRport) {
        static const QRegularExpression rport(u";\\s*rport(\\s*=[^;]*)?"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        value.replace(rport, u";rport="_s + QString::number(peer.port));
    }
    elements[0] = value;

    SipMessage annotated = SipMessage::request(request.method(), request.requestUri());
    annotated.setSipVersion(request.sipVersion());
    bool first = true;
    for (const SipHeader &header : request.headers()) {
        if (first && sameHeaderName(header.name, u"Via"_s)) {
            annotated.addHeader(header.name, elements.join(u", "_s));
            first = false;
        } else {
            annotated.addHeader(header.name, header.value);
        }
    }
    annotated.setBody(request.body());
    return annotated;
}

} // namespace

QString ResponderLogEntry::dispositionToken(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Answered: return u"answered"_s;
    case Disposition::Retransmission: return u"retransmission"_s;
    case Disposition::AckAbsorbed: return u"ack_absorbed"_s;
    case Disposition::Cancelled: return u"cancel"_s;
    case Disposition::Refused2xx: return u"refused_2xx"_s;
    case Disposition::BadRequest: return u"bad_request"_s;
    case Disposition::Dropped: return u"dropped"_s;
    }
    return {};
}

Responder::Responder(QObject *parent)
    : QObject(parent)
{
    connect(&m_listener, &ResponderListener::messageReceived, this, &Responder::onMessage);
    connect(&m_listener, &ResponderListener::garbageReceived, this, &Responder::onGarbage);
    connect(&m_listener, &ResponderListener::connectionEvent, this,
            [this](const QString &text, const ResponderPeer &) { Q_EMIT notice(text); });
    m_listener.setAdmission([this](const ResponderPeer &peer) { return admit(peer); });
    connect(&m_listener, &ResponderListener::messageShed, this, [this](const ResponderPeer &) {
        ++m_counters.received;
        ++m_counters.backlog;
        noteDrop();
    });
    m_dropReport.setSingleShot(true);
    m_dropReport.setInterval(1000);
    connect(&m_dropReport, &QTimer::timeout, this, [this] {
        if (!m_dropsSinceReport)
            return;
        m_dropsSinceReport = false;
        Q_EMIT dropsReported(counters());
    });
}

Responder::~Responder()
{
    stop();
}

SipError Responder::start(const ResponderConfig &config)
{
    stop();
    const ResponderConfig::Check check = config.check();
    if (!check.isValid())
        return {ErrorKind::InvalidTarget, check.errors.join(u' '), {}};
    m_config = config;
    m_warnings = check.warnings;
    m_requestsReceived = 0;
    m_counters = {};
    m_rateLimiter.setRate(m_config.rateLimitPerSource);
    m_clock.start();
    return m_listener.listen(m_config);
}

SipError Responder::updateAnswer(const ResponderConfig &config)
{
    ResponderConfig next = m_config;
    next.statusCode = config.statusCode;
    next.reasonPhrase = config.reasonPhrase;
    next.extraHeaders = config.extraHeaders;
    next.delayMs = config.delayMs;
    next.provisionals = config.provisionals;
    next.mirror = config.mirror;
    const ResponderConfig::Check check = next.check();
    if (!check.isValid())
        return {ErrorKind::InvalidTarget, check.errors.join(u' '), {}};
    m_config = next;
    m_warnings = check.warnings;
    return {};
}

void Responder::stop()
{
    const QList<ServerTransaction *> transactions = m_transactions.values();
    m_transactions.clear();
    m_toTags.clear();
    m_retiring.clear();
    m_dropReport.stop();
    m_dropsSinceReport = false;
    for (ServerTransaction *transaction : transactions) {
        transaction->disconnect(this);
        transaction->abort();
        transaction->deleteLater();
    }
    if (isRunning())
        m_counters.kernelDropped = m_listener.kernelDrops();   // what the socket knew, kept
    m_listener.close();
}

void Responder::onGarbage(const QByteArray &raw, const QString &errorMessage, const ResponderPeer &peer)
{
    ResponderLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.source = peer;
    entry.raw = raw;
    entry.disposition = ResponderLogEntry::Disposition::Dropped;
    entry.note = tr("Not a SIP message: %1").arg(errorMessage);
    ++m_counters.received;
    ++m_counters.unanswerable;
    Q_EMIT requestLogged(entry);
}

ResponderCounters Responder::counters() const
{
    ResponderCounters now = m_counters;
    if (isRunning())
        now.kernelDropped = m_listener.kernelDrops();
    return now;
}

bool Responder::admit(const ResponderPeer &peer)
{
    if (m_rateLimiter.admit(peer.address, m_clock.elapsed()))
        return true;
    // Dropped unanswered and unlogged: see docs/monitoring.md ("Under a flood") for
    // why a flood gets silence rather than 503 (RFC 3261 §21.5.4).
    ++m_counters.received;
    ++m_counters.rateLimited;
    noteDrop();
    return false;
}

void Responder::noteDrop()
{
    m_dropsSinceReport = true;
    if (!m_dropReport.isActive())
        m_dropReport.start();
}

bool Responder::makeRoom()
{
    while (!m_retiring.isEmpty()) {
        const QPointer<ServerTransaction> oldest = m_retiring.takeFirst();
        if (!oldest || oldest->state() == ServerTransaction::State::Terminated)
            continue;
        // Its answer went out; what is lost is only the re-send of that answer to a
        // late retransmission, which is then answered as a new request (the same
        // code, a new To tag).
        ++m_counters.evicted;
        oldest->abort();   // terminated(): out of the table at once
        return true;
    }
    return false;
}

void Responder::retireLater(ServerTransaction *transaction)
{
    // Timers J (64·T1 over UDP) and I (T4) are the same for every transaction of a
    // kind, so the ones already gone are at the front: dropping them here keeps the
    // list as long as the transactions still waiting.
    while (!m_retiring.isEmpty() && !m_retiring.constFirst())
        m_retiring.removeFirst();
    m_retiring.append(transaction);
}

void Responder::onMessage(const SipMessage &received, const QByteArray &raw, const ResponderPeer &peer)
{
    ResponderLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.source = peer;
    entry.raw = raw;
    entry.from = received.header(u"From"_s).value_or(QString());
    entry.callId = received.callId();

    ++m_counters.received;
    if (!received.isRequest()) {
        ++m_counters.unanswerable;
        entry.disposition = ResponderLogEntry::Disposition::Dropped;
        entry.note = tr("A %1 response: the responder sends no requests, so it has nothing to match.")
                         .arg(received.statusCode());
        Q_EMIT requestLogged(entry);
        return;
    }
    ++m_requestsReceived;
    entry.method = received.method();
    if (!received.topVia()) {
        // §8.2.6 / §18.2.2: without a Via there is nowhere to send a response.
        ++m_counters.unanswerable;
        entry.disposition = ResponderLogEntry::Disposition::Dropped;
        entry.note = tr("No usable Via header: there is nowhere to send an answer.");
        Q_EMIT requestLogged(entry);
        return;
    }
    const SipMessage request = annotateVia(received, peer);
    const QString key = ServerTransaction::keyFor(request);

    if (request.method() == u"ACK"_s) {
        // §17.2.3: the ACK of a non-2xx final matches the INVITE transaction and is
        // absorbed there; any other ACK (of a 2xx, or stray) is absorbed here.
        ++m_counters.absorbed;
        entry.disposition = ResponderLogEntry::Disposition::AckAbsorbed;
        if (ServerTransaction *transaction = m_transactions.value(key)) {
            entry.statusCode = transaction->lastStatusCode();
            transaction->receive(request);
            entry.note = tr("ACK of our %1: the INVITE transaction is confirmed.").arg(entry.statusCode);
        } else {
            entry.note = tr("ACK without a matching INVITE transaction, absorbed.");
        }
        Q_EMIT requestLogged(entry);
        return;
    }

    if (ServerTransaction *transaction = m_transactions.value(key)) {
        // §17.2.1 / §17.2.2: a retransmission goes to its transaction, never to the TU.
        ++m_counters.absorbed;
        entry.disposition = ResponderLogEntry::Disposition::Retransmission;
        entry.statusCode = transaction->lastStatusCode();
        transaction->receive(request);
        entry.note = transaction->lastResponse().isEmpty()
            ? tr("Retransmission absorbed: the answer is not ready yet.")
            : tr("Retransmission: the last answer (%1) was sent again.").arg(transaction->lastStatusCode());
        Q_EMIT requestLogged(entry);
        return;
    }

    if (m_transactions.size() >= m_config.maxTransactions && !makeRoom()) {
        // Every transaction still waits for its answer (a --delay) or its ACK:
        // counted, not logged, so that a flood costs no more than reading it.
        ++m_counters.tableFull;
        noteDrop();
        return;
    }
    ++m_counters.answered;

    ServerTransaction *transaction = createTransaction(request, peer);
    // §8.2.2 (and §20): a request without these cannot be answered meaningfully.
    const std::optional<SipCSeq> cseq = request.cseq();
    QStringList missing;
    for (const QString &name : {u"From"_s, u"To"_s, u"Call-ID"_s, u"CSeq"_s}) {
        if (!request.hasHeader(name))
            missing << name;
    }
    if (!missing.isEmpty() || !cseq || cseq->method != request.method()) {
        entry.disposition = ResponderLogEntry::Disposition::BadRequest;
        entry.statusCode = 400;
        entry.note = missing.isEmpty() ? tr("The CSeq method does not match the request method.")
                                       : tr("Missing header(s): %1").arg(missing.join(u", "_s));
        transaction->respond(buildResponse(request, 400, u"Bad Request"_s, m_toTags.value(transaction), {}));
        Q_EMIT requestLogged(entry);
        return;
    }
    if (request.method() == u"CANCEL"_s) {
        handleCancel(request, transaction, entry);
        Q_EMIT requestLogged(entry);
        return;
    }
    answer(transaction, entry);
    Q_EMIT requestLogged(entry);
}

ServerTransaction *Responder::createTransaction(const SipMessage &request, const ResponderPeer &peer)
{
    const ResponderPeer destination = replyDestination(request, peer);
    const bool reliable = peer.transport != TransportProtocol::Udp;
    auto *transaction = new ServerTransaction(
        request, reliable,
        [this, destination](const QByteArray &bytes) { m_listener.send(destination, bytes); },
        m_config.timers, this);
    m_transactions.insert(transaction->key(), transaction);
    m_toTags.insert(transaction, OptionsRequest::newTag());
    connect(transaction, &ServerTransaction::responseSent, this,
            [this, transaction, destination](const QByteArray &raw, int code, bool retransmission) {
        // A non-INVITE's final puts it in Completed, only absorbing retransmissions.
        if (!retransmission && code >= 200 && transaction->kind() == ServerTransaction::Kind::NonInvite)
            retireLater(transaction);
        Q_EMIT responseSent(destination, code, raw, retransmission);
    });
    connect(transaction, &ServerTransaction::ackReceived, this, [this, transaction] {
        retireLater(transaction);   // INVITE, Confirmed: Timer I only absorbs ACKs
    });
    connect(transaction, &ServerTransaction::timedOut, this, [this, transaction] {
        Q_EMIT notice(tr("No ACK for the %1 to the INVITE from %2 within 64·T1 (Timer H).")
                          .arg(transaction->lastStatusCode())
                          .arg(transaction->request().header(u"From"_s).value_or(QString())));
    });
    connect(transaction, &ServerTransaction::terminated, this, [this, transaction] {
        if (m_transactions.value(transaction->key()) == transaction)
            m_transactions.remove(transaction->key());
        m_toTags.remove(transaction);
        transaction->deleteLater();
    });
    return transaction;
}

void Responder::answer(ServerTransaction *transaction, ResponderLogEntry &entry)
{
    const SipMessage &request = transaction->request();
    const QString toTag = m_toTags.value(transaction);
    const bool invite = transaction->kind() == ServerTransaction::Kind::Invite;
    int code = m_config.statusCode;
    QString reason = m_config.effectiveReason();
    QList<SipHeader> extra = m_config.extraHeaders;
    entry.disposition = ResponderLogEntry::Disposition::Answered;
    // Mirror mode answers OPTIONS, the request of a reachability test, whatever the code.
    const bool mirror = m_config.mirror && request.method() == u"OPTIONS"_s;
    if (mirror) {
        code = 200;
        reason = u"OK"_s;
    }
    if (invite && code < 300) {
        // A 2xx would create a dialog with a media session (RFC 3261 §13.3.1.4) that
        // must be retransmitted until ACKed and then torn down; the responder has none.
        code = 488;
        reason = u"Not Acceptable Here"_s;
        extra = {{u"Warning"_s, u"399 sipscope \"The SipScope responder does not set up media "
                                u"sessions, so it does not answer INVITE with 2xx\""_s}};
        entry.disposition = ResponderLogEntry::Disposition::Refused2xx;
        entry.note = tr("A %1 to INVITE needs a media session, which the responder does not have: "
                        "answered 488 instead.").arg(m_config.statusCode);
    }
    entry.statusCode = code;

    for (int provisional : std::as_const(m_config.provisionals)) {
        // 180/183 only mean something for INVITE; a non-INVITE gets at most 100 Trying.
        if (!invite && provisional != 100)
            continue;
        ResponderConfig provisionalConfig;
        provisionalConfig.statusCode = provisional;
        const QString phrase = provisional == 100 ? u"Trying"_s : provisionalConfig.effectiveReason();
        transaction->respond(buildResponse(request, provisional, phrase, toTag, {}));
    }
    SipMessage final = buildResponse(request, code, reason, toTag, extra);
    if (mirror) {
        // The bytes as they arrived, not the parsed request: what an ALG changed in
        // spacing, case or order is then visible too.
        const qsizetype limit = MirrorAnswer::answerLimit(entry.source.transport, m_config.parseLimits);
        const MirrorReport report = MirrorAnswer::apply(final, entry.raw, entry.source, limit);
        entry.note = report.isTruncated()
            ? tr("Mirrored %1 of %2 bytes: the rest does not fit in an answer of %3 bytes.")
                  .arg(report.mirrored).arg(report.length).arg(limit)
            : tr("Mirrored the request (%1 bytes) and the source %2.").arg(report.length).arg(report.sourceEndpoint());
    }
    if (m_config.delayMs <= 0) {
        transaction->respond(final);
        return;
    }
    const QPointer<ServerTransaction> guard(transaction);
    QTimer::singleShot(m_config.delayMs, transaction, [guard, final = std::move(final)] {
        // A CANCEL may have answered the INVITE (487) in the meantime; respond() then refuses.
        if (guard)
            guard->respond(final);
    });
}

void Responder::handleCancel(const SipMessage &cancel, ServerTransaction *transaction, ResponderLogEntry &entry)
{
    entry.disposition = ResponderLogEntry::Disposition::Cancelled;
    const QString toTag = m_toTags.value(transaction);
    // §9.2: the CANCEL matches the INVITE with the same branch (and Request-URI,
    // Call-ID, CSeq number) — i.e. the INVITE's transaction key.
    ServerTransaction *invite = m_transactions.value(ServerTransaction::keyFor(cancel, u"INVITE"_s));
    if (!invite) {
        entry.statusCode = 481;
        entry.note = tr("CANCEL without a matching INVITE: 481.");
        transaction->respond(buildResponse(cancel, 481, u"Call/Transaction Does Not Exist"_s, toTag, {}));
        return;
    }
    entry.statusCode = 200;
    transaction->respond(buildResponse(cancel, 200, u"OK"_s, toTag, {}));
    if (invite->state() == ServerTransaction::State::Proceeding) {
        // §9.2: the UAS answers the INVITE 487 (the delayed answer then never goes out).
        invite->respond(buildResponse(invite->request(), 487, u"Request Terminated"_s,
                                      m_toTags.value(invite), {}));
        entry.note = tr("CANCEL: 200 to it, 487 to its INVITE.");
    } else {
        entry.note = tr("CANCEL after the INVITE was answered: 200, no effect.");
    }
}

SipMessage Responder::buildResponse(const SipMessage &request, int code, const QString &reason,
                                    const QString &toTag, const QList<SipHeader> &extra) const
{
    SipMessage response = ServerTransaction::makeResponse(request, code, reason, toTag);
    response.addHeader(u"Server"_s, OptionsRequest::userAgent());
    for (const SipHeader &header : extra)
        response.addHeader(header.name, header.value);
    response.addHeader(u"Content-Length"_s, u"0"_s);
    return response;
}

ResponderPeer Responder::replyDestination(const SipMessage &request, const ResponderPeer &peer) const
{
    if (peer.transport != TransportProtocol::Udp)
        return peer;   // §18.2.2: on the connection the request arrived on
    ResponderPeer destination = peer;
    const std::optional<SipVia> via = request.topVia();
    // §18.2.2 with RFC 3581 §4: to the source address; to the source port when the
    // client asked with rport, else to the sent-by port (5060 when absent).
    if (via && !via->parameter(u"rport"_s))
        destination.port = via->port.value_or(5060);
    return destination;
}

} // namespace SipScope
