#include "suppliertablemodel.h"

#include "common/moneytext.h"
#include "suppliers/suppliercategory.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString percentText(const std::optional<double> &percent)
{
    return percent ? QLocale().toString(*percent, 'f', 1) + u" %"_s : QString();
}
} // namespace

SupplierTableModel::SupplierTableModel(const Database &db, QObject *parent)
    : PagedTableModel<SupplierOverview>(parent)
    , m_db(db)
{}

void SupplierTableModel::setFilter(const SupplierFilter &filter)
{
    m_filter = filter;
    reload();
}

void SupplierTableModel::setOrder(SupplierOrder order)
{
    m_order = order;
    reload();
}

SupplierTableModel::PageReader SupplierTableModel::pageReader(const std::optional<KeysetCursor> &after, int limit) const
{
    return [filter = m_filter, order = m_order, after, limit](const Database &db) {
        return SupplierOverviewRepository(db).fetchPage(filter, order, after, limit);
    };
}

int SupplierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupplierTableModel::display(const SupplierOverview &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Category: return suppliercategory::displayName(row.category);
    case Country: return row.country;
    case PairsBought: return QLocale().toString(row.pairsBought);
    case Spend: return moneyText(row.spend);
    case PairsSold: return QLocale().toString(row.pairsSold);
    case Profit: return moneyText(row.profit);
    case Roi: return percentText(row.roiPercent());
    case SellThrough: return percentText(row.sellThroughPercent());
    case DaysToSell: return row.daysToSell ? QLocale().toString(*row.daysToSell, 'f', 0) : QString();
    case Returnable: return row.returnable > 0 ? QLocale().toString(row.returnable) : QString();
    case Returned: return row.pairsReturned > 0 ? QLocale().toString(row.pairsReturned) : QString();
    }
    return {};
}

QVariant SupplierTableModel::sortValue(const SupplierOverview &row, int column) const
{
    switch (column) {
    case PairsBought: return row.pairsBought;
    case Spend: return row.spend.minor();
    case PairsSold: return row.pairsSold;
    case Profit: return row.profit.minor();
    case Roi: return row.roiPercent().value_or(-1e9);
    case SellThrough: return row.sellThroughPercent().value_or(-1.0);
    case DaysToSell: return row.daysToSell.value_or(1e9);
    case Returnable: return row.returnable;
    case Returned: return row.pairsReturned;
    default: return display(row, column).toString().toLower();
    }
}

QVariant SupplierTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SupplierOverview &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case SupplierIdRole: return row.id.toString();
    case Qt::TextAlignmentRole:
        return index.column() >= PairsBought ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Profit && row.profit.minor() < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Returnable && row.returnable > 0 &&
            row.nextDeadline < QDateTime::currentDateTimeUtc().addDays(3))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Returnable && row.returnable > 0)
            return tr("%n pairs can still go back to %1; the first window closes on %2.", nullptr, row.returnable)
                .arg(row.name, QLocale().toString(row.nextDeadline.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Roi)
            return tr("Profit after fees ÷ cost of the pairs sold");
        return {};
    default: return {};
    }
}

QVariant SupplierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Supplier");
    case Category: return tr("Category");
    case Country: return tr("Country");
    case PairsBought: return tr("Bought");
    case Spend: return tr("Spend");
    case PairsSold: return tr("Sold");
    case Profit: return tr("Profit");
    case Roi: return tr("ROI");
    case SellThrough: return tr("Sell-through");
    case DaysToSell: return tr("Days to sell");
    case Returnable: return tr("Returnable");
    case Returned: return tr("Returned");
    }
    return {};
}

} // namespace sf
