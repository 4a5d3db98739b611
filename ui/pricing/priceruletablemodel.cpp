#include "priceruletablemodel.h"

#include <QLocale>

namespace sf {

namespace {
QString percent(const std::optional<qint64> &bp)
{
    return bp ? QLocale().toString(double(*bp) / 100.0, 'f', 2) + QStringLiteral(" %") : QString();
}
} // namespace

QVariant PriceRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const PriceRule &rule = rowAt(index.row());
    switch (index.column()) {
    case Name: return rule.name;
    case Strategy: return pricingstrategy::displayName(rule.type);
    case Priority: return rule.priority;
    case Brand: return rule.brand.isNull() ? tr("Every brand") : m_brands.value(rule.brand, rule.brand.toString());
    case Markup: return percent(rule.baseMarkupBp);
    case MinimumMargin: return percent(rule.minimumMarginBp);
    case MaximumDiscount: return percent(rule.maximumDiscountBp);
    case Active: return rule.active ? tr("yes") : tr("no");
    }
    return {};
}

QVariant PriceRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Strategy: return tr("Strategy");
    case Priority: return tr("Priority");
    case Brand: return tr("Brand");
    case Markup: return tr("Markup");
    case MinimumMargin: return tr("Minimum margin");
    case MaximumDiscount: return tr("Largest discount");
    case Active: return tr("Active");
    }
    return {};
}

} // namespace sf
