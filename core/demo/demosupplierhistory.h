#pragma once

#include "db/database.h"

namespace sf {

// The demo's buying side: two to four shop accounts per supplier (raffle, member and main lists; no
// passwords, so nothing goes to the keychain), and a supplier.purchase_history row for every pair bought,
// on one of its supplier's accounts, plus the raffles lost and cards declined that bought nothing.
class DemoSupplierHistory {
public:
    DemoSupplierHistory(const Database &db, quint32 seed)
        : m_db(db)
        , m_seed(seed)
    {}

    // Returns the purchase rows written.
    Result<qint64> write() const;

private:
    const Database &m_db;
    quint32 m_seed;
};

} // namespace sf
