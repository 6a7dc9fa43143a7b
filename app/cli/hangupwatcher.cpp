#include "hangupwatcher.h"

#include <QSocketNotifier>

#ifndef Q_OS_WIN
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace SipScope::Cli {

#ifndef Q_OS_WIN
namespace {

int s_pipe[2] = {-1, -1};
struct sigaction s_previous;
bool s_installed = false;

void onSighup(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace
#endif

HangupWatcher::HangupWatcher(QObject *parent) : QObject(parent)
{
#ifndef Q_OS_WIN
    if (s_installed || ::pipe(s_pipe) != 0)
        return;
    for (const int fd : s_pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    struct sigaction action = {};
    action.sa_handler = onSighup;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGHUP, &action, &s_previous) != 0)
        return;
    s_installed = true;
    m_active = true;
    m_notifier = new QSocketNotifier(qintptr(s_pipe[0]), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[64];
        while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
        }
        Q_EMIT hangup();
    });
#endif
}

HangupWatcher::~HangupWatcher()
{
#ifndef Q_OS_WIN
    if (!m_active)
        return;
    delete m_notifier;
    ::sigaction(SIGHUP, &s_previous, nullptr);
    for (int &fd : s_pipe) {
        ::close(fd);
        fd = -1;
    }
    s_installed = false;
#endif
}

} // namespace SipScope::Cli
