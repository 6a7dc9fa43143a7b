#include "respondercounters.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

QString ResponderCounters::summary() const
{
    QString line = tr("%1 received: %2 answered, %3 absorbed, %4 dropped")
                       .arg(received).arg(answered).arg(absorbed).arg(dropped());
    QStringList why;
    if (rateLimited > 0)
        why << tr("%1 over the rate limit").arg(rateLimited);
    if (tableFull > 0)
        why << tr("%1 with the transaction table full").arg(tableFull);
    if (unanswerable > 0)
        why << tr("%1 unanswerable").arg(unanswerable);
    if (backlog > 0)
        why << tr("%1 while the peer left its answers unread").arg(backlog);
    if (!why.isEmpty())
        line += u" ("_s + why.join(u", "_s) + u')';
    if (evicted > 0)
        line += tr("; %1 completed transactions retired early").arg(evicted);
    if (kernelDropped)
        line += tr("; %1 lost in the full receive queue").arg(*kernelDropped);
    return line;
}

} // namespace SipScope
