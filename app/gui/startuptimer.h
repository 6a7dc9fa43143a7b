// For `sipscope --measure-startup`: the time from the start of the process to the end
// of the main window's first paint, the figure docs/benchmarks.md tracks.
#pragma once

#include <QObject>

namespace SipScope {

class StartupTimer final : public QObject
{
    Q_OBJECT
public:
    // Watches `window` for its first paint; the caller decides what to do with the
    // figure (print it and quit).
    explicit StartupTimer(QWidget *window);

    // Milliseconds since the process started. On Linux this is measured against the
    // kernel's own start time of the process (field 22 of /proc/self/stat, in clock
    // ticks since boot, compared with CLOCK_BOOTTIME), so it includes the dynamic
    // loader and static initialisers; elsewhere it counts from the first call.
    static double millisecondsSinceProcessStart();

Q_SIGNALS:
    void firstPaintFinished(double milliseconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

} // namespace SipScope
