#pragma once

#include "domain/money.h"
#include "pricingstrategy.h"

#include <QStringList>

#include <optional>

namespace sf {

enum class MarketCondition { Stable, Bullish, Bearish, Volatile };
enum class MarketPosition { Unknown, BelowMarket, Competitive, AboveMarket };

struct StrategyResult {
    PricingStrategy strategy = PricingStrategy::CostPlus;
    Money price;
    double confidence = 0;
    QStringList reasoning;
};

// What the engine recommends for one pair, with what it nets after the marketplace's fees.
struct Recommendation {
    Money price;
    PricingStrategy strategy = PricingStrategy::CostPlus;
    double confidence = 0;
    QStringList reasoning;
    Money fees;
    Money netProceeds;
    std::optional<Money> profit; // net proceeds − cost, when the cost is known
    std::optional<Money> floor;  // the lowest price that nets cost + minimum profit
    MarketCondition condition = MarketCondition::Stable;
    MarketPosition position = MarketPosition::Unknown;
    double sellProbability = 0.5;
    QList<StrategyResult> candidates;
};

} // namespace sf
