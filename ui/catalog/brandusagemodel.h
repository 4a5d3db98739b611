#pragma once

#include "catalog/brandusage.h"

#include <QAbstractTableModel>

namespace sf {

// The brand editor's table: every brand with its products, pairs and patterns.
class BrandUsageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandUsageModel)

public:
    enum Column { Name, Products, Pairs, Patterns, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit BrandUsageModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setRows(const QList<BrandUsage> &rows);
    const QList<BrandUsage> &rows() const { return m_rows; }
    const BrandUsage &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const BrandId &id) const; // -1 when not there

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BrandUsage> m_rows;
};

} // namespace sf
