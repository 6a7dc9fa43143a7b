#include "interruptwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <atomic>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace SipScope::Cli {

namespace {

#ifdef Q_OS_WIN

std::atomic<InterruptWatcher *> s_watcher{nullptr};

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    // Taken once: a second Ctrl+C falls through to the default handler, which ends
    // the program.
    InterruptWatcher *watcher = s_watcher.exchange(nullptr);
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(watcher, [watcher] { Q_EMIT watcher->interrupted(); }, Qt::QueuedConnection);
    return TRUE;
}

#else

int s_pipe[2] = {-1, -1};
struct sigaction s_previous;
bool s_installed = false;

void onSigint(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    // A failed write means the pipe is full: a wake-up is pending anyway.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

void closePipe()
{
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

#endif

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    InterruptWatcher *expected = nullptr;
    if (!s_watcher.compare_exchange_strong(expected, this))
        return;
    if (!SetConsoleCtrlHandler(onConsoleControl, TRUE)) {
        s_watcher = nullptr;
        return;
    }
    m_active = true;
#else
    if (s_installed)
        return;
    struct sigaction current = {};
    if (::sigaction(SIGINT, nullptr, &current) != 0 || current.sa_handler == SIG_IGN)
        return;
    if (::pipe(s_pipe) != 0)
        return;
    for (const int fd : s_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    if (::sigaction(SIGINT, &action, &s_previous) != 0) {
        closePipe();
        return;
    }
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onNotified);
    s_installed = true;
    m_active = true;
#endif
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_active)
        return;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    InterruptWatcher *self = this;
    s_watcher.compare_exchange_strong(self, nullptr);
#else
    ::sigaction(SIGINT, &s_previous, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    closePipe();
    s_installed = false;
#endif
}

void InterruptWatcher::onNotified()
{
#ifndef Q_OS_WIN
    char buffer[16];
    while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
    }
#endif
    Q_EMIT interrupted();
}

} // namespace SipScope::Cli
