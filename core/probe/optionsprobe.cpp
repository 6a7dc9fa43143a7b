#include "optionsprobe.h"

#include "keepalivepinger.h"

#include "codes/responsecodecatalog.h"
#include "sip/optionsrequest.h"
#include "sip/probetarget.h"
#include "sip/resolver.h"
#include "sip/serverdnsbackend.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

// How far a failed target got; the failure of the one that got furthest is reported
// when all fail (a certificate problem must not hide behind a refused IPv6 address).
int failureRank(const SipError &error)
{
    switch (error.kind) {
    case ErrorKind::Refused:
    case ErrorKind::Unreachable:
        return 1;
    case ErrorKind::Timeout:
        return 2;
    case ErrorKind::Transport:
        return 3;
    case ErrorKind::Tls:
        return 4;
    case ErrorKind::MalformedAnswer:
        return 5;
    default:
        return 0;
    }
}

ProbeEvent::Type probeEventType(ResolverEvent::Type type)
{
    switch (type) {
    case ResolverEvent::Type::NaptrQuery:
    case ResolverEvent::Type::SrvQuery:
    case ResolverEvent::Type::AddressQuery:
        return ProbeEvent::Type::DnsLookup;
    case ResolverEvent::Type::Literal:
    case ResolverEvent::Type::NaptrRecords:
    case ResolverEvent::Type::NaptrFailed:
    case ResolverEvent::Type::SrvRecords:
    case ResolverEvent::Type::SrvFailed:
    case ResolverEvent::Type::AddressRecords:
    case ResolverEvent::Type::AddressFailed:
        return ProbeEvent::Type::DnsResult;
    case ResolverEvent::Type::TransportChosen:
    case ResolverEvent::Type::NaptrSkipped:
    case ResolverEvent::Type::NaptrSelected:
    case ResolverEvent::Type::Fallback:
    case ResolverEvent::Type::Finished:
    case ResolverEvent::Type::Failed:
        break;
    }
    return ProbeEvent::Type::Resolution;
}

} // namespace

OptionsProbe::OptionsProbe(QObject *parent)
    : QObject(parent)
    , m_factory(&createTransport)
{
}

OptionsProbe::~OptionsProbe()
{
    ++m_generation;
    if (m_resolver)
        m_resolver->disconnect(this);
    if (m_transaction)
        m_transaction->disconnect(this);
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

void OptionsProbe::setTransportFactory(TransportFactory factory)
{
    m_factory = factory ? std::move(factory) : TransportFactory(&createTransport);
}

void OptionsProbe::setDnsBackend(std::shared_ptr<DnsBackend> backend)
{
    m_dnsBackend = std::move(backend);
}

TransportChoice OptionsProbe::chooseTransport(const SipUri &uri, const ProbeOptions &options)
{
    std::optional<TransportChoice> choice;
    if (options.transport)
        choice = TransportChoice{*options.transport, tr("chosen explicitly")};
    else if (const auto fromUri = uri.transportParameter())
        choice = TransportChoice{*fromUri, tr("from the URI parameter ;transport=%1").arg(transportToken(*fromUri))};
    if (choice) {
        // RFC 3261 §26.2.2: a sips: URI over TCP means TLS.
        if (uri.isSips() && choice->protocol == TransportProtocol::Tcp)
            return {TransportProtocol::Tls, tr("sips: over TCP means TLS")};
        return *choice;
    }
    // RFC 3261 §26.2.1 / RFC 3263 §4.1: sips: means TLS; a sip: URI without transport
    // parameter is tried over UDP unless SRV records say otherwise.
    if (uri.isSips())
        return {TransportProtocol::Tls, tr("sips: requires TLS")};
    return {TransportProtocol::Udp, tr("default for sip: URIs")};
}

void OptionsProbe::start(const QString &target, const ProbeOptions &options)
{
    if (m_running)
        cancel();
    const quint64 generation = ++m_generation;
    m_options = options;
    m_result = ProbeResult();
    m_result.target = target;
    m_firstSentUs = -1;
    m_targets.clear();
    m_targetIndex = -1;
    m_worstFailure = {};
    m_heardFromTarget = false;
    m_firstGarbage.clear();
    m_transportUp = false;
    m_callId = OptionsRequest::newCallId();
    m_fromTag = OptionsRequest::newTag();
    m_cseq = 1;
    m_authHeaders.clear();
    m_authenticator = std::make_unique<ProbeAuthenticator>(m_options.credentials);
    m_requestsSent = 0;
    m_retryPending = false;
    m_resentAfterClose = false;
    m_running = true;
    m_clock.start();
    m_started = std::chrono::steady_clock::now();

    const ProbeTarget parsed = ProbeTarget::parse(target);
    if (!parsed.isValid()) {
        // finished() is documented as asynchronous, also for an invalid target.
        const SipError error{ErrorKind::InvalidTarget, parsed.errorMessage(), {}};
        QMetaObject::invokeMethod(this, [this, generation, error] {
            if (generation == m_generation)
                fail(error, 0);
        }, Qt::QueuedConnection);
        return;
    }
    m_uri = parsed.uri();
    // A ws:// or wss:// URL carries the path of the HTTP upgrade.
    if (parsed.isWebSocketUrl())
        m_options.transportOptions.webSocketPath = parsed.webSocketPath();
    m_result.normalizedTarget = m_uri.toString();
    m_choice = chooseTransport(m_uri, m_options);
    m_result.transport = m_choice.protocol;
    m_result.transportReason = m_choice.reason;
    // The probe's time begins with its first event: parsing the first target of a run
    // compiles patterns and loads translations, which took 12 ms on a loaded machine,
    // an empty stretch before anything happened on the network.
    m_clock.start();
    m_started = std::chrono::steady_clock::now();
    record(ProbeEvent::Type::TargetParsed,
           tr("Target %1 over %2 (%3)").arg(m_result.normalizedTarget, transportViaToken(m_choice.protocol), m_choice.reason));
    later([this] { resolve(); });
}

void OptionsProbe::cancel()
{
    if (!m_running)
        return;
    if (m_pinger) {
        // The answer is complete; only the keep-alive pings stop (finished() follows).
        record(ProbeEvent::Type::Cancelled, tr("Keep-alive pings cancelled"));
        m_pinger->stop();
        return;
    }
    record(ProbeEvent::Type::Cancelled, tr("Cancelled"));
    m_result.error = {ErrorKind::Cancelled, tr("The probe was cancelled."), {}};
    finish();
}

template<typename Function>
void OptionsProbe::later(Function function)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation, function] {
        if (generation == m_generation && m_running)
            function();
    }, Qt::QueuedConnection);
}

void OptionsProbe::resolve()
{
    if (m_options.resolvedTarget) {
        ResolveResult given;
        given.targets = {*m_options.resolvedTarget};
        record(ProbeEvent::Type::Resolution,
               tr("No resolution: the target %1 was given").arg(m_options.resolvedTarget->endpointText()));
        onResolved(given);
        return;
    }
    m_resolver = std::make_unique<Resolver>(m_dnsBackend ? m_dnsBackend : dnsBackendFor(m_options.dnsServer));
    m_resolver->setClock(m_clock);
    connect(m_resolver.get(), &Resolver::eventRecorded, this, &OptionsProbe::recordResolverEvent);
    connect(m_resolver.get(), &Resolver::finished, this, &OptionsProbe::onResolved);

    ResolveRequest request;
    request.host = m_uri.host();
    request.port = m_uri.port();
    // Only an explicit choice is passed on; otherwise RFC 3263 §4.1 decides (SRV).
    if (m_options.transport)
        request.transport = m_options.transport;
    else
        request.transport = m_uri.transportParameter();
    request.secure = m_uri.isSips();
    request.family = m_options.family;
    m_resolver->resolve(request);
}

void OptionsProbe::recordResolverEvent(const ResolverEvent &event)
{
    // For an IP address the target line already said which transport and why, and
    // the one target is obvious. A failure is recorded once, as the probe's error.
    if (event.type == ResolverEvent::Type::Failed)
        return;
    if (m_uri.isNumericHost()
        && (event.type == ResolverEvent::Type::TransportChosen || event.type == ResolverEvent::Type::Finished))
        return;
    record(probeEventType(event.type), event.text, 0, {}, event.name);
}

void OptionsProbe::onResolved(const ResolveResult &resolved)
{
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver.release()->deleteLater();
    }
    if (!resolved.ok()) {
        if (resolved.error == ResolveErrorKind::InvalidRequest) {
            fail({ErrorKind::InvalidTarget, resolved.errorMessage, {}}, 0);
            return;
        }
        fail({ErrorKind::Dns,
              resolved.errorMessage + u' '
                  + tr("Check the spelling of the name and the DNS server."),
              resolveErrorKindToken(resolved.error), resolveErrorKindToken(resolved.error)},
             0);
        return;
    }
    m_targets = resolved.targets;
    tryTarget(0);
}

void OptionsProbe::tryTarget(qsizetype index)
{
    m_targetIndex = index;
    m_heardFromTarget = false;
    m_firstGarbage.clear();
    const ResolvedTarget &target = m_targets.at(index);
    m_result.transport = target.transport;
    if (target.source == ResolvedTarget::Source::Srv && !target.naptrService.isEmpty()) {
        m_result.transportReason = tr("from the NAPTR record %1 and the SRV record %2 (priority %3, weight %4)")
                                       .arg(target.naptrService, target.srvName)
                                       .arg(target.priority)
                                       .arg(target.weight);
    } else if (target.source == ResolvedTarget::Source::Srv) {
        m_result.transportReason = tr("from the SRV record %1 (priority %2, weight %3)")
                                       .arg(target.srvName).arg(target.priority).arg(target.weight);
    } else if (target.transport != m_choice.protocol) {
        m_result.transportReason = tr("RFC 3263 §4.1 for this URI");
    }
    QString text = tr("Trying %1").arg(target.endpointText());
    if (target.source == ResolvedTarget::Source::Srv)
        text += u' ' + tr("(%1 from SRV %2)").arg(target.host, target.srvName);
    else if (target.source != ResolvedTarget::Source::Literal)
        text += u' ' + tr("(an address of %1)").arg(target.host);
    if (m_targets.size() > 1)
        text += u' ' + tr("— target %1 of %2").arg(index + 1).arg(m_targets.size());
    record(ProbeEvent::Type::TargetTried, text);
    openTransport();
}

void OptionsProbe::openTransport()
{
    const ResolvedTarget &target = m_targets.at(m_targetIndex);
    TransportEndpoint endpoint;
    endpoint.address = target.address;
    endpoint.port = target.port;
    // RFC 5922 §4: a TLS certificate is checked against the URI's host, also when SRV
    // pointed elsewhere.
    endpoint.hostName = m_uri.host();
    m_result.remoteAddress = target.address.toString();
    m_result.remotePort = target.port;

    dropTransport();
    m_transport = m_factory(target.transport);
    if (!m_transport) {
        targetFailed({ErrorKind::Transport,
                      tr("The %1 transport is not supported yet; use UDP, TCP or TLS.").arg(transportViaToken(target.transport)),
                      {}});
        return;
    }
    connect(m_transport.get(), &Transport::ready, this, &OptionsProbe::onTransportReady);
    connect(m_transport.get(), &Transport::failed, this, &OptionsProbe::onTransportFailed);
    connect(m_transport.get(), &Transport::transportEvent, this, [this](const TransportEvent &event) {
        const ProbeEvent::Type type = event.type == TransportEvent::Type::Connected ? ProbeEvent::Type::Connected
            : event.type == TransportEvent::Type::TlsEstablished                  ? ProbeEvent::Type::TlsHandshake
                                                                                  : ProbeEvent::Type::TransportInfo;
        // The transport's own reading where it has one (the kernel's), else now.
        const WireTime at = event.at.isValid() ? event.at : WireTime::now();
        if (type == ProbeEvent::Type::Connected)
            m_result.connectClock = at.clock;
        else if (type == ProbeEvent::Type::TlsHandshake)
            m_result.tlsClock = at.clock;
        record(type, event.text, 0, {}, {}, elapsedUs(at), event.startedAt.isValid() ? elapsedUs(event.startedAt) : -1);
    });
    connect(m_transport.get(), &Transport::messageReceived, this, [this] { m_heardFromTarget = true; });
    connect(m_transport.get(), &Transport::garbageReceived, this, [this](const QByteArray &raw) {
        m_heardFromTarget = true;
        if (m_firstGarbage.isEmpty())
            m_firstGarbage = raw;
    });

    TransportOptions options = m_options.transportOptions;
    const auto timerF = m_options.timers.effectiveTimerF();
    options.connectTimeoutMs = int(std::min<qint64>(options.connectTimeoutMs, timerF.count()));
    m_transport->open(endpoint, options);
}

void OptionsProbe::onTransportReady()
{
    m_transportUp = true;
    captureTls();
    m_result.localAddress = m_transport->localAddress().toString();
    m_result.localPort = m_transport->localPort();
    record(ProbeEvent::Type::TransportReady,
           tr("Local address %1").arg(TransportEndpoint{m_transport->localAddress(), m_transport->localPort(), {}}.toString()));
    sendRequest();
}

void OptionsProbe::onTransportFailed(const SipError &error)
{
    m_transportUp = false;
    captureTls();
    // While a transaction runs it reports the failure itself (transportFailed). Between
    // the transactions of an authentication retry, the next request reconnects.
    if ((m_transaction && m_transaction->state() != ClientTransaction::State::Terminated) || m_retryPending)
        return;
    targetFailed(error);
}

void OptionsProbe::targetFailed(const SipError &error)
{
    const int rank = failureRank(error);
    if (rank > m_worstFailure.rank) {
        m_worstFailure.error = error;
        m_worstFailure.rank = rank;
        m_worstFailure.targetIndex = m_targetIndex;
        m_worstFailure.tls = m_transport ? m_transport->tlsSession() : std::nullopt;
    }
    // RFC 3263 §4.3: a target that failed at the transport level, before answering
    // anything, gives way to the next one.
    if (!m_heardFromTarget && m_targetIndex + 1 < m_targets.size()) {
        record(ProbeEvent::Type::NextTarget,
               tr("%1 failed (%2): %3 Trying the next target (RFC 3263 §4.3).")
                   .arg(m_targets.at(m_targetIndex).endpointText(), errorKindTitle(error.kind), error.message));
        const qsizetype next = m_targetIndex + 1;
        dropTransport();
        later([this, next] { tryTarget(next); });
        return;
    }
    SipError reported = error;
    if (!m_heardFromTarget && m_targets.size() > 1) {
        // Every target failed: report the one that got furthest, with its address.
        dropTransport();
        reported = m_worstFailure.error;
        const ResolvedTarget &target = m_targets.at(m_worstFailure.targetIndex);
        m_result.remoteAddress = target.address.toString();
        m_result.remotePort = target.port;
        m_result.transport = target.transport;
        m_result.tls = m_worstFailure.tls;
        reported.message = tr("None of the %1 targets could be used; the one that got furthest failed: %2")
                               .arg(m_targets.size())
                               .arg(reported.message);
    }
    fail(reported, 503);
}

void OptionsProbe::sendRequest()
{
    if (!m_transport || !m_transportUp) {
        // The server closed the connection between a challenge and our answer.
        record(ProbeEvent::Type::TransportInfo, tr("Reconnecting to send the answer"));
        openTransport();
        return;
    }
    OptionsRequestParams params;
    params.target = m_uri;
    params.transport = m_result.transport;
    params.localAddress = m_transport->localAddress();
    params.localPort = m_transport->localPort();
    params.sentByHost = m_transport->sentByHost();
    params.fromUser = m_options.fromUser.isEmpty() ? m_options.credentials.user : m_options.fromUser;
    params.fromUri = m_options.fromUri;
    params.extraHeaders = m_options.extraHeaders + m_authHeaders;
    params.maxForwards = m_options.maxForwards;
    params.cseq = m_cseq;
    params.callId = m_callId;
    params.fromTag = m_fromTag;
    const SipMessage request = OptionsRequest::build(params);

    if (m_transaction) {
        m_transaction->disconnect(this);
        m_transaction.release()->deleteLater();
    }
    // Provisionals and timing describe the request that gets the final response.
    m_result.provisionals.clear();
    m_result.firstProvisionalUs = -1;
    m_firstSentUs = -1;
    ++m_requestsSent;
    if (m_result.auth)
        m_result.auth->attempts = m_requestsSent;
    m_transaction = std::make_unique<ClientTransaction>(m_transport.get(), request, m_options.timers);
    ClientTransaction *transaction = m_transaction.get();
    connect(transaction, &ClientTransaction::requestSent, this, [this](const QByteArray &raw, int attempt) {
        m_result.rawRequest = raw;
        if (attempt == 0) {
            const WireTime sent = m_transport ? m_transport->lastSendTime() : WireTime();
            m_firstSentUs = elapsedUs(sent);
            m_result.sentClock = sent.isValid() ? sent.clock : WireTime::Clock::Application;
            m_result.retransmissions = 0;
            record(ProbeEvent::Type::Sent,
                   tr("Sent OPTIONS to %1 (%2 bytes)").arg(m_result.remote()).arg(raw.size()), 0, raw, {},
                   m_firstSentUs);
        } else {
            m_result.retransmissions = attempt;
            record(ProbeEvent::Type::Retransmitted, tr("Retransmission %1 (Timer E)").arg(attempt), 0, raw, {},
                   elapsedUs(m_transport ? m_transport->lastSendTime() : WireTime()));
        }
    });
    connect(transaction, &ClientTransaction::provisionalReceived, this, &OptionsProbe::onProvisional);
    connect(transaction, &ClientTransaction::finalReceived, this, &OptionsProbe::onFinal);
    connect(transaction, &ClientTransaction::ignored, this,
            [this](IgnoredReason reason, const QByteArray &raw, const QString &detail) {
        const SipParseResult parsed = SipParser::parseDatagram(raw);
        const int status = parsed.isValid() && parsed.message->isResponse() ? parsed.message->statusCode() : 0;
        const QString what = status ? QString::number(status) + u' ' + parsed.message->reasonPhrase()
                                    : tr("%1 bytes").arg(raw.size());
        QString text = tr("Ignored %1: %2").arg(what, ignoredReasonText(reason));
        if (!detail.isEmpty())
            text += u" ("_s + detail + u')';
        record(ProbeEvent::Type::Ignored, text, status, raw);
    });
    connect(transaction, &ClientTransaction::timedOut, this, [this] {
        const auto timerF = m_options.timers.effectiveTimerF();
        record(ProbeEvent::Type::Timeout, tr("Timer F expired after %1 s").arg(seconds(timerF)));
        const int retransmissions = m_transaction ? m_transaction->retransmissions() : 0;
        const QString message = m_transport && m_transport->isReliable()
            ? tr("No final response from %1 within %2 s over %3: the server accepted the connection but did not answer.")
                  .arg(m_result.remote(), seconds(timerF), transportViaToken(m_result.transport))
            : tr("No final response from %1 within %2 s (%n retransmission(s)): a firewall may drop the packets, or nothing answers SIP there.",
                 nullptr, retransmissions)
                  .arg(m_result.remote(), seconds(timerF));
        fail({ErrorKind::Timeout, message, {}}, 408);
    });
    connect(transaction, &ClientTransaction::transportFailed, this, [this](const SipError &error) {
        m_transportUp = false;
        captureTls();
        m_transaction->disconnect(this);
        m_transaction.release()->deleteLater();
        // A server that closes the connection after its challenge may do so while our
        // answer is on its way: the answer goes out once more, over a new connection.
        const bool closed = error.cause == u"connection_closed"_s || error.cause == u"connection_reset"_s;
        if (closed && m_requestsSent > 1 && !m_resentAfterClose) {
            m_resentAfterClose = true;
            record(ProbeEvent::Type::TransportInfo, tr("%1 Sending the answer again over a new connection.").arg(error.message));
            --m_requestsSent;
            later([this] { sendRequest(); });
            return;
        }
        targetFailed(error);
    });
    connect(transaction, &ClientTransaction::terminated, this, &OptionsProbe::onTransactionTerminated);
    transaction->start();
}

void OptionsProbe::onProvisional(const SipMessage &response, const QByteArray &raw)
{
    const qint64 at = elapsedUs(m_transport ? m_transport->lastReceiveTime() : WireTime()) - m_firstSentUs;
    if (m_result.firstProvisionalUs < 0)
        m_result.firstProvisionalUs = at;
    m_result.provisionals.append({response.statusCode(), response.reasonPhrase(), at});
    record(ProbeEvent::Type::Provisional,
           tr("Received %1 %2").arg(response.statusCode()).arg(response.reasonPhrase()),
           response.statusCode(), raw);
}

void OptionsProbe::onFinal(const SipMessage &response, const QByteArray &raw)
{
    const int status = response.statusCode();
    if ((status == 401 || status == 407) && answerChallenge(response, raw))
        return;
    const WireTime received = m_transport ? m_transport->lastReceiveTime() : WireTime();
    const qint64 receivedUs = elapsedUs(received);
    m_result.rttUs = receivedUs - m_firstSentUs;
    m_result.receivedClock = received.isValid() ? received.clock : WireTime::Clock::Application;
    m_result.origin = ProbeResult::Origin::Remote;
    m_result.statusCode = status;
    m_result.reasonPhrase = response.reasonPhrase();
    m_result.headers = response.headers();
    m_result.rawResponse = raw;
    if (const auto code = ResponseCodeCatalog::instance().explain(status))
        m_result.summary = code->summary;
    // The same reading as the RTT: the catalog lookup above may take milliseconds the
    // first time (it loads the translations), which the timeline must not show.
    record(ProbeEvent::Type::Final, tr("Received %1 %2").arg(status).arg(response.reasonPhrase()), status, raw, {},
           receivedUs);
}

bool OptionsProbe::answerChallenge(const SipMessage &response, const QByteArray &raw)
{
    if (!m_result.auth)
        m_result.auth = ProbeAuthInfo();
    const ProbeAuthenticator::Step step =
        m_authenticator->onChallenge(response, m_requestsSent, m_cseq + 1, m_uri.toString(), &*m_result.auth);
    for (const ProbeAuthenticator::Line &line : step.lines) {
        // The challenge's bytes go with it when it is answered; else with the Final event.
        const bool challenge = line.type == ProbeEvent::Type::AuthChallenge;
        record(line.type, line.text, line.type == ProbeEvent::Type::AuthAnswer ? 0 : response.statusCode(),
               challenge && step.retry ? raw : QByteArray());
    }
    if (!step.retry)
        return false;
    m_authHeaders = step.headers;
    ++m_cseq;
    m_retryPending = true;
    return true;
}

void OptionsProbe::onTransactionTerminated()
{
    if (!m_running)
        return;
    if (!m_retryPending) {
        if (!startKeepAlive())
            finish();
        return;
    }
    // Out of the transaction's signal before the next one starts.
    later([this] {
        m_retryPending = false;
        if (m_transaction) {
            m_transaction->disconnect(this);
            m_transaction.release()->deleteLater();
        }
        sendRequest();
    });
}

bool OptionsProbe::startKeepAlive()
{
    if (m_options.keepAlive.pings <= 0 || m_pinger || !m_result.hasFinalResponse() || !m_transport || !m_transportUp)
        return false;
    // From here on the connection belongs to the pings: its end is theirs to report,
    // not a target failure to fail over from.
    disconnect(m_transport.get(), &Transport::failed, this, nullptr);
    KeepAliveOptions options = m_options.keepAlive;
    options.pongTimeout = std::min(options.pongTimeout, m_options.timers.effectiveTimerF());
    m_pinger = std::make_unique<KeepAlivePinger>();
    connect(m_pinger.get(), &KeepAlivePinger::pongReceived, this, [this](int index, qint64 rttUs) {
        record(ProbeEvent::Type::TransportInfo,
               tr("Keep-alive ping %1: pong after %2 ms").arg(index + 1).arg(double(rttUs) / 1000.0, 0, 'f', 3));
    });
    connect(m_pinger.get(), &KeepAlivePinger::pongMissing, this, [this](int index) {
        record(ProbeEvent::Type::TransportInfo, tr("Keep-alive ping %1: no pong").arg(index + 1));
    });
    connect(m_pinger.get(), &KeepAlivePinger::finished, this, [this](const KeepAliveReport &report) {
        m_result.keepAlive = report;
        if (!report.stopReason.isEmpty())
            record(ProbeEvent::Type::TransportInfo, report.stopReason);
        finish();   // cleanUp() deletes the pinger later: we are inside its signal
    });
    m_pinger->start(m_transport.get(), options);
    return true;
}

void OptionsProbe::fail(const SipError &error, int localStatus)
{
    if (!m_running)
        return;
    m_result.error = error;
    if (error.kind == ErrorKind::MalformedAnswer) {
        // The server answered; only what it sent is not SIP. Not a local conclusion.
        m_result.origin = ProbeResult::Origin::Remote;
        m_result.rawResponse = m_firstGarbage;
    } else if (localStatus != 0) {
        // RFC 3261 §8.1.3.1: the transaction layer concludes 408 or 503 itself.
        m_result.origin = ProbeResult::Origin::Local;
        m_result.localStatus = localStatus;
    }
    if (error.kind != ErrorKind::Timeout || error.cause == u"connect_timeout"_s)
        record(ProbeEvent::Type::Error, error.message);
    finish();
}

void OptionsProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_transaction)
        m_result.retransmissions = m_transaction->retransmissions();
    // An answer went out, but no final response came back for it.
    if (m_result.auth && m_result.auth->outcome == ProbeAuthInfo::Outcome::Accepted && !m_result.hasFinalResponse())
        m_result.auth->outcome = ProbeAuthInfo::Outcome::Failed;
    captureTls();
    cleanUp();
    Q_EMIT finished(m_result);
}

void OptionsProbe::captureTls()
{
    if (m_transport) {
        if (auto tls = m_transport->tlsSession())
            m_result.tls = std::move(tls);
    }
}

void OptionsProbe::dropTransport()
{
    m_transportUp = false;
    if (!m_transport)
        return;
    m_transport->disconnect(this);
    m_transport->close();
    // We may be inside one of its signals.
    m_transport.release()->deleteLater();
}

void OptionsProbe::cleanUp()
{
    ++m_generation;
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->cancel();
        m_resolver.release()->deleteLater();
    }
    // We may be inside a signal of the transaction or the transport: delete later.
    if (m_transaction) {
        m_transaction->disconnect(this);
        m_transaction->cancel();
        m_transaction.release()->deleteLater();
    }
    if (m_pinger) {
        m_pinger->disconnect(this);
        m_pinger->stop();
        m_pinger.release()->deleteLater();
    }
    dropTransport();
    m_authenticator.reset();
}

void OptionsProbe::record(ProbeEvent::Type type, const QString &text, int statusCode, const QByteArray &raw,
                          const QString &subject, qint64 atUs, qint64 startUs)
{
    ProbeEvent event;
    event.startUs = startUs;
    event.type = type;
    event.atUs = atUs >= 0 ? atUs : elapsedUs();
    event.text = text;
    event.statusCode = statusCode;
    event.raw = raw;
    event.subject = subject;
    m_result.timeline.append(event);
    Q_EMIT eventRecorded(event);
}

qint64 OptionsProbe::elapsedUs() const
{
    return elapsedUs(WireTime::now());
}

qint64 OptionsProbe::elapsedUs(const WireTime &time) const
{
    const auto at = time.isValid() ? time.at : std::chrono::steady_clock::now();
    // Both ends cut to whole microseconds of the steady clock before the difference, as
    // a capture file cuts its timestamps (capture/capturesink.h): the gap between two
    // packets in the file is then exactly the figure the probe reports.
    using std::chrono::microseconds;
    return std::chrono::duration_cast<microseconds>(at.time_since_epoch()).count()
        - std::chrono::duration_cast<microseconds>(m_started.time_since_epoch()).count();
}

} // namespace SipScope
