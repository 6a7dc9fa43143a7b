// Turns Ctrl+C into a Qt signal on the event loop, so that a command running a series
// (options --count) can stop and print what it measured, as ping does, instead of
// dying in the middle of a line.
//
// POSIX: the SIGINT handler only writes one byte into a self-pipe (write() is
// async-signal-safe, nothing Qt is), and a QSocketNotifier reads it on the event loop.
// Windows: the console control handler runs on a thread of its own and posts a queued
// call. The handler is installed once (SA_RESETHAND): a second Ctrl+C ends the program
// at once. The previous handler comes back when the watcher is destroyed. A SIGINT the
// parent set to "ignore" (a background job of a shell) stays ignored.
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace SipScope::Cli {

class InterruptWatcher final : public QObject
{
    Q_OBJECT
public:
    // Only one watcher may exist at a time; a second one stays inactive.
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // False when nothing is watched (SIGINT ignored, a second watcher, no pipe).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void interrupted();

private:
    void onNotified();

    QSocketNotifier *m_notifier = nullptr;   // POSIX: the self-pipe's read end
    bool m_active = false;
};

} // namespace SipScope::Cli
