#pragma once

#include <QString>

#include <optional>

namespace sf {

// How an auto-listing rule prices the pairs it lists (original-system.md §3.16).
enum class AutoListingStrategy { CostPlus, MarketBased, Competitive, Premium, Clearance, Aggressive };

namespace autolistingstrategy {
QString key(AutoListingStrategy strategy); // as stored in pricing.auto_listing_rules
std::optional<AutoListingStrategy> fromKey(const QString &key);
QString displayName(AutoListingStrategy strategy);
QList<AutoListingStrategy> all();
} // namespace autolistingstrategy

} // namespace sf
