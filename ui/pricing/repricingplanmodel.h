#pragma once

#include "common/rowlistmodel.h"
#include "pricing/repricingreport.h"

namespace sf {

// A repricing plan, and then its run, one row per listed pair; sorted through SortRole by a proxy.
class RepricingPlanModel final : public RowListModel<RepricingResult, 8> {
    Q_OBJECT

public:
    enum Column { Outcome, Product, Size, OldPrice, NewPrice, NetProceeds, Profit, Reason };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int count(RepricingResult::Kind kind) const;
};

} // namespace sf
