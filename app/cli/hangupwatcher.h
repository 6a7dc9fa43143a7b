// Turns SIGHUP into a Qt signal on the event loop, so that a long-running command
// (exporter) reloads its configuration the way daemons do. The handler only writes a
// byte into a self-pipe (async-signal-safe); a QSocketNotifier reads it. Every SIGHUP
// counts, not just the first. Windows has no SIGHUP: the watcher stays inactive there.
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace SipScope::Cli {

class HangupWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit HangupWatcher(QObject *parent = nullptr);
    ~HangupWatcher() override;

    bool isActive() const { return m_active; }

Q_SIGNALS:
    void hangup();

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_active = false;
};

} // namespace SipScope::Cli
