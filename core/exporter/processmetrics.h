// The standard process_* metrics of a Prometheus exporter (CPU seconds, resident and
// virtual memory, open file descriptors, start time), from /proc on Linux; elsewhere
// only the start time.
#pragma once

#include "metricfamily.h"

#include <QDateTime>
#include <QList>

namespace SipScope {

struct ProcessMetrics
{
    static QList<MetricFamily> collect(const QDateTime &started);
};

} // namespace SipScope
