#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <optional>

namespace sf {

// What the forecasts say to do about one product (original-system.md §3.12, with each product's own
// ensemble forecast and real prices in place of the original's hard-coded numbers).
struct Insight {
    enum class Kind { Restock, Clearance };
    enum class Priority { Low, Medium, High };

    Kind kind = Kind::Restock;
    Priority priority = Priority::Low;
    ProductId product;
    QString sku;
    QString productName;
    qint64 onHand = 0;
    double forecastUnits = 0; // over the horizon
    int horizonDays = 56;
    // Restock: days until the pairs on hand are gone; clearance: days to sell them at the forecast pace
    // (none: nothing is forecast to sell).
    std::optional<double> days;
    qint64 quantity = 0;                // restock: pairs to buy for the horizon
    std::optional<Money> profitPerPair; // restock: expected net proceeds − average cost
    std::optional<double> roiPercent;   // restock: profit ÷ cost
};

} // namespace sf
