// DNS messages as bytes (RFC 1035 §4): a query for one question, and a parser for the
// answers, with the record data of the types RFC 3263 needs (NAPTR RFC 3403 §4.1,
// SRV RFC 2782, A, AAAA RFC 3596, CNAME). The parser is a pure function from bytes to a
// result: anything a hostile or broken server sends (compression loops, records that
// run past the end, lengths that do not add up) gives an error naming the offset.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace SipScope::Dns {

namespace Type {
inline constexpr quint16 A = 1;
inline constexpr quint16 Cname = 5;
inline constexpr quint16 Aaaa = 28;
inline constexpr quint16 Srv = 33;
inline constexpr quint16 Naptr = 35;
} // namespace Type

inline constexpr quint16 ClassIn = 1;

// RFC 1035 §4.1.1 response codes.
namespace Rcode {
inline constexpr quint8 NoError = 0;
inline constexpr quint8 FormErr = 1;
inline constexpr quint8 ServFail = 2;
inline constexpr quint8 NxDomain = 3;
inline constexpr quint8 NotImp = 4;
inline constexpr quint8 Refused = 5;
} // namespace Rcode

// "A", "SRV", "NAPTR", ... or "TYPE99" (RFC 3597 §5).
QString typeName(quint16 type);
// "NOERROR", "NXDOMAIN", "SERVFAIL", ... or "RCODE9".
QString rcodeName(quint8 rcode);

struct SrvData
{
    quint16 priority = 0;
    quint16 weight = 0;
    quint16 port = 0;
    QString target;
};

struct NaptrData
{
    quint16 order = 0;
    quint16 preference = 0;
    QByteArray flags;       // character-strings, as sent
    QByteArray services;
    QByteArray regexp;
    QString replacement;    // a domain name; "" for the root (".")
};

struct ResourceRecord
{
    QString name;           // without the trailing dot; "" is the root
    quint16 type = 0;
    quint16 recordClass = 0;
    quint32 ttl = 0;        // RFC 2181 §8: a value with the top bit set is read as 0
    QHostAddress address;   // A, AAAA
    SrvData srv;            // SRV
    NaptrData naptr;        // NAPTR
    QString cname;          // CNAME
};

struct Question
{
    QString name;
    quint16 type = 0;
    quint16 questionClass = ClassIn;
};

struct Message
{
    quint16 id = 0;
    bool response = false;
    quint8 opcode = 0;
    bool authoritative = false;
    bool truncated = false;
    bool recursionDesired = false;
    bool recursionAvailable = false;
    quint8 rcode = 0;
    QList<Question> questions;
    QList<ResourceRecord> answers;  // the answer section; authority and additional are not read
};

struct ParseResult
{
    std::optional<Message> message;
    QString error;          // translated, names the offset; empty when message is set
};

// A standard query (RD set) for `name` (an absolute name; a trailing dot is optional;
// non-ASCII names are converted to their ACE form). Empty, with `error` set, when the
// name cannot be a DNS name (an empty label, a label over 63 octets, over 255 in all).
QByteArray buildQuery(quint16 id, const QString &name, quint16 type, QString *error = nullptr);

// Reads a whole message. A truncated answer (TC) still parses as far as it is complete;
// callers that see `truncated` should ask again over TCP (RFC 7766 §5).
ParseResult parseMessage(const QByteArray &bytes);

// Reads only the 12-byte header and the question (enough to match an answer to its
// query even when the records after it are broken).
ParseResult parseHeaderAndQuestion(const QByteArray &bytes);

// DNS names compare without regard to ASCII case (RFC 4343), with or without the final dot.
bool sameName(const QString &a, const QString &b);

} // namespace SipScope::Dns
