#pragma once

#include "common/pagedtablemodel.h"
#include "suppliers/supplieroverviewrepository.h"

namespace sf {

// Suppliers with what their pairs did, a page at a time in the chosen ranking, read on the database worker.
class SupplierTableModel final : public PagedTableModel<SupplierOverview> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierTableModel)

public:
    enum Column {
        Name,
        Category,
        Country,
        PairsBought,
        Spend,
        PairsSold,
        Profit,
        Roi,
        SellThrough,
        DaysToSell,
        Returnable,
        Returned,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SupplierIdRole };

    explicit SupplierTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const SupplierFilter &filter);
    void setOrder(SupplierOrder order);
    SupplierOrder order() const { return m_order; }

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const SupplierOverview &row, int column) const;
    QVariant sortValue(const SupplierOverview &row, int column) const;

    const Database &m_db;
    SupplierFilter m_filter;
    SupplierOrder m_order = SupplierOrder::Profit;
};

} // namespace sf
