#pragma once

#include "catalog/brandusage.h"

#include <QAbstractTableModel>

namespace sf {

// The preview of a new brand pattern: the products it would take, with the brand each has now.
class BrandClaimModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandClaimModel)

public:
    enum Column { Product, CurrentBrand, ColumnCount };

    explicit BrandClaimModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setClaims(const QList<BrandClaim> &claims);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BrandClaim> m_claims;
};

} // namespace sf
