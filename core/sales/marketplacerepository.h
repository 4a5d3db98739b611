#pragma once

#include "db/database.h"
#include "marketplace.h"

#include <QList>
#include <optional>

namespace sf {

class MarketplaceRepository {
public:
    explicit MarketplaceRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Marketplace>> all() const;
    Result<std::optional<Marketplace>> findBySlug(const QString &slug) const;
    // Fee rules in force at `at` (for StockX, the rules of the given seller level plus the general ones).
    Result<QList<FeeRule>> feeRules(const MarketplaceId &id, const QDateTime &at, int sellerLevel = 1) const;
    Result<Marketplace> create(const Marketplace &marketplace) const;
    Status setActive(const MarketplaceId &id, bool active) const;
    Status remove(const MarketplaceId &id) const;

private:
    const Database &m_db;
};

// The fees a marketplace takes from a sale price under the given rules (original-system.md §3.3):
// percentage rules with their minimum, fixed rules as they are. Keyed by fee type.
QHash<QString, Money> computeFees(const QList<FeeRule> &rules, const Money &salePrice);

} // namespace sf
