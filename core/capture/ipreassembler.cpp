#include "ipreassembler.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

constexpr qint64 maxDatagram = 65535;

} // namespace

std::optional<IpPacket> IpReassembler::add(const IpPacket &fragment)
{
    const QString key = fragment.source.toString() + u'|' + fragment.destination.toString() + u'|'
        + QString::number(fragment.protocol) + u'|' + QString::number(fragment.fragmentId);
    if (!m_pending.contains(key) && m_pending.size() >= m_maxPending) {
        auto oldest = m_pending.begin();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->order < oldest->order)
                oldest = it;
        }
        m_pending.erase(oldest);
        ++m_dropped;
    }
    Datagram &datagram = m_pending[key];
    if (datagram.parts.isEmpty())
        datagram.order = ++m_counter;
    const qint64 end = qint64(fragment.fragmentOffset) + fragment.payload.size();
    if (end > maxDatagram || datagram.bytes + fragment.payload.size() > maxDatagram)
        datagram.broken = true;
    if (fragment.fragmentOffset == 0 || datagram.first.source.isNull())
        datagram.first = fragment;
    if (!fragment.moreFragments)
        datagram.totalLength = end;
    if (!datagram.broken && !datagram.parts.contains(fragment.fragmentOffset)) {
        datagram.parts.insert(fragment.fragmentOffset, fragment.payload);
        datagram.bytes += fragment.payload.size();
    }
    if (datagram.broken) {
        m_pending.remove(key);
        ++m_dropped;
        return std::nullopt;
    }
    if (datagram.totalLength < 0)
        return std::nullopt;
    // Complete when the parts cover 0..total without a hole or an overlap.
    qint64 next = 0;
    for (auto it = datagram.parts.constBegin(); it != datagram.parts.constEnd(); ++it) {
        if (qint64(it.key()) != next) {
            if (qint64(it.key()) < next) {   // overlap
                m_pending.remove(key);
                ++m_dropped;
            }
            return std::nullopt;
        }
        next += it->size();
    }
    if (next != datagram.totalLength)
        return std::nullopt;
    IpPacket whole = datagram.first;
    whole.isFragment = false;
    whole.fragmentOffset = 0;
    whole.moreFragments = false;
    whole.payload.clear();
    for (const QByteArray &part : std::as_const(datagram.parts))
        whole.payload.append(part);
    m_pending.remove(key);
    return whole;
}

} // namespace SipScope
