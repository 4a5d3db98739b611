#pragma once

#include "deadstocklevel.h"
#include "domain/ids.h"
#include "domain/itemstatus.h"
#include "domain/money.h"

#include <optional>

namespace sf {

// One pair on hand, classified (original-system.md §3.10) with its real market figures.
struct DeadStockItem {
    StockItemId id;
    QString sku;
    QString productName;
    QString brand;
    QString category;
    QString sizeLabel;
    ItemStatus status = ItemStatus::InStock;
    int quantity = 1;
    double daysInStock = 0;
    std::optional<Money> purchasePrice; // net
    std::optional<Money> lowestAsk;     // the newest StockX figures of the pair's size
    std::optional<Money> highestBid;
    std::optional<Money> askMonthAgo; // the lowest ask 30 days before the newest one, for the trend

    // Filled by DeadStockAnalysis::classify
    double ageRisk = 0;
    std::optional<double> marketRisk; // none: no market figure, classified by age alone
    double velocityRisk = 0;
    double riskScore = 0;
    DeadStockLevel level = DeadStockLevel::Hot;
    Money lockedCapital;
    Money potentialLoss;

    // The lowest ask, or the highest bid when nobody asks: the price the pair competes with.
    std::optional<Money> marketPrice() const { return lowestAsk ? lowestAsk : highestBid; }
    // The lowest ask's change over the last 30 days, in percent.
    std::optional<double> trendPercent() const;
};

} // namespace sf
