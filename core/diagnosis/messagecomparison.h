// How two SIP messages that should agree differ: the comparisons PathAnalysis makes
// between what SipScope sent and what came back (hosts by value, URIs without their
// parameters, header names across compact forms, how a generated identifier was
// altered). Pure functions.
#pragma once

#include "sip/sipmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope {

// The head of a message as the bytes it was written with: the start line and each
// header line (a folded line with its continuation, RFC 3261 §7.3.1), nothing normalised.
struct RawHead
{
    struct Line
    {
        QString canonical;   // canonicalName() of the header name
        QString name;        // as written
        QByteArray bytes;    // the whole line without its line end
    };
    QByteArray startLine;
    QList<Line> headers;
    QByteArray body;         // after the empty line; empty when there is none
    bool complete = false;   // the empty line that ends the head was there

    static RawHead split(const QByteArray &raw);
};

class MessageComparison final
{
public:
    // Headers a legitimate proxy adds or changes on the way (RFC 3261 §16.6): never a
    // sign of an ALG when they differ in a mirrored request. `lowerName` is canonical.
    static bool isProxyHeader(const QString &lowerName);
    // "v" → "via", "Call-ID" → "call-id".
    static QString canonicalName(const QString &name);
    // Addresses compare by value ("::1" == "0:0::1"), names case-insensitively.
    static bool sameHost(const QString &a, const QString &b);
    // The URI of a From/To/Contact value: inside <...>, else up to the first ';'
    // (RFC 3261 §20.10: without brackets, parameters belong to the header).
    static QString uriText(const QString &value);
    // True when two URIs name the same scheme, user, host and port (parameters aside).
    static bool sameUri(const QString &a, const QString &b);
    // How an identifier we generated was altered, translated (context PathAnalysis, whose
    // findings quote it): "letter case changed",
    // "magic cookie z9hG4bK removed", "\"@203.0.113.7\" appended", "cut to 8
    // characters", "wrapped in other text", "replaced", "removed".
    static QString describeAlteration(const QString &sent, const QString &received);
    // Canonical header names in first-seen order, proxy headers left out.
    static QStringList headerNameOrder(const SipMessage &message);
    // The long spelling used in `message` for a canonical name, for messages.
    static QString displayName(const SipMessage &message, const QString &canonical);
    // One datagram parsed, or nullopt.
    static std::optional<SipMessage> parse(const QByteArray &raw);
    // A response to `request`, possibly altered: same CSeq method, and at least one of
    // the identifiers we generated (branch, Call-ID, From tag) survived.
    static bool looksLikeOurs(const SipMessage &request, const SipMessage &response);
};

} // namespace SipScope
