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

// RFC 3261 §20.43 as updated by RFC 5630 Appendix A: 300-329 are about the session
// description, 330-369 the transport, 370-379 quality of service, 380-399 miscellaneous
// (380 and 381 concern the SIPS scheme, not SDP). The SDP ones usually ride on 488 or 606,
// and RFC 3398 takes the Q.850 cause of those two responses from them.
constexpr Row rows[] = {
    {300, "Incompatible network protocol", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "One or more network protocols offered in the session description are not available to this side.")},
    {301, "Incompatible network address formats", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "The address format offered (for example IPv4 or IPv6) cannot be used by this side.")},
    {302, "Incompatible transport protocol", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "One or more media transport protocols offered (for example RTP/AVP or RTP/SAVP) are not available.")},
    {303, "Incompatible bandwidth units", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "A bandwidth line in the session description uses units this side does not understand.")},
    {304, "Media type not available", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "A media type offered (audio, video, ...) is not available on this side.")},
    {305, "Incompatible media format", "RFC3261",
     QT_TRANSLATE_NOOP("Warning", "One or more media formats (codecs) offered are not available, possibly only some of them: the usual sign of a codec mismatch.")},
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
     QT_TRANSLATE_NOOP("Warning", "The UAS or proxy cannot process the request because the SIPS scheme is not allowed, for example because no SIPS contacts are registered for that address (RFC 5630 §9).")},
    {381, "SIPS Required", "RFC5630",
     QT_TRANSLATE_NOOP("Warning", "The UAS or proxy cannot process the request because it requires the SIPS scheme: send it to a sips: URI over TLS (RFC 5630 §9).")},
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
