#include "vendorcodes.h"

#include "responsecodecatalog.h"

#include <algorithm>

namespace SipScope {

namespace {

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

std::optional<VendorCode> lastThree(QStringView digits, VendorConvention convention, int lowest)
{
    const int code = digits.right(3).toInt();
    if (code < lowest || code > 699 || !ResponseCodeCatalog::instance().find(code))
        return std::nullopt;
    return VendorCode{convention, digits.toLongLong(), code};
}

} // namespace

std::optional<VendorCode> VendorCodes::teamsSubCode(QStringView digits)
{
    // Microsoft's "SIP response codes" page for Direct Routing: a sub-code starting
    // with 560 means the SBC produced the final response whose code follows.
    if (digits.size() != 6 || !allDigits(digits) || !digits.startsWith(u"560"))
        return std::nullopt;
    return lastThree(digits, VendorConvention::TeamsDirectRouting, 300);
}

std::optional<VendorCode> VendorCodes::zoomCode(QStringView digits)
{
    if (digits.size() < 4 || digits.size() > 6 || !allDigits(digits))
        return std::nullopt;
    return lastThree(digits, VendorConvention::ZoomPhone, 400);
}

QString VendorCodes::note(const VendorCode &code)
{
    switch (code.convention) {
    case VendorConvention::TeamsDirectRouting:
        return tr("Microsoft Teams Direct Routing sub-code %1: its last three digits are the SIP code %2; "
                  "560 means your SBC sent it, so start with the SBC's logs.")
            .arg(QString::number(code.number), QString::number(code.code));
    case VendorConvention::ZoomPhone:
        return tr("Zoom Phone error code %1: its last three digits are the SIP code %2.")
            .arg(QString::number(code.number), QString::number(code.code));
    }
    return {};
}

} // namespace SipScope
