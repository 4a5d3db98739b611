#pragma once

#include "autolistingdecision.h"
#include "db/database.h"

namespace sf::autolistingplanner {

// The original looked at the newest 100 pairs per run; so does this.
constexpr int kCandidates = 100;

// Decides, without touching anything, which of the newest pairs in stock (with a purchase price, not
// on StockX yet) the active auto-listing rules would list, and at what ask.
Result<QList<AutoListingDecision>> plan(const Database &db, const QDateTime &now, int limit = kCandidates);

} // namespace sf::autolistingplanner
