// The registered Warning header codes (RFC 3261 §20.43 and later extensions).
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SipScope {

struct WarningCode
{
    int code = 0;
    QString text;         // registered warn-text (protocol text, untranslated)
    QString rfc;          // "RFC3261"
    QString explanation;  // translated
};

class WarningCodes final
{
public:
    static QList<WarningCode> all();
    static std::optional<WarningCode> find(int code);
};

} // namespace SipScope
