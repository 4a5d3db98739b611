#pragma once

#include "common/rowlistmodel.h"
#include "pricing/pricerule.h"

#include <QHash>

namespace sf {

// The price rules, one row each, with their brand's name.
class PriceRuleTableModel final : public RowListModel<PriceRule, 8> {
    Q_OBJECT

public:
    enum Column { Name, Strategy, Priority, Brand, Markup, MinimumMargin, MaximumDiscount, Active };

    using RowListModel::RowListModel;

    void setBrandNames(const QHash<BrandId, QString> &names) { m_brands = names; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<BrandId, QString> m_brands;
};

} // namespace sf
