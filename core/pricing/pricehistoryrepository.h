#pragma once

#include "db/database.h"
#include "pricehistory.h"

namespace sf {

// The price history of one product and size from the daily market snapshots, our price changes and
// our sales: one query each.
class PriceHistoryRepository {
public:
    explicit PriceHistoryRepository(const Database &db)
        : m_db(db)
    {}

    // Days from `from` to `to`, both included (UTC).
    Result<PriceHistory> load(const ProductId &product, const SizeId &size, const QDate &from, const QDate &to,
                              const QString &currency = QStringLiteral("EUR")) const;

private:
    const Database &m_db;
};

} // namespace sf
