#pragma once

#include "domain/itemstatus.h"
#include "domain/money.h"

#include <QDateTime>

#include <map>
#include <optional>

namespace sf {

// What the period earned (sales that count: not cancelled, returned or failed) and where the stock
// stands now. Formulas: original-system.md §3.2; the cost basis is the pair's net purchase price.
struct Kpis {
    // Sales in the period
    qint64 pairsSold = 0;
    Money revenue;          // gross sale prices
    Money netProceeds;      // after the marketplace's fees
    Money netProfit;        // net proceeds − cost, over the sales whose cost is known
    Money cost;             // net purchase prices of those sales
    Money revenueWithCost;  // gross sale prices of those sales (the margin's base)
    qint64 withoutCost = 0; // sales whose pair has no purchase price: left out of profit, ROI and margin
    std::optional<double> averageShelfLifeDays;
    // Payouts: net proceeds of counted sales not paid out yet (any date), and the UTC day of the oldest.
    Money payoutsPending;
    QDate oldestPendingDay;
    // Stock on hand now (not sold or cancelled)
    qint64 pairsOnHand = 0;
    Money stockCostNet;
    Money stockCostGross;
    std::map<ItemStatus, qint64> pairsByStatus;
    // Stock at market: each pair at the latest StockX lowest ask and highest bid of its size
    // (pricing.market_prices); pairs without a market figure are left out and counted in pairsWithMarket.
    qint64 pairsWithMarket = 0;
    Money stockAtAsk;
    Money stockAtBid;
    // (highest bid − net purchase price) × quantity, over the pairs with a bid and a cost; before fees.
    Money unrealisedGain;

    std::optional<Money> averageSalePrice() const;
    // net profit / cost × 100, over the sales with a cost
    std::optional<double> roiPercent() const;
    // net profit / revenue × 100, over the sales with a cost
    std::optional<double> marginPercent() const;
    // pairs sold / (pairs sold + pairs on hand) × 100
    std::optional<double> sellThroughPercent() const;
    // pairs with a market figure / pairs on hand × 100
    std::optional<double> marketCoveragePercent() const;
};

} // namespace sf
