#pragma once

#include "awinofferrow.h"
#include "db/database.h"
#include "db/keysetpaging.h"
#include "pricing/pricehistory.h"

namespace sf {

class AwinOfferRepository {
public:
    explicit AwinOfferRepository(const Database &db)
        : m_db(db)
    {}

    // Offers by price, cheapest first (keyset: price, then id).
    Result<KeysetPage<AwinOfferRow>> page(const AwinOfferFilter &filter, const std::optional<KeysetCursor> &after,
                                          int limit) const;
    // Every price the offer had, oldest first.
    Result<QList<PricePoint>> priceHistory(const QString &awinProductId) const;
    // The merchants offers came from, by name (id, name).
    Result<QList<std::pair<int, QString>>> merchants() const;

private:
    const Database &m_db;
};

} // namespace sf
