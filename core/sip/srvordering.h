// The order in which SRV targets are tried (RFC 2782, "Usage rules").
#pragma once

#include "dnsbackend.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QRandomGenerator;
QT_END_NAMESPACE

namespace SipScope {

// Sorts by priority, lowest first; within one priority, a weighted random order: each
// next record is drawn with probability proportional to its weight, and weight-0
// records come first in the running sum so that they are picked only rarely (and in
// random order among themselves). The generator makes the draw reproducible in tests.
QList<DnsServiceRecord> orderSrvRecords(QList<DnsServiceRecord> records, QRandomGenerator &random);

} // namespace SipScope
