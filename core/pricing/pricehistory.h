#pragma once

#include "domain/money.h"
#include "pricinginput.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace sf {

// A timed amount: one of our asks, or one of our sales.
struct PricePoint {
    QDateTime at;
    Money amount;
};

// Everything the price-history chart of one product and size shows over a period.
struct PriceHistory {
    QList<MarketDay> market;      // StockX's daily snapshots, oldest first
    QList<PricePoint> ourAsks;    // sales.pricing_history: each new ask we set, oldest first
    QList<PricePoint> sales;      // our counted sales of the size, oldest first
    std::optional<Money> cost;    // average net purchase price of the pairs of the size on hand (else of all)
    QList<PricePoint> shopPrices; // a shop's offer of the size (Awin), each price it had, oldest first
};

} // namespace sf
