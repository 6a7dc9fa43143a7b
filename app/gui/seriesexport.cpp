#include "seriesexport.h"

#include "probestatistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 4180: quote a field that holds a comma, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString originToken(ProbeResult::Origin origin)
{
    switch (origin) {
    case ProbeResult::Origin::Remote: return u"remote"_s;
    case ProbeResult::Origin::Local: return u"local"_s;
    case ProbeResult::Origin::None: break;
    }
    return u"none"_s;
}

QString rttText(const ProbeResult &result)
{
    return result.rttUs >= 0 ? QString::number(double(result.rttUs) / 1000.0, 'f', 3) : QString();
}

QJsonValue optionalMs(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString SeriesExport::outcome(const ProbeResult &result)
{
    if (result.hasFinalResponse())
        return QString::number(result.statusCode);
    const QString token = errorKindToken(result.error.kind);
    return token.isEmpty() ? u"none"_s : token;
}

QByteArray SeriesExport::toCsv(const QList<SeriesEntry> &entries)
{
    QStringList lines;
    lines.append(u"seq,time,target,transport,remote,status,reason,origin,local_status,rtt_ms,error"_s);
    for (const SeriesEntry &entry : entries) {
        const ProbeResult &r = entry.result;
        const QStringList fields = {
            QString::number(entry.sequence),
            entry.startedAt.toUTC().toString(Qt::ISODateWithMs),
            csvField(r.normalizedTarget.isEmpty() ? r.target : r.normalizedTarget),
            transportToken(r.transport),
            csvField(r.remote()),
            r.hasFinalResponse() ? QString::number(r.statusCode) : QString(),
            csvField(r.reasonPhrase),
            originToken(r.origin),
            r.localStatus ? QString::number(r.localStatus) : QString(),
            rttText(r),
            errorKindToken(r.error.kind),
        };
        lines.append(fields.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray SeriesExport::toJson(const QString &target, const QList<SeriesEntry> &entries,
                                const ProbeStatistics &statistics)
{
    QJsonArray probes;
    for (const SeriesEntry &entry : entries) {
        const ProbeResult &r = entry.result;
        QJsonObject probe{
            {u"seq"_s, entry.sequence},
            {u"time"_s, entry.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"target"_s, r.normalizedTarget.isEmpty() ? r.target : r.normalizedTarget},
            {u"transport"_s, transportToken(r.transport)},
            {u"remote"_s, r.remote()},
            {u"origin"_s, originToken(r.origin)},
            {u"status"_s, r.hasFinalResponse() ? QJsonValue(r.statusCode) : QJsonValue(QJsonValue::Null)},
            {u"reason"_s, r.hasFinalResponse() ? QJsonValue(r.reasonPhrase) : QJsonValue(QJsonValue::Null)},
            {u"local_status"_s, r.localStatus ? QJsonValue(r.localStatus) : QJsonValue(QJsonValue::Null)},
            {u"rtt_ms"_s, r.rttUs >= 0 ? QJsonValue(double(r.rttUs) / 1000.0) : QJsonValue(QJsonValue::Null)},
        };
        if (r.error.isError()) {
            probe.insert(u"error"_s, errorKindToken(r.error.kind));
            probe.insert(u"error_message"_s, r.error.message);
        } else {
            probe.insert(u"error"_s, QJsonValue(QJsonValue::Null));
        }
        probes.append(probe);
    }

    QJsonObject outcomes;
    const QMap<QString, int> histogram = statistics.histogram();
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        outcomes.insert(it.key(), it.value());

    const QJsonObject stats{
        {u"sent"_s, statistics.sent()},
        {u"answered"_s, statistics.answered()},
        {u"loss_percent"_s, statistics.lossPercent()},
        {u"rtt_min_ms"_s, optionalMs(statistics.minMs())},
        {u"rtt_avg_ms"_s, optionalMs(statistics.avgMs())},
        {u"rtt_max_ms"_s, optionalMs(statistics.maxMs())},
        {u"rtt_mdev_ms"_s, optionalMs(statistics.mdevMs())},
        {u"outcomes"_s, outcomes},
    };
    const QJsonObject root{
        {u"target"_s, target},
        {u"statistics"_s, stats},
        {u"probes"_s, probes},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace SipScope
