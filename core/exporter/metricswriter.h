// Renders metric families in the Prometheus text exposition format 0.0.4, or in
// OpenMetrics 1.0 when the scraper asks for it in its Accept header. A pure function.
#pragma once

#include "metricfamily.h"

#include <QByteArray>
#include <QList>

namespace SipScope {

class MetricsWriter final
{
public:
    enum class Format { Text, OpenMetrics };

    // OpenMetrics when `accept` (an HTTP Accept header) names application/openmetrics-text,
    // else the text format; Prometheus offers both and prefers OpenMetrics.
    static Format negotiate(const QByteArray &accept);
    static QByteArray contentType(Format format);
    static QByteArray render(const QList<MetricFamily> &families, Format format);
    // A label value with \, " and newline escaped (both formats).
    static QString escapeLabelValue(const QString &value);
    // A sample value: integers without a fraction, "NaN", "+Inf", "-Inf".
    static QByteArray formatValue(double value);
};

} // namespace SipScope
