#pragma once

#include "common/rowlistmodel.h"
#include "pricing/autolistingdecision.h"
#include "sync/stockx/stockxlistingwriter.h"

#include <QHash>

namespace sf {

// An auto-listing dry run, one row per pair looked at: the rule that lists it (or the nearest one and
// what it missed), the ask with what it nets after fees, and, after listing, what StockX made of it.
// Sorted through SortRole by a proxy.
class AutoListingPlanModel final : public RowListModel<AutoListingDecision, 11> {
    Q_OBJECT

public:
    enum Column { Outcome, Product, Size, Bought, Cost, MarketPrice, Rule, Ask, NetProceeds, Profit, Expires };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RowListModel::RowListModel;

    // A new dry run: the decisions, and nothing written yet.
    void setDecisions(const QList<AutoListingDecision> &decisions);
    void setWritten(const QList<ListingWriteResult> &results);
    int matched() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString outcome(const AutoListingDecision &decision) const;
    QString explanation(const AutoListingDecision &decision) const;

    QHash<StockItemId, ListingWriteResult> m_written;
};

} // namespace sf
