#include "supplieroverviewrepository.h"

#include "catalog/size.h"
#include "db/keysetquery.h"
#include "db/sqlquery.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kColumns = u"x.id, x.name, x.category, x.country, x.status, x.return_days, x.bought, x.spend, x.sold, "
                         "x.revenue, x.profit, x.sold_cost, x.days_weighted, x.days_n, x.returned FROM "
                         "(SELECT sp.id, sp.name, sp.supplier_category AS category, sp.country, sp.status, "
                         "sp.return_policy_days AS return_days, COALESCE(t.bought, 0) AS bought, "
                         "COALESCE(t.spend, 0) AS spend, COALESCE(t.sold, 0) AS sold, "
                         "COALESCE(t.revenue, 0) AS revenue, COALESCE(t.profit, 0) AS profit, "
                         "COALESCE(t.sold_cost, 0) AS sold_cost, t.days_weighted, COALESCE(t.days_n, 0) AS days_n, "
                         "COALESCE(t.returned, 0) AS returned, "
                         "CASE WHEN COALESCE(t.sold_cost, 0) > 0 THEN 100.0 * t.profit / t.sold_cost ELSE -1000000 "
                         "END AS roi FROM {{supplier.profile}} sp LEFT JOIN (SELECT supplier_id, "
                         "SUM(pairs_bought) AS bought, SUM(spend) AS spend, SUM(pairs_sold) AS sold, "
                         "SUM(revenue) AS revenue, SUM(profit) AS profit, SUM(sold_cost) AS sold_cost, "
                         "SUM(avg_days_to_sell * pairs_sold) AS days_weighted, "
                         "SUM(CASE WHEN avg_days_to_sell IS NOT NULL THEN pairs_sold ELSE 0 END) AS days_n, "
                         "SUM(pairs_returned) AS returned FROM {{core.supplier_performance}} GROUP BY supplier_id) t "
                         "ON t.supplier_id = sp.id) x"_s;

// A pair `s` of supplier `sp` that can still go back: unsold, not sent back yet, and inside the window,
// which runs from the delivery (else the purchase). `:since` (bound by bindSince) lets the database
// read idx_stock_returnable from the start of the longest window only. The status is compared as an
// expression so that SQLite, without statistics, does not walk every unsold pair by idx_stock_status
// instead (50 ms against 18 ms for 200 000 pairs).
QString returnableCondition()
{
    return u"s.status || '' IN ('in_stock', 'listed_stockx', 'listed_alias', 'listed') AND s.returned_at IS NULL AND "
           "sp.return_policy_days IS NOT NULL AND COALESCE(s.delivery_date, s.purchase_date) >= :since AND "
           "{{days_since:COALESCE(s.delivery_date, s.purchase_date)}} <= sp.return_policy_days"_s;
}

// The start of the longest return window any supplier gives.
Status bindSince(const Database &db, SqlQuery &q)
{
    SqlQuery longest(db, u"SELECT COALESCE(MAX(return_policy_days), 0) FROM {{supplier.profile}}"_s);
    if (Status status = longest.exec(); !status)
        return status;
    const qint64 days = longest.next() ? longest.integer(0) : 0;
    q.bind(u":since"_s, QDateTime::currentDateTimeUtc().addDays(-days - 1));
    return {};
}

KeysetPaging pagingFor(SupplierOrder order)
{
    switch (order) {
    case SupplierOrder::Name: return {u"lower(x.name)"_s, u"x.id"_s, false};
    case SupplierOrder::Profit: return {u"x.profit"_s, u"x.id"_s, true};
    case SupplierOrder::Roi: return {u"x.roi"_s, u"x.id"_s, true};
    case SupplierOrder::Spend: return {u"x.spend"_s, u"x.id"_s, true};
    case SupplierOrder::PairsBought: return {u"x.bought"_s, u"x.id"_s, true};
    }
    Q_UNREACHABLE();
}

SupplierOverview readRow(const SqlQuery &q, int c)
{
    const QString eur = u"EUR"_s;
    SupplierOverview row;
    row.id = q.id<SupplierId>(c);
    row.name = q.string(c + 1);
    row.category = q.string(c + 2);
    row.country = q.string(c + 3);
    row.status = q.string(c + 4);
    if (!q.isNull(c + 5))
        row.returnDays = int(q.integer(c + 5));
    row.pairsBought = int(q.integer(c + 6));
    row.spend = q.money(c + 7, eur).value_or(Money(0, eur));
    row.pairsSold = int(q.integer(c + 8));
    row.revenue = q.money(c + 9, eur).value_or(Money(0, eur));
    row.profit = q.money(c + 10, eur).value_or(Money(0, eur));
    row.soldCost = q.money(c + 11, eur).value_or(Money(0, eur));
    if (q.integer(c + 13) > 0)
        row.daysToSell = q.real(c + 12) / double(q.integer(c + 13));
    row.pairsReturned = int(q.integer(c + 14));
    return row;
}

QStringList conditions(const SupplierFilter &filter)
{
    QStringList where;
    if (!filter.text.trimmed().isEmpty())
        where << u"lower(x.name) LIKE :text"_s;
    if (!filter.category.isEmpty())
        where << u"x.category = :category"_s;
    return where;
}
} // namespace

Result<SupplierOverviewPage> SupplierOverviewRepository::fetchPage(const SupplierFilter &filter, SupplierOrder order,
                                                                   const std::optional<KeysetCursor> &cursor,
                                                                   int limit) const
{
    auto page = fetchKeysetPage<SupplierOverview>(
        m_db, pagingFor(order), kColumns, conditions(filter),
        [&filter](SqlQuery &q) {
            if (!filter.text.trimmed().isEmpty())
                q.bind(u":text"_s, u'%' + filter.text.trimmed().toLower() + u'%');
            if (!filter.category.isEmpty())
                q.bind(u":category"_s, filter.category);
        },
        cursor, limit, readRow, [](const SupplierOverview &row) { return row.id.toString(); });
    if (!page)
        return page.error();
    if (Status status = attachReturnable(page.value().rows); !status)
        return status.error();
    return page;
}

Result<std::optional<SupplierOverview>> SupplierOverviewRepository::find(const SupplierId &id) const
{
    SqlQuery q(m_db, u"SELECT 0, "_s + kColumns + u" WHERE x.id = :id"_s);
    q.bind(u":id"_s, id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<SupplierOverview>();
    QList<SupplierOverview> rows{readRow(q, 1)};
    if (Status status = attachReturnable(rows); !status)
        return status.error();
    return std::optional<SupplierOverview>(rows.first());
}

Result<QList<SupplierPair>> SupplierOverviewRepository::openPairs(const SupplierId &supplier) const
{
    SqlQuery q(m_db, u"SELECT s.id, p.name, p.sku, sz.value, sz.region, s.status, s.supplier_order, s.purchase_date, "
                     "s.expected_delivery, s.delivery_date, s.gross_purchase_price, s.currency, sp.return_policy_days, "
                     "s.detailed_status "
                     "FROM {{inventory.stock}} s JOIN {{supplier.profile}} sp ON sp.id = s.supplier_id "
                     "JOIN {{catalog.product}} p ON p.id = s.product_id LEFT JOIN {{catalog.sizes}} sz ON "
                     "sz.id = s.size_id WHERE s.supplier_id = :supplier AND s.returned_at IS NULL AND s.status IN "
                     "('in_stock', 'listed_stockx', 'listed_alias', 'listed', 'reserved') AND ((s.delivery_date IS "
                     "NULL AND s.detailed_status = 'incoming') OR (sp.return_policy_days IS NOT NULL AND "
                     "{{days_since:COALESCE(s.delivery_date, s.purchase_date)}} <= sp.return_policy_days)) "
                     "ORDER BY s.purchase_date, s.id"_s);
    q.bind(u":supplier"_s, supplier);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SupplierPair> pairs;
    while (q.next()) {
        SupplierPair pair;
        pair.item = q.id<StockItemId>(0);
        pair.product = q.string(1);
        pair.sku = q.string(2);
        pair.size = q.isNull(3) ? QString() : Size::labelFor(q.string(4), q.string(3));
        pair.status = itemstatus::fromKey(q.string(5)).value_or(ItemStatus::InStock);
        pair.orderNumber = q.string(6);
        pair.boughtAt = q.dateTime(7);
        pair.expectedDelivery = q.date(8);
        pair.deliveredAt = q.dateTime(9);
        pair.grossPrice = q.money(10, q.string(11));
        pair.incoming = !pair.deliveredAt.isValid() && q.string(13) == u"incoming"_s;
        if (!pair.incoming && !q.isNull(12)) // the window runs from the delivery, else (not recorded) the purchase
            pair.returnDeadline =
                (pair.deliveredAt.isValid() ? pair.deliveredAt : pair.boughtAt).addDays(q.integer(12));
        pairs << pair;
    }
    return pairs;
}

Result<int> SupplierOverviewRepository::returnsClosingWithin(int days) const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM {{inventory.stock}} s JOIN {{supplier.profile}} sp ON sp.id = "
                     "s.supplier_id WHERE "_s +
                         returnableCondition() +
                         u" AND {{days_since:COALESCE(s.delivery_date, s.purchase_date)}} > "
                         "sp.return_policy_days - :days"_s);
    q.bind(u":days"_s, days);
    if (Status status = bindSince(m_db, q); !status)
        return status.error();
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? int(q.integer(0)) : 0;
}

Status SupplierOverviewRepository::attachReturnable(QList<SupplierOverview> &rows) const
{
    if (rows.isEmpty())
        return {};
    // Every returnable pair at once, counted here: the window keeps them few (3 185 of 200 000 pairs). A
    // list of the page's suppliers, or a GROUP BY, made SQLite read every pair by supplier instead
    // (75 and 245 ms a page).
    SqlQuery q(m_db, u"SELECT s.supplier_id, {{days_since:COALESCE(s.delivery_date, s.purchase_date)}} FROM "
                     "{{inventory.stock}} s JOIN {{supplier.profile}} sp ON sp.id = s.supplier_id WHERE "_s +
                         returnableCondition());
    if (Status status = bindSince(m_db, q); !status)
        return status;
    if (Status status = q.exec(); !status)
        return status;
    QHash<QString, std::pair<int, double>> returnable; // supplier → pairs, days since the oldest window opened
    while (q.next()) {
        auto &[pairs, oldest] = returnable[q.string(0)];
        ++pairs;
        oldest = qMax(oldest, q.real(1));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (SupplierOverview &row : rows) {
        const auto it = returnable.constFind(row.id.toString());
        if (it == returnable.constEnd())
            continue;
        row.returnable = it->first;
        // The oldest returnable pair's window closes first.
        row.nextDeadline = now.addSecs(qint64((double(*row.returnDays) - it->second) * 86400.0));
    }
    return {};
}

} // namespace sf
