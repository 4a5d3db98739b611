#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace sf {

// A table model over a list of rows a repository filled, replaced as a whole: the part every such model
// shares. Subclasses give the columns' data and headers.
template <typename Row, int Columns> class RowListModel : public QAbstractTableModel {
public:
    explicit RowListModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : Columns; }

protected:
    QList<Row> m_rows;
};

} // namespace sf
