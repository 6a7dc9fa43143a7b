#include "natbindingtrial.h"

#include "sip/callbackheader.h"
#include "sip/optionsrequest.h"
#include "sip/servertransaction.h"
#include "sip/sipparser.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

NatBindingTrial::NatBindingTrial(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { end(NatTrial::Outcome::Lost); });
    connect(&m_probe, &OptionsProbe::finished, this, &NatBindingTrial::onProbeFinished);
}

NatBindingTrial::~NatBindingTrial()
{
    if (m_transport)
        m_transport->close();
}

void NatBindingTrial::start(const QString &target, const ProbeOptions &options, std::chrono::milliseconds silence,
                            std::chrono::milliseconds grace)
{
    m_trial = NatTrial();
    m_trial.silence = silence;
    m_grace = grace;
    m_running = true;
    ProbeOptions probeOptions = options;
    probeOptions.transport = TransportProtocol::Udp;
    probeOptions.holdTransport = true;
    probeOptions.extraHeaders.append({CallBackHeader::name(), CallBackHeader::formatRequest(silence)});
    m_probe.start(target, probeOptions);
}

void NatBindingTrial::cancel()
{
    if (!m_running)
        return;
    if (m_probe.isRunning()) {
        m_probe.cancel();   // finished() → onProbeFinished → Cancelled
        return;
    }
    end(NatTrial::Outcome::Cancelled);
}

void NatBindingTrial::onProbeFinished(const ProbeResult &result)
{
    if (!m_running)
        return;
    m_trial.localPort = result.localPort;
    if (result.error.kind == ErrorKind::Cancelled) {
        end(NatTrial::Outcome::Cancelled);
        return;
    }
    if (!result.hasFinalResponse()) {
        end(NatTrial::Outcome::NoAnswer, result.error.message);
        return;
    }
    m_trial.statusCode = result.statusCode;
    const QString value = result.headerValue(CallBackHeader::name());
    const auto reply = CallBackHeader::parseReply(value);
    if (!reply) {
        end(NatTrial::Outcome::NotSupported,
            tr("It answered %1 %2 without accepting a %3 header.")
                .arg(result.statusCode).arg(result.reasonPhrase, CallBackHeader::name()));
        return;
    }
    if (reply->answer == CallBackHeader::Answer::Refused) {
        end(NatTrial::Outcome::Refused, reply->reason);
        return;
    }
    m_transport = m_probe.takeTransport();
    if (!m_transport) {
        end(NatTrial::Outcome::NoAnswer, tr("The socket closed after the answer."));
        return;
    }
    const SipParseResult request = SipParser::parseDatagram(result.rawRequest);
    if (request.isValid())
        m_callId = request.message->callId();
    // The binding was last refreshed by the request's last transmission.
    m_lastSent = m_transport->lastSendTime().isValid() ? m_transport->lastSendTime() : WireTime::now();
    connect(m_transport.get(), &Transport::messageReceived, this, &NatBindingTrial::onMessage);
    connect(m_transport.get(), &Transport::failed, this, [this](const SipError &error) {
        end(NatTrial::Outcome::Lost, error.message);
    });
    m_deadline.start(m_trial.silence + m_grace);
    Q_EMIT waiting(m_trial);
}

void NatBindingTrial::onMessage(const SipMessage &message, const QByteArray &)
{
    if (!m_running || !message.isRequest() || message.method() != u"OPTIONS"_s)
        return;
    // RFC 3261 §20.21: the call-back names the Call-ID it returns.
    const std::optional<QString> inReplyTo = message.header(u"In-Reply-To"_s);
    if (inReplyTo && !m_callId.isEmpty() && !splitHeaderList(*inReplyTo).contains(m_callId))
        return;
    const WireTime arrived = m_transport->lastReceiveTime().isValid() ? m_transport->lastReceiveTime() : WireTime::now();
    m_trial.measuredSilenceMs = std::chrono::duration_cast<std::chrono::milliseconds>(arrived.at - m_lastSent.at).count();
    SipMessage answer = ServerTransaction::makeResponse(message, 200, u"OK"_s, OptionsRequest::newTag());
    answer.addHeader(u"Server"_s, OptionsRequest::userAgent());
    answer.addHeader(u"Content-Length"_s, u"0"_s);
    m_transport->send(answer.toBytes());
    end(NatTrial::Outcome::Reached);
}

void NatBindingTrial::end(NatTrial::Outcome outcome, const QString &detail)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_trial.outcome = outcome;
    m_trial.detail = detail;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport.release()->deleteLater();   // we may be inside its signal
    }
    // Never synchronously: start() may have been called from a slot of ours.
    const NatTrial trial = m_trial;
    QMetaObject::invokeMethod(this, [this, trial] { Q_EMIT finished(trial); }, Qt::QueuedConnection);
}

} // namespace SipScope
