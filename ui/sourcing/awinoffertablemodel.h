#pragma once

#include "common/pagedtablemodel.h"
#include "sourcing/awinofferrow.h"

namespace sf {

// The Awin offer browser: every imported offer, cheapest first, a page at a time on the database worker.
class AwinOfferTableModel final : public PagedTableModel<AwinOfferRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinOfferTableModel)

public:
    enum Column { Product, Brand, Size, Ean, StyleCode, Shop, Price, Stock, Match, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ThumbnailUrlRole, LinkRole };

    explicit AwinOfferTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const AwinOfferFilter &filter);

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const AwinOfferRow &row, int column) const;

    const Database &m_db;
    AwinOfferFilter m_filter;
};

} // namespace sf
