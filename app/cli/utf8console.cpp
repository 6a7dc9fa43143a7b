#include "utf8console.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace SipScope::Cli {

#ifdef Q_OS_WIN
namespace {

bool writesToConsole(DWORD handleId)
{
    const HANDLE handle = GetStdHandle(handleId);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) == FILE_TYPE_CHAR;
}

} // namespace

Utf8Console::Utf8Console()
{
    if (!writesToConsole(STD_OUTPUT_HANDLE) && !writesToConsole(STD_ERROR_HANDLE))
        return;
    const UINT current = GetConsoleOutputCP();
    if (current != 0 && current != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        m_previousCodePage = current;
}

Utf8Console::~Utf8Console()
{
    if (m_previousCodePage != 0)
        SetConsoleOutputCP(m_previousCodePage);
}
#else
Utf8Console::Utf8Console() = default;
Utf8Console::~Utf8Console() = default;
#endif

} // namespace SipScope::Cli
