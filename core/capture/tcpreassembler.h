// The bytes of each TCP direction in order (RFC 9293 §3.4 sequence numbers), cut into
// SIP messages by Content-Length (RFC 3261 §18.3, the stream parser of sip/). Bounded:
// per direction at most 1 MiB of out-of-order segments waits for a gap to fill, 64 MiB
// over all directions (a gap that never fills — the capture missed a segment — is
// skipped once that is exceeded or the connection ends), and at most `maxFlows`
// directions are followed at once (the least recently used is dropped), each holding at
// most one message in the making (SipParseLimits::maxMessageSize).
#pragma once

#include "sip/sipparser.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>

namespace SipScope {

struct StreamMessage
{
    qint64 frame = 0;      // the frame that completed the message (as Wireshark counts it)
    qint64 timeUs = 0;
    SipParseResult parsed; // a message, or the reason the bytes are not one
    QByteArray raw;
};

class TcpReassembler
{
public:
    explicit TcpReassembler(int maxFlows = 1024) : m_maxFlows(maxFlows) {}

    // One segment; the messages it completes.
    QList<StreamMessage> add(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                             quint16 destinationPort, quint32 sequence, quint8 flags, const QByteArray &data,
                             qint64 frame, qint64 timeUs);
    qint64 skippedBytes() const { return m_skipped; }
    int flows() const { return int(m_flows.size()); }

private:
    struct Flow
    {
        bool started = false;
        quint32 next = 0;                  // the sequence number of the next byte we want
        QMap<quint32, QByteArray> waiting; // out of order: relative offset → bytes
        qint64 waitingBytes = 0;
        SipParser parser;
        QByteArray unparsed;               // what the parser holds, for the raw text
        quint64 lastUsed = 0;
    };
    void deliver(Flow &flow, const QByteArray &bytes, qint64 frame, qint64 timeUs, QList<StreamMessage> &out);

    int m_maxFlows;
    QHash<QString, Flow> m_flows;
    quint64 m_counter = 0;
    qint64 m_skipped = 0;
    qint64 m_totalWaiting = 0;
};

} // namespace SipScope
