#include "processmetrics.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QList<MetricFamily> ProcessMetrics::collect(const QDateTime &started)
{
    QList<MetricFamily> families;
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/self/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // proc(5): the fields after the command name, which is in parentheses.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 22) {
            const double ticks = double(sysconf(_SC_CLK_TCK));
            const double cpu = (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
            MetricFamily cpuFamily{u"process_cpu_seconds"_s, MetricFamily::Type::Counter,
                                   u"Total user and system CPU time spent in seconds."_s, {MetricSample{{}, cpu}}};
            families << cpuFamily;
            families << MetricFamily::gauge(u"process_virtual_memory_bytes"_s, u"Virtual memory size in bytes."_s,
                                            fields.at(20).toDouble());
            families << MetricFamily::gauge(u"process_resident_memory_bytes"_s, u"Resident memory size in bytes."_s,
                                            fields.at(21).toDouble() * double(sysconf(_SC_PAGESIZE)));
        }
    }
    const qsizetype fds = QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size();
    families << MetricFamily::gauge(u"process_open_fds"_s, u"Number of open file descriptors."_s, double(fds));
#endif
    families << MetricFamily::gauge(u"process_start_time_seconds"_s, u"Start time of the process since unix epoch in seconds."_s,
                                    double(started.toMSecsSinceEpoch()) / 1000.0);
    return families;
}

} // namespace SipScope
