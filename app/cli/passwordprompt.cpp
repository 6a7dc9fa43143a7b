#include "passwordprompt.h"

#include <algorithm>
#include <cstdio>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace SipScope::Cli {

namespace {

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

// Echo off for as long as it lives; restored even when reading fails.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#if defined(Q_OS_WIN)
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

std::optional<std::string> readLine()
{
    std::string line;
    bool any = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

std::optional<PasswordInput> readPassword(const QString &prompt)
{
    PasswordInput input;
    input.fromTerminal = stdinIsTerminal();
    std::optional<std::string> line;
    if (input.fromTerminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        {
            const EchoOff quiet;
            line = readLine();
        }
#if defined(Q_OS_WIN)
        std::fputc('\n', stderr);   // the console swallowed the Enter with the echo
#endif
    } else {
        line = readLine();
    }
    if (!line)
        return std::nullopt;
    input.password = QString::fromStdString(*line);
    // The copy in the standard string is overwritten before it goes.
    std::fill(line->begin(), line->end(), '\0');
    return input;
}

} // namespace SipScope::Cli
