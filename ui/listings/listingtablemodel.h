#pragma once

#include "common/pagedtablemodel.h"
#include "db/database.h"
#include "sales/listingquery.h"
#include "sales/listingrow.h"

namespace sf {

// The Listings table: every listing with its pair, price, StockX's lowest ask for the size and how
// far above it the listing sits. Filtering and sorting happen in SQL; rows load as the view scrolls.
class ListingTableModel final : public PagedTableModel<ListingRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingTableModel)

public:
    enum Column {
        ListingNumber,
        Product,
        Size,
        Status,
        Price,
        LowestAsk,
        Difference,
        Cost,
        Listed,
        Expires,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ListingIdRole };

    explicit ListingTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListingQuery &query() const { return m_query; }
    void setQuery(const ListingQuery &query);

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const ListingRow &row, int column) const;
    QVariant sortValue(const ListingRow &row, int column) const;

    const Database &m_db;
    ListingQuery m_query;
};

} // namespace sf
