#pragma once

#include "db/database.h"
#include "db/keysetpaging.h"
#include "pricingcandidate.h"

namespace sf {

using PricingCandidatePage = KeysetPage<PricingCandidate>;
using PricedCandidatePage = KeysetPage<PricedCandidate>;

// Pairs to price, a page at a time (product, then pair), with their StockX listing and newest market
// figures in one round trip; their recent daily snapshots in one more.
class PricingCandidateRepository {
public:
    explicit PricingCandidateRepository(const Database &db)
        : m_db(db)
    {}

    // `listedOnly`: only pairs with an active StockX listing (what a repricing run touches).
    Result<PricingCandidatePage> fetchPage(bool listedOnly, const std::optional<KeysetCursor> &cursor, int limit) const;
    Result<qint64> count(bool listedOnly) const;
    // What auto-listing looks at: pairs in stock, not listed on StockX, with a purchase price above 0, newest
    // purchase first, at most `limit`.
    Result<QList<PricingCandidate>> newestUnlisted(int limit) const;
    // Fills each candidate's `market` with the StockX snapshots of its size from `since` on.
    Status attachMarket(QList<PricingCandidate> &candidates, const QDate &since) const;
    // A page of candidates with their market days and the engine's recommendation each, as of `now`: what
    // the Pricing page shows.
    Result<PricedCandidatePage> fetchPricedPage(bool listedOnly, const std::optional<KeysetCursor> &cursor, int limit,
                                                const QDateTime &now) const;
    // The same for the given pairs (those in stock or listed on StockX), in product order.
    Result<QList<PricedCandidate>> fetchPriced(const QList<StockItemId> &items, const QDateTime &now) const;

private:
    // Attaches the market days and recommends a price for each candidate.
    Result<QList<PricedCandidate>> priced(QList<PricingCandidate> candidates, const QDateTime &now) const;

    const Database &m_db;
};

} // namespace sf
