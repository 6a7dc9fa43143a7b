// The monitor as a table: one row a target, columns label, target, status, RTT,
// loss and last change. Lives in core (QtCore has item models); the GUI adds a
// sort/filter proxy, the status chip and the sparkline delegate.
#pragma once

#include "monitor.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace SipScope {

class MonitorModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, TargetColumn, StatusColumn, RttColumn, LossColumn, ChangeColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1,   // int(MonitorStatus)
        StatusCodeRole,                  // int, 0 without a final response
        RttHistoryRole,                  // QList<double> in ms, -1 for gaps, oldest first
        SortRole,                        // numbers for RTT/loss/time, text otherwise
        FilterRole,                      // label, target, status text and token in one string
    };

    explicit MonitorModel(Monitor *monitor, QObject *parent = nullptr);

    Monitor *monitor() const { return m_monitor; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // CSV (RFC 4180, header row) and JSON of the current states, for export.
    QByteArray toCsv() const;
    QByteArray toJson() const;

private:
    void onRowChanged(int row);

    QPointer<Monitor> m_monitor;
};

} // namespace SipScope
