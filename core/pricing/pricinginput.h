#pragma once

#include "domain/money.h"
#include "pricerule.h"
#include "sales/marketplace.h"

#include <QDate>
#include <QList>

#include <optional>

namespace sf {

// One day of StockX figures for the pair's size (pricing.market_prices).
struct MarketDay {
    QDate day;
    std::optional<Money> lowestAsk;
    std::optional<Money> highestBid;
    std::optional<Money> lastSale;
};

// Everything the engine needs about one pair, read from the database beforehand: the engine itself is
// pure, so a repricing plan of ten thousand listings runs without a query per strategy.
struct PricingInput {
    QString currency = QStringLiteral("EUR");
    std::optional<Money> cost; // the pair's net purchase price
    QString condition = QStringLiteral("new");
    QList<MarketDay> market;     // oldest first, real snapshots only
    QList<PriceRule> rules;      // the rules in force for the pair's brand, category and marketplace
    QList<int> brandMultipliers; // effective multipliers of the brand, thousandths
    QList<FeeRule> fees;         // the marketplace's fees for the operator's seller level
    Money minimumProfit;         // after fees: a price never nets less than cost + this
    std::optional<qint64> targetMarginBp;
    std::optional<Money> currentAsk; // our ask now, when listed
    int daysListed = 0;
    QDate today;
};

} // namespace sf
