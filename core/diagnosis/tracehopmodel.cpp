#include "tracehopmodel.h"

#include "probe/probetiming.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

TraceHopModel::TraceHopModel(QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
{
}

void TraceHopModel::clear()
{
    if (m_hops.isEmpty())
        return;
    beginResetModel();
    m_hops.clear();
    endResetModel();
}

void TraceHopModel::addHop(const TraceHop &hop)
{
    const int row = int(m_hops.size());
    beginInsertRows({}, row, row);
    m_hops.append(hop);
    endInsertRows();
}

void TraceHopModel::setHops(const QList<TraceHop> &hops)
{
    beginResetModel();
    m_hops = hops;
    endResetModel();
}

int TraceHopModel::rows() const
{
    return int(m_hops.size());
}

QVariant TraceHopModel::cell(int row, int column, int role) const
{
    const TraceHop &hop = m_hops.at(row);
    switch (role) {
    case OutcomeRole:
        return TraceHop::outcomeToken(hop.outcome);
    case StatusCodeRole:
        return hop.statusCode;
    case RttUsRole:
        return hop.rttUs;
    case Qt::TextAlignmentRole:
        if (column == HopColumn || column == RttColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && hop.outcome == TraceHop::Outcome::Error)
            return hop.result.error.message;
        if (column == AddressColumn && hop.addressSource == u"source"_s)
            return tr("Max-Forwards 0 cannot leave the first hop: this is the address the request was sent to.");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case HopColumn:
        return hop.maxForwards;
    case StatusColumn:
        switch (hop.outcome) {
        case TraceHop::Outcome::NoAnswer: return tr("* no answer");
        case TraceHop::Outcome::Error: return errorKindTitle(hop.result.error.kind);
        case TraceHop::Outcome::TooManyHops:
        case TraceHop::Outcome::Reached: return QString::number(hop.statusCode) + u' ' + hop.reasonPhrase;
        }
        return {};
    case AddressColumn:
        if (hop.address.isEmpty())
            return tr("unknown");
        if (hop.addressSource == u"contact"_s)
            return tr("%1 (Contact)").arg(hop.address);
        if (hop.addressSource == u"warning"_s)
            return tr("%1 (Warning)").arg(hop.address);
        return hop.address;
    case ServerColumn:
        return hop.server;
    case RttColumn:
        return hop.rttUs >= 0 ? ProbeTiming::formatDuration(hop.rttUs) : QString();
    case RelayedByColumn:
        return hop.relayedBy;
    }
    return {};
}

QString TraceHopModel::columnTitle(int column) const
{
    switch (column) {
    case HopColumn: return tr("Max-Forwards");
    case StatusColumn: return tr("Answer");
    case AddressColumn: return tr("Hop");
    case ServerColumn: return tr("Server");
    case RttColumn: return tr("Round trip");
    case RelayedByColumn: return tr("Came back from");
    }
    return {};
}


} // namespace SipScope
