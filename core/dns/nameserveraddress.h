// Where DNS questions go: a nameserver's IP address and port, as a user types it
// (--dns-server 127.0.0.1:5353, [::1]:53, ::1) or as the system's resolver
// configuration lists it.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace SipScope::Dns {

struct NameserverAddress
{
    QHostAddress address;
    quint16 port = 53;

    bool isValid() const { return !address.isNull() && port != 0; }
    // "127.0.0.1:5353", "[::1]:53"
    QString toString() const;

    // ADDR or ADDR:PORT, with IPv6 in brackets when a port follows ("[::1]:5353");
    // a bare IPv6 address means port 53. Names are refused: the server that answers
    // names cannot itself be found by name. On failure the result is invalid and
    // `error` says why (translated).
    static NameserverAddress parse(const QString &text, QString *error = nullptr);

    friend bool operator==(const NameserverAddress &a, const NameserverAddress &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

struct SystemNameservers
{
    QList<NameserverAddress> servers;
    QString source;      // "/etc/resolv.conf"; empty when there is none
    QString whyNone;     // translated, when `servers` is empty
};

// The "nameserver" lines of a resolv.conf text (resolv.conf(5)), in order; other lines
// and malformed addresses are ignored, as the C library ignores them.
QList<NameserverAddress> parseResolvConf(const QByteArray &text);

// The nameservers the system's resolver uses, read from /etc/resolv.conf on Unix
// (Linux, the BSDs, and macOS, whose configd writes the primary resolvers there). On
// Windows, none: the servers live in the adapter settings, which SipScope does not read.
SystemNameservers systemNameservers();

} // namespace SipScope::Dns
