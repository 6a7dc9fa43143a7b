// One metric family of the Prometheus exposition formats: its name, type, help text and
// samples. Names and help texts are protocol (the dashboards and alert rules people
// already have match them), so they are never translated.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace SipScope {

struct MetricSample
{
    QList<QPair<QString, QString>> labels;   // name → value, in the order written
    double value = 0;
};

struct MetricFamily
{
    enum class Type { Gauge, Counter };

    // The family's name; a counter's samples carry it with "_total" appended, so a
    // counter is named here without that suffix (OpenMetrics 1.0 §4.4.1).
    QString name;
    Type type = Type::Gauge;
    QString help;
    QList<MetricSample> samples;

    static MetricFamily gauge(const QString &name, const QString &help, double value)
    {
        return {name, Type::Gauge, help, {MetricSample{{}, value}}};
    }
};

} // namespace SipScope
