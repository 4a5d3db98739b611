#pragma once

#include "brandmultiplier.h"
#include "db/database.h"
#include "pricerule.h"

namespace sf {

// pricing.price_rules and pricing.brand_multipliers.
class PriceRuleRepository {
public:
    explicit PriceRuleRepository(const Database &db)
        : m_db(db)
    {}

    // The rules in force at `at`, by priority (lower first), as original-system.md §3.4 selects them.
    Result<QList<PriceRule>> activeRules(const QDateTime &at) const;
    // Every rule, in force or not, by priority.
    Result<QList<PriceRule>> allRules() const;
    Result<PriceRule> create(const PriceRule &rule) const;
    Status update(const PriceRule &rule) const;
    Status removeRule(const PriceRuleId &id) const;
    // How many pairs in stock or listed on StockX a rule of this brand (null: any) would price.
    Result<qint64> pairsCovered(const BrandId &brand) const;
    // The multipliers in force on `day`, per brand, in thousandths.
    Result<QHash<BrandId, QList<int>>> brandMultipliers(const QDate &day) const;
    Result<BrandMultiplier> create(const BrandMultiplier &multiplier) const;
    Result<QList<BrandMultiplier>> allMultipliers() const;
    Status removeMultiplier(const QString &id) const;

private:
    const Database &m_db;
};

// The rules that apply to a pair of this brand and category sold on this marketplace: each rule's brand,
// category and marketplace equal the pair's or are unset.
QList<PriceRule> rulesFor(const QList<PriceRule> &rules, const BrandId &brand, const CategoryId &category,
                          const MarketplaceId &marketplace);

} // namespace sf
