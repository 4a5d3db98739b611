#pragma once

#include "common/rowlistmodel.h"
#include "pricing/brandmultiplier.h"

#include <QHash>

namespace sf {

// The brand multipliers, one row each, with their brand's name.
class BrandMultiplierModel final : public RowListModel<BrandMultiplier, 5> {
    Q_OBJECT

public:
    enum Column { Brand, Type, Value, From, Until };

    using RowListModel::RowListModel;

    void setBrandNames(const QHash<BrandId, QString> &names) { m_brands = names; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString typeName(const QString &type);

private:
    QHash<BrandId, QString> m_brands;
};

} // namespace sf
