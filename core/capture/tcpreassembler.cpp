#include "tcpreassembler.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

constexpr qint64 maxWaitingBytes = 1024 * 1024;
// All directions together: a capture of thousands of connections, each with a hole,
// must not add up to gigabytes.
constexpr qint64 maxTotalWaitingBytes = 64 * 1024 * 1024;
constexpr quint8 tcpFin = 0x01;
constexpr quint8 tcpSyn = 0x02;
constexpr quint8 tcpRst = 0x04;

// Sequence-number distance with wrap-around (RFC 9293 §3.4).
qint32 distance(quint32 from, quint32 to)
{
    return qint32(to - from);
}

} // namespace

QList<StreamMessage> TcpReassembler::add(const QHostAddress &source, quint16 sourcePort,
                                         const QHostAddress &destination, quint16 destinationPort,
                                         quint32 sequence, quint8 flags, const QByteArray &data,
                                         qint64 frame, qint64 timeUs)
{
    QList<StreamMessage> out;
    const QString key = source.toString() + u'|' + QString::number(sourcePort) + u'|' + destination.toString()
        + u'|' + QString::number(destinationPort);
    auto found = m_flows.find(key);
    if (found == m_flows.end()) {
        if (data.isEmpty() && !(flags & tcpSyn))
            return out;
        if (m_flows.size() >= m_maxFlows) {
            auto oldest = m_flows.begin();
            for (auto it = m_flows.begin(); it != m_flows.end(); ++it) {
                if (it->lastUsed < oldest->lastUsed)
                    oldest = it;
            }
            m_skipped += oldest->waitingBytes;
            m_totalWaiting -= oldest->waitingBytes;
            m_flows.erase(oldest);
        }
        found = m_flows.insert(key, Flow());
    }
    Flow &flow = *found;
    flow.lastUsed = ++m_counter;
    if (flags & tcpSyn) {
        m_totalWaiting -= flow.waitingBytes;
        flow = Flow();
        flow.lastUsed = m_counter;
        flow.started = true;
        flow.next = sequence + 1;
        return out;
    }
    if (!flow.started) {
        // The capture began in the middle of the connection: take it from here.
        flow.started = true;
        flow.next = sequence;
    }

    if (!data.isEmpty()) {
        const qint32 ahead = distance(flow.next, sequence);
        if (ahead <= 0) {
            // In order, or a retransmission that may reach past what we have.
            const qint64 overlap = -qint64(ahead);
            if (overlap < data.size()) {
                const QByteArray fresh = data.mid(overlap);
                flow.next += quint32(fresh.size());
                deliver(flow, fresh, frame, timeUs, out);
            }
        } else if (!flow.waiting.contains(sequence)) {
            flow.waiting.insert(sequence, data);
            flow.waitingBytes += data.size();
            m_totalWaiting += data.size();
        }
        // What waited and now fits; when too much waits, the gap is given up.
        for (;;) {
            bool progressed = false;
            for (auto it = flow.waiting.begin(); it != flow.waiting.end();) {
                const qint32 at = distance(flow.next, it.key());
                if (at > 0) {
                    ++it;
                    continue;
                }
                const qint64 overlap = -qint64(at);
                const QByteArray bytes = *it;
                flow.waitingBytes -= bytes.size();
                m_totalWaiting -= bytes.size();
                it = flow.waiting.erase(it);
                if (overlap < bytes.size()) {
                    const QByteArray fresh = bytes.mid(overlap);
                    flow.next += quint32(fresh.size());
                    deliver(flow, fresh, frame, timeUs, out);
                    progressed = true;
                }
            }
            if (progressed)
                continue;
            if ((flow.waitingBytes <= maxWaitingBytes && m_totalWaiting <= maxTotalWaitingBytes)
                || flow.waiting.isEmpty())
                break;
            // Skip to the nearest waiting segment; the message in the gap is lost.
            quint32 nearest = flow.waiting.firstKey();
            for (auto it = flow.waiting.cbegin(); it != flow.waiting.cend(); ++it) {
                if (distance(flow.next, it.key()) < distance(flow.next, nearest))
                    nearest = it.key();
            }
            m_skipped += distance(flow.next, nearest);
            flow.next = nearest;
            flow.parser.reset();
            flow.unparsed.clear();
        }
    }
    if (flags & (tcpFin | tcpRst)) {
        m_skipped += flow.waitingBytes;
        m_totalWaiting -= flow.waitingBytes;
        m_flows.erase(found);
    }
    return out;
}

void TcpReassembler::deliver(Flow &flow, const QByteArray &bytes, qint64 frame, qint64 timeUs,
                             QList<StreamMessage> &out)
{
    flow.parser.feed(bytes);
    flow.unparsed.append(bytes);
    for (;;) {
        const qsizetype before = flow.parser.bufferedBytes();
        std::optional<SipParseResult> result = flow.parser.next();
        const qsizetype used = before - flow.parser.bufferedBytes();
        if (!result) {
            flow.unparsed.remove(0, used);   // keep-alive CRLFs
            return;
        }
        StreamMessage message;
        message.frame = frame;
        message.timeUs = timeUs;
        if (result->isValid()) {
            qsizetype start = 0;
            while (start < used && (flow.unparsed.at(start) == '\r' || flow.unparsed.at(start) == '\n'))
                ++start;
            message.raw = flow.unparsed.mid(start, used - start);
            flow.unparsed.remove(0, used);
            message.parsed = std::move(*result);
            out << message;
            continue;
        }
        // Framing lost (RFC 3261 §18.3): report the bytes, start again with the next ones.
        message.raw = flow.unparsed.left(4096);
        message.parsed = std::move(*result);
        out << message;
        flow.parser.reset();
        flow.unparsed.clear();
        return;
    }
}

} // namespace SipScope
