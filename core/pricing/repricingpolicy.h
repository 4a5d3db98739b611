#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QSet>

#include <optional>

namespace sf {

// The operator's limits for changing listed prices automatically.
struct RepricingPolicy {
    qint64 maxDropBp = 500;               // largest drop per run (a run a day: per day), hundredths of a percent
    qint64 maxRiseBp = 1000;              // largest rise per run
    std::optional<Money> beatLowestAskBy; // undercut StockX's lowest ask by this much …
    int beatAfterDaysListed = 7;          // … for pairs listed longer than this
    QSet<BrandId> brands;                 // empty: every brand
    QSet<CategoryId> categories;          // empty: every category
    qint64 minimumChangeCents = 100;      // smaller changes are not worth a write
    // A change the operator asks for instead of the recommendation: one price for every pair, or the
    // ask now changed by hundredths of a percent. Neither is limited per day; both are held at the floor.
    std::optional<Money> fixedPrice;
    std::optional<qint64> changeBp;
};

} // namespace sf
