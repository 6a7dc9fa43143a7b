// Turns a monitor target's credentials reference into credentials at probe time.
// The reference is only a name, so a target list never holds a password and can be
// shared or committed as it is. Two kinds:
//   NAME           the environment of the process that monitors: SIPSCOPE_PASSWORD_<REF>,
//                  and optionally SIPSCOPE_USER_<REF>
//   keychain:NAME  the system keychain entry NAME (sipscope-cli credentials set NAME, or
//                  the GUI's "Remember password"); read asynchronously by the Monitor
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

    // "keychain:NAME" → NAME; empty for an environment reference.
    static QString keychainName(const QString &reference);
    // The credentials for a keychain reference once its password was read: the user is
    // the name's user part when it has one ("alice@pbx" → alice), else the target URI's.
    static Credentials fromKeychain(const MonitorTarget &target, const QString &name, const QString &password);

    // The credentials for target, or nullopt when it has no (environment) reference or the password
    // variable is unset or empty. The user comes from SIPSCOPE_USER_<REF>, else from
    // the target URI's user part.
    static std::optional<Credentials> resolve(const MonitorTarget &target,
                                              const QProcessEnvironment &environment
                                              = QProcessEnvironment::systemEnvironment());
};

} // namespace SipScope
