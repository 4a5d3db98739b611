#include "deadstocktablemodel.h"

#include "common/moneytext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QColor levelColour(DeadStockLevel level)
{
    switch (level) {
    case DeadStockLevel::Hot: return QColor(0x2e, 0x7d, 0x32);
    case DeadStockLevel::Warm: return QColor(0x9e, 0x9d, 0x24);
    case DeadStockLevel::Cold: return QColor(0xef, 0x6c, 0x00);
    case DeadStockLevel::Dead: return QColor(0xc6, 0x28, 0x28);
    case DeadStockLevel::Critical: return QColor(0x6a, 0x1b, 0x9a);
    }
    return {};
}

qint64 minorOr(const std::optional<Money> &m, qint64 none)
{
    return m ? m->minor() : none;
}
} // namespace

QVariant DeadStockTableModel::sortValue(const DeadStockItem &item, int column) const
{
    switch (column) {
    case Level: return int(item.level) * 1000 + int(item.riskScore * 999);
    case Days: return item.daysInStock;
    case Purchase: return minorOr(item.purchasePrice, -1);
    case LowestAsk: return minorOr(item.lowestAsk, -1);
    case HighestBid: return minorOr(item.highestBid, -1);
    case Trend: return item.trendPercent().value_or(-1e9);
    case Risk: return item.riskScore;
    case Locked: return item.lockedCapital.minor();
    case Loss: return item.potentialLoss.minor();
    default: return {}; // text columns sort by their text
    }
}

QVariant DeadStockTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DeadStockItem &item = rowAt(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Level: return deadstocklevel::displayName(item.level);
        case Days: return locale.toString(qint64(item.daysInStock));
        case Sku: return item.sku;
        case Product: return item.productName;
        case Size: return item.sizeLabel;
        case State: return itemstatus::displayName(item.status);
        case Purchase: return moneyText(item.purchasePrice);
        case LowestAsk: return moneyText(item.lowestAsk);
        case HighestBid: return moneyText(item.highestBid);
        case Trend: return item.trendPercent() ? locale.toString(*item.trendPercent(), 'f', 1) + u" %"_s : QString();
        case Risk: return locale.toString(item.riskScore, 'f', 2);
        case Locked: return item.lockedCapital.toDisplayString(locale);
        case Loss: return item.potentialLoss.toDisplayString(locale);
        case Advice: return deadstocklevel::recommendations(item.level).value(0);
        }
    }
    if (role == SortRole) {
        const QVariant value = sortValue(item, index.column());
        return value.isValid() ? value : data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == ItemIdRole)
        return item.id.toString();
    if (role == Qt::ForegroundRole && index.column() == Level)
        return QBrush(levelColour(item.level));
    if (role == Qt::ToolTipRole) {
        if (index.column() == Advice)
            return deadstocklevel::recommendations(item.level).join(u'\n');
        if (index.column() == Risk || index.column() == Level) {
            const QString market = item.marketRisk ? locale.toString(*item.marketRisk, 'f', 2)
                                                   : tr("none: no market figure, classified by age alone");
            return tr("Age risk %1 · market risk %2 · velocity risk %3")
                .arg(locale.toString(item.ageRisk, 'f', 2), market, locale.toString(item.velocityRisk, 'f', 2));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Product && index.column() != Advice &&
        index.column() != Sku && index.column() != Level && index.column() != State)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DeadStockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level: return tr("Level");
    case Days: return tr("Days");
    case Sku: return tr("SKU");
    case Product: return tr("Product");
    case Size: return tr("Size");
    case State: return tr("Status");
    case Purchase: return tr("Cost");
    case LowestAsk: return tr("Lowest ask");
    case HighestBid: return tr("Highest bid");
    case Trend: return tr("Ask, 30 days");
    case Risk: return tr("Risk");
    case Locked: return tr("Locked capital");
    case Loss: return tr("Potential loss");
    case Advice: return tr("What to do");
    }
    return {};
}

} // namespace sf
