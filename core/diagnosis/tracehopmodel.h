// The hops of a SIP trace as a table: Max-Forwards, status, the hop's address, its
// Server header, the round trip, and where the answer physically came from.
#pragma once

#include "tracer.h"

#include <QAbstractTableModel>
#include <QList>

namespace SipScope {

class TraceHopModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Emits headerDataChanged after a language change.
    void retranslate();

private:
    QList<TraceHop> m_hops;
};

} // namespace SipScope
