#include "kpirepository.h"

#include "db/sqlquery.h"
#include "kpisql.h"

using namespace Qt::StringLiterals;

namespace sf {

using kpisql::Days;
using kpisql::Scope;

namespace {
Money sum(const SqlQuery &q, int column, const QString &currency)
{
    return q.money(column, currency).value_or(Money(0, currency));
}
} // namespace

Result<Kpis> KpiRepository::compute(const KpiQuery &query, Parts parts) const
{
    Kpis kpis;
    if (Status status = readSales(query, kpis); !status)
        return status.error();
    if (parts == Parts::PeriodOnly)
        return kpis;
    for (const auto read : {&KpiRepository::readPayouts, &KpiRepository::readStock})
        if (Status status = (this->*read)(query, kpis); !status)
            return status.error();
    return kpis;
}

Result<bool> KpiRepository::hasData() const
{
    SqlQuery q(m_db, u"SELECT CASE WHEN EXISTS (SELECT 1 FROM {{inventory.stock}}) "
                     "OR EXISTS (SELECT 1 FROM {{sales.order}}) THEN 1 ELSE 0 END"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() && q.integer(0) == 1;
}

Result<QList<SalesDay>> KpiRepository::salesByDay(const KpiQuery &query) const
{
    SqlQuery q(m_db, u"SELECT x.day, m.slug, m.name, x.sales, x.gross, x.net_profit FROM (SELECT d.day, d.platform_id, "
                     "SUM(d.sales) AS sales, SUM(d.gross) AS gross, SUM(d.net_profit) AS net_profit"_s +
                         kpisql::dailyFrom() + kpisql::dailyWhere(query, Days::Period) +
                         u" GROUP BY d.day, d.platform_id HAVING SUM(d.sales) <> 0) x "
                         "JOIN {{platform.marketplace}} m ON m.id = x.platform_id ORDER BY 1, 3"_s);
    kpisql::bindDaily(q, query, Days::Period);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SalesDay> days;
    while (q.next())
        days.append(
            {q.date(0), q.string(1), q.string(2), q.integer(3), sum(q, 4, query.currency), sum(q, 5, query.currency)});
    return days;
}

Status KpiRepository::readSales(const KpiQuery &query, Kpis &kpis) const
{
    SqlQuery q(m_db, u"SELECT COALESCE(SUM(d.sales), 0), COALESCE(SUM(d.gross), 0), COALESCE(SUM(d.net_proceeds), 0), "
                     "COALESCE(SUM(d.net_profit), 0), COALESCE(SUM(d.cost), 0), "
                     "COALESCE(SUM(CASE WHEN d.has_cost = 1 THEN d.gross END), 0), "
                     "COALESCE(SUM(CASE WHEN d.has_cost = 0 THEN d.sales ELSE 0 END), 0), "
                     "COALESCE(SUM(d.shelf_life_sum), 0), COALESCE(SUM(d.shelf_life_n), 0)"_s +
                         kpisql::dailyFrom() + kpisql::dailyWhere(query, Days::Period));
    kpisql::bindDaily(q, query, Days::Period);
    if (Status status = q.exec(); !status)
        return status;
    if (!q.next())
        return {};
    kpis.pairsSold = q.integer(0);
    kpis.revenue = sum(q, 1, query.currency);
    kpis.netProceeds = sum(q, 2, query.currency);
    kpis.netProfit = sum(q, 3, query.currency);
    kpis.cost = sum(q, 4, query.currency);
    kpis.revenueWithCost = sum(q, 5, query.currency);
    kpis.withoutCost = q.integer(6);
    if (const qint64 withShelfLife = q.integer(8); withShelfLife > 0)
        kpis.averageShelfLifeDays = double(q.integer(7)) / double(withShelfLife);
    return {};
}

Status KpiRepository::readPayouts(const KpiQuery &query, Kpis &kpis) const
{
    SqlQuery q(m_db, u"SELECT COALESCE(SUM(d.pending_net_proceeds), 0), MIN(d.day)"_s + kpisql::dailyFrom() +
                         kpisql::dailyWhere(query, Days::AnyDay) + u" AND d.pending_sales <> 0"_s);
    kpisql::bindDaily(q, query, Days::AnyDay);
    if (Status status = q.exec(); !status)
        return status;
    if (q.next()) {
        kpis.payoutsPending = sum(q, 0, query.currency);
        kpis.oldestPendingDay = q.date(1);
    }
    return {};
}

Status KpiRepository::readStock(const KpiQuery &query, Kpis &kpis) const
{
    // The pairs are summed per product, size and status first, so the market figures are looked up once
    // per size instead of once per pair: (bid − cost) × quantity = bid × priced pairs − their cost.
    SqlQuery q(m_db, u"SELECT s.status, COALESCE(SUM(s.pairs), 0), COALESCE(SUM(s.cost_net), 0), "
                     "COALESCE(SUM(s.cost_gross), 0), "
                     "COALESCE(SUM(CASE WHEN mk.lowest_ask IS NOT NULL OR mk.highest_bid IS NOT NULL "
                     "THEN s.pairs ELSE 0 END), 0), "
                     "COALESCE(SUM(mk.lowest_ask * s.pairs), 0), COALESCE(SUM(mk.highest_bid * s.pairs), 0), "
                     "COALESCE(SUM(mk.highest_bid * s.priced_pairs - s.cost_net), 0) FROM ("
                     "SELECT s.product_id, s.size_id, s.currency, s.status, SUM(s.quantity) AS pairs, "
                     "SUM(CASE WHEN s.purchase_price IS NOT NULL THEN s.quantity ELSE 0 END) AS priced_pairs, "
                     "SUM(COALESCE(s.purchase_price, 0) * s.quantity) AS cost_net, "
                     "SUM(COALESCE(s.gross_purchase_price, 0) * s.quantity) AS cost_gross"_s +
                         kpisql::from(query, Scope::Stock) + kpisql::where(query, Scope::Stock) +
                         u" GROUP BY s.product_id, s.size_id, s.currency, s.status) s"_s + kpisql::latestMarketJoin() +
                         u" GROUP BY s.status"_s);
    kpisql::bind(q, query, Scope::Stock);
    if (Status status = q.exec(); !status)
        return status;
    const QString &c = query.currency;
    kpis.stockCostNet = kpis.stockCostGross = kpis.stockAtAsk = kpis.stockAtBid = kpis.unrealisedGain = Money(0, c);
    while (q.next()) {
        const qint64 pairs = q.integer(1);
        if (const auto status = itemstatus::fromKey(q.string(0)))
            kpis.pairsByStatus[*status] += pairs;
        kpis.pairsOnHand += pairs;
        kpis.stockCostNet = kpis.stockCostNet + sum(q, 2, c);
        kpis.stockCostGross = kpis.stockCostGross + sum(q, 3, c);
        kpis.pairsWithMarket += q.integer(4);
        kpis.stockAtAsk = kpis.stockAtAsk + sum(q, 5, c);
        kpis.stockAtBid = kpis.stockAtBid + sum(q, 6, c);
        kpis.unrealisedGain = kpis.unrealisedGain + sum(q, 7, c);
    }
    return {};
}

} // namespace sf
