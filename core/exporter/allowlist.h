// The targets an exporter may probe, because a target comes from whoever can reach the
// HTTP port and an open prober is a scanner. An entry is an IP address ("192.0.2.10",
// "::1"), a network in CIDR notation ("10.0.0.0/8", "2001:db8::/32"), a host name
// ("sbc1.example.com"), or a domain suffix (".example.com": every name below it). The
// target's host is matched as written: a name is never resolved to check it, so no DNS
// query leaves for a target that is not allowed; an address matches addresses and
// networks only, and a name matches names and suffixes only.
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace SipScope {

class AllowList final
{
    Q_DECLARE_TR_FUNCTIONS(AllowList)
public:
    // Adds one entry; a translated error for text that is none of the four forms.
    std::optional<QString> add(const QString &entry);
    bool allows(const QString &host) const;
    bool isEmpty() const { return m_networks.isEmpty() && m_names.isEmpty() && m_suffixes.isEmpty(); }
    qsizetype size() const { return m_networks.size() + m_names.size() + m_suffixes.size(); }

private:
    QList<QPair<QHostAddress, int>> m_networks;   // an address is a /32 or /128
    QList<QString> m_names;                       // lower case, without a final dot
    QList<QString> m_suffixes;                    // ".example.com", lower case
};

} // namespace SipScope
