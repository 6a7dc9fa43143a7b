#include "tracer.h"

#include "sip/probetarget.h"
#include "sip/sipuri.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// "sip:proxy@192.0.2.1:5060;lr" inside <...> → "192.0.2.1:5060".
QString contactHostPort(const QString &value)
{
    const qsizetype open = value.indexOf(u'<');
    const qsizetype close = value.indexOf(u'>', open + 1);
    QString uri = open >= 0 && close > open ? value.mid(open + 1, close - open - 1) : value.section(u';', 0, 0);
    const SipUriParseResult parsed = SipUri::parse(uri.trimmed());
    return parsed.isValid() ? parsed.uri->hostPort() : QString();
}

// RFC 3261 §20.43: warn-agent is the host[:port] (or a pseudonym) of the element.
QString warningAgent(const ProbeResult &result)
{
    for (const SipHeader &header : result.headers) {
        if (!sameHeaderName(header.name, u"Warning"_s))
            continue;
        const QStringList fields = header.value.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() >= 2)
            return fields.at(1);
    }
    return {};
}

} // namespace

QString TraceHop::outcomeToken(Outcome outcome)
{
    switch (outcome) {
    case Outcome::TooManyHops: return u"too_many_hops"_s;
    case Outcome::Reached: return u"reached"_s;
    case Outcome::NoAnswer: return u"no_answer"_s;
    case Outcome::Error: return u"error"_s;
    }
    return {};
}

QString TraceHop::identity() const
{
    if (address.isEmpty() || addressSource == u"source"_s)
        return {};
    return address + u'|' + server;
}

QString TraceResult::endToken(End end)
{
    switch (end) {
    case End::Reached: return u"reached"_s;
    case End::MaxHops: return u"max_hops"_s;
    case End::Silent: return u"silent"_s;
    case End::Error: return u"error"_s;
    case End::TimeLimit: return u"time_limit"_s;
    case End::Cancelled: return u"cancelled"_s;
    case End::InvalidTarget: return u"invalid_target"_s;
    }
    return {};
}

Tracer::Tracer(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(TraceResult::End::TimeLimit); });
    connect(&m_probe, &OptionsProbe::finished, this, &Tracer::onHopFinished);
}

Tracer::~Tracer()
{
    m_running = false;
    m_probe.disconnect(this);
}

void Tracer::setTransportFactory(TransportFactory factory)
{
    m_probe.setTransportFactory(std::move(factory));
}

void Tracer::start(const QString &target, const TraceOptions &options)
{
    if (m_running)
        cancel();
    m_options = options;
    m_options.maxHops = std::clamp(options.maxHops, 1, TraceOptions::maxAllowedHops);
    if (m_options.probe.timers.timerF.count() <= 0)
        m_options.probe.timers.timerF = options.hopTimeout;
    m_result = TraceResult();
    m_result.target = target;
    const ProbeTarget parsed = ProbeTarget::parse(target);
    m_result.normalizedTarget = parsed.isValid() ? parsed.uri().toString() : QString();
    m_silentInARow = 0;
    m_running = true;
    m_clock.start();
    m_deadline.start(int(std::clamp<qint64>(m_options.totalTimeout.count(), 1, 24LL * 3600 * 1000)));
    QMetaObject::invokeMethod(this, &Tracer::startHop, Qt::QueuedConnection);
}

void Tracer::cancel()
{
    finish(TraceResult::End::Cancelled);
}

void Tracer::startHop()
{
    if (!m_running)
        return;
    const int index = int(m_result.hops.size());
    ProbeOptions options = m_options.probe;
    options.maxForwards = index;
    Q_EMIT hopStarted(index, index);
    m_probe.start(m_result.target, options);
}

TraceHop Tracer::hopFromResult(int index, const ProbeResult &result)
{
    TraceHop hop;
    hop.index = index;
    hop.maxForwards = index;
    hop.result = result;
    hop.relayedBy = result.remote();
    if (result.hasFinalResponse()) {
        hop.statusCode = result.statusCode;
        hop.reasonPhrase = result.reasonPhrase;
        hop.rttUs = result.rttUs;
        hop.outcome = result.statusCode == 483 ? TraceHop::Outcome::TooManyHops : TraceHop::Outcome::Reached;
        hop.server = result.headerValue(u"Server"_s);
        if (hop.server.isEmpty())
            hop.server = result.headerValue(u"User-Agent"_s);
        if (const QString contact = contactHostPort(result.headerValue(u"Contact"_s)); !contact.isEmpty()) {
            hop.address = contact;
            hop.addressSource = u"contact"_s;
        } else if (const QString agent = warningAgent(result); !agent.isEmpty()) {
            hop.address = agent;
            hop.addressSource = u"warning"_s;
        } else if (index == 0) {
            // Max-Forwards 0 cannot have left the first hop: the sender is the hop.
            hop.address = result.remote();
            hop.addressSource = u"source"_s;
        }
    } else {
        hop.outcome = result.error.kind == ErrorKind::Timeout ? TraceHop::Outcome::NoAnswer : TraceHop::Outcome::Error;
    }
    return hop;
}

void Tracer::onHopFinished(const ProbeResult &result)
{
    if (!m_running)
        return;
    const TraceHop hop = hopFromResult(int(m_result.hops.size()), result);
    for (const TraceHop &earlier : std::as_const(m_result.hops)) {
        if (!hop.identity().isEmpty() && earlier.identity() == hop.identity())
            m_result.loopSuspected = true;
    }
    m_result.hops.append(hop);
    Q_EMIT hopFinished(hop);

    if (result.error.kind == ErrorKind::InvalidTarget) {
        finish(TraceResult::End::InvalidTarget);
        return;
    }
    switch (hop.outcome) {
    case TraceHop::Outcome::Reached:
        // 482 Loop Detected also ends the walk; the hop row shows it.
        finish(TraceResult::End::Reached);
        return;
    case TraceHop::Outcome::Error:
        finish(TraceResult::End::Error);
        return;
    case TraceHop::Outcome::NoAnswer:
        if (++m_silentInARow >= m_options.maxSilentHops) {
            finish(TraceResult::End::Silent);
            return;
        }
        break;
    case TraceHop::Outcome::TooManyHops:
        m_silentInARow = 0;
        break;
    }
    if (m_result.hops.size() >= m_options.maxHops) {
        finish(TraceResult::End::MaxHops);
        return;
    }
    QMetaObject::invokeMethod(this, &Tracer::startHop, Qt::QueuedConnection);
}

void Tracer::finish(TraceResult::End end)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    // A hop still running is abandoned; its finished() must not count as a hop.
    if (m_probe.isRunning()) {
        const QSignalBlocker blocker(&m_probe);
        m_probe.cancel();
    }
    m_result.end = end;
    m_result.elapsedUs = m_clock.nsecsElapsed() / 1000;
    m_result.summary = summaryText();
    Q_EMIT finished(m_result);
}

QString Tracer::summaryText() const
{
    const qsizetype hops = m_result.hops.size();
    const QString target = m_result.normalizedTarget.isEmpty() ? m_result.target : m_result.normalizedTarget;
    QString text;
    switch (m_result.end) {
    case TraceResult::End::Reached: {
        const TraceHop &last = m_result.hops.constLast();
        text = tr("%1 answered %2 %3 after %n proxy hop(s).", nullptr, int(hops - 1))
                   .arg(target).arg(last.statusCode).arg(last.reasonPhrase);
        break;
    }
    case TraceResult::End::MaxHops:
        text = tr("The request did not reach %1 within %n hop(s).", nullptr, int(hops)).arg(target);
        break;
    case TraceResult::End::Silent:
        text = tr("The trace stopped: %n hop(s) in a row did not answer.", nullptr, m_silentInARow);
        break;
    case TraceResult::End::Error:
        text = tr("The trace stopped: %1").arg(m_result.hops.constLast().result.error.message);
        break;
    case TraceResult::End::TimeLimit:
        text = tr("The trace stopped after its time limit of %1 s.")
                   .arg(double(m_options.totalTimeout.count()) / 1000.0);
        break;
    case TraceResult::End::Cancelled:
        text = tr("The trace was cancelled.");
        break;
    case TraceResult::End::InvalidTarget:
        text = m_result.hops.isEmpty() ? QString() : m_result.hops.constLast().result.error.message;
        break;
    }
    if (m_result.loopSuspected)
        text += u' ' + tr("The same hop answered at two different depths: the request goes round in a loop.");
    return text;
}

} // namespace SipScope
