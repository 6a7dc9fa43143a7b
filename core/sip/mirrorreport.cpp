#include "mirrorreport.h"

#include <cstring>
#include <utility>

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

namespace {

QByteArray seenBytes(const QHostAddress &address, quint16 port)
{
    QByteArray bytes;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += char((v4 >> shift) & 0xff);
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    }
    bytes += char(port >> 8);
    bytes += char(port & 0xff);
    return bytes;
}

std::optional<std::pair<QHostAddress, quint16>> fromSeen(const QString &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() * 2 != hex.size() || (bytes.size() != 6 && bytes.size() != 18))
        return std::nullopt;
    const quint16 port = quint16((quint8(bytes.at(bytes.size() - 2)) << 8) | quint8(bytes.at(bytes.size() - 1)));
    if (bytes.size() == 6) {
        quint32 v4 = 0;
        for (int i = 0; i < 4; ++i)
            v4 = (v4 << 8) | quint8(bytes.at(i));
        return std::pair{QHostAddress(v4), port};
    }
    Q_IPV6ADDR v6;
    std::memcpy(v6.c, bytes.constData(), 16);
    return std::pair{QHostAddress(v6), port};
}

} // namespace

QString MirrorReport::toHeaderValue() const
{
    return u"SIP/2.0/"_s + transportViaToken(transport) + u' ' + sourceEndpoint() + u";length="_s
        + QString::number(length) + u";mirrored="_s + QString::number(mirrored) + u";seen="_s
        + QString::fromLatin1(seenBytes(source, sourcePort).toHex());
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
    MirrorReport report{*transport, source, *via->port, qsizetype(length), qsizetype(mirrored), false, {}};
    if (const auto seen = via->parameter(u"seen"_s)) {
        const auto decoded = fromSeen(*seen);
        if (!decoded)
            return std::nullopt;
        if (!decoded->first.isEqual(source, QHostAddress::TolerantConversion) || decoded->second != report.sourcePort) {
            report.writtenSource = report.sourceEndpoint();
            report.sourceRewritten = true;
            report.source = decoded->first;
            report.sourcePort = decoded->second;
        }
    }
    return report;
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
