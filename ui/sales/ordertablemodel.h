#pragma once

#include "common/pagedtablemodel.h"
#include "db/database.h"
#include "sales/orderquery.h"
#include "sales/orderrow.h"

namespace sf {

// The Orders table: every sale with its pair, what it earned (net proceeds, profit, ROI, shelf life)
// and whether the payout arrived. Filtering and sorting happen in SQL; rows load as the view scrolls.
class OrderTableModel final : public PagedTableModel<OrderRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)

public:
    enum Column {
        OrderNumber,
        Marketplace,
        Product,
        Size,
        Status,
        SoldAt,
        Sale,
        NetProceeds,
        Cost,
        NetProfit,
        Roi,
        ShelfLife,
        Payout,
        Label,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole };

    explicit OrderTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const OrderQuery &query() const { return m_query; }
    void setQuery(const OrderQuery &query);
    // Reads one order again (after its shipping document was downloaded).
    void refreshOrder(const OrderId &id);

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const OrderRow &row, int column) const;
    QVariant sortValue(const OrderRow &row, int column) const;

    const Database &m_db;
    OrderQuery m_query;
};

} // namespace sf
