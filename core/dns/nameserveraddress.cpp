#include "nameserveraddress.h"

#include <QCoreApplication>
#include <QFile>

namespace SipScope::Dns {

using namespace Qt::Literals::StringLiterals;

QString NameserverAddress::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                              : address.toString();
    return host + u':' + QString::number(port);
}

NameserverAddress NameserverAddress::parse(const QString &input, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return NameserverAddress{};
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failWith(QCoreApplication::translate("SipScope::Dns", "No DNS server was given."));
    QString host = text;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return failWith(QCoreApplication::translate("SipScope::Dns", "%1: the closing \"]\" is missing.").arg(text));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return failWith(QCoreApplication::translate("SipScope::Dns", "%1: a port must follow \"]:\".").arg(text));
            portText = rest.mid(1);
            if (portText.isEmpty())
                return failWith(QCoreApplication::translate("SipScope::Dns", "%1: the port after \":\" is missing.").arg(text));
        }
    } else if (text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (portText.isEmpty())
            return failWith(QCoreApplication::translate("SipScope::Dns", "%1: the port after \":\" is missing.").arg(text));
    }
    NameserverAddress server;
    if (!server.address.setAddress(host)) {
        return failWith(QCoreApplication::translate(
                            "SipScope::Dns", "%1 is not an IP address; give the DNS server as an address, e.g. "
                                             "127.0.0.1:5353 or [::1]:53.")
                            .arg(host));
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return failWith(QCoreApplication::translate("SipScope::Dns", "%1 is not a port (1 to 65535).")
                                .arg(portText));
        }
        server.port = quint16(port);
    }
    if (error)
        error->clear();
    return server;
}

QList<NameserverAddress> parseResolvConf(const QByteArray &text)
{
    QList<NameserverAddress> servers;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        QByteArray line = raw;
        const qsizetype comment = line.indexOf('#');
        if (comment >= 0)
            line.truncate(comment);
        const qsizetype semicolon = line.indexOf(';');
        if (semicolon >= 0)
            line.truncate(semicolon);
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 2 || words.first() != "nameserver")
            continue;
        // resolv.conf gives bare addresses (an IPv6 one may carry a %zone), always port 53.
        NameserverAddress server;
        if (server.address.setAddress(QString::fromLatin1(words.at(1))))
            servers.append(server);
    }
    return servers;
}

SystemNameservers systemNameservers()
{
    SystemNameservers result;
#if defined(Q_OS_UNIX)
    const QString path = u"/etc/resolv.conf"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.whyNone = QCoreApplication::translate("SipScope::Dns", "%1 cannot be read (%2).")
                             .arg(path, file.errorString());
        return result;
    }
    result.source = path;
    result.servers = parseResolvConf(file.read(64 * 1024));
    // resolv.conf(5): with no nameserver line, the resolver asks the local machine.
    if (result.servers.isEmpty()) {
        NameserverAddress local;
        local.address = QHostAddress::LocalHost;
        result.servers.append(local);
    }
#else
    result.whyNone = QCoreApplication::translate(
        "SipScope::Dns", "On this system SipScope does not know the DNS servers; give one with --dns-server.");
#endif
    return result;
}

} // namespace SipScope::Dns
