#pragma once

#include "pricingcontext.h"
#include "recommendation.h"
#include "repricingpolicy.h"

namespace sf {

struct RepricingStep {
    enum class Outcome { Change, Unchanged, Skipped };
    PricingCandidate candidate;
    Outcome outcome = Outcome::Skipped;
    Money oldPrice;
    Money newPrice;
    Money expected;    // the ask StockX must still show: the last one we set (else the ask now)
    Money netProceeds; // at the new price, after fees
    std::optional<Money> profit;
    std::optional<Money> floor;
    QString reason;
};

// Plans a repricing of listed pairs without touching anything: the engine's recommendation (or the
// policy's undercut), limited by the largest drop and rise against the ask a day ago (so runs every
// hour move a price no further than one a day), never below the floor after fees.
namespace repricingplanner {
RepricingStep planOne(const PricingContext &context, const PricingCandidate &candidate, const RepricingPolicy &policy);
QList<RepricingStep> plan(const PricingContext &context, const QList<PricingCandidate> &candidates,
                          const RepricingPolicy &policy);
// Plans every pair listed on StockX (or only those in `only`), reading them a chunk at a time.
Result<QList<RepricingStep>> planListed(const Database &db, const RepricingPolicy &policy, const QDateTime &now,
                                        const QSet<StockItemId> &only = {});
} // namespace repricingplanner

} // namespace sf
