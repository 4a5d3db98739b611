#pragma once

#include "catalog/brandusage.h"

#include "common/rowlistmodel.h"

namespace sf {

// The brand editor's table: every brand with its products, pairs and patterns.
class BrandUsageModel final : public RowListModel<BrandUsage, 4> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandUsageModel)

public:
    enum Column { Name, Products, Pairs, Patterns, ColumnCount };
    static_assert(ColumnCount == 4);
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit BrandUsageModel(QObject *parent = nullptr)
        : RowListModel(parent)
    {}

    int rowOf(const BrandId &id) const; // -1 when not there

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace sf
