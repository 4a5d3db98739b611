#pragma once

#include "db/database.h"
#include "pricingcandidate.h"

#include <QHash>

namespace sf {

// What pricing every pair shares, read once per run: the rules, the brands' multipliers, StockX's fees at
// the operator's seller level, and the minimum profit after fees.
struct PricingContext {
    MarketplaceId stockx;
    QList<PriceRule> rules;
    QHash<BrandId, QList<int>> brandMultipliers;
    QList<FeeRule> fees;
    Money minimumProfit;
    QDateTime now;

    static constexpr auto kMinimumProfitKey = "pricing.minimum_profit"; // decimal, e.g. 10.00
    static constexpr auto kSellerLevelKey = "stockx.seller_level";      // 1–5
    static constexpr auto kDefaultMinimumProfit = "10.00";
    static constexpr int kMarketDays = 14; // the longest window a strategy reads

    static Result<PricingContext> load(const Database &db, const QDateTime &now, const QString &currency);
    // The engine's input for one pair.
    PricingInput inputFor(const PricingCandidate &candidate) const;
};

} // namespace sf
