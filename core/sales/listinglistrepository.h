#pragma once

#include "db/database.h"
#include "listingquery.h"
#include "listingrow.h"

namespace sf {

// The Listings page's reads: filtered, sorted pages of listings with their pair and the latest
// StockX lowest ask of the pair's size, computed by the database.
class ListingListRepository {
public:
    explicit ListingListRepository(const Database &db)
        : m_db(db)
    {}

    Result<ListingRowPage> fetchPage(const ListingQuery &query, const std::optional<KeysetCursor> &cursor,
                                     int limit) const;
    Result<qint64> count(const ListingQuery &query) const;

private:
    const Database &m_db;
};

} // namespace sf
