#pragma once

#include "common/pagedtablemodel.h"
#include "sourcing/opportunity.h"

namespace sf {

// Matched Awin offers, the most profitable first, a page at a time, read on the database worker.
class OpportunityTableModel final : public PagedTableModel<Opportunity> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityTableModel)

public:
    enum Column { Product, Size, Merchant, BuyPrice, SalePrice, Fees, Payout, Profit, Margin, Roi, Held, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit OpportunityTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const OpportunityFilter &filter);

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const Opportunity &row, int column) const;
    QVariant sortValue(const Opportunity &row, int column) const;

    const Database &m_db;
    OpportunityFilter m_filter;
};

} // namespace sf
