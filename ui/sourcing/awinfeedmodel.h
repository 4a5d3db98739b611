#pragma once

#include "common/rowlistmodel.h"
#include "sourcing/awinfeed.h"

namespace sf {

// The Awin feeds known here: what the feed list says and what the last import did.
class AwinFeedModel final : public RowListModel<AwinFeed, 7> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinFeedModel)

public:
    enum Column { Shop, Feed, LastImport, Rows, Offers, MatchRate, State };
    enum Role { SortRole = Qt::UserRole + 1 };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace sf
