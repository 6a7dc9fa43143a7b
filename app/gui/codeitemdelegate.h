// Paints one row of the code list: the class chip, the code, the reason phrase,
// an "unregistered" tag where it applies, and the summary on a second line.
#pragma once

#include <QStyledItemDelegate>

namespace SipScope {

class CodeItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CodeItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The short tag shown for codes that are not IANA-registered.
    static QString unregisteredTag();
};

} // namespace SipScope
