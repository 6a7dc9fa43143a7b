// A SIP request or response (RFC 3261 §7): start line, headers in order, body.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace SipScope {

// One header line as it appeared (or will appear) on the wire. Folded lines are
// already joined. Names keep their original spelling and compact form ("v", "i").
struct SipHeader
{
    QString name;
    QString value;

    bool operator==(const SipHeader &) const = default;
};

// The parsed top Via (RFC 3261 §20.42, RFC 3581 for rport/received).
struct SipVia
{
    QString protocol;                 // "SIP/2.0"
    QString transport;                // "UDP", uppercased
    QString host;                     // sent-by host, IPv6 without brackets
    std::optional<quint16> port;      // sent-by port when present
    QList<std::pair<QString, QString>> parameters; // names lowercased, in order

    std::optional<QString> parameter(const QString &name) const;
    QString branch() const { return parameter(QStringLiteral("branch")).value_or(QString()); }
    QString sentBy() const;           // "host[:port]", IPv6 in brackets

    static std::optional<SipVia> parse(QStringView value);
};

struct SipCSeq
{
    quint32 number = 0;
    QString method;

    static std::optional<SipCSeq> parse(const QString &value);
};

class SipMessage final
{
public:
    enum class Kind { Request, Response };

    static SipMessage request(const QString &method, const QString &requestUri);
    static SipMessage response(int statusCode, const QString &reasonPhrase);

    Kind kind() const { return m_kind; }
    bool isRequest() const { return m_kind == Kind::Request; }
    bool isResponse() const { return m_kind == Kind::Response; }

    // Request line.
    QString method() const { return m_method; }
    QString requestUri() const { return m_requestUri; }

    // Status line. The reason phrase is decoded as UTF-8 (RFC 3261 §25.1 allows
    // UTF-8 there); invalid bytes become U+FFFD so the user sees them, and the raw
    // bytes stay available.
    int statusCode() const { return m_statusCode; }
    QString reasonPhrase() const { return m_reasonPhrase; }
    QByteArray rawReasonPhrase() const { return m_rawReasonPhrase; }
    void setRawReasonPhrase(const QByteArray &raw);
    bool isProvisional() const { return isResponse() && m_statusCode < 200; }
    bool isFinal() const { return isResponse() && m_statusCode >= 200; }

    QString sipVersion() const { return m_sipVersion; }  // "SIP/2.0"
    void setSipVersion(const QString &version) { m_sipVersion = version; }

    // All header lines in order.
    const QList<SipHeader> &headers() const { return m_headers; }
    void addHeader(const QString &name, const QString &value);
    void setHeaders(QList<SipHeader> headers) { m_headers = std::move(headers); }
    // Replaces every line of that header (compact forms included) with one line.
    void setHeader(const QString &name, const QString &value);
    void removeHeader(const QString &name);

    // Lookups match names case-insensitively and treat compact forms as their long
    // names (RFC 3261 §7.3.3): header(u"Via") finds a "v:" line.
    bool hasHeader(const QString &name) const;
    // Value of the first line, or nullopt.
    std::optional<QString> header(const QString &name) const;
    // Values of every line with that name, in order.
    QStringList headerLines(const QString &name) const;
    // Every element of a comma-separated header across all its lines (RFC 3261 §7.3.1),
    // splitting outside quotes and angle brackets: two "Allow:" lines or one
    // "Allow: INVITE, ACK" give the same list.
    QStringList headerValues(const QString &name) const;

    QByteArray body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

    // Convenience accessors for the headers a transaction needs.
    std::optional<SipVia> topVia() const;
    std::optional<SipCSeq> cseq() const;
    QString callId() const;
    QString fromTag() const;
    QString toTag() const;

    // Wire form: start line, headers in order, CRLF, body. Content-Length is written
    // as it is in the headers; the request builder sets it.
    QByteArray toBytes() const;

private:
    Kind m_kind = Kind::Request;
    QString m_method;
    QString m_requestUri;
    int m_statusCode = 0;
    QString m_reasonPhrase;
    QByteArray m_rawReasonPhrase;
    QString m_sipVersion = QStringLiteral("SIP/2.0");
    QList<SipHeader> m_headers;
    QByteArray m_body;
};

// Long header name for a compact form ("v" → "Via"), or the name unchanged.
QString expandCompactHeaderName(const QString &name);
// True when two header names denote the same header (case, compact forms).
bool sameHeaderName(const QString &a, const QString &b);
// Splits a header value at commas outside quoted strings and <...>, trimming each part.
QStringList splitHeaderList(const QString &value);
// The value of a ";name=value" parameter in a header value such as From/To, after the
// URI's closing '>' (so URI parameters are not mistaken for header parameters).
std::optional<QString> headerParameter(const QString &value, const QString &name);

} // namespace SipScope
