#pragma once

#include "domain/result.h"

#include <QStringList>

#include <optional>

namespace sf {

// What a pair must satisfy for an auto-listing rule (original-system.md §3.16). Every set condition
// counts; an empty list or unset bound is no condition. Stored as JSON in pricing.auto_listing_rules:
// {"min_margin_percent": 25, "status": ["in_stock"], "min_age_days": 7, "market_condition": ["bullish"],
//  "brands": ["Nike"], "categories": ["Sneakers"], "min_purchase_price": "100.00", "max_purchase_price":
//  "500.00", "volatility": ["low"], "trend": ["stable"], "min_competitor_gap_percent": 15,
//  "min_demand_score": 0.7}
struct AutoListingConditions {
    std::optional<qint64> minMarginBp; // profit after fees at the market price, against the cost
    QStringList statuses;              // inventory status keys
    std::optional<int> minAgeDays;     // days since the purchase
    QStringList marketConditions;      // bullish, stable, bearish, volatile
    QStringList brands;                // brand names, compared without case
    QStringList categories;            // category names, compared without case
    std::optional<qint64> minPurchaseMinor;
    std::optional<qint64> maxPurchaseMinor;
    QStringList volatilities; // low, moderate, high
    QStringList trends;       // rising, stable, declining
    std::optional<qint64> minCompetitorGapBp;
    std::optional<int> minDemandPermille;

    int count() const;
    QString toJson() const;
    // Refuses unknown keys and unreadable values, so a mistyped condition never widens a rule.
    static Result<AutoListingConditions> fromJson(const QString &json);
    // One translated line per condition, e.g. "margin after fees ≥ 25 %".
    QStringList describe() const;
    // The operator's words for stored keys (an inventory status, a market condition, a volatility or a
    // trend), joined with commas.
    static QString keyNames(const QStringList &keys);
};

} // namespace sf
