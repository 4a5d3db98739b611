#pragma once

#include "autolistingconditions.h"
#include "autolistingstrategy.h"
#include "domain/ids.h"

namespace sf {

// A row of pricing.auto_listing_rules: when its conditions all hold for a pair in stock, the pair is
// listed on StockX at the strategy's price with `markupBp`, and the ask expires after `expiresDays`.
struct AutoListingRule {
    AutoListingRuleId id;
    QString name;
    int priority = 100; // lower is tried first, then `position`
    int position = 0;
    bool active = false;
    AutoListingConditions conditions;
    AutoListingStrategy strategy = AutoListingStrategy::MarketBased;
    qint64 markupBp = 2000;
    int expiresDays = 30;
};

} // namespace sf
