// A real DNS server for the tests of RFC 3263 and of the dual-stack probe: dnsmasq on
// 127.0.0.1 at a free port, serving only the records the test gives (no upstream, no
// /etc/hosts), so that nothing asks this machine's own DNS. Stopped (its own process)
// when destroyed.
#pragma once

#include "dns/dnsexchange.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace SipScope::Test {

class DnsmasqInstance final
{
public:
    ~DnsmasqInstance() { stop(); }

    // The dnsmasq binary, empty when it is not installed (Debian: dnsmasq-base).
    static QString program();
    // Starts dnsmasq with `records` (--host-record=…, --srv-host=…, …). Started means it
    // answered an A question for `readyName` (one of the records). false with *error.
    bool start(const QStringList &records, const QString &readyName, QString *error);
    void stop();

    quint16 port() const { return m_port; }
    Dns::NameserverAddress address() const;
    // Questions to it with a first timeout of 2 s.
    Dns::ExchangeOptions options() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace SipScope::Test
