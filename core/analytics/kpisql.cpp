#include "kpisql.h"

#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf::kpisql {

namespace {
void bindFilters(SqlQuery &q, const KpiQuery &query, bool withMarketplace)
{
    if (withMarketplace && !query.marketplaceSlug.isEmpty())
        q.bind(u":marketplace"_s, query.marketplaceSlug);
    if (!query.brand.isNull())
        q.bind(u":brand"_s, query.brand);
    if (!query.supplier.isNull())
        q.bind(u":supplier"_s, query.supplier);
    if (!query.product.isNull())
        q.bind(u":product"_s, query.product);
}

// The supplier and product conditions; `pair` is the alias holding supplier_id and product_id (the stock
// row, or the sales_daily row).
QString pairConditions(const KpiQuery &query, const QString &pair)
{
    QString where;
    if (!query.supplier.isNull())
        where += u" AND %1.supplier_id = :supplier"_s.arg(pair);
    if (!query.product.isNull())
        where += u" AND %1.product_id = :product"_s.arg(pair);
    return where;
}
} // namespace

QString from(const KpiQuery &query, Scope scope, bool withProduct)
{
    const QString product =
        withProduct || !query.brand.isNull() ? u"JOIN {{catalog.product}} p ON p.id = s.product_id "_s : QString();
    if (scope == Scope::Stock)
        return u" FROM {{inventory.stock}} s "_s + product;
    return u" FROM {{sales.order}} o JOIN {{inventory.stock}} s ON s.id = o.inventory_item_id "
           "JOIN {{platform.marketplace}} m ON m.id = o.platform_id "_s +
           product;
}

QString where(const KpiQuery &query, Scope scope)
{
    QString where =
        scope == Scope::Stock
            ? u" WHERE s.status NOT IN ('sold', 'canceled') AND s.currency = :currency"_s
            : u" WHERE o.status NOT IN ('cancelled', 'returned', 'failed') AND o.currency_code = :currency"_s;
    if (scope == Scope::PeriodSales)
        where += u" AND o.sold_at >= :from AND o.sold_at < :to"_s;
    if (scope == Scope::PeriodSales && !query.marketplaceSlug.isEmpty())
        where += u" AND m.slug = :marketplace"_s;
    if (!query.brand.isNull())
        where += u" AND p.brand_id = :brand"_s;
    return where + pairConditions(query, u"s"_s);
}

QString latestMarketJoin()
{
    return u" LEFT JOIN {{pricing.market_latest}} mk ON mk.platform_name = 'stockx' AND mk.variant_id = ("
           "SELECT v.id FROM {{catalog.product_variant}} v JOIN {{pricing.market_latest}} ml ON ml.variant_id = v.id "
           "AND ml.platform_name = 'stockx' WHERE v.product_id = s.product_id AND v.size_id = s.size_id "
           "AND ml.currency = s.currency ORDER BY ml.price_date DESC LIMIT 1) "_s;
}

void bind(SqlQuery &q, const KpiQuery &query, Scope scope)
{
    q.bind(u":currency"_s, query.currency);
    if (scope == Scope::PeriodSales) {
        q.bind(u":from"_s, QDateTime(query.from, QTime(0, 0), Qt::UTC));
        q.bind(u":to"_s, QDateTime(query.to.addDays(1), QTime(0, 0), Qt::UTC));
    }
    bindFilters(q, query, scope == Scope::PeriodSales);
}

QString dailyWhere(const KpiQuery &query, Days days)
{
    QString where = u" WHERE d.currency = :currency"_s;
    if (days == Days::Period)
        where += u" AND d.day >= :from_day AND d.day <= :to_day"_s;
    if (!query.marketplaceSlug.isEmpty())
        where += u" AND d.platform_id IN (SELECT id FROM {{platform.marketplace}} WHERE slug = :marketplace)"_s;
    if (!query.brand.isNull())
        where += u" AND d.product_id IN (SELECT id FROM {{catalog.product}} WHERE brand_id = :brand)"_s;
    return where + pairConditions(query, u"d"_s);
}

void bindDaily(SqlQuery &q, const KpiQuery &query, Days days)
{
    q.bind(u":currency"_s, query.currency);
    if (days == Days::Period) {
        q.bind(u":from_day"_s, query.from);
        q.bind(u":to_day"_s, query.to);
    }
    bindFilters(q, query, true);
}

} // namespace sf::kpisql
