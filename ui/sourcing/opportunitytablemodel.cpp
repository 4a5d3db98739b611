#include "opportunitytablemodel.h"

#include "common/moneytext.h"
#include "sourcing/opportunityrepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

OpportunityTableModel::OpportunityTableModel(const Database &db, QObject *parent)
    : PagedTableModel<Opportunity>(parent)
    , m_db(db)
{}

void OpportunityTableModel::setFilter(const OpportunityFilter &filter)
{
    m_filter = filter;
    reload();
}

OpportunityTableModel::PageReader OpportunityTableModel::pageReader(const std::optional<KeysetCursor> &after,
                                                                    int limit) const
{
    return [filter = m_filter, after, limit](const Database &db) {
        return OpportunityRepository(db).page(filter, after, limit);
    };
}

int OpportunityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityTableModel::display(const Opportunity &row, int column) const
{
    switch (column) {
    case Product: return row.productName;
    case Size: return row.size;
    case Merchant: return row.merchantName;
    case BuyPrice: return moneyText(row.buyPrice + row.delivery);
    case SalePrice: return moneyText(row.salePrice);
    case Fees: return moneyText(row.fees);
    case Payout: return moneyText(row.netProceeds);
    case Profit: return moneyText(row.profit);
    case Margin: return QString(QLocale().toString(row.marginPercent, 'f', 1) + u" %"_s);
    case Roi: return row.roiPercent ? QString(QLocale().toString(*row.roiPercent, 'f', 1) + u" %"_s) : QString();
    case Held: return row.pairsHeld > 0 ? QLocale().toString(row.pairsHeld) : QString();
    }
    return {};
}

QVariant OpportunityTableModel::sortValue(const Opportunity &row, int column) const
{
    switch (column) {
    case BuyPrice: return (row.buyPrice + row.delivery).minor();
    case SalePrice: return row.salePrice.minor();
    case Fees: return row.fees.minor();
    case Payout: return row.netProceeds.minor();
    case Profit: return row.profit.minor();
    case Margin: return row.marginPercent;
    case Roi: return row.roiPercent.value_or(-1e9);
    case Held: return row.pairsHeld;
    default: return display(row, column);
    }
}

QVariant OpportunityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Opportunity &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= BuyPrice ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Profit)
            return QBrush(row.profit.minor() >= 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Product)
            return tr("%1 · EAN %2 · matched by %3 (%4 %)")
                .arg(row.brand, row.ean, row.matchMethod)
                .arg(QLocale().toString(row.matchConfidence * 100, 'f', 0));
        if (index.column() == Held && row.pairsHeld > 0)
            return tr("You hold %n pairs of this size", nullptr, row.pairsHeld);
        return {};
    default: return {};
    }
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BuyPrice: return tr("The shop's price plus its delivery");
        case SalePrice: return tr("StockX's lowest ask or sell-faster price for this size, as chosen");
        case Fees: return tr("StockX's fees at your seller level, plus your shipping to StockX");
        case Margin: return tr("Profit ÷ StockX price");
        case Roi: return tr("Profit ÷ what you pay");
        case Held: return tr("Pairs of this size you hold now");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product: return tr("Product");
    case Size: return tr("Size (EU)");
    case Merchant: return tr("Shop");
    case BuyPrice: return tr("You pay");
    case SalePrice: return tr("StockX price");
    case Fees: return tr("Fees");
    case Payout: return tr("Payout");
    case Profit: return tr("Profit");
    case Margin: return tr("Margin");
    case Roi: return tr("ROI");
    case Held: return tr("Held");
    }
    return {};
}

} // namespace sf
