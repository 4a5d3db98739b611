#include "ordertablemodel.h"

#include "common/moneytext.h"
#include "sales/orderlistrepository.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
std::optional<OrderQuery::Sort> sortFor(int column)
{
    using S = OrderQuery::Sort;
    switch (column) {
    case OrderTableModel::OrderNumber: return S::Order;
    case OrderTableModel::Marketplace: return S::Marketplace;
    case OrderTableModel::Product: return S::Product;
    case OrderTableModel::Size: return S::Size;
    case OrderTableModel::Status: return S::State;
    case OrderTableModel::SoldAt: return S::SoldAt;
    case OrderTableModel::Sale: return S::Sale;
    case OrderTableModel::NetProceeds: return S::NetProceeds;
    case OrderTableModel::Cost: return S::Cost;
    case OrderTableModel::NetProfit: return S::NetProfit;
    case OrderTableModel::Roi: return S::Roi;
    case OrderTableModel::ShelfLife: return S::ShelfLife;
    default: return std::nullopt;
    }
}

// Cancelled, returned and failed sales earned nothing.
bool counts(const OrderRow &row)
{
    return orderstatus::earns(row.status);
}

qint64 minorOr(const std::optional<Money> &m, qint64 fallback)
{
    return m ? m->minor() : fallback;
}
} // namespace

OrderTableModel::OrderTableModel(const Database &db, QObject *parent)
    : PagedTableModel<OrderRow>(parent)
    , m_db(db)
{}

OrderTableModel::PageReader OrderTableModel::pageReader(const std::optional<KeysetCursor> &after, int limit) const
{
    return [query = m_query, after, limit](const Database &db) {
        return OrderListRepository(db).fetchPage(query, after, limit);
    };
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::display(const OrderRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case OrderNumber: return row.orderNumber;
    case Marketplace: return row.marketplace;
    case Product: return row.productName;
    case Size: return row.sizeLabel;
    case Status: return statusName(row.status);
    case SoldAt:
        return row.soldAt.isValid() ? locale.toString(row.soldAt.toLocalTime().date(), QLocale::ShortFormat)
                                    : QString();
    case Sale: return moneyText(row.sale);
    case NetProceeds: return moneyText(row.netProceeds);
    case Cost: return moneyText(row.cost);
    // Without the pair's cost there is no profit to show, only the proceeds.
    case NetProfit: return row.cost ? moneyText(row.netProfit) : u"\u2014"_s;
    case Roi: return row.cost && row.roi ? formatPercent(*row.roi) : u"\u2014"_s;
    case ShelfLife: return row.shelfLifeDays ? tr("%n days", nullptr, *row.shelfLifeDays) : QString();
    case Payout:
        if (row.payoutReceived)
            return row.payoutDate.isValid()
                       ? tr("Paid %1").arg(locale.toString(row.payoutDate.toLocalTime().date(), QLocale::ShortFormat))
                       : tr("Paid");
        return counts(row) ? tr("Outstanding") : QString();
    case Label:
        if (!row.shippingDocumentPath.isEmpty())
            return tr("Saved");
        return row.marketplaceSlug == u"stockx"_s && counts(row) ? tr("Download") : QString();
    default: return {};
    }
}

QVariant OrderTableModel::sortValue(const OrderRow &row, int column) const
{
    switch (column) {
    case SoldAt: return row.soldAt;
    case Sale: return minorOr(row.sale, -1);
    case NetProceeds: return minorOr(row.netProceeds, -1000000);
    case Cost: return minorOr(row.cost, -1);
    case NetProfit: return minorOr(row.netProfit, -1000000);
    case Roi: return row.roi.value_or(-100000);
    case ShelfLife: return row.shelfLifeDays.value_or(-1);
    default: return display(row, column);
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case OrderIdRole: return row.id.toString();
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.platformStatus.isEmpty())
            return tr("%1 says: %2").arg(row.marketplace, row.platformStatus);
        if (index.column() == Label && !row.shippingDocumentPath.isEmpty())
            return row.shippingDocumentPath;
        if ((index.column() == NetProfit || index.column() == Roi || index.column() == Cost) && !row.cost)
            return tr("The purchase price of this pair is unknown; enter it on the Stock page.");
        return {};
    case Qt::ForegroundRole:
        if (!counts(row))
            return QColor(0x9e, 0x9e, 0x9e);
        if (index.column() == NetProfit && row.cost && row.netProfit)
            return row.netProfit->isNegative() ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
        if (index.column() == Payout && !row.payoutReceived)
            return QColor(0xb2, 0x6a, 0x00);
        if (index.column() == Label)
            return QColor(0x15, 0x65, 0xc0);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Sale && index.column() <= ShelfLife)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderNumber: return tr("Order");
    case Marketplace: return tr("Marketplace");
    case Product: return tr("Product");
    case Size: return tr("Size");
    case Status: return tr("Status");
    case SoldAt: return tr("Sold");
    case Sale: return tr("Sale");
    case NetProceeds: return tr("Net proceeds");
    case Cost: return tr("Cost");
    case NetProfit: return tr("Net profit");
    case Roi: return tr("ROI");
    case ShelfLife: return tr("Shelf life");
    case Payout: return tr("Payout");
    case Label: return tr("Label");
    default: return {};
    }
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    OrderQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    if (query != m_query)
        setQuery(query);
}

void OrderTableModel::setQuery(const OrderQuery &query)
{
    m_query = query;
    reload();
}

void OrderTableModel::refreshOrder(const OrderId &id)
{
    const auto fresh = OrderListRepository(m_db).fetchRow(id);
    if (!fresh || !fresh.value())
        return;
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).id == id)
            replaceRow(row, *fresh.value());
}

} // namespace sf
