#pragma once

#include "kpiquery.h"

#include <QStringList>

namespace sf {

class SqlQuery;

// The FROM and WHERE every dashboard figure shares, so the tiles, the charts, the CLI and the drill-down
// count the same sales and the same pairs. Sales: `o` order, `s` stock, `m` marketplace, `p` product.
// Stock: `s` stock, `p` product. Summed sales (analytics.sales_daily): `d`, with `m` and `p`.
namespace kpisql {
enum class Scope {
    PeriodSales, // counted sales (not cancelled, returned or failed) of the period's days
    Stock,       // pairs on hand (not sold or cancelled); the marketplace does not apply
};
// The sales_daily key "no supplier" (a NULL cannot be part of its conflict key on SQLite).
inline constexpr char16_t kNoSupplier[] = u"00000000-0000-0000-0000-000000000000";
// The product `p` is joined only when the brand filter or the caller (`withProduct`) needs it: on a
// million orders each join is a million lookups.
QString from(const KpiQuery &query, Scope scope, bool withProduct = false);
// The scope's conditions with the query's currency, marketplace, brand and supplier.
QString where(const KpiQuery &query, Scope scope);
// LEFT JOIN of `mk` (pricing.market_latest), the newest StockX market figure of the stock row's product
// and size in its currency: two index lookups per pair.
QString latestMarketJoin();
// Binds what where() asked for.
void bind(SqlQuery &q, const KpiQuery &query, Scope scope);

// The same filters over analytics.sales_daily `d`, which holds only counted sales with a sale date and a
// currency: the period's days, or every day when `days` is `AnyDay`. The filters are subqueries on the
// small tables, so a query sums `d` alone and joins names only to its few aggregated rows.
enum class Days { Period, AnyDay };
inline QString dailyFrom()
{
    return QStringLiteral(" FROM {{analytics.sales_daily}} d");
}
QString dailyWhere(const KpiQuery &query, Days days);
void bindDaily(SqlQuery &q, const KpiQuery &query, Days days);
} // namespace kpisql

} // namespace sf
