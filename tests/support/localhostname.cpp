#include "localhostname.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

QString localhostUnavailableReason()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // glibc answers from the hosts file first ("files" comes before "dns" in every
    // distribution's nsswitch.conf); systemd's nss-myhostname would answer too, but
    // only the hosts file can be checked without resolving.
    QFile hosts(u"/etc/hosts"_s);
    if (!hosts.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"/etc/hosts cannot be read, so \"localhost\" might be sent to a DNS server"_s;
    const QRegularExpression blanks(u"\\s+"_s);
    while (!hosts.atEnd()) {
        QString line = QString::fromUtf8(hosts.readLine());
        line = line.section(u'#', 0, 0).trimmed();
        const QStringList fields = line.split(blanks, Qt::SkipEmptyParts);
        if (fields.size() < 2 || !QHostAddress(fields.first()).isLoopback())
            continue;
        if (fields.mid(1).contains(u"localhost"_s, Qt::CaseInsensitive))
            return {};
    }
    return u"/etc/hosts does not map \"localhost\" to a loopback address; resolving it would ask a DNS server"_s;
#else
    // macOS and Windows resolve "localhost" to loopback themselves.
    return {};
#endif
}

} // namespace SipScope::Test
