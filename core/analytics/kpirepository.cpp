#include "kpirepository.h"

#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// Cancelled, returned and failed sales earned nothing.
const QString kCounts = u"o.status NOT IN ('cancelled', 'returned', 'failed') AND o.currency_code = :currency"_s;
const QString kFrom = u" FROM {{sales.order}} o JOIN {{inventory.stock}} s ON s.id = o.inventory_item_id "
                      "JOIN {{platform.marketplace}} m ON m.id = o.platform_id "_s;

QString marketplaceCondition(const KpiQuery &query)
{
    return query.marketplaceSlug.isEmpty() ? QString() : u" AND m.slug = :marketplace"_s;
}

void bindCommon(SqlQuery &q, const KpiQuery &query)
{
    q.bind(u":currency"_s, query.currency);
    if (!query.marketplaceSlug.isEmpty())
        q.bind(u":marketplace"_s, query.marketplaceSlug);
}

void bindPeriod(SqlQuery &q, const KpiQuery &query)
{
    q.bind(u":from"_s, QDateTime(query.from, QTime(0, 0), Qt::UTC));
    q.bind(u":to"_s, QDateTime(query.to.addDays(1), QTime(0, 0), Qt::UTC));
}

Money sum(const SqlQuery &q, int column, const QString &currency)
{
    return q.money(column, currency).value_or(Money(0, currency));
}
} // namespace

Result<Kpis> KpiRepository::compute(const KpiQuery &query) const
{
    Kpis kpis;
    for (const auto read : {&KpiRepository::readSales, &KpiRepository::readPayouts, &KpiRepository::readStock})
        if (Status status = (this->*read)(query, kpis); !status)
            return status.error();
    return kpis;
}

Result<QList<SalesDay>> KpiRepository::salesByDay(const KpiQuery &query) const
{
    SqlQuery q(m_db, u"SELECT {{utc_day:o.sold_at}} AS day, m.name, COUNT(*), COALESCE(SUM(o.gross_sale), 0), "
                     "COALESCE(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.net_profit END), 0)"_s +
                         kFrom + u"WHERE "_s + kCounts + u" AND o.sold_at >= :from AND o.sold_at < :to"_s +
                         marketplaceCondition(query) + u" GROUP BY {{utc_day:o.sold_at}}, m.name ORDER BY 1, 2"_s);
    bindCommon(q, query);
    bindPeriod(q, query);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SalesDay> days;
    while (q.next())
        days.append({QDate::fromString(q.string(0), Qt::ISODate), q.string(1), q.integer(2), sum(q, 3, query.currency),
                     sum(q, 4, query.currency)});
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
                         kFrom + u"WHERE "_s + kCounts + u" AND o.sold_at >= :from AND o.sold_at < :to"_s +
                         marketplaceCondition(query));
    bindCommon(q, query);
    bindPeriod(q, query);
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
    SqlQuery q(m_db, u"SELECT COALESCE(SUM(o.net_proceeds), 0), MIN(o.sold_at)"_s + kFrom + u"WHERE "_s + kCounts +
                         u" AND NOT o.payout_received"_s + marketplaceCondition(query));
    bindCommon(q, query);
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
    SqlQuery q(m_db,
               u"SELECT COALESCE(SUM(s.quantity), 0), "
               "COALESCE(SUM(COALESCE(s.purchase_price, 0) * s.quantity), 0), "
               "COALESCE(SUM(COALESCE(s.gross_purchase_price, 0) * s.quantity), 0) "
               "FROM {{inventory.stock}} s WHERE s.status NOT IN ('sold', 'canceled') AND s.currency = :currency"_s);
    q.bind(u":currency"_s, query.currency);
    if (Status status = q.exec(); !status)
        return status;
    if (q.next()) {
        kpis.pairsOnHand = q.integer(0);
        kpis.stockCostNet = sum(q, 1, query.currency);
        kpis.stockCostGross = sum(q, 2, query.currency);
    }
    return {};
}

} // namespace sf
