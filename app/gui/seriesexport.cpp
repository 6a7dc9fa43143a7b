#include "seriesexport.h"

#include "probe/proberesultjson.h"

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

} // namespace

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
            r.rttUs >= 0 ? QString::number(double(r.rttUs) / 1000.0, 'f', 3) : QString(),
            errorKindToken(r.error.kind),
        };
        lines.append(fields.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray SeriesExport::toJson(const QString &target, const QList<SeriesEntry> &entries,
                                const SeriesStatistics &statistics)
{
    QJsonArray probes;
    for (const SeriesEntry &entry : entries) {
        QJsonObject probe = ProbeResultJson::toJson(entry.result);
        probe.insert(u"seq"_s, entry.sequence);
        probe.insert(u"time"_s, entry.startedAt.toUTC().toString(Qt::ISODateWithMs));
        probes.append(probe);
    }
    const QJsonObject root{
        {u"target"_s, target},
        {u"statistics"_s, ProbeResultJson::toJson(statistics)},
        {u"probes"_s, probes},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace SipScope
