#pragma once

#include "common/pagedtablemodel.h"
#include "pricing/pricingcandidate.h"

namespace sf {

// Pairs to price with StockX's figures and the engine's recommendation, a page at a time (product order);
// each page is read and priced on the database worker.
class PricingTableModel final : public PagedTableModel<PricedCandidate> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingTableModel)

public:
    enum Column {
        Product,
        Size,
        Status,
        Cost,
        OurAsk,
        LowestAsk,
        HighestBid,
        LastSale,
        Recommended,
        NetProceeds,
        Profit,
        DaysListed,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ItemIdRole };

    explicit PricingTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool listedOnly() const { return m_listedOnly; }
    void setListedOnly(bool listedOnly);
    // Days listed are counted to this moment; now unless a test fixes it.
    void setNow(const QDateTime &now) { m_now = now; }

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const PricedCandidate &row, int column) const;
    QVariant sortValue(const PricedCandidate &row, int column) const;
    QString tooltip(const PricedCandidate &row, int column) const;

    const Database &m_db;
    bool m_listedOnly = false;
    QDateTime m_now;
};

} // namespace sf
