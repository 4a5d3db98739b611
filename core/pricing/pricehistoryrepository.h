#pragma once

#include "db/database.h"
#include "pricechangenote.h"
#include "pricehistory.h"

#include <QHash>

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

    // Keeps one change of a listing's ask (`oldPrice` is empty for a new listing). Call it inside the
    // transaction that stores the new amount.
    Status record(const ListingId &listing, const std::optional<Money> &oldPrice, const Money &newPrice,
                  const PriceChangeNote &note) const;
    // The asks we set on `listings` (those with any history), with each one's ask at `windowStart`.
    Result<QHash<ListingId, RecentAsks>> recentAsks(const QList<ListingId> &listings,
                                                    const QDateTime &windowStart) const;

private:
    const Database &m_db;
};

} // namespace sf
