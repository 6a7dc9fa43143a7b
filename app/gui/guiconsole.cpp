#include "guiconsole.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace SipScope::GuiConsole {

#ifdef Q_OS_WIN
namespace {

bool s_console = false;

bool hasHandle(DWORD id)
{
    const HANDLE handle = GetStdHandle(id);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE;
}

} // namespace

void attachToParentConsole()
{
    // Output already redirected to a file or a pipe has handles of its own: keep them.
    const bool out = hasHandle(STD_OUTPUT_HANDLE);
    const bool err = hasHandle(STD_ERROR_HANDLE);
    if (out && err) {
        s_console = true;
        return;
    }
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // no parent console: errors go to a message box
    s_console = true;
    FILE *ignored = nullptr;
    if (!out)
        freopen_s(&ignored, "CONOUT$", "w", stdout);
    if (!err)
        freopen_s(&ignored, "CONOUT$", "w", stderr);
}

void reportError(const QString &message)
{
    if (s_console) {
        QTextStream(stderr) << message << Qt::endl;
        return;
    }
    QMessageBox::critical(nullptr, QCoreApplication::applicationName(), message);
}
#else
void attachToParentConsole() {}

void reportError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}
#endif

} // namespace SipScope::GuiConsole
