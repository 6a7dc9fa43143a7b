// A date and time in UTC, written the way the Qt in use wants it: Qt 6.5 added
// QTimeZone::UTC, and Qt 6.9 deprecates the Qt::TimeSpec constructor that 6.4 needs.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace SipScope::Test {

inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace SipScope::Test
