#pragma once

#include "db/database.h"
#include "db/keysetpaging.h"
#include "opportunity.h"
#include "opportunitysettings.h"
#include "sales/marketplace.h"

#include <QHash>

namespace sf {

// The opportunity figures of every matched offer, computed in the database by one set-based UPDATE
// (fees as exact integer arithmetic on cents, rounded like Money::scaled), so the Opportunities page
// reads its first screen from an index instead of valuing a million offers. refresh() runs after an
// import, a match, a StockX market sync or a change of the settings.
class OpportunityRepository {
public:
    explicit OpportunityRepository(const Database &db)
        : m_db(db)
    {}

    // Values every matched offer; returns how many got figures.
    Result<qint64> refresh(const OpportunitySettings &settings) const;
    // The most profitable offers first (keyset: profit, then id).
    Result<KeysetPage<Opportunity>> page(const OpportunityFilter &filter, const std::optional<KeysetCursor> &after,
                                         int limit) const;
    // StockX's fee rules at the settings' seller level.
    Result<QList<FeeRule>> feeRules(const OpportunitySettings &settings) const;
    // Each fee on a sale at `salePrice` (by fee type), plus the shipping: the breakdown the page shows.
    static QHash<QString, Money> breakdown(const QList<FeeRule> &rules, const OpportunitySettings &settings,
                                           const Money &salePrice);
    // The SQL of the fees on `price` (an integer of cents) under `rules`, for `currency`.
    static QString feeSql(const QList<FeeRule> &rules, const QString &price, const QString &currency);

private:
    const Database &m_db;
};

} // namespace sf
