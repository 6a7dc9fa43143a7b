// The hops of a SIP trace as a table: Max-Forwards, status, the hop's address, its
// Server header, the round trip, and where the answer physically came from.
#pragma once

#include "columntablemodel.h"
#include "tracer.h"

#include <QList>

namespace SipScope {

class TraceHopModel final : public ColumnTableModel
{
    Q_OBJECT
public:
    enum Column { HopColumn, StatusColumn, AddressColumn, ServerColumn, RttColumn, RelayedByColumn, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1, StatusCodeRole, RttUsRole };

    explicit TraceHopModel(QObject *parent = nullptr);

    void clear();
    void addHop(const TraceHop &hop);
    void setHops(const QList<TraceHop> &hops);
    const QList<TraceHop> &hops() const { return m_hops; }

private:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;
    QString columnTitle(int column) const override;

    QList<TraceHop> m_hops;
};

} // namespace SipScope
