#include "probetiming.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

using Type = ProbeEvent::Type;

bool endsTransaction(Type type)
{
    return type == Type::Final || type == Type::Timeout || type == Type::Error || type == Type::Cancelled;
}

} // namespace

QString TimingPhase::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::Dns: return u"dns"_s;
    case Kind::Connect: return u"connect"_s;
    case Kind::Tls: return u"tls"_s;
    case Kind::Transaction: return u"transaction"_s;
    }
    return {};
}

QString TimingMark::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::Sent: return u"sent"_s;
    case Kind::Retransmitted: return u"retransmitted"_s;
    case Kind::Provisional: return u"provisional"_s;
    case Kind::Final: return u"final"_s;
    case Kind::Ignored: return u"ignored"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Error: return u"error"_s;
    }
    return {};
}

QString ProbeTiming::formatDuration(qint64 us)
{
    if (us < 0)
        return u"—"_s;
    if (us < 1'000'000)
        return tr("%1 ms").arg(formatMilliseconds(us));
    return tr("%1 s").arg(QString::number(double(us) / 1'000'000.0, 'f', 2));
}

QString ProbeTiming::formatMilliseconds(qint64 us)
{
    const int decimals = us < 1000 ? 3 : us < 100'000 ? 2 : us < 1'000'000 ? 1 : 0;
    return QString::number(double(us) / 1000.0, 'f', decimals);
}

qint64 ProbeTiming::startUs() const
{
    qint64 start = m_totalUs;
    for (const TimingPhase &phase : m_phases)
        start = std::min(start, phase.startUs);
    for (const TimingMark &mark : m_marks)
        start = std::min(start, mark.atUs);
    return std::max<qint64>(0, start);
}

ProbeTiming ProbeTiming::fromResult(const ProbeResult &result)
{
    ProbeTiming timing;
    const QList<ProbeEvent> &events = result.timeline;
    if (events.isEmpty())
        return timing;
    timing.m_totalUs = events.constLast().atUs;

    // DNS: a lookup ends with the result for the same name (parallel lookups answer in
    // any order); events without a name pair first in, first out.
    QList<qsizetype> openLookups;
    QHash<qsizetype, QString> lookupNames;   // phase index → name looked up
    // The current connection attempt: when it started, whether it connected, and
    // the TLS handshake still running, by index into m_phases.
    qint64 attemptStartUs = -1;
    bool connected = false;
    qsizetype tlsPhase = -1;
    qsizetype transactionPhase = -1;
    int retransmission = 0;
    bool answered = false;   // the current request has its final (a challenge counts)
    const bool datagram = result.transport == TransportProtocol::Udp;

    // An attempt that ends (failure, next target) before it connected is drawn as a
    // failed connection attempt; a handshake still running failed.
    auto endAttempt = [&](qint64 at) {
        if (attemptStartUs >= 0 && !connected && !datagram)
            timing.m_phases.append({TimingPhase::Kind::Connect, tr("Connection attempt"), attemptStartUs, at, true});
        if (tlsPhase >= 0) {
            timing.m_phases[tlsPhase].endUs = at;
            timing.m_phases[tlsPhase].failed = true;
            tlsPhase = -1;
        }
        attemptStartUs = -1;
        connected = false;
    };
    auto closeTransaction = [&](qint64 at, bool failed) {
        if (transactionPhase >= 0) {
            timing.m_phases[transactionPhase].endUs = at;
            timing.m_phases[transactionPhase].failed = failed;
            transactionPhase = -1;
        }
    };
    auto mark = [&](TimingMark::Kind kind, const ProbeEvent &event, const QString &label) {
        timing.m_marks.append({kind, event.atUs, event.statusCode, label});
    };

    for (const ProbeEvent &event : events) {
        switch (event.type) {
        case Type::DnsLookup:
            lookupNames.insert(timing.m_phases.size(), event.subject);
            openLookups.append(timing.m_phases.size());
            timing.m_phases.append({TimingPhase::Kind::Dns, event.text, event.atUs, event.atUs, false});
            break;
        case Type::DnsResult: {
            qsizetype match = openLookups.isEmpty() ? -1 : 0;
            for (qsizetype i = 0; i < openLookups.size() && !event.subject.isEmpty(); ++i) {
                if (lookupNames.value(openLookups.at(i)) == event.subject) {
                    match = i;
                    break;
                }
            }
            if (match >= 0)
                timing.m_phases[openLookups.takeAt(match)].endUs = event.atUs;
            break;
        }
        case Type::Sent:
            closeTransaction(event.atUs, true);
            retransmission = 0;
            answered = false;
            transactionPhase = timing.m_phases.size();
            timing.m_phases.append({TimingPhase::Kind::Transaction, tr("Request and answer"), event.atUs, event.atUs, false});
            mark(TimingMark::Kind::Sent, event, tr("request sent"));
            break;
        case Type::Retransmitted:
            mark(TimingMark::Kind::Retransmitted, event, tr("retransmission %1").arg(++retransmission));
            break;
        case Type::Provisional:
            mark(TimingMark::Kind::Provisional, event, event.text);
            break;
        case Type::Final:
            // A challenge not answered is reported twice (challenge, then final): one mark.
            if (!answered)
                mark(TimingMark::Kind::Final, event, event.text);
            answered = true;
            break;
        case Type::Ignored:
            mark(TimingMark::Kind::Ignored, event, event.text);
            break;
        case Type::Timeout:
            mark(TimingMark::Kind::Timeout, event, tr("Timer F"));
            break;
        case Type::Error:
            mark(TimingMark::Kind::Error, event, event.text);
            break;
        case Type::TargetTried:
            endAttempt(event.atUs);
            attemptStartUs = event.atUs;
            break;
        case Type::Connected: {
            // From the SYN where the transport knew when it left; else from the attempt's
            // start (which includes opening the socket).
            const qint64 start = event.startUs >= 0 ? event.startUs : attemptStartUs >= 0 ? attemptStartUs : event.atUs;
            const QString label = result.transport == TransportProtocol::Ws || result.transport == TransportProtocol::Wss
                ? tr("WebSocket opening") : tr("TCP connect");
            timing.m_phases.append({TimingPhase::Kind::Connect, label, start, event.atUs, false});
            connected = true;
            if (result.transport == TransportProtocol::Tls) {
                tlsPhase = timing.m_phases.size();
                timing.m_phases.append({TimingPhase::Kind::Tls, tr("TLS handshake"), event.atUs, event.atUs, false});
            }
            break;
        }
        case Type::TlsHandshake:
            if (tlsPhase >= 0) {
                timing.m_phases[tlsPhase].endUs = event.atUs;
                tlsPhase = -1;
            } else {
                timing.m_phases.append({TimingPhase::Kind::Tls, tr("TLS handshake"), event.atUs, event.atUs, false});
            }
            break;
        case Type::NextTarget:
            // The attempt failed before an answer: whatever was still open failed.
            endAttempt(event.atUs);
            closeTransaction(event.atUs, true);
            break;
        case Type::AuthChallenge:
            // The 401/407 answers that request; the answer with credentials is the next one.
            closeTransaction(event.atUs, false);
            mark(TimingMark::Kind::Final, event, event.text);
            answered = true;
            break;
        case Type::TargetParsed:
        case Type::TransportReady:
        case Type::TransportInfo:
        case Type::Resolution:
        case Type::AuthAnswer:
        case Type::AuthRejected:
        case Type::Cancelled:
            break;
        }
        if (endsTransaction(event.type)) {
            closeTransaction(event.atUs, event.type != Type::Final);
            if (event.type != Type::Final)
                endAttempt(event.atUs);
        }
    }
    // Lookups that never answered (cancelled) end with the probe.
    for (qsizetype index : std::as_const(openLookups)) {
        timing.m_phases[index].endUs = timing.m_totalUs;
        timing.m_phases[index].failed = true;
    }
    if (tlsPhase >= 0)
        endAttempt(timing.m_totalUs);
    closeTransaction(timing.m_totalUs, true);

    // Which clock each phase's figure came from. The connection that worked and the
    // request that got the final carry the result's clocks; the rest are the
    // application's.
    qsizetype lastConnect = -1;
    qsizetype lastTransaction = -1;
    for (qsizetype i = 0; i < timing.m_phases.size(); ++i) {
        if (timing.m_phases.at(i).kind == TimingPhase::Kind::Connect && !timing.m_phases.at(i).failed)
            lastConnect = i;
        if (timing.m_phases.at(i).kind == TimingPhase::Kind::Transaction)
            lastTransaction = i;
    }
    const QString application = WireTime::clockTitle(WireTime::Clock::Application);
    for (qsizetype i = 0; i < timing.m_phases.size(); ++i) {
        QString clock;
        switch (timing.m_phases.at(i).kind) {
        case TimingPhase::Kind::Dns:
            clock = application;
            break;
        case TimingPhase::Kind::Connect:
            clock = i == lastConnect && result.connectClock == WireTime::Clock::Kernel
                ? tr("length measured by the kernel (SYN to SYN-ACK)") : application;
            break;
        case TimingPhase::Kind::Tls:
            clock = application;
            break;
        case TimingPhase::Kind::Transaction:
            clock = i == lastTransaction && result.rttUs >= 0 ? WireTime::pairTitle(result.sentClock, result.receivedClock)
                                                              : application;
            break;
        }
        timing.m_phaseClocks.append(clock.isEmpty() ? application : clock);
    }
    return timing;
}

QString ProbeTiming::phaseClock(qsizetype index) const
{
    return m_phaseClocks.value(index);
}

} // namespace SipScope
