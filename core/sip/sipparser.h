// The one SIP message parser (RFC 3261 §7, §18.3), for datagrams and, incrementally,
// for streams. Parsing is a pure function from bytes to a result: no I/O, no state
// beyond the stream buffer, bounded work for any input.
#pragma once

#include "sipmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace SipScope {

enum class SipParseError {
    None,
    Empty,                  // no bytes, or only CRLF keep-alives
    MessageTooLarge,        // over SipParseLimits::maxMessageSize
    LineTooLong,            // a start or header line over maxLineLength
    TooManyHeaders,         // over maxHeaderCount
    InvalidStartLine,       // neither "SIP/2.0 200 OK" nor "OPTIONS sip:x SIP/2.0"
    UnsupportedVersion,     // "SIP/3.0", "HTTP/1.1"
    InvalidStatusCode,      // not three digits in 100..699
    InvalidHeaderLine,      // no colon, empty name, bad characters in the name
    InvalidFoldedLine,      // a continuation line before any header
    InvalidContentLength,   // not a number, negative, repeated with different values
    MissingContentLength,   // stream mode: Content-Length is mandatory (RFC 3261 §18.3)
    TruncatedBody,          // datagram shorter than Content-Length says
    IncompleteHeaders,      // datagram without the empty line ending the headers
    NulByte,                // a NUL in the start line or headers
};

// Stable token for logs and JSON ("line_too_long").
QString parseErrorToken(SipParseError error);

// RFC 3261 sets no limit on a line or a message; these bounds keep a hostile peer from
// making the parser hold or scan without end (docs/robustness.md, "Size limits").
struct SipParseLimits
{
    // Headers + body. Twice the longest line, so that a message whose one long header
    // (Identity, RFC 8224; a long Record-Route) reaches the line limit still fits with its
    // other headers and a body. A UDP datagram is smaller anyway (65,507 bytes of payload
    // over IPv4, 65,527 over IPv6); on a stream this is what one connection may buffer.
    qsizetype maxMessageSize = 128 * 1024;
    int maxHeaderCount = 256;
    // One physical line: 64 KiB, the size of the largest datagram, so that no line a UDP
    // peer can send is refused for its length alone.
    qsizetype maxLineLength = 64 * 1024;
};

struct SipParseResult
{
    std::optional<SipMessage> message;
    SipParseError error = SipParseError::None;
    QString errorMessage;   // translated, names what is wrong and where
    qsizetype consumed = 0; // bytes used from the input (stream mode)

    bool isValid() const { return error == SipParseError::None && message.has_value(); }
};

class SipParser final
{
public:
    // A whole UDP datagram is one message (RFC 3261 §18.3): Content-Length may be
    // absent (the body is the rest), bytes beyond Content-Length are discarded, a
    // body shorter than Content-Length is an error.
    static SipParseResult parseDatagram(QByteArrayView data, const SipParseLimits &limits = {});

    // Stream framing (TCP/TLS): the first complete message at the start of `data`.
    // Leading CRLFs (RFC 5626 keep-alives) are skipped and counted in `consumed`.
    // Returns nullopt when more bytes are needed; a result with an error when the
    // stream can never become valid (the caller should close the connection).
    static std::optional<SipParseResult> parseStream(QByteArrayView data,
                                                     const SipParseLimits &limits = {});

    // Incremental use for a connection: feed() what arrived, then call next() until
    // it returns nullopt. After an error the parser stays in error (framing is lost).
    explicit SipParser(const SipParseLimits &limits = {}) : m_limits(limits) {}
    void feed(QByteArrayView data);
    std::optional<SipParseResult> next();
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    bool hasFailed() const { return m_failed; }
    void reset();

private:
    SipParseLimits m_limits;
    QByteArray m_buffer;
    bool m_failed = false;
    // What the last attempt learnt, so that next() does not re-parse for nothing:
    qsizetype m_needBytes = 0;  // the buffer must hold this much (head done, body due)
    qsizetype m_scannedTo = 0;  // an incomplete head was checked up to here
    qsizetype m_lineStart = 0;  // start of its last, unterminated line
};

} // namespace SipScope
