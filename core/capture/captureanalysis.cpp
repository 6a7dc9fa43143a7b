#include "captureanalysis.h"

#include "exportedpdu.h"
#include "ipreassembler.h"
#include "packetdecoder.h"
#include "tcpreassembler.h"

#include "sip/sipmessage.h"
#include "sip/sipparser.h"
#include "sip/transport.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

constexpr int linkTypeUpperPdu = 252;
constexpr int maxProblems = 1000;

QString endpoint(const QHostAddress &address, quint16 port)
{
    QHostAddress shown = address;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (ok)
        shown = QHostAddress(v4);
    return TransportEndpoint{shown, port, {}}.toString();
}

// Does this look like SIP that failed to parse, rather than some other protocol?
bool looksLikeSip(const QByteArray &bytes)
{
    const QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? 256 : bytes.indexOf('\n'));
    return line.startsWith("SIP/2.0 ") || line.contains(" SIP/2.0");
}

class Builder
{
public:
    explicit Builder(CaptureReport &report) : m_report(report) {}

    void add(const CapturedFrame &frame, const QString &source, const QString &destination,
             const QString &transport, const SipParseResult &parsed, const QByteArray &raw)
    {
        if (!parsed.isValid()) {
            if (!looksLikeSip(raw)) {
                ++m_report.otherFrames;
                return;
            }
            problem(QCoreApplication::translate("CaptureAnalysis", "Frame %1 (%2 → %3): not a valid SIP message: %4")
                        .arg(QString::number(frame.number), source, destination, parsed.errorMessage),
                    frame.number);
            return;
        }
        if (m_report.messages.size() >= CaptureAnalysis::maxMessages) {
            m_report.messageLimitReached = true;
            return;
        }
        CaptureMessage message;
        message.frame = frame.number;
        message.timeUs = frame.timeUs;
        message.source = source;
        message.destination = destination;
        message.transport = transport;
        const SipMessage &sip = *parsed.message;
        message.response = sip.isResponse();
        message.statusCode = sip.statusCode();
        message.reasonPhrase = sip.reasonPhrase();
        message.method = sip.method();
        message.requestUri = sip.requestUri();
        message.size = raw.size();
        message.callId = sip.callId();
        if (const auto via = sip.topVia())
            message.branch = via->parameter(u"branch"_s).value_or(QString());
        if (const auto cseq = sip.cseq()) {
            message.cseqNumber = cseq->number;
            message.cseqMethod = cseq->method;
        }
        const int index = int(m_report.messages.size());
        m_report.messages.append(message);
        group(index);
        explain(index, sip, raw);
    }

    void problem(const QString &text, qint64 frame)
    {
        if (m_report.problems.size() < maxProblems)
            m_report.problems.append({frame, text});
    }

private:
    void group(int index)
    {
        const CaptureMessage &message = m_report.messages.at(index);
        auto call = m_calls.constFind(message.callId);
        int callIndex = 0;
        if (call == m_calls.constEnd()) {
            callIndex = int(m_report.calls.size());
            m_calls.insert(message.callId, callIndex);
            m_report.calls.append({message.callId, {}, {}});
        } else {
            callIndex = *call;
        }
        CaptureCall &target = m_report.calls[callIndex];
        target.messages.append(index);
        // RFC 3261 §17.1.3: the branch and the CSeq method match a response to its
        // client transaction (ACK for a non-2xx belongs to the INVITE's).
        const QString method = message.cseqMethod == u"ACK" ? u"INVITE"_s : message.cseqMethod;
        for (CaptureTransaction &transaction : target.transactions) {
            if (transaction.branch == message.branch && transaction.method == method
                && transaction.cseqNumber == message.cseqNumber) {
                transaction.messages.append(index);
                noteFinal(transaction, message);
                return;
            }
        }
        CaptureTransaction transaction;
        transaction.branch = message.branch;
        transaction.cseqNumber = message.cseqNumber;
        transaction.method = method;
        transaction.messages.append(index);
        noteFinal(transaction, message);
        target.transactions.append(transaction);
    }

    static void noteFinal(CaptureTransaction &transaction, const CaptureMessage &message)
    {
        if (message.response && message.statusCode >= 200 && transaction.finalStatus == 0)
            transaction.finalStatus = message.statusCode;
    }

    void explain(int index, const SipMessage &sip, const QByteArray &raw)
    {
        // Only the lines that carry status information go to the explainer: the status
        // line, Reason, Warning and Retry-After. The same lines recur in every answer of
        // a busy trunk, so each distinct text is explained once.
        const bool response = sip.isResponse();
        QString text;
        if (response)
            text = QString::fromUtf8(raw.left(raw.indexOf('\n'))).trimmed() + u"\r\n"_s;
        static const QString names[] = {u"Reason"_s, u"Warning"_s, u"Retry-After"_s};
        for (const QString &name : names) {
            if (!response && name != u"Reason")
                continue;
            for (const QString &value : sip.headerLines(name))
                text += name + u": "_s + value + u"\r\n"_s;
        }
        if (text.isEmpty())
            return;
        auto cached = m_explained.constFind(text);
        if (cached == m_explained.constEnd()) {
            QList<int> indexes;
            for (const ExplainFinding &finding : Explainer::explain(text)) {
                if (finding.kind == ExplainKind::BareCode || finding.kind == ExplainKind::Q850Cause)
                    continue;   // a number somewhere in the headers is no status
                indexes.append(int(m_report.explanations.size()));
                m_report.explanations.append(finding);
            }
            cached = m_explained.insert(text, indexes);
        }
        for (const int explanation : *cached)
            m_report.findings.append({index, explanation});
    }

    CaptureReport &m_report;
    QHash<QString, int> m_calls;
    QHash<QString, QList<int>> m_explained;
};

} // namespace

CaptureReport CaptureAnalysis::analyseFile(const QString &fileName)
{
    CaptureReader reader;
    if (!reader.open(fileName)) {
        CaptureReport report;
        report.error = reader.errorString();
        return report;
    }
    return analyse(reader);
}

CaptureReport CaptureAnalysis::analyse(CaptureReader &reader)
{
    CaptureReport report;
    report.linkType = reader.linkType();
    if (!PacketDecoder::isSupportedLinkType(report.linkType) && report.linkType != linkTypeUpperPdu) {
        report.error = QCoreApplication::translate(
            "CaptureAnalysis", "The capture's link type is %1, which SipScope does not read (it reads Ethernet, "
                               "Linux cooked SLL and SLL2, raw IP, loopback and Wireshark's exported PDUs).")
                           .arg(PacketDecoder::linkTypeName(report.linkType));
        return report;
    }
    Builder builder(report);
    IpReassembler fragments;
    TcpReassembler streams;
    CapturedFrame frame;
    while (reader.next(frame)) {
        ++report.frames;
        if (frame.data.size() < frame.originalLength)
            ++report.cutFrames;
        if (frame.linkType == linkTypeUpperPdu) {
            const auto pdu = ExportedPdu::parse(frame.data);
            if (!pdu || pdu->dissector != u"sip") {
                ++report.otherFrames;
                continue;
            }
            builder.add(frame, endpoint(pdu->addresses.source, pdu->addresses.sourcePort),
                        endpoint(pdu->addresses.destination, pdu->addresses.destinationPort), u"sip"_s,
                        SipParser::parseDatagram(pdu->pdu), pdu->pdu);
            continue;
        }
        IpPacket packet = PacketDecoder::decode(frame.linkType, frame.data);
        if (packet.status == IpPacket::Status::Truncated && frame.data.size() < frame.originalLength) {
            builder.problem(QCoreApplication::translate(
                "CaptureAnalysis", "Frame %1 was cut by the capture's snap length (%2 of %3 bytes kept); "
                                   "what it carried cannot be read.")
                                .arg(frame.number).arg(frame.data.size()).arg(frame.originalLength), frame.number);
            continue;
        }
        if (packet.status != IpPacket::Status::Ok) {
            ++report.otherFrames;
            continue;
        }
        if (packet.isFragment) {
            std::optional<IpPacket> whole = fragments.add(packet);
            if (!whole)
                continue;
            packet = std::move(*whole);
        }
        const TransportSegment segment = PacketDecoder::decodeTransport(packet.protocol, packet.payload);
        if (!segment.valid) {
            ++report.otherFrames;
            continue;
        }
        const QString source = endpoint(packet.source, segment.sourcePort);
        const QString destination = endpoint(packet.destination, segment.destinationPort);
        if (!segment.tcp) {
            if (segment.data.isEmpty() || segment.data.trimmed().isEmpty()) {
                ++report.otherFrames;   // a keep-alive, or nothing
                continue;
            }
            builder.add(frame, source, destination, u"udp"_s, SipParser::parseDatagram(segment.data), segment.data);
            continue;
        }
        const QList<StreamMessage> messages =
            streams.add(packet.source, segment.sourcePort, packet.destination, segment.destinationPort,
                        segment.sequence, segment.tcpFlags, segment.data, frame.number, frame.timeUs);
        for (const StreamMessage &message : messages) {
            CapturedFrame at = frame;
            at.number = message.frame;
            at.timeUs = message.timeUs;
            builder.add(at, source, destination, u"tcp"_s, message.parsed, message.raw);
        }
    }
    report.damage = reader.errorString();
    report.skippedStreamBytes = streams.skippedBytes();
    return report;
}

} // namespace SipScope
