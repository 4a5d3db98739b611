#pragma once

#include "db/database.h"
#include "supplierpurchase.h"

namespace sf {

// Purchases from suppliers and returns to them: recording an order creates its incoming pairs (each with
// its share of the shipping in its cost, the order number and the expected delivery) and, when bought
// through an account, a supplier.purchase_history row, all in one transaction; receiving sets the
// pairs' delivery date; a return closes the pair with its refund and reason and records an event.
class SupplierPurchaseService {
public:
    explicit SupplierPurchaseService(const Database &db)
        : m_db(db)
    {}

    Result<QList<StockItemId>> record(const SupplierPurchase &purchase) const;
    // Pairs already received keep their date.
    Status markReceived(const QList<StockItemId> &items, const QDateTime &at) const;
    // Refused for a pair that is sold, listed (take it off the marketplace first) or already returned.
    Status returnPair(const PairReturn &pairReturn) const;

private:
    const Database &m_db;
};

} // namespace sf
