// Turns a monitor target's credentials reference into credentials at probe time.
// The reference is only a name: the secret lives in the environment of the process
// that monitors (SIPSCOPE_PASSWORD_<REF>, and optionally SIPSCOPE_USER_<REF>), so a
// target list never holds a password and can be shared or committed as it is.
#pragma once

#include "monitortarget.h"
#include "sip/credentials.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace SipScope {

class MonitorCredentials final
{
public:
    // The reference as a variable-name suffix: upper case, anything but A–Z and 0–9
    // becomes '_' ("trunk-a" → "TRUNK_A").
    static QString variableSuffix(const QString &reference);
    static QString passwordVariable(const QString &reference);   // "SIPSCOPE_PASSWORD_TRUNK_A"
    static QString userVariable(const QString &reference);       // "SIPSCOPE_USER_TRUNK_A"

    // The credentials for target, or nullopt when it has no reference or the password
    // variable is unset or empty. The user comes from SIPSCOPE_USER_<REF>, else from
    // the target URI's user part.
    static std::optional<Credentials> resolve(const MonitorTarget &target,
                                              const QProcessEnvironment &environment
                                              = QProcessEnvironment::systemEnvironment());
};

} // namespace SipScope
