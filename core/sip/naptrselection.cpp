#include "naptrselection.h"

#include <QCoreApplication>

#include <algorithm>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

std::optional<TransportProtocol> naptrServiceTransport(const QString &services)
{
    const QString s = services.trimmed().toUpper();
    if (s == u"SIP+D2U")
        return TransportProtocol::Udp;
    if (s == u"SIP+D2T")
        return TransportProtocol::Tcp;
    if (s == u"SIPS+D2T")
        return TransportProtocol::Tls;
    if (s == u"SIP+D2W")
        return TransportProtocol::Ws;
    if (s == u"SIPS+D2W")
        return TransportProtocol::Wss;
    return std::nullopt;
}

NaptrSelection selectNaptr(QList<DnsNaptrRecord> records, bool secure, std::optional<TransportProtocol> transport)
{
    std::stable_sort(records.begin(), records.end(), [](const DnsNaptrRecord &a, const DnsNaptrRecord &b) {
        return a.order != b.order ? a.order < b.order : a.preference < b.preference;
    });
    NaptrSelection selection;
    const auto skip = [&selection](const DnsNaptrRecord &record, const QString &reason) {
        selection.skipped.append({record, reason});
    };
    for (const DnsNaptrRecord &record : std::as_const(records)) {
        const auto service = naptrServiceTransport(record.services);
        if (!service) {
            skip(record, QCoreApplication::translate("SipScope::Resolver", "not a SIP service"));
            continue;
        }
        const bool sipsService = record.services.trimmed().startsWith(u"SIPS", Qt::CaseInsensitive);
        if (secure && !sipsService) {
            skip(record, QCoreApplication::translate("SipScope::Resolver",
                                                     "a sips: URI uses only SIPS services (RFC 3263 §4.1)"));
            continue;
        }
        if (transport && *service != *transport) {
            skip(record, QCoreApplication::translate("SipScope::Resolver", "the transport is set to %1")
                             .arg(transportViaToken(*transport)));
            continue;
        }
        if (record.flags.compare(u"s", Qt::CaseInsensitive) != 0) {
            skip(record, QCoreApplication::translate("SipScope::Resolver",
                                                     "the flag is \"%1\"; SIP uses \"s\", an SRV lookup (RFC 3263 §4.1)")
                             .arg(record.flags));
            continue;
        }
        if (!record.regexp.isEmpty()) {
            skip(record, QCoreApplication::translate("SipScope::Resolver",
                                                     "it has a regular expression; SIP's records have none, only a "
                                                     "replacement (RFC 3263 §4.1)"));
            continue;
        }
        QString name = record.replacement;
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.isEmpty()) {
            skip(record, QCoreApplication::translate("SipScope::Resolver", "it has no replacement (SRV name)"));
            continue;
        }
        const bool duplicate = std::any_of(selection.chosen.cbegin(), selection.chosen.cend(),
                                           [&](const NaptrChoice &c) {
                                               return c.transport == *service
                                                      && c.srvName.compare(name, Qt::CaseInsensitive) == 0;
                                           });
        if (duplicate) {
            skip(record, QCoreApplication::translate("SipScope::Resolver", "the same as an earlier record"));
            continue;
        }
        selection.chosen.append({record, *service, name});
    }
    return selection;
}

QString naptrRecordText(const DnsNaptrRecord &record)
{
    return u"%1 %2 \"%3\" \"%4\" \"%5\" %6"_s.arg(record.order)
        .arg(record.preference)
        .arg(record.flags, record.services, record.regexp,
             record.replacement.isEmpty() ? u"."_s : record.replacement);
}

} // namespace SipScope
