#pragma once

#include "domain/ids.h"
#include "pricingstrategy.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace sf {

// A row of pricing.price_rules (original-system.md §3.4). Percentages are in hundredths of a percent;
// multipliers in thousandths (1000 = unchanged). An unset brand, category or marketplace matches any.
struct PriceRule {
    PriceRuleId id;
    QString name;
    PricingStrategy type = PricingStrategy::CostPlus; // cost_plus, market_based or competitive
    int priority = 100;                               // lower runs first
    bool active = true;
    BrandId brand;
    CategoryId category;
    MarketplaceId marketplace;
    std::optional<qint64> baseMarkupBp;
    std::optional<qint64> minimumMarginBp;
    std::optional<qint64> maximumDiscountBp;
    QHash<QString, int> conditionMultipliers; // condition → thousandths
    QHash<int, int> seasonalAdjustments;      // month 1–12 → thousandths
    QDateTime effectiveFrom;
    QDateTime effectiveUntil; // invalid: open-ended

    bool isActiveAt(const QDateTime &at) const
    {
        return active && effectiveFrom <= at && (!effectiveUntil.isValid() || at <= effectiveUntil);
    }
    std::optional<int> conditionMultiplier(const QString &condition) const
    {
        const auto it = conditionMultipliers.constFind(condition);
        return it == conditionMultipliers.constEnd() ? std::nullopt : std::optional<int>(*it);
    }
    int seasonalAdjustment(int month) const { return seasonalAdjustments.value(month, 1000); }
};

} // namespace sf
