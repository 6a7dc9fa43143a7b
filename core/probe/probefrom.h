// The From of a probe as typed (`--from`, a monitor list's or the exporter's `from:`): a
// SIP URI ("sip:probe@example.com", or any text with an "@") sets the whole From URI;
// anything else is a user name in the From URI the probe builds ("sipadmin").
#pragma once

#include "optionsprobe.h"

#include <QString>

#include <optional>

namespace SipScope {

struct ProbeFrom
{
    // nullopt on success, else a translated error without the option's name.
    static std::optional<QString> apply(const QString &text, ProbeOptions &options);
};

} // namespace SipScope
