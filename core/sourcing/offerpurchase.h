#pragma once

#include "db/database.h"
#include "opportunity.h"

namespace sf {

// Buying an opportunity: the pair goes into stock as incoming, bought from the offer's merchant as a
// supplier (created on first purchase), at the offer's price with its delivery as shipping, with the
// offer's EAN and size, all in one transaction through the supplier purchase service.
class OfferPurchase {
public:
    explicit OfferPurchase(const Database &db)
        : m_db(db)
    {}

    Result<QList<StockItemId>> record(const Opportunity &offer, int quantity, const QString &orderNumber) const;

private:
    const Database &m_db;
};

} // namespace sf
