#include "dnsbackend.h"

#include <QCoreApplication>
#include <QTimer>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QString dnsErrorKindToken(DnsErrorKind kind)
{
    switch (kind) {
    case DnsErrorKind::None: return {};
    case DnsErrorKind::NameNotFound: return u"name_not_found"_s;
    case DnsErrorKind::NoRecords: return u"no_records"_s;
    case DnsErrorKind::NoAnswer: return u"no_answer"_s;
    case DnsErrorKind::ServerFailure: return u"server_failure"_s;
    case DnsErrorKind::Other: return u"other"_s;
    }
    return {};
}

QString describeDnsError(DnsErrorKind kind, const QString &detail)
{
    QString text;
    switch (kind) {
    case DnsErrorKind::None:
    case DnsErrorKind::NoRecords:
        text = QCoreApplication::translate("SipScope::Resolver", "no records.");
        break;
    case DnsErrorKind::NameNotFound:
        text = QCoreApplication::translate("SipScope::Resolver", "the name does not exist.");
        break;
    case DnsErrorKind::NoAnswer:
        text = QCoreApplication::translate("SipScope::Resolver", "no answer from DNS.");
        break;
    case DnsErrorKind::ServerFailure:
        text = QCoreApplication::translate("SipScope::Resolver", "the DNS server failed to answer.");
        break;
    case DnsErrorKind::Other:
        text = QCoreApplication::translate("SipScope::Resolver", "the lookup failed.");
        break;
    }
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    return text;
}

void DnsBackend::lookupNaptr(const QString &name, QObject *context, NaptrCallback done)
{
    Q_UNUSED(name);
    QTimer::singleShot(0, context, [done = std::move(done)] {
        NaptrLookupResult result;
        result.unsupported = true;
        result.error = DnsErrorKind::Other;
        result.errorText = QCoreApplication::translate("SipScope::Resolver", "this DNS backend cannot ask for NAPTR records");
        done(result);
    });
}

} // namespace SipScope
