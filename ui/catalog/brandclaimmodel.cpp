#include "brandclaimmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace sf {

QVariant BrandClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BrandClaim &claim = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == Product ? claim.productName
                                         : (claim.currentBrand.isEmpty() ? tr("no brand") : claim.currentBrand);
    if (role == Qt::ForegroundRole && index.column() == CurrentBrand && claim.currentBrand.isEmpty())
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

QVariant BrandClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Product ? tr("Product") : tr("Brand now");
}

} // namespace sf
