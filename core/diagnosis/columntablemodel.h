// A flat table model with a fixed set of columns whose titles are translated texts:
// the row and column counts, the index check, the horizontal header and the refresh
// after a language change, written once for the diagnosis tables (every DNS candidate,
// the hops of a trace). A subclass says how many rows it has, names its columns and
// fills the cells.
#pragma once

#include <QAbstractTableModel>

namespace SipScope {

class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    // After a language change: the titles and every cell are asked for again.
    virtual void retranslate();

protected:
    ColumnTableModel(int columns, QObject *parent);
    virtual int rows() const = 0;
    // The cell at a valid `row` and `column`, for `role`.
    virtual QVariant cell(int row, int column, int role) const = 0;
    // The title of `column` in the current language.
    virtual QString columnTitle(int column) const = 0;
    // Every cell of `row` changed.
    void rowChanged(int row);

private:
    int m_columns = 0;
};

} // namespace SipScope
