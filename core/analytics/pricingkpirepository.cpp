#include "pricingkpirepository.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
#include "kpisql.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
using kpisql::Scope;

struct Level {
    QString name;     // aggregation_level
    QString brand;    // the brand_id column's value, or NULL
    QString platform; // the platform_id column's value, or NULL
    QString groupBy;  // empty: one row
    bool needsProduct;
};
} // namespace

Result<int> PricingKpiRepository::refresh(const KpiQuery &period) const
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    SqlQuery clear(m_db, u"DELETE FROM {{analytics.pricing_kpis}} WHERE kpi_date = :day"_s);
    clear.bind(u":day"_s, period.to);
    if (Status status = clear.exec(); !status)
        return status.error();
    const QList<Level> levels{{u"total"_s, u"NULL"_s, u"NULL"_s, QString(), false},
                              {u"brand"_s, u"p.brand_id"_s, u"NULL"_s, u"p.brand_id"_s, true},
                              {u"platform"_s, u"NULL"_s, u"o.platform_id"_s, u"o.platform_id"_s, false}};
    int written = 0;
    for (const Level &level : levels) {
        // Margin and markup in percent with two decimals, over the sales whose pair has a cost.
        SqlQuery q(m_db,
                   u"INSERT INTO {{analytics.pricing_kpis}} (id, kpi_date, brand_id, platform_id, aggregation_level, "
                   "average_margin_percent, average_markup_percent, revenue_impact_eur, units_sold, "
                   "average_selling_price) SELECT {{new_uuid}}, :day, %1, %2, '%3', "
                   "ROUND(100.0 * SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.net_profit END) / "
                   "NULLIF(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.gross_sale END), 0), 2), "
                   "ROUND(100.0 * SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.net_profit END) / "
                   "NULLIF(SUM(s.purchase_price), 0), 2), "
                   "COALESCE(SUM(o.gross_sale), 0), COUNT(*), {{round_money:AVG(o.gross_sale)}}"_s.arg(
                       level.brand, level.platform, level.name) +
                       kpisql::from(period, Scope::PeriodSales, level.needsProduct) +
                       kpisql::where(period, Scope::PeriodSales) +
                       (level.groupBy.isEmpty() ? u" HAVING COUNT(*) > 0"_s : u" GROUP BY "_s + level.groupBy));
        kpisql::bind(q, period, Scope::PeriodSales);
        q.bind(u":day"_s, period.to);
        if (Status status = q.exec(); !status)
            return status.error();
        written += q.rowsAffected();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return written;
}

} // namespace sf
