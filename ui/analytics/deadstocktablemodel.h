#pragma once

#include "analytics/deadstockitem.h"
#include "common/rowlistmodel.h"

namespace sf {

// The classified pairs on hand, one row each; sorted through SortRole by a proxy.
class DeadStockTableModel final : public RowListModel<DeadStockItem, 14> {
    Q_OBJECT

public:
    enum Column {
        Level,
        Days,
        Sku,
        Product,
        Size,
        State,
        Purchase,
        LowestAsk,
        HighestBid,
        Trend,
        Risk,
        Locked,
        Loss,
        Advice,
    };
    enum Role { SortRole = Qt::UserRole + 1, ItemIdRole };

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(const DeadStockItem &item, int column) const;
};

} // namespace sf
