#include "allowlist.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QString normalisedName(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

// A DNS name as RFC 1123 §2.1 allows: labels of letters, digits and hyphens, 1 to 63
// characters, not starting or ending with a hyphen; 253 characters in all.
bool isHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &label : name.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
                return false;
        }
    }
    return true;
}

QString stripBrackets(const QString &host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        return host.mid(1, host.size() - 2);
    return host;
}

} // namespace

std::optional<QString> AllowList::add(const QString &entry)
{
    const QString text = entry.trimmed();
    if (text.isEmpty())
        return tr("an empty entry allows nothing; write an address, a network, a host name or a domain suffix");
    if (text.contains(u'/')) {
        const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(text);
        if (network.first.isNull())
            return tr("\"%1\" is not a network in CIDR notation such as 10.0.0.0/8 or 2001:db8::/32").arg(text);
        m_networks << network;
        return std::nullopt;
    }
    const QHostAddress address(stripBrackets(text));
    if (!address.isNull()) {
        m_networks << qMakePair(address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
        return std::nullopt;
    }
    if (text.startsWith(u'.') || text.startsWith(u"*."_s)) {
        const QString suffix = normalisedName(text.mid(text.indexOf(u'.') + 1));
        if (!isHostName(suffix))
            return tr("\"%1\" is not a domain suffix such as .example.com").arg(text);
        m_suffixes << u'.' + suffix;
        return std::nullopt;
    }
    const QString name = normalisedName(text);
    if (!isHostName(name))
        return tr("\"%1\" is not an IP address, a network, a host name or a domain suffix").arg(text);
    m_names << name;
    return std::nullopt;
}

bool AllowList::allows(const QString &host) const
{
    const QHostAddress address(stripBrackets(host.trimmed()));
    if (!address.isNull()) {
        // An IPv4-mapped IPv6 address ("::ffff:10.0.0.1") is checked as the IPv4 address it is.
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        const QHostAddress plain = mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
        for (const auto &network : m_networks) {
            if (plain.isInSubnet(network.first, network.second) || address.isInSubnet(network.first, network.second))
                return true;
        }
        return false;
    }
    const QString name = normalisedName(host);
    if (!isHostName(name))
        return false;
    if (m_names.contains(name))
        return true;
    for (const QString &suffix : m_suffixes) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}

} // namespace SipScope
