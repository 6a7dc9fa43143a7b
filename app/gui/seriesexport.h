// Exports a repeat-mode series as CSV (one row per probe) or JSON (the probes and the
// statistics). Passwords are never part of a ProbeResult, so nothing secret leaks here.
#pragma once

#include "probe/proberesult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace SipScope {

class ProbeStatistics;

// One probe of a series, as the repeat table shows it.
struct SeriesEntry
{
    int sequence = 0;          // 1-based
    QDateTime startedAt;       // UTC
    ProbeResult result;
};

class SeriesExport final
{
public:
    // The histogram key of a result: its received status ("200"), else the error token
    // ("timeout", "refused", ...).
    static QString outcome(const ProbeResult &result);

    static QByteArray toCsv(const QList<SeriesEntry> &entries);
    static QByteArray toJson(const QString &target, const QList<SeriesEntry> &entries,
                             const ProbeStatistics &statistics);
};

} // namespace SipScope
