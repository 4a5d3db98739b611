#pragma once

#include "catalog/brandusage.h"

#include "common/rowlistmodel.h"

namespace sf {

// The preview of a new brand pattern: the products it would take, with the brand each has now.
class BrandClaimModel final : public RowListModel<BrandClaim, 2> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandClaimModel)

public:
    enum Column { Product, CurrentBrand, ColumnCount };
    static_assert(ColumnCount == 2);

    explicit BrandClaimModel(QObject *parent = nullptr)
        : RowListModel(parent)
    {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace sf
