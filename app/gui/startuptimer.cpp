#include "startuptimer.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#if defined(Q_OS_LINUX)
#include <ctime>
#include <unistd.h>
#endif

namespace SipScope {

namespace {

#if defined(Q_OS_LINUX)
// Start time of this process in seconds since boot, from /proc/self/stat (proc(5)).
double processStartSinceBoot()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Field 2 (comm) is in parentheses and may contain spaces: count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After comm, fields start at 3 (state); starttime is field 22.
    constexpr qsizetype index = 22 - 3;
    if (fields.size() <= index)
        return -1;
    bool ok = false;
    const double ticks = fields.at(index).toDouble(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    if (!ok || perSecond <= 0)
        return -1;
    return ticks / double(perSecond);
}
#endif

} // namespace

StartupTimer::StartupTimer(QWidget *window)
    : QObject(window)
{
    millisecondsSinceProcessStart(); // starts the fallback clock as early as possible
    window->installEventFilter(this);
}

double StartupTimer::millisecondsSinceProcessStart()
{
#if defined(Q_OS_LINUX)
    const double start = processStartSinceBoot();
    timespec now{};
    if (start >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - start) * 1000.0;
#endif
    static QElapsedTimer fallback;
    if (!fallback.isValid())
        fallback.start();
    return double(fallback.nsecsElapsed()) / 1e6;
}

bool StartupTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        // The filter runs before the paint; a zero timer fires once this paint pass,
        // children included, is done.
        QTimer::singleShot(0, this, [this] { Q_EMIT firstPaintFinished(millisecondsSinceProcessStart()); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace SipScope
