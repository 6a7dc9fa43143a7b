// What the path between us and the server did to our request: the address and port
// the server saw us from (RFC 3261 §18.2.1 `received`, RFC 3581 `rport`), whether
// that means a NAT, and signs of a SIP ALG — a middlebox that rewrites SIP messages
// (Via sent-by, branch, Call-ID, From, Contact, dropped or reordered headers,
// Content-Length). A pure function of the bytes we sent and the bytes that came
// back: no I/O, easy to drive from test rows.
//
// A response echoes Via, From, To, Call-ID and CSeq (RFC 3261 §8.2.6.2), so those
// can always be compared. Contact, the header order and Content-Length of what the
// server received can only be seen when the server mirrors the request in a
// message/sipfrag or message/sip body (as ALG test servers do); then the whole
// request is compared. An answer of SipScope's own mirror (`respond --mirror`, with its
// SipScope-Mirror header, sip/mirrorreport.h) is also compared byte for byte, line by
// line, and the source address it saw is set against the one the probe sent from.
#pragma once

#include "probe/proberesult.h"
#include "sip/mirrorreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct PathFinding
{
    enum class Kind {
        PublicAddress,        // Via received: the source address the server saw
        PublicPort,           // Via rport: the source port the server saw
        NoRport,              // we asked for rport, the answer has no value: port unknown
        SentByChanged,        // the top Via sent-by came back different
        TransportChanged,     // the top Via transport token came back different
        BranchChanged,
        CallIdChanged,
        FromChanged,          // From URI (host, port or user) rewritten
        FromTagChanged,
        ToChanged,            // To URI rewritten (a To tag added by the server is fine)
        CSeqChanged,
        ViaAdded,             // more Via lines came back than we sent
        ContactChanged,       // mirrored request: our Contact was rewritten
        HeaderRemoved,        // mirrored request: a header we sent is missing
        HeaderAdded,          // mirrored request: a header we did not send appeared
        HeadersReordered,     // mirrored request: our headers in another order
        ContentLengthChanged, // mirrored request, or bytes beyond the response's Content-Length
        // The SipScope mirror (respond --mirror) only: the request compared byte for byte.
        HeaderRewritten,      // a header line arrived with other bytes (and no finding above says how)
        RequestLineChanged,   // the request line arrived with other bytes
        BodyChanged,          // the body arrived with other bytes
        BytesChanged,         // other bytes than sent where no line says (line ends, spacing)
        MirrorSource,         // the source address and port the mirror saw
        MirrorTruncated,      // the mirror returned only the first lines of what arrived
    };

    Kind kind = Kind::PublicAddress;
    bool algSign = false;   // evidence of a message-rewriting middlebox
    QString header;         // the header involved ("Via", "Call-ID"); protocol token
    QString sent;           // what we sent (empty when not applicable)
    QString received;       // what came back
    QString text;           // translated, one line

    // "public_address", "sent_by_changed", "header_removed", ...
    static QString kindToken(Kind kind);
    // What a middlebox that does this is doing and why it matters, in plain words with
    // the RFC sections (translated); empty for the kinds that are not an ALG sign.
    static QString explanation(Kind kind);
};

class PathAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(PathAnalysis)
public:
    enum class Nat {
        Unknown,  // the answer does not say (no received, no rport value)
        No,       // the server saw the address and port we sent from
        Yes,      // the server saw another address or port: something translated it
    };

    // Compares one request with one response to it (or to what looks like it).
    static PathAnalysis analyze(const QByteArray &sentRequest, const QByteArray &receivedResponse);
    // The final response of the result; without one, the first ignored response that
    // is ours but altered (the transaction refuses an answer whose Via or Call-ID an
    // ALG changed, yet it is the best evidence there is).
    static PathAnalysis analyze(const ProbeResult &result);

    bool isAnalysed() const { return m_analysed; }
    // True when the compared response is one the transaction ignored.
    bool usedIgnoredResponse() const { return m_usedIgnored; }
    bool isMirrored() const { return m_mirrored; }
    // The answer came from a SipScope mirror (its SipScope-Mirror header): then the
    // request was compared byte for byte and the source it saw decides the NAT verdict.
    const std::optional<MirrorReport> &mirrorReport() const { return m_mirrorReport; }
    // SipScope mirror: the mirrored bytes are exactly those sent (a prefix when truncated).
    bool mirrorIdentical() const { return m_mirrorIdentical; }

    QString localAddress() const { return m_localAddress; }   // our Via sent-by host
    std::optional<quint16> localPort() const { return m_localPort; }
    QString publicAddress() const { return m_publicAddress; } // empty when unknown
    std::optional<quint16> publicPort() const { return m_publicPort; }
    // "203.0.113.7:40312", "[2001:db8::1]:5060", "203.0.113.7" (port unknown), or empty.
    QString publicEndpoint() const;

    Nat nat() const { return m_nat; }
    bool algSuspected() const;
    const QList<PathFinding> &findings() const { return m_findings; }
    QList<PathFinding> algFindings() const;

    // One translated sentence: "Behind NAT: the server saw 203.0.113.7:40312, we sent
    // from 10.0.0.5:5060." / "A SIP ALG rewrites messages: ..." / "No NAT ...".
    QString summary() const;

    static QString natToken(Nat nat);    // "unknown", "no", "yes"

private:
    void compareVia(const SipMessage &request, const SipMessage &response);
    void compareDialogHeaders(const SipMessage &request, const SipMessage &response);
    void compareMirror(const SipMessage &request, const SipMessage &mirror, bool truncated = false);
    void compareSipScopeMirror(const QByteArray &sentRaw, const SipMessage &request, const QByteArray &mirrorRaw);
    void compareMirrorLines(const QByteArray &sentRaw, const QByteArray &mirrorRaw, bool truncated);
    void judgeNatFromMirror();
    bool hasFindingFor(const QString &canonicalHeader) const;
    void checkContentLength(const QByteArray &rawResponse);
    void add(PathFinding::Kind kind, bool algSign, const QString &header, const QString &sent,
             const QString &received, const QString &text);

    bool m_analysed = false;
    bool m_usedIgnored = false;
    bool m_mirrored = false;
    QString m_localAddress;
    std::optional<quint16> m_localPort;
    QString m_publicAddress;
    std::optional<quint16> m_publicPort;
    Nat m_nat = Nat::Unknown;
    std::optional<MirrorReport> m_mirrorReport;
    bool m_mirrorIdentical = false;
    QList<PathFinding> m_findings;
};

} // namespace SipScope
