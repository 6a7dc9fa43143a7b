#include "monitordelegate.h"

#include "classcolors.h"

#include "monitor/monitormodel.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace SipScope {

MonitorDelegate::MonitorDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<QPolygonF> MonitorDelegate::sparkline(const QList<double> &values, const QRectF &rect)
{
    QList<QPolygonF> lines;
    if (values.isEmpty() || rect.width() <= 0 || rect.height() <= 0)
        return lines;
    const double top = std::max(0.001, *std::max_element(values.cbegin(), values.cend()));
    const double step = values.size() > 1 ? rect.width() / double(values.size() - 1) : 0.0;
    QPolygonF current;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i) < 0) {
            if (!current.isEmpty())
                lines << current;
            current.clear();
            continue;
        }
        const double x = values.size() > 1 ? rect.left() + step * double(i) : rect.center().x();
        current << QPointF(x, rect.bottom() - rect.height() * values.at(i) / top);
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

void MonitorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() != MonitorModel::StatusColumn && index.column() != MonitorModel::RttColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const QRect area = opt.rect.adjusted(4, 3, -4, -3);
    if (index.column() == MonitorModel::StatusColumn) {
        const int code = index.data(MonitorModel::StatusCodeRole).toInt();
        const auto status = MonitorStatus(index.data(MonitorModel::StatusRole).toInt());
        const int codeClass = status == MonitorStatus::Down || status == MonitorStatus::Pending ? 0 : code / 100;
        const int width = std::min(area.width(), opt.fontMetrics.horizontalAdvance(text) + 14);
        const QRect chip(area.left(), area.top(), width, area.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ClassColors::chipColor(codeClass));
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(ClassColors::chipTextColor(codeClass));
        painter->drawText(chip, Qt::AlignCenter, opt.fontMetrics.elidedText(text, Qt::ElideRight, chip.width() - 6));
    } else {
        const QList<double> history = index.data(MonitorModel::RttHistoryRole).value<QList<double>>();
        const int textWidth = opt.fontMetrics.horizontalAdvance(text) + 8;
        const QRectF spark(area.left(), area.top() + 1, std::max(0, area.width() - textWidth), area.height() - 2);
        QColor line = opt.palette.color(QPalette::Highlight);
        if (opt.state & QStyle::State_Selected)
            line = opt.palette.color(QPalette::HighlightedText);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(line, 1.5));
        for (const QPolygonF &polyline : sparkline(history, spark)) {
            if (polyline.size() == 1)
                painter->drawEllipse(polyline.constFirst(), 1.5, 1.5);
            else
                painter->drawPolyline(polyline);
        }
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                              : QPalette::Text));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter->restore();
}

QSize MonitorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == MonitorModel::RttColumn)
        size.setWidth(size.width() + 90);   // room for the sparkline
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace SipScope
