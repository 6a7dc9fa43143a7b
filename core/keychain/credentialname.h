// The names saved passwords are filed under in the keychain (the "account" next to the
// service "SipScope"). A name is what a monitor's `credentials=keychain:NAME` and
// `sipscope-cli credentials set NAME` use; the GUI's "Remember password" makes one from
// the user and the target, so that the CLI and the monitor can use a password the GUI
// saved:
//
//     user@host            sip:pbx.example.com, user alice      → alice@pbx.example.com
//     user@host:port       10.0.0.5:5070, user 1001             → 1001@10.0.0.5:5070
//     user@[v6]:port       sip:[2001:db8::1]:5060, user bob     → bob@[2001:db8::1]:5060
//
// The host is lower-cased, the port kept only when one was given, and the scheme and
// transport left out: a password belongs to an account on a server, not to a transport.
// (The realm would be the digest's own key, RFC 3261 §22.1, but it is known only after the
// first challenge; the host is known before the first probe.)
#pragma once

#include <QCoreApplication>
#include <QString>

namespace SipScope {

class CredentialName
{
    Q_DECLARE_TR_FUNCTIONS(CredentialName)
public:
    static constexpr int maxLength = 200;

    // Empty when `name` may be used; else what is wrong with it. A name is 1–200
    // characters without spaces or control characters and does not start with '#'
    // (the keychain entry that lists the names is "#names").
    static QString problem(const QString &name);
    static bool isValid(const QString &name) { return problem(name).isEmpty(); }

    // The name for `user` on `target` (anything ProbeTarget::parse accepts); empty when
    // the target does not parse or there is no user. An empty `user` takes the URI's
    // user part (sip:alice@pbx → alice).
    static QString forTarget(const QString &user, const QString &target);

    // The user part of a name made by forTarget ("alice" for "alice@pbx"), else empty.
    static QString userOf(const QString &name);
};

} // namespace SipScope
