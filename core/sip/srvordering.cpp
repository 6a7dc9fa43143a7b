#include "srvordering.h"

#include <QRandomGenerator>

#include <algorithm>
#include <random>

namespace SipScope {

QList<DnsServiceRecord> orderSrvRecords(QList<DnsServiceRecord> records, QRandomGenerator &random)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const DnsServiceRecord &a, const DnsServiceRecord &b) {
                         return a.priority < b.priority;
                     });
    QList<DnsServiceRecord> ordered;
    ordered.reserve(records.size());
    qsizetype groupStart = 0;
    while (groupStart < records.size()) {
        qsizetype groupEnd = groupStart;
        while (groupEnd < records.size() && records.at(groupEnd).priority == records.at(groupStart).priority)
            ++groupEnd;
        // RFC 2782: "arrange all SRV RRs (that have not been ordered yet) in any order,
        // except that all those with weight 0 are placed at the beginning of the list".
        // A random arrangement spreads the load when every weight is 0: the draw below
        // then always takes the first record.
        QList<DnsServiceRecord> group(records.begin() + groupStart, records.begin() + groupEnd);
        std::shuffle(group.begin(), group.end(), random);
        std::stable_partition(group.begin(), group.end(),
                              [](const DnsServiceRecord &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint64 sum = 0;
            for (const DnsServiceRecord &r : group)
                sum += r.weight;
            // "choose a uniform random number between 0 and the sum computed (inclusive),
            // and select the RR whose running sum value is the first in the selected
            // order which is greater than or equal to the random number selected".
            const quint64 pick = random.bounded(sum + 1);
            quint64 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            ordered.append(group.takeAt(chosen));
        }
        groupStart = groupEnd;
    }
    return ordered;
}

} // namespace SipScope
