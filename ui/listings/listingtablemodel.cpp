#include "listingtablemodel.h"

#include "common/moneytext.h"
#include "sales/listinglistrepository.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString dateText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

std::optional<ListingQuery::Sort> sortFor(int column)
{
    using S = ListingQuery::Sort;
    switch (column) {
    case ListingTableModel::Product: return S::Product;
    case ListingTableModel::Size: return S::Size;
    case ListingTableModel::Status: return S::State;
    case ListingTableModel::Price: return S::Price;
    case ListingTableModel::LowestAsk: return S::LowestAsk;
    case ListingTableModel::Difference: return S::Difference;
    case ListingTableModel::Listed: return S::Created;
    case ListingTableModel::Expires: return S::Expires;
    default: return std::nullopt;
    }
}
} // namespace

ListingTableModel::ListingTableModel(const Database &db, QObject *parent)
    : PagedTableModel<ListingRow>(parent)
    , m_db(db)
{}

ListingTableModel::PageReader ListingTableModel::pageReader(const std::optional<KeysetCursor> &after, int limit) const
{
    return [query = m_query, after, limit](const Database &db) {
        return ListingListRepository(db).fetchPage(query, after, limit);
    };
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListingTableModel::display(const ListingRow &row, int column) const
{
    switch (column) {
    case ListingNumber: return row.externalId;
    case Product: return row.productName;
    case Size: return row.sizeLabel;
    case Status: {
        const QString status = statusName(row.status);
        return row.presale ? tr("%1 \u00b7 presale").arg(status) : status;
    }
    case Price: return moneyText(row.amount);
    case LowestAsk: return row.lowestAsk ? moneyText(row.lowestAsk) : u"\u2014"_s;
    case Difference: {
        const auto above = row.aboveLowestAsk();
        if (!above)
            return QString();
        if (above->isZero())
            return tr("at lowest ask");
        return above->isNegative() ? tr("%1 below").arg(moneyText(-*above)) : tr("%1 above").arg(moneyText(above));
    }
    case Cost: return moneyText(row.cost);
    case Listed: return dateText(row.createdAt);
    case Expires: return dateText(row.expiresAt);
    default: return {};
    }
}

QVariant ListingTableModel::sortValue(const ListingRow &row, int column) const
{
    switch (column) {
    case Price: return row.amount ? row.amount->minor() : -1;
    case LowestAsk: return row.lowestAsk ? row.lowestAsk->minor() : -1;
    case Difference: return row.aboveLowestAsk() ? row.aboveLowestAsk()->minor() : -1000000;
    case Cost: return row.cost ? row.cost->minor() : -1;
    case Listed: return row.createdAt;
    case Expires: return row.expiresAt;
    default: return display(row, column);
    }
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListingRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case ListingIdRole: return row.id.toString();
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.platformStatus.isEmpty())
            return tr("%1 says: %2").arg(row.marketplace, row.platformStatus);
        if (index.column() == LowestAsk && !row.lowestAsk)
            return tr("No StockX prices for this size yet: use Enrich from StockX on the Stock page.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Difference && row.aboveLowestAsk())
            return row.aboveLowestAsk()->minor() > 0 ? QColor(0xb2, 0x6a, 0x00) : QColor(0x2e, 0x7d, 0x32);
        if (index.column() == Status)
            return row.status == ListingStatus::Active ? QColor(0x15, 0x65, 0xc0) : QColor(0x75, 0x75, 0x75);
        if (index.column() == Price && row.amount && row.cost && row.amount->minor() < row.cost->minor())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Price && index.column() <= Cost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ListingNumber: return tr("Listing");
    case Product: return tr("Product");
    case Size: return tr("Size");
    case Status: return tr("Status");
    case Price: return tr("Price");
    case LowestAsk: return tr("Lowest ask");
    case Difference: return tr("vs. lowest ask");
    case Cost: return tr("Cost");
    case Listed: return tr("Listed");
    case Expires: return tr("Expires");
    default: return {};
    }
}

void ListingTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    ListingQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    if (query != m_query)
        setQuery(query);
}

void ListingTableModel::setQuery(const ListingQuery &query)
{
    m_query = query;
    reload();
}

} // namespace sf
