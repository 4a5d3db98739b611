#include "brandmultipliermodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

QString BrandMultiplierModel::typeName(const QString &type)
{
    if (type == u"premium"_s)
        return tr("Premium");
    if (type == u"discount"_s)
        return tr("Discount");
    return tr("Seasonal");
}

QVariant BrandMultiplierModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const BrandMultiplier &m = rowAt(index.row());
    const QLocale locale;
    switch (index.column()) {
    case Brand: return m_brands.value(m.brand, m.brand.toString());
    case Type: return typeName(m.type);
    case Value: return QString(u"× "_s + locale.toString(double(m.valueThousandths) / 1000.0, 'f', 3));
    case From: return locale.toString(m.effectiveFrom, QLocale::ShortFormat);
    case Until:
        return m.effectiveUntil.isValid() ? locale.toString(m.effectiveUntil, QLocale::ShortFormat) : tr("open");
    }
    return {};
}

QVariant BrandMultiplierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Brand: return tr("Brand");
    case Type: return tr("Kind");
    case Value: return tr("Multiplier");
    case From: return tr("From");
    case Until: return tr("Until");
    }
    return {};
}

} // namespace sf
