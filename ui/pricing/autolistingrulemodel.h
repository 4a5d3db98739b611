#pragma once

#include "common/rowlistmodel.h"
#include "pricing/autolistingrule.h"

namespace sf {

// The auto-listing rules in the order they are tried. Ticking a rule's box asks for it to be switched
// (activeToggled); the list is replaced once the change is stored. Not sortable: the order is the rule.
class AutoListingRuleModel final : public RowListModel<AutoListingRule, 7> {
    Q_OBJECT

public:
    enum Column { Active, Name, Priority, Strategy, Markup, Expires, Conditions };

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void activeToggled(const sf::AutoListingRuleId &id, bool active);
};

} // namespace sf
