#pragma once

#include "autolistingrule.h"
#include "marketcontext.h"
#include "pricingcandidate.h"

namespace sf {

// What auto-listing makes of one pair in stock: the first rule whose conditions all hold and the ask
// it would list the pair at; or, when no active rule holds, the nearest one and what it missed.
struct AutoListingDecision {
    PricingCandidate pair;
    MarketContext market;
    std::optional<AutoListingRule> rule; // the matching rule
    QString nearestRule;                 // no match: the active rule with the largest share met
    double confidence = 0;               // conditions met ÷ conditions of the rule (or the nearest)
    QStringList unmet;                   // the nearest rule's conditions that failed, and why
    Money price;
    Money fees;
    Money netProceeds;
    std::optional<Money> profit;
    Money floor; // the lowest ask that nets cost + minimum profit
    QDateTime expiresAt;
    QStringList reasoning;

    bool matched() const { return rule.has_value(); }
};

} // namespace sf
