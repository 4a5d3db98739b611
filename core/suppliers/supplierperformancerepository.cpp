#include "supplierperformancerepository.h"

#include "db/sqlquery.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace sf {

QString SupplierPerformanceRepository::pairFacts()
{
    return u"(SELECT s.supplier_id, COALESCE(s.purchase_date, s.created_at) AS bought_at, s.delivery_date, "
           "COALESCE(s.gross_purchase_price, s.purchase_price, 0) AS paid, "
           "CASE WHEN s.returned_at IS NOT NULL THEN 1 ELSE 0 END AS returned, "
           "CASE WHEN o.item IS NOT NULL THEN 1 ELSE 0 END AS sold, o.sold_at, "
           "COALESCE(o.revenue, 0) AS revenue, COALESCE(o.profit, 0) AS profit, "
           "CASE WHEN o.item IS NOT NULL THEN COALESCE(s.purchase_price, 0) ELSE 0 END AS sold_cost "
           "FROM {{inventory.stock}} s LEFT JOIN (SELECT inventory_item_id AS item, MIN(sold_at) AS sold_at, "
           "SUM(gross_sale) AS revenue, SUM(net_profit) AS profit FROM {{sales.order}} "
           "WHERE status NOT IN ('cancelled', 'returned', 'failed') GROUP BY inventory_item_id) o ON o.item = s.id "
           "WHERE s.supplier_id IS NOT NULL)"_s;
}

Status SupplierPerformanceRepository::recompute() const
{
    // Averages that would not fit their columns (a data error, e.g. a delivery years after the purchase)
    // are left empty rather than failing the whole recompute.
    const QString sql =
        u"INSERT INTO {{core.supplier_performance}} (id, supplier_id, month_year, total_orders, avg_delivery_time, "
        "return_rate, avg_roi, pairs_bought, spend, pairs_sold, pairs_returned, revenue, profit, sold_cost, "
        "sell_through, avg_days_to_sell) "
        "SELECT {{new_uuid}}, x.supplier_id, x.month, x.orders, "
        "CASE WHEN x.delivery BETWEEN 0 AND 999 THEN x.delivery END, x.return_rate, "
        "CASE WHEN x.roi BETWEEN -99999 AND 99999 THEN x.roi END, x.bought, x.spend, x.sold, x.returned, x.revenue, "
        "x.profit, x.sold_cost, x.sell_through, CASE WHEN x.to_sell BETWEEN 0 AND 99999 THEN x.to_sell END "
        "FROM (SELECT p.supplier_id, {{utc_month:p.bought_at}} AS month, "
        "COUNT(DISTINCT {{utc_day:p.bought_at}}) AS orders, "
        "AVG(CASE WHEN p.delivery_date IS NOT NULL THEN {{days_between:p.bought_at;p.delivery_date}} END) AS delivery, "
        "ROUND(100.0 * SUM(p.returned) / COUNT(*), 2) AS return_rate, "
        "CASE WHEN SUM(p.sold_cost) > 0 THEN ROUND(100.0 * SUM(p.profit) / SUM(p.sold_cost), 2) END AS roi, "
        "COUNT(*) AS bought, SUM(p.paid) AS spend, SUM(p.sold) AS sold, SUM(p.returned) AS returned, "
        "SUM(p.revenue) AS revenue, SUM(p.profit) AS profit, SUM(p.sold_cost) AS sold_cost, "
        "ROUND(100.0 * SUM(p.sold) / COUNT(*), 2) AS sell_through, "
        "AVG(CASE WHEN p.sold = 1 THEN {{days_between:p.bought_at;p.sold_at}} END) AS to_sell "
        "FROM "_s +
        pairFacts() + u" p GROUP BY p.supplier_id, {{utc_month:p.bought_at}}) x"_s;
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (Status cleared = SqlQuery(m_db, u"DELETE FROM {{core.supplier_performance}}"_s).exec(); !cleared)
        return cleared;
    if (Status written = SqlQuery(m_db, sql).exec(); !written)
        return written;
    return tx.commit();
}

Result<QList<int>> SupplierPerformanceRepository::daysToSell(const SupplierId &supplier) const
{
    QString bucket = u"CASE"_s;
    for (int i = 0; i < int(std::size(kDaysToSellBounds)); ++i)
        bucket += u" WHEN x.days <= %1 THEN %2"_s.arg(kDaysToSellBounds[i]).arg(i);
    bucket += u" ELSE %1 END"_s.arg(std::size(kDaysToSellBounds));
    SqlQuery q(m_db, u"SELECT "_s + bucket +
                         u", COUNT(*) FROM (SELECT {{days_between:p.bought_at;p.sold_at}} AS days "
                         "FROM "_s +
                         pairFacts() +
                         u" p WHERE p.supplier_id = :supplier AND p.sold = 1 AND p.sold_at IS NOT NULL) x "
                         "GROUP BY 1 ORDER BY 1"_s);
    q.bind(u":supplier"_s, supplier);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<int> counts(int(std::size(kDaysToSellBounds)) + 1, 0);
    while (q.next())
        counts[int(q.integer(0))] = int(q.integer(1));
    return counts;
}

Result<QList<SupplierMonth>> SupplierPerformanceRepository::read(const QString &where,
                                                                 const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT m.supplier_id, sp.name, m.month_year, m.total_orders, m.avg_delivery_time, "
                     "m.return_rate, m.avg_roi, m.pairs_bought, m.spend, m.pairs_sold, m.pairs_returned, m.revenue, "
                     "m.profit, m.sold_cost, m.sell_through, m.avg_days_to_sell FROM {{core.supplier_performance}} m "
                     "JOIN {{supplier.profile}} sp ON sp.id = m.supplier_id "_s +
                         where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    const auto optionalReal = [&q](int column) {
        return q.isNull(column) ? std::nullopt : std::optional<double>(q.real(column));
    };
    QList<SupplierMonth> months;
    while (q.next()) {
        SupplierMonth m;
        m.supplier = q.id<SupplierId>(0);
        m.supplierName = q.string(1);
        m.month = q.date(2);
        m.orders = int(q.integer(3));
        m.deliveryDays = optionalReal(4);
        m.returnRatePercent = optionalReal(5);
        m.roiPercent = optionalReal(6);
        m.pairsBought = int(q.integer(7));
        m.spend = q.money(8, u"EUR"_s).value_or(Money(0, u"EUR"_s));
        m.pairsSold = int(q.integer(9));
        m.pairsReturned = int(q.integer(10));
        m.revenue = q.money(11, u"EUR"_s).value_or(Money(0, u"EUR"_s));
        m.profit = q.money(12, u"EUR"_s).value_or(Money(0, u"EUR"_s));
        m.soldCost = q.money(13, u"EUR"_s).value_or(Money(0, u"EUR"_s));
        m.sellThroughPercent = optionalReal(14);
        m.daysToSell = optionalReal(15);
        months.append(m);
    }
    return months;
}

Result<QList<SupplierMonth>> SupplierPerformanceRepository::months(const SupplierId &supplier) const
{
    if (supplier.isNull())
        return read(u"ORDER BY sp.name, m.month_year"_s, [](SqlQuery &) {});
    return read(u"WHERE m.supplier_id = :supplier ORDER BY m.month_year"_s,
                [&supplier](SqlQuery &q) { q.bind(u":supplier"_s, supplier); });
}

Result<QList<SupplierMonth>> SupplierPerformanceRepository::month(const QDate &month) const
{
    return read(u"WHERE m.month_year = :month ORDER BY m.profit DESC, sp.name"_s,
                [&month](SqlQuery &q) { q.bind(u":month"_s, QDate(month.year(), month.month(), 1)); });
}

} // namespace sf
