#include "codeitemdelegate.h"

#include "classcolors.h"
#include "codes/codelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int margin = 6;
constexpr int gap = 8;

} // namespace

CodeItemDelegate::CodeItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString CodeItemDelegate::unregisteredTag()
{
    return tr("unregistered");
}

QSize CodeItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(u"000 Some Reason Phrase"_s) + 2 * margin,
            2 * metrics.height() + 2 * margin + 2};
}

void CodeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; we draw the text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int code = index.data(CodeListModel::CodeRole).toInt();
    const int codeClass = index.data(CodeListModel::ClassRole).toInt();
    const QString classLabel = index.data(CodeListModel::ClassLabelRole).toString();
    const QString reason = index.data(CodeListModel::ReasonRole).toString();
    const QString summary = index.data(CodeListModel::SummaryRole).toString();
    const bool registered = index.data(CodeListModel::RegisteredRole).toBool();

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled)
        ? ((opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.7f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QFontMetrics metrics(opt.font);
    const int lineHeight = metrics.height();

    // Class chip.
    QFont chipFont = opt.font;
    chipFont.setBold(true);
    chipFont.setPointSizeF(std::max(6.0, opt.font.pointSizeF() * 0.85));
    const QFontMetrics chipMetrics(chipFont);
    const int chipWidth = chipMetrics.horizontalAdvance(u"0xx"_s) + 10;
    const QRect chipRect(area.left(), area.top() + (lineHeight - chipMetrics.height() - 2) / 2,
                         chipWidth, chipMetrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ClassColors::chipColor(codeClass));
    painter->drawRoundedRect(chipRect, 4, 4);
    painter->setFont(chipFont);
    painter->setPen(ClassColors::chipTextColor(codeClass));
    painter->drawText(chipRect, Qt::AlignCenter, classLabel);

    // Code and reason.
    QFont codeFont = opt.font;
    codeFont.setBold(true);
    painter->setFont(codeFont);
    painter->setPen(textColor);
    const QString codeText = QString::number(code);
    const int codeLeft = chipRect.right() + gap;
    const int codeWidth = QFontMetrics(codeFont).horizontalAdvance(u"000"_s);
    painter->drawText(QRect(codeLeft, area.top(), codeWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      codeText);

    int reasonLeft = codeLeft + codeWidth + gap;
    int reasonRight = area.right();
    if (!registered) {
        QFont tagFont = opt.font;
        tagFont.setItalic(true);
        tagFont.setPointSizeF(std::max(6.0, opt.font.pointSizeF() * 0.85));
        const QFontMetrics tagMetrics(tagFont);
        const QString tag = unregisteredTag();
        const int tagWidth = tagMetrics.horizontalAdvance(tag) + 10;
        const QRect tagRect(area.right() - tagWidth, chipRect.top(), tagWidth, chipRect.height());
        QColor border = textColor;
        border.setAlphaF(0.5f);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tagRect.adjusted(0, 0, -1, -1), 4, 4);
        painter->setFont(tagFont);
        painter->setPen(mutedColor);
        painter->drawText(tagRect, Qt::AlignCenter, tag);
        reasonRight = tagRect.left() - gap;
    }
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const QRect reasonRect(reasonLeft, area.top(), std::max(0, reasonRight - reasonLeft), lineHeight);
    painter->drawText(reasonRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(reason, Qt::ElideRight, reasonRect.width()));

    // Summary.
    painter->setPen(mutedColor);
    const QRect summaryRect(area.left(), area.top() + lineHeight + 2, area.width(), lineHeight);
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(summary, Qt::ElideRight, summaryRect.width()));

    // The divider between the strong matches of a search and the merely related codes
    // below them: a rule across the top of the first related row.
    if (index.data(CodeListModel::FirstRelatedRole).toBool()) {
        painter->setPen(QPen(opt.palette.color(group, QPalette::Mid), 2));
        painter->drawLine(opt.rect.left() + margin, opt.rect.top() + 1, opt.rect.right() - margin, opt.rect.top() + 1);
    }
    painter->restore();
}

} // namespace SipScope
