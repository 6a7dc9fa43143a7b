#include "expectedcodes.h"

#include <QStringList>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

std::optional<ExpectedCodes> ExpectedCodes::parse(const QString &text, QString *error)
{
    ExpectedCodes expected;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed().toLower();
        // Digits only: toInt() alone would take "+200", " 200" or "0200".
        const bool digits = part.size() == 3 && std::all_of(part.cbegin(), part.cend(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        });
        const bool isClass = part.size() == 3 && part.at(0) >= u'1' && part.at(0) <= u'6' && part.endsWith(u"xx"_s);
        if (isClass) {
            const int codeClass = part.at(0).digitValue();
            if (!expected.m_classes.contains(codeClass))
                expected.m_classes << codeClass;
            continue;
        }
        if (digits) {
            const int code = part.toInt();
            if (code >= 100 && code <= 699) {
                if (!expected.m_codes.contains(code))
                    expected.m_codes << code;
                continue;
            }
        }
        if (error)
            *error = tr("\"%1\" is not a response code (100 to 699) or a class such as 2xx.").arg(raw.trimmed());
        return std::nullopt;
    }
    if (expected.isDefault()) {
        if (error)
            *error = tr("Give at least one response code or class, e.g. 200,404 or 2xx.");
        return std::nullopt;
    }
    return expected;
}

bool ExpectedCodes::accepts(int statusCode) const
{
    if (isDefault())
        return statusCode >= 200 && statusCode < 300;
    return m_codes.contains(statusCode) || m_classes.contains(statusCode / 100);
}

QString ExpectedCodes::text() const
{
    if (isDefault())
        return u"2xx"_s;
    QStringList parts;
    for (int codeClass : m_classes)
        parts << QString::number(codeClass) + u"xx"_s;
    for (int code : m_codes)
        parts << QString::number(code);
    return parts.join(u", "_s);
}

} // namespace SipScope
