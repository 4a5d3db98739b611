#include "kpirepository.h"

#include "db/sqlquery.h"
#include "kpisql.h"

using namespace Qt::StringLiterals;

namespace sf {

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
    SqlQuery q(m_db,
               u"SELECT {{utc_day:o.sold_at}} AS day, m.slug, MIN(m.name), COUNT(*), COALESCE(SUM(o.gross_sale), 0), "
               "COALESCE(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.net_profit END), 0)"_s +
                   kpisql::from(query, Scope::PeriodSales) + kpisql::where(query, Scope::PeriodSales) +
                   u" GROUP BY {{utc_day:o.sold_at}}, m.slug ORDER BY 1, 3"_s);
    kpisql::bind(q, query, Scope::PeriodSales);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SalesDay> days;
    while (q.next())
        days.append({QDate::fromString(q.string(0), Qt::ISODate), q.string(1), q.string(2), q.integer(3),
                     sum(q, 4, query.currency), sum(q, 5, query.currency)});
    return days;
}

Status KpiRepository::readSales(const KpiQuery &query, Kpis &kpis) const
{
    SqlQuery q(m_db, u"SELECT COUNT(*), COALESCE(SUM(o.gross_sale), 0), COALESCE(SUM(o.net_proceeds), 0), "
                     "COALESCE(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.net_profit END), 0), "
                     "COALESCE(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN s.purchase_price END), 0), "
                     "COALESCE(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.gross_sale END), 0), "
                     "COALESCE(SUM(CASE WHEN s.purchase_price IS NULL THEN 1 ELSE 0 END), 0), "
                     "AVG(o.shelf_life_days)"_s +
                         kpisql::from(query, Scope::PeriodSales) + kpisql::where(query, Scope::PeriodSales));
    kpisql::bind(q, query, Scope::PeriodSales);
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
    if (!q.isNull(7))
        kpis.averageShelfLifeDays = q.value(7).toDouble();
    return {};
}

Status KpiRepository::readPayouts(const KpiQuery &query, Kpis &kpis) const
{
    SqlQuery q(m_db, u"SELECT COALESCE(SUM(o.net_proceeds), 0), MIN(o.sold_at)"_s +
                         kpisql::from(query, Scope::AnySales) + kpisql::where(query, Scope::AnySales) +
                         u" AND NOT o.payout_received"_s);
    kpisql::bind(q, query, Scope::AnySales);
    if (Status status = q.exec(); !status)
        return status;
    if (q.next()) {
        kpis.payoutsPending = sum(q, 0, query.currency);
        if (!q.isNull(1))
            kpis.oldestPendingSale = q.dateTime(1);
    }
    return {};
}

Status KpiRepository::readStock(const KpiQuery &query, Kpis &kpis) const
{
    SqlQuery q(m_db, u"SELECT s.status, COALESCE(SUM(s.quantity), 0), "
                     "COALESCE(SUM(COALESCE(s.purchase_price, 0) * s.quantity), 0), "
                     "COALESCE(SUM(COALESCE(s.gross_purchase_price, 0) * s.quantity), 0), "
                     "COALESCE(SUM(CASE WHEN mk.lowest_ask IS NOT NULL OR mk.highest_bid IS NOT NULL "
                     "THEN s.quantity ELSE 0 END), 0), "
                     "COALESCE(SUM(mk.lowest_ask * s.quantity), 0), COALESCE(SUM(mk.highest_bid * s.quantity), 0), "
                     "COALESCE(SUM((mk.highest_bid - s.purchase_price) * s.quantity), 0)"_s +
                         kpisql::from(query, Scope::Stock) + kpisql::latestMarketJoin() +
                         kpisql::where(query, Scope::Stock) + u" GROUP BY s.status"_s);
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
