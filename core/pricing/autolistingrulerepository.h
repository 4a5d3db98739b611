#pragma once

#include "autolistingrule.h"
#include "db/database.h"

namespace sf {

// pricing.auto_listing_rules, in the order they are tried (priority, then position).
class AutoListingRuleRepository {
public:
    explicit AutoListingRuleRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<AutoListingRule>> all() const;
    // A new rule goes last in the list; its name must be unused.
    Result<AutoListingRule> create(const AutoListingRule &rule) const;
    Status update(const AutoListingRule &rule) const;
    Status setActive(const AutoListingRuleId &id, bool active) const;
    Status remove(const AutoListingRuleId &id) const;

private:
    const Database &m_db;
};

} // namespace sf
