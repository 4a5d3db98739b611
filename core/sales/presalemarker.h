#pragma once

#include "db/database.h"
#include "domain/ids.h"

namespace sf {

// Marks a StockX listing as a presale (the pair is sold before the operator holds it) and takes the
// mark off again: the marking is kept in logging.stockx_presale_markings with when it was set and
// removed, and the pair's status follows (presale, or back to listed / in stock).
class PresaleMarker {
public:
    explicit PresaleMarker(const Database &db)
        : m_db(db)
    {}

    Status setPresale(const ListingId &listing, bool presale) const;

private:
    Status record(const QString &listingId, const QString &productName, const QString &size, bool presale) const;

    const Database &m_db;
};

} // namespace sf
