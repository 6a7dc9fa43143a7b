// Exports a repeat-mode series as CSV (one row per probe) or JSON (the statistics and
// every probe in the same form as `sipscope-cli options --json`). Passwords are never
// part of a ProbeResult, so nothing secret leaks here.
#pragma once

#include "probe/proberesult.h"
#include "probe/seriesstatistics.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace SipScope {

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
    static QByteArray toCsv(const QList<SeriesEntry> &entries);
    static QByteArray toJson(const QString &target, const QList<SeriesEntry> &entries,
                             const SeriesStatistics &statistics);
};

} // namespace SipScope
