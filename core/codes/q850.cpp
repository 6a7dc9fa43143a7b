#include "q850.h"

#include <QCoreApplication>

#include <algorithm>

namespace SipScope::Q850 {
namespace {

// ITU-T Q.850 cause names, for the causes RFC 3398 maps in either direction.
constexpr CauseName names[] = {
    {1, QT_TRANSLATE_NOOP("Q850", "Unallocated (unassigned) number")},
    {2, QT_TRANSLATE_NOOP("Q850", "No route to specified transit network")},
    {3, QT_TRANSLATE_NOOP("Q850", "No route to destination")},
    {16, QT_TRANSLATE_NOOP("Q850", "Normal call clearing")},
    {17, QT_TRANSLATE_NOOP("Q850", "User busy")},
    {18, QT_TRANSLATE_NOOP("Q850", "No user responding")},
    {19, QT_TRANSLATE_NOOP("Q850", "No answer from user (user alerted)")},
    {20, QT_TRANSLATE_NOOP("Q850", "Subscriber absent")},
    {21, QT_TRANSLATE_NOOP("Q850", "Call rejected")},
    {22, QT_TRANSLATE_NOOP("Q850", "Number changed")},
    {23, QT_TRANSLATE_NOOP("Q850", "Redirection to new destination")},
    {25, QT_TRANSLATE_NOOP("Q850", "Exchange routing error")},
    {26, QT_TRANSLATE_NOOP("Q850", "Non-selected user clearing")},
    {27, QT_TRANSLATE_NOOP("Q850", "Destination out of order")},
    {28, QT_TRANSLATE_NOOP("Q850", "Invalid number format (address incomplete)")},
    {29, QT_TRANSLATE_NOOP("Q850", "Facility rejected")},
    {31, QT_TRANSLATE_NOOP("Q850", "Normal, unspecified")},
    {34, QT_TRANSLATE_NOOP("Q850", "No circuit/channel available")},
    {38, QT_TRANSLATE_NOOP("Q850", "Network out of order")},
    {41, QT_TRANSLATE_NOOP("Q850", "Temporary failure")},
    {42, QT_TRANSLATE_NOOP("Q850", "Switching equipment congestion")},
    {47, QT_TRANSLATE_NOOP("Q850", "Resource unavailable, unspecified")},
    {55, QT_TRANSLATE_NOOP("Q850", "Incoming calls barred within CUG")},
    {57, QT_TRANSLATE_NOOP("Q850", "Bearer capability not authorized")},
    {58, QT_TRANSLATE_NOOP("Q850", "Bearer capability not presently available")},
    {63, QT_TRANSLATE_NOOP("Q850", "Service or option not available, unspecified")},
    {65, QT_TRANSLATE_NOOP("Q850", "Bearer capability not implemented")},
    {70, QT_TRANSLATE_NOOP("Q850", "Only restricted digital information bearer capability is available")},
    {79, QT_TRANSLATE_NOOP("Q850", "Service or option not implemented, unspecified")},
    {87, QT_TRANSLATE_NOOP("Q850", "User not member of CUG")},
    {88, QT_TRANSLATE_NOOP("Q850", "Incompatible destination")},
    {102, QT_TRANSLATE_NOOP("Q850", "Recovery on timer expiry")},
    {111, QT_TRANSLATE_NOOP("Q850", "Protocol error, unspecified")},
    {127, QT_TRANSLATE_NOOP("Q850", "Interworking, unspecified")},
};

constexpr CauseToSip toSip[] = {
    {1, 404, nullptr},   {2, 404, nullptr},   {3, 404, nullptr},   {16, 0, nullptr},
    {17, 486, nullptr},  {18, 408, nullptr},  {19, 480, nullptr},  {20, 480, nullptr},
    {21, 403, nullptr},
    {22, 410, QT_TRANSLATE_NOOP("Q850", "without diagnostic")},
    {22, 301, QT_TRANSLATE_NOOP("Q850", "with diagnostic")},
    {23, 410, nullptr},  {26, 404, nullptr},  {27, 502, nullptr},  {28, 484, nullptr},
    {29, 501, nullptr},  {31, 480, nullptr},  {34, 503, nullptr},  {38, 503, nullptr},
    {41, 503, nullptr},  {42, 503, nullptr},  {47, 503, nullptr},  {55, 403, nullptr},
    {57, 403, nullptr},  {58, 503, nullptr},  {65, 488, nullptr},  {70, 488, nullptr},
    {79, 501, nullptr},  {87, 403, nullptr},  {88, 503, nullptr},  {102, 504, nullptr},
    {111, 500, nullptr}, {127, 500, nullptr},
};

constexpr SipToCause fromSip[] = {
    {400, 41}, {401, 21}, {402, 21}, {403, 21}, {404, 1},   {405, 63},  {406, 79},
    {407, 21}, {408, 102}, {410, 22}, {413, 127}, {414, 127}, {415, 79}, {416, 127},
    {420, 127}, {421, 127}, {423, 127}, {480, 18}, {481, 41}, {482, 25}, {483, 25},
    {484, 28}, {485, 1},  {486, 17}, {487, 0},  {488, 0},  {500, 41}, {501, 79},
    {502, 38}, {503, 41}, {504, 102}, {505, 127}, {513, 127}, {600, 17}, {603, 21},
    {604, 1},  {606, 0},
};

// The rows of §8.2.6.1 marked (+): the gateway SHOULD first remedy the protocol error and
// retry, and maps the response only if that fails.
constexpr int remedyFirst[] = {406, 413, 414, 415, 416, 420, 421, 423, 484, 505, 513};

} // namespace

QString causeNote(int cause)
{
    if (cause == 16)
        return QCoreApplication::translate("Q850", "RFC 3398 §7.2.4.1 maps no response code to cause 16: a normal "
            "release ends the call with BYE or CANCEL instead.");
    if (cause == 21)
        return QCoreApplication::translate("Q850", "When the cause location is the user, RFC 3398 §7.2.4.1 lets the gateway "
            "send 603 Decline instead of 403.");
    const bool listed = std::any_of(std::begin(toSip), std::end(toSip),
                                    [cause](const CauseToSip &row) { return row.cause == cause; });
    if (listed)
        return {};
    return QCoreApplication::translate("Q850", "RFC 3398 §7.2.4.1 lists no response code for this cause: for any cause not in "
            "its table a gateway should send 500 Server Internal Error.");
}

QString responseNote(int sipCode)
{
    if (sipCode < 400 || sipCode > 699)
        return {};
    if (sipCode == 401 || sipCode == 407)
        return QCoreApplication::translate("Q850", "RFC 3398 §8.2.6.1: the gateway should first try to authenticate, and sends "
            "cause 21 only if it cannot.");
    if (sipCode == 488 || sipCode == 606)
        return QCoreApplication::translate("Q850", "RFC 3398 §8.2.6.1: the cause depends on the Warning header: 65 (Bearer "
            "capability not implemented) when it concerns the bearer capability, "
            "otherwise 31 (Normal, unspecified).");
    if (std::find(std::begin(remedyFirst), std::end(remedyFirst), sipCode) != std::end(remedyFirst))
        return QCoreApplication::translate("Q850", "RFC 3398 §8.2.6.1: the gateway should first remedy the protocol error and "
            "retry the request; it sends this cause only if that fails.");
    const bool listed = std::any_of(std::begin(fromSip), std::end(fromSip),
                                    [sipCode](const SipToCause &row) { return row.sipCode == sipCode; });
    if (listed)
        return {};
    return QCoreApplication::translate("Q850", "RFC 3398 §8.2.6.1 lists no cause for this code: a gateway sends cause 31 "
            "(Normal, unspecified) for a failure response not in its table.");
}

QString responseLocation(int sipCode)
{
    const bool mapped = std::any_of(std::begin(fromSip), std::end(fromSip), [sipCode](const SipToCause &row) {
        return row.sipCode == sipCode && row.cause != 0;
    });
    if (!mapped)
        return {};
    return sipCode >= 600
        ? QCoreApplication::translate("Q850", "RFC 3398 §8.2.6.1 sends it with the cause location \"user\".")
        : QCoreApplication::translate("Q850", "RFC 3398 §8.2.6.1 sends it with the cause location \"network\".");
}

QStringList responseFootnotes(int sipCode)
{
    QStringList notes;
    for (const QString &note : {responseLocation(sipCode), responseNote(sipCode)}) {
        if (!note.isEmpty())
            notes.append(note);
    }
    return notes;
}

QList<int> causeResponses(int cause)
{
    if (cause < 1 || cause > 127 || cause == 16)
        return {};
    QList<int> codes;
    for (const CauseToSip &row : toSip) {
        if (row.cause == cause)
            codes.append(row.sipCode);
    }
    // §7.2.4.1: "500 Server internal error" for any cause the table does not list (SHOULD).
    if (codes.isEmpty())
        codes.append(500);
    return codes;
}

QString causeMapping(int cause)
{
    QStringList targets;
    for (const CauseToSip &row : toSip) {
        if (row.cause != cause || row.sipCode == 0)
            continue;
        targets.append(row.variant ? QCoreApplication::translate("Q850", "%1 (%2)")
                                         .arg(QString::number(row.sipCode), QCoreApplication::translate("Q850", row.variant))
                                   : QString::number(row.sipCode));
    }
    if (targets.isEmpty())
        return {};
    if (targets.size() == 1)
        return QCoreApplication::translate("Q850", "RFC 3398 §7.2.4.1 maps it to %1.").arg(targets.constFirst());
    const QString last = targets.takeLast();
    return QCoreApplication::translate("Q850", "RFC 3398 §7.2.4.1 maps it to %1 or %2.")
        .arg(targets.join(u", "), last);
}

std::span<const CauseName> causeNames() { return names; }
std::span<const CauseToSip> causeToSip() { return toSip; }
std::span<const SipToCause> sipToCause() { return fromSip; }

} // namespace SipScope::Q850
