// A capture file explained: every SIP message in it (UDP datagrams, TCP streams cut by
// Content-Length, reassembled IP fragments, the exported PDUs SipScope writes for TLS and
// WebSocket), grouped by Call-ID and by transaction (the top Via branch and the CSeq,
// RFC 3261 §17.1.3), and every response (and every Reason in a request) explained from
// the catalog by the explainer of pasted text (codes/explainer.h).
//
// Hostile input is expected: a file that is not a capture or of a link type we do not
// read is an error; a damaged block stops the reading with what was read so far and says
// where; frames the snap length cut are counted, their messages reported malformed.
#pragma once

#include "capturereader.h"

#include "codes/explainer.h"

#include <QList>
#include <QString>

namespace SipScope {

struct CaptureMessage
{
    qint64 frame = 0;
    qint64 timeUs = 0;        // microseconds since the Unix epoch
    QString source;           // "192.0.2.1:5060", "[2001:db8::1]:5061"
    QString destination;
    QString transport;        // "udp", "tcp", or "sip" for an exported (decrypted) PDU
    // What the list shows of the message; the message itself is not kept (a capture of
    // 200,000 messages would hold gigabytes).
    bool response = false;
    int statusCode = 0;
    QString reasonPhrase;
    QString method;
    QString requestUri;
    qsizetype size = 0;       // bytes
    QString callId;
    QString branch;
    quint32 cseqNumber = 0;
    QString cseqMethod;
};

struct CaptureTransaction
{
    QString branch;
    quint32 cseqNumber = 0;
    QString method;
    QList<int> messages;      // indexes into CaptureReport::messages
    int finalStatus = 0;      // 0: no final response in the capture
};

struct CaptureCall
{
    QString callId;
    QList<int> messages;
    QList<CaptureTransaction> transactions;
};

struct CaptureFinding
{
    int message = 0;          // index into CaptureReport::messages
    int explanation = 0;      // index into CaptureReport::explanations
};

struct CaptureProblem
{
    qint64 frame = 0;
    QString text;             // translated
};

struct CaptureReport
{
    QString error;            // the capture could not be read at all (translated)
    QString damage;           // reading stopped early here (translated); the rest stands
    int linkType = -1;
    qint64 frames = 0;
    qint64 cutFrames = 0;     // shorter than on the wire (snap length)
    qint64 otherFrames = 0;   // not IP, not UDP/TCP, not SIP
    qint64 skippedStreamBytes = 0;
    bool messageLimitReached = false;
    QList<CaptureMessage> messages;
    QList<CaptureCall> calls;
    QList<CaptureFinding> findings;
    // Each distinct explanation once: 200,000 answers of four codes have four. Offsets,
    // lines and columns refer to the explained lines (the status line, Reason, Warning,
    // Retry-After), not to the message.
    QList<ExplainFinding> explanations;
    QList<CaptureProblem> problems;   // SIP that does not parse (first 1000)

    bool ok() const { return error.isEmpty(); }
};

class CaptureAnalysis
{
public:
    // More messages than this are counted, not kept (a capture of a busy trunk).
    static constexpr int maxMessages = 1000000;

    static CaptureReport analyseFile(const QString &fileName);
    // From an opened reader (the fuzz target reads from memory).
    static CaptureReport analyse(CaptureReader &reader);
};

} // namespace SipScope
