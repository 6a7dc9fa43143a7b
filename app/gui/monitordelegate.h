// Paints the monitor table's status as a coloured chip (the code's class colour;
// grey when nothing answered) and the RTT column with a sparkline of the recent
// round trips behind the figure (gaps where no answer came).
#pragma once

#include <QStyledItemDelegate>

namespace SipScope {

class MonitorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MonitorDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The polyline of a sparkline for `values` (ms; negative = gap) inside `rect`:
    // one point a value, scaled between 0 and the largest value. Gaps split it.
    static QList<QPolygonF> sparkline(const QList<double> &values, const QRectF &rect);
};

} // namespace SipScope
