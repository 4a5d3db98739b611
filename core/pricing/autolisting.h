#pragma once

#include "autolistingdecision.h"
#include "pricingcontext.h"

namespace sf::autolisting {

// What a rule's conditions see of a pair.
struct PairFacts {
    QString status;
    std::optional<qint64> marginBp; // (net proceeds at the market price − cost) ÷ cost
    std::optional<int> ageDays;     // since the purchase
    QString brand;
    QString category;
    std::optional<qint64> costMinor;
    MarketContext market;
};

struct RuleCheck {
    int met = 0;
    int total = 0;
    QStringList unmet; // translated: the condition and the pair's figure

    bool matches() const { return met == total; }
    double confidence() const { return total == 0 ? 1.0 : double(met) / double(total); }
};

struct ListingPrice {
    Money price;
    QStringList reasoning;
    Money floor; // the lowest ask that nets cost + minimum profit after fees
};

PairFacts factsFor(const PricingCandidate &pair, const PricingContext &context);
RuleCheck check(const AutoListingConditions &conditions, const PairFacts &facts);
// The ask a strategy gives a pair of this cost (original-system.md §3.16, with the real market in place
// of the original's simulated one), raised to the floor after fees and rounded psychologically.
ListingPrice priceFor(AutoListingStrategy strategy, qint64 markupBp, const Money &cost, const MarketContext &market,
                      const PricingContext &context);
// The first active rule (in the given order) whose conditions all hold wins.
AutoListingDecision decide(const QList<AutoListingRule> &rules, const PricingCandidate &pair,
                           const PricingContext &context);

} // namespace sf::autolisting
