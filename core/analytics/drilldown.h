#pragma once

#include "ageingband.h"
#include "expectedpayout.h"
#include "inventory/stockquery.h"
#include "kpiquery.h"
#include "profitbucket.h"
#include "sales/orderquery.h"
#include "salesgroup.h"

#include <optional>

namespace sf {

// The Orders or Stock page query that lists exactly what a dashboard figure counted: the same sales or
// pairs, so the page's count and totals equal the tile's or the bar's.
namespace drilldown {
// The period's counted sales (revenue, profit, pairs sold, … tiles; the sales chart with `day` to `last`).
OrderQuery periodSales(const KpiQuery &query);
OrderQuery periodSales(const KpiQuery &query, const QDate &first, const QDate &last, const QString &marketplaceSlug);
// Counted sales of any date whose payout has not arrived.
OrderQuery pendingPayouts(const KpiQuery &query);
// One bar of expected payouts (rows of one marketplace, sold on consecutive pending days, as the chart
// groups them): that marketplace's pending sales of those days.
OrderQuery expectedPayouts(const KpiQuery &query, const QList<ExpectedPayout> &rows);
// One group of a top-N chart; none for the "no brand" or "no supplier" group, which no filter can name.
std::optional<OrderQuery> group(const KpiQuery &query, SalesGrouping grouping, const SalesGroup &group);
OrderQuery profitBand(const KpiQuery &query, const ProfitBucket &bucket);
// Pairs on hand (stock tiles), optionally one status.
StockQuery onHand(const KpiQuery &query, std::optional<ItemStatus> status = std::nullopt);
StockQuery ageingBand(const KpiQuery &query, const AgeingBand &band);
} // namespace drilldown

} // namespace sf
