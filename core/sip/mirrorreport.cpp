#include "mirrorreport.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString MirrorReport::headerName()
{
    return u"SipScope-Mirror"_s;
}

QString MirrorReport::sourceEndpoint() const
{
    const QString host = source.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + source.toString() + u']'
                                                                            : source.toString();
    return host + u':' + QString::number(sourcePort);
}

QString MirrorReport::toHeaderValue() const
{
    return u"SIP/2.0/"_s + transportViaToken(transport) + u' ' + sourceEndpoint() + u";length="_s
        + QString::number(length) + u";mirrored="_s + QString::number(mirrored);
}

std::optional<MirrorReport> MirrorReport::parse(const QString &value)
{
    const std::optional<SipVia> via = SipVia::parse(value.trimmed());
    if (!via || via->protocol != u"SIP/2.0"_s || !via->port)
        return std::nullopt;
    const auto transport = transportFromToken(via->transport);
    const QHostAddress source(via->host);
    if (!transport || source.isNull())
        return std::nullopt;
    bool lengthOk = false;
    bool mirroredOk = false;
    const qlonglong length = via->parameter(u"length"_s).value_or(QString()).toLongLong(&lengthOk);
    const qlonglong mirrored = via->parameter(u"mirrored"_s).value_or(QString()).toLongLong(&mirroredOk);
    if (!lengthOk || !mirroredOk || length < 0 || mirrored < 0 || mirrored > length)
        return std::nullopt;
    return MirrorReport{*transport, source, *via->port, qsizetype(length), qsizetype(mirrored)};
}

std::optional<MirrorReport> MirrorReport::fromResponse(const SipMessage &response)
{
    if (!response.isResponse())
        return std::nullopt;
    const auto value = response.header(headerName());
    if (!value)
        return std::nullopt;
    // Media types are case-insensitive (RFC 2045 §5.1); parameters after ';' do not matter.
    const QString type = response.header(u"Content-Type"_s).value_or(QString()).section(u';', 0, 0).trimmed().toLower();
    if (type != u"message/sip"_s && type != u"message/sipfrag"_s)
        return std::nullopt;
    std::optional<MirrorReport> report = parse(*value);
    if (report && report->mirrored != response.body().size())
        return std::nullopt;
    return report;
}

} // namespace SipScope
