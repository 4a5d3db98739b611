#pragma once

#include <QString>

#include <optional>

namespace sf {

// The five strategies of the original pricing engine (original-system.md §3.5).
enum class PricingStrategy { CostPlus, MarketBased, Competitive, ValueBased, Dynamic };

namespace pricingstrategy {
QString key(PricingStrategy strategy); // cost_plus, market_based, … as stored in pricing.price_rules
std::optional<PricingStrategy> fromKey(const QString &key);
QString displayName(PricingStrategy strategy);
// The weight the best-result selection multiplies a strategy's confidence with.
double selectionWeight(PricingStrategy strategy);
} // namespace pricingstrategy

} // namespace sf
