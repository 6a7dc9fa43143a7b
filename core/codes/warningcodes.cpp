#include "warningcodes.h"

#include <QCoreApplication>

namespace SipScope {
namespace {

struct Row
{
    int code;
    const char *text;
    const char *rfc;
    const char *explanation;
};

// RFC 3261 §20.43: 3xx warn-codes describe why a session description could not be
// accepted; they usually ride on 488 or 606, and RFC 3398 takes the Q.850 cause of
// those two responses from them.
constexpr Row rows[] = {
    {300, "Incompatible network protocol", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "None of the network protocols offered in the session description is available to this side.")},
    {301, "Incompatible network address formats", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "The address format offered (for example IPv4 or IPv6) cannot be used by this side.")},
    {302, "Incompatible transport protocol", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "None of the media transport protocols offered (for example RTP/AVP or RTP/SAVP) is available.")},
    {303, "Incompatible bandwidth units", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "A bandwidth line in the session description uses units this side does not understand.")},
    {304, "Media type not available", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "A media type offered (audio, video, ...) is not available on this side.")},
    {305, "Incompatible media format", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "None of the media formats (codecs) offered is available: the usual sign of a codec mismatch.")},
    {306, "Attribute not understood", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "An attribute line in the session description was not understood.")},
    {307, "Session description parameter not understood", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "A parameter of the session description other than an attribute was not understood.")},
    {308, "Incompatible language specification", "RFC8373",
     QT_TRANSLATE_NOOP("Warning", "None of the languages asked for in the session description (RFC 8373) can be provided.")},
    {330, "Multicast not available", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "The site where the user is located does not support multicast.")},
    {331, "Unicast not available", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "The site where the user is located does not support unicast communication, usually because of a firewall.")},
    {370, "Insufficient bandwidth", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "The bandwidth asked for in the session description, or for the media, exceeds what is available.")},
    {380, "SIPS Not Allowed", "RFC5630",
     QT_TRANSLATE_NOOP("Warning", "The proxy will not forward this request over a secure (SIPS) path, for example because of policy (RFC 5630).")},
    {381, "SIPS Required", "RFC5630",
     QT_TRANSLATE_NOOP("Warning", "The proxy requires a SIPS URI and secure transport for this request (RFC 5630).")},
    {399, "Miscellaneous warning", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "Free-form information from the sender; read the warn-text, it often names the real reason (for example a rejected number or an internal error).")},
};

WarningCode fromRow(const Row &row)
{
    return {row.code, QString::fromLatin1(row.text), QString::fromLatin1(row.rfc),
            QCoreApplication::translate("Warning", row.explanation)};
}

} // namespace

QList<WarningCode> WarningCodes::all()
{
    QList<WarningCode> out;
    for (const Row &row : rows)
        out.append(fromRow(row));
    return out;
}

std::optional<WarningCode> WarningCodes::find(int code)
{
    for (const Row &row : rows) {
        if (row.code == code)
            return fromRow(row);
    }
    return std::nullopt;
}

} // namespace SipScope
