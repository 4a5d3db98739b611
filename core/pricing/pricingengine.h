#pragma once

#include "domain/result.h"
#include "pricinginput.h"
#include "recommendation.h"

namespace sf::pricingengine {

// The fees the marketplace takes at `price`, summed.
Money feesAt(const QList<FeeRule> &fees, const Money &price);
// The smallest price whose net proceeds after `fees` reach `net`.
Money priceForNet(const QList<FeeRule> &fees, const Money &net);
// Below 20: the whole amount − 0.05 (15.95); below 100: − 0.01 (75.99); else the nearest 5 (125.00).
Money psychologicalRound(const Money &price);
// The psychological price nearest `price` that is not below `floor`.
Money psychologicalRoundAbove(const Money &price, const Money &floor);

MarketCondition marketCondition(const QList<MarketDay> &market, const QDate &today);

// The strategies of original-system.md §3.5, each from real market rows only; none when its data is missing.
std::optional<StrategyResult> costPlus(const PricingInput &input);
std::optional<StrategyResult> marketBased(const PricingInput &input);
std::optional<StrategyResult> competitive(const PricingInput &input);
std::optional<StrategyResult> valueBased(const PricingInput &input);
std::optional<StrategyResult> dynamic(const PricingInput &input);

// The recommended price: `only` that strategy (falling back to cost plus), or the strategy the market
// condition calls for (§3.7), or the best-scored result; then the rules' minimum margins and the floor
// after fees, then psychological rounding that never goes below the floor.
Result<Recommendation> recommend(const PricingInput &input, std::optional<PricingStrategy> only = std::nullopt);

} // namespace sf::pricingengine
