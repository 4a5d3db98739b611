#pragma once

#include "kpiquery.h"

#include <QStringList>

namespace sf {

class SqlQuery;

// The FROM and WHERE every dashboard figure shares, so the tiles, the charts, the CLI and the drill-down
// count the same sales and the same pairs. Sales: `o` order, `s` stock, `m` marketplace, `p` product.
// Stock: `s` stock, `p` product.
namespace kpisql {
enum class Scope {
    PeriodSales, // counted sales (not cancelled, returned or failed) of the period's days
    AnySales,    // counted sales of any date
    Stock,       // pairs on hand (not sold or cancelled); the marketplace does not apply
};
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
} // namespace kpisql

} // namespace sf
