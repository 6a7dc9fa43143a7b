#include "metricswriter.h"

#include <charconv>
#include <cmath>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

MetricsWriter::Format MetricsWriter::negotiate(const QByteArray &accept)
{
    return accept.toLower().contains("application/openmetrics-text") ? Format::OpenMetrics : Format::Text;
}

QByteArray MetricsWriter::contentType(Format format)
{
    return format == Format::OpenMetrics ? "application/openmetrics-text; version=1.0.0; charset=utf-8"_ba
                                         : "text/plain; version=0.0.4; charset=utf-8"_ba;
}

QString MetricsWriter::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u'"')
            escaped += u"\\\""_s;
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else
            escaped += c;
    }
    return escaped;
}

QByteArray MetricsWriter::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN"_ba;
    if (std::isinf(value))
        return value > 0 ? "+Inf"_ba : "-Inf"_ba;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    // The shortest text that reads back as the same double ("0.003958", not 17 digits).
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, written.ptr - buffer);
}

namespace {

// HELP texts escape \ and newline (text format 0.0.4; OpenMetrics also ").
QByteArray escapeHelp(const QString &help, bool openMetrics)
{
    QString escaped = help;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s);
    if (openMetrics)
        escaped.replace(u"\""_s, u"\\\""_s);
    return escaped.toUtf8();
}

} // namespace

QByteArray MetricsWriter::render(const QList<MetricFamily> &families, Format format)
{
    const bool openMetrics = format == Format::OpenMetrics;
    QByteArray out;
    for (const MetricFamily &family : families) {
        const bool counter = family.type == MetricFamily::Type::Counter;
        const QByteArray sampleName = (counter ? family.name + u"_total"_s : family.name).toUtf8();
        // The text format names a counter's family as its samples; OpenMetrics without _total.
        const QByteArray familyName = openMetrics ? family.name.toUtf8() : sampleName;
        out += "# HELP " + familyName + ' ' + escapeHelp(family.help, openMetrics) + '\n';
        out += "# TYPE " + familyName + ' ' + (counter ? "counter" : "gauge") + '\n';
        for (const MetricSample &sample : family.samples) {
            out += sampleName;
            if (!sample.labels.isEmpty()) {
                out += '{';
                for (qsizetype i = 0; i < sample.labels.size(); ++i) {
                    if (i)
                        out += ',';
                    out += sample.labels.at(i).first.toUtf8() + "=\""
                        + escapeLabelValue(sample.labels.at(i).second).toUtf8() + '"';
                }
                out += '}';
            }
            out += ' ' + formatValue(sample.value) + '\n';
        }
    }
    if (openMetrics)
        out += "# EOF\n";
    return out;
}

} // namespace SipScope
