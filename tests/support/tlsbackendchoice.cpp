#include "tlsbackendchoice.h"

#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

QString TlsBackendChoice::apply()
{
    const QString wanted = qEnvironmentVariable("SIPSCOPE_TLS_BACKEND");
    if (wanted.isEmpty() || QSslSocket::activeBackend() == wanted)
        return {};
    if (!QSslSocket::availableBackends().contains(wanted) || !QSslSocket::setActiveBackend(wanted)) {
        return u"SIPSCOPE_TLS_BACKEND=%1, but Qt offers only: %2"_s.arg(
            wanted, QSslSocket::availableBackends().join(u", "_s));
    }
    return {};
}

QString TlsBackendChoice::describe()
{
    return u"%1 (%2); available: %3"_s.arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString(),
                                           QSslSocket::availableBackends().join(u", "_s));
}

} // namespace SipScope::Test
