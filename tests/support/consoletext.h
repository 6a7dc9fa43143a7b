// What a program wrote to stdout or stderr, as the tests compare it: UTF-8, with line
// ends as "\n". On Windows the C runtime writes text-mode streams, so each "\n" of the
// program arrives as "\r\n"; the programs keep doing that (it is right for a Windows
// console), and the tests read through this.
#pragma once

#include <QByteArray>
#include <QString>

namespace SipScope::Test {

inline QString consoleText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
#ifdef Q_OS_WIN
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    return text;
}

} // namespace SipScope::Test
