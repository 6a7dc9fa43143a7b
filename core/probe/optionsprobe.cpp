#include "optionsprobe.h"

#include "codes/responsecodecatalog.h"
#include "sip/optionsrequest.h"

#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
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
    if (m_dnsLookupId >= 0)
        QHostInfo::abortHostLookup(m_dnsLookupId);
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

TransportChoice OptionsProbe::chooseTransport(const SipUri &uri, const ProbeOptions &options)
{
    if (options.transport)
        return {*options.transport, tr("chosen with --transport")};
    if (const auto fromUri = uri.transportParameter())
        return {*fromUri, tr("from the URI parameter ;transport=%1").arg(transportToken(*fromUri))};
    // RFC 3261 §26.2.1 / RFC 3263 §4.1: sips: means TLS; without NAPTR/SRV data a
    // sip: URI without transport parameter is tried over UDP.
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
    m_running = true;
    m_clock.start();

    const SipUriParseResult parsed = SipUri::parse(target);
    if (!parsed.isValid()) {
        // finished() is documented as asynchronous, also for an invalid target.
        const SipError error{ErrorKind::InvalidTarget, parsed.errorMessage, {}};
        QMetaObject::invokeMethod(this, [this, generation, error] {
            if (generation == m_generation)
                fail(error, 0);
        }, Qt::QueuedConnection);
        return;
    }
    m_uri = *parsed.uri;
    m_result.normalizedTarget = m_uri.toString();
    const TransportChoice choice = chooseTransport(m_uri, m_options);
    m_result.transport = choice.protocol;
    m_result.transportReason = choice.reason;
    record(ProbeEvent::Type::TargetParsed,
           tr("Target %1 over %2 (%3)").arg(m_result.normalizedTarget, transportViaToken(choice.protocol), choice.reason));

    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            resolve();
    }, Qt::QueuedConnection);
}

void OptionsProbe::cancel()
{
    if (!m_running)
        return;
    record(ProbeEvent::Type::Cancelled, tr("Cancelled"));
    m_result.error = {ErrorKind::Cancelled, tr("The probe was cancelled."), {}};
    finish();
}

void OptionsProbe::resolve()
{
    // The RFC 3263 resolver (SRV, then A/AAAA) replaces this; for now numeric hosts
    // are used as they are and names get an A/AAAA lookup.
    if (m_uri.isNumericHost()) {
        openTransport(QHostAddress(m_uri.host()));
        return;
    }
    record(ProbeEvent::Type::DnsLookup, tr("Looking up %1 (A/AAAA)").arg(m_uri.host()));
    const quint64 generation = m_generation;
    m_dnsLookupId = QHostInfo::lookupHost(m_uri.host(), this, [this, generation](const QHostInfo &info) {
        if (generation != m_generation)
            return;
        m_dnsLookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            const QString detail = info.error() == QHostInfo::NoError ? tr("no addresses") : info.errorString();
            record(ProbeEvent::Type::DnsResult, tr("%1 did not resolve: %2").arg(m_uri.host(), detail));
            fail({ErrorKind::Dns,
                  tr("The name %1 could not be resolved: check the spelling and the DNS server.").arg(m_uri.host()),
                  detail}, 0);
            return;
        }
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses << address.toString();
        record(ProbeEvent::Type::DnsResult, tr("%1 resolved to %2").arg(m_uri.host(), addresses.join(u", "_s)));
        openTransport(info.addresses().constFirst());
    });
}

void OptionsProbe::openTransport(const QHostAddress &address)
{
    TransportEndpoint endpoint;
    endpoint.address = address;
    endpoint.port = m_uri.port().value_or(defaultPort(m_result.transport));
    endpoint.hostName = m_uri.host();
    m_result.remoteAddress = address.toString();
    m_result.remotePort = endpoint.port;

    m_transport = m_factory(m_result.transport);
    if (!m_transport) {
        fail({ErrorKind::Transport,
              tr("The %1 transport is not supported yet; use UDP.").arg(transportViaToken(m_result.transport)),
              {}}, 0);
        return;
    }
    connect(m_transport.get(), &Transport::ready, this, &OptionsProbe::sendRequest);
    connect(m_transport.get(), &Transport::failed, this, [this](const SipError &error) {
        // Before the transaction exists (bind, connect, handshake); afterwards the
        // transaction reports transport failures itself.
        if (!m_transaction)
            fail(error, 503);
    });
    connect(m_transport.get(), &Transport::event, this, [this](const TransportEvent &event) {
        record(ProbeEvent::Type::TransportInfo, event.text);
    });
    m_transport->open(endpoint, m_options.transportOptions);
}

void OptionsProbe::sendRequest()
{
    m_result.localAddress = m_transport->localAddress().toString();
    m_result.localPort = m_transport->localPort();

    OptionsRequestParams params;
    params.target = m_uri;
    params.transport = m_result.transport;
    params.localAddress = m_transport->localAddress();
    params.localPort = m_transport->localPort();
    params.fromUser = m_options.fromUser;
    params.fromUri = m_options.fromUri;
    params.extraHeaders = m_options.extraHeaders;
    params.maxForwards = m_options.maxForwards;
    const SipMessage request = OptionsRequest::build(params);

    m_transaction = std::make_unique<ClientTransaction>(m_transport.get(), request, m_options.timers);
    ClientTransaction *transaction = m_transaction.get();
    connect(transaction, &ClientTransaction::requestSent, this, [this](const QByteArray &raw, int attempt) {
        m_result.rawRequest = raw;
        if (attempt == 0) {
            m_firstSentUs = elapsedUs();
            record(ProbeEvent::Type::Sent,
                   tr("Sent OPTIONS to %1 (%2 bytes)").arg(m_result.remote()).arg(raw.size()), 0, raw);
        } else {
            m_result.retransmissions = attempt;
            record(ProbeEvent::Type::Retransmitted, tr("Retransmission %1 (Timer E)").arg(attempt), 0, raw);
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
        fail({ErrorKind::Timeout,
              tr("No final response from %1 within %2 s (%n retransmission(s)): a firewall may drop the packets, or nothing answers SIP there.",
                 nullptr, m_transaction ? m_transaction->retransmissions() : 0)
                  .arg(m_result.remote(), seconds(timerF)),
              {}}, 408);
    });
    connect(transaction, &ClientTransaction::transportFailed, this, [this](const SipError &error) {
        fail(error, 503);
    });
    connect(transaction, &ClientTransaction::terminated, this, [this] {
        if (m_running)
            finish();
    });

    record(ProbeEvent::Type::TransportReady,
           tr("Local address %1").arg(TransportEndpoint{m_transport->localAddress(), m_transport->localPort(), {}}.toString()));
    transaction->start();
}

void OptionsProbe::onProvisional(const SipMessage &response, const QByteArray &raw)
{
    const qint64 at = elapsedUs() - m_firstSentUs;
    if (m_result.firstProvisionalUs < 0)
        m_result.firstProvisionalUs = at;
    m_result.provisionals.append({response.statusCode(), response.reasonPhrase(), at});
    record(ProbeEvent::Type::Provisional,
           tr("Received %1 %2").arg(response.statusCode()).arg(response.reasonPhrase()),
           response.statusCode(), raw);
}

void OptionsProbe::onFinal(const SipMessage &response, const QByteArray &raw)
{
    m_result.rttUs = elapsedUs() - m_firstSentUs;
    m_result.origin = ProbeResult::Origin::Remote;
    m_result.statusCode = response.statusCode();
    m_result.reasonPhrase = response.reasonPhrase();
    m_result.headers = response.headers();
    m_result.rawResponse = raw;
    if (const auto code = ResponseCodeCatalog::instance().explain(response.statusCode()))
        m_result.summary = code->summary;
    record(ProbeEvent::Type::Final,
           tr("Received %1 %2").arg(response.statusCode()).arg(response.reasonPhrase()),
           response.statusCode(), raw);
}

void OptionsProbe::fail(const SipError &error, int localStatus)
{
    if (!m_running)
        return;
    m_result.error = error;
    if (localStatus != 0) {
        // RFC 3261 §8.1.3.1: the transaction layer concludes 408 or 503 itself.
        m_result.origin = ProbeResult::Origin::Local;
        m_result.localStatus = localStatus;
    }
    if (error.kind != ErrorKind::Timeout)
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
    cleanUp();
    Q_EMIT finished(m_result);
}

void OptionsProbe::cleanUp()
{
    ++m_generation;
    if (m_dnsLookupId >= 0) {
        QHostInfo::abortHostLookup(m_dnsLookupId);
        m_dnsLookupId = -1;
    }
    // We may be inside a signal of the transaction or the transport: delete later.
    if (m_transaction) {
        m_transaction->disconnect(this);
        m_transaction->cancel();
        m_transaction.release()->deleteLater();
    }
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport.release()->deleteLater();
    }
}

void OptionsProbe::record(ProbeEvent::Type type, const QString &text, int statusCode, const QByteArray &raw)
{
    ProbeEvent event;
    event.type = type;
    event.atUs = elapsedUs();
    event.text = text;
    event.statusCode = statusCode;
    event.raw = raw;
    m_result.timeline.append(event);
    Q_EMIT eventRecorded(event);
}

qint64 OptionsProbe::elapsedUs() const
{
    return m_clock.nsecsElapsed() / 1000;
}

} // namespace SipScope
