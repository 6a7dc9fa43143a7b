// The values one argument of a signal took, in the order the signal was emitted:
// signalValues<ResponderLogEntry>(spy) instead of unpacking QVariant lists in each suite.
#pragma once

#include <QList>
#include <QSignalSpy>
#include <QVariant>

namespace SipScope::Test {

template <typename T>
QList<T> signalValues(const QSignalSpy &spy, int argument = 0)
{
    QList<T> values;
    values.reserve(spy.size());
    for (const QList<QVariant> &arguments : spy)
        values << arguments.at(argument).template value<T>();
    return values;
}

} // namespace SipScope::Test
