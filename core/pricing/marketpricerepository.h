#pragma once

#include "db/database.h"
#include "marketprice.h"

#include <QList>

#include <optional>

namespace sf {

class MarketPriceRepository {
public:
    explicit MarketPriceRepository(const Database &db)
        : m_db(db)
    {}

    // One row per variant, platform and day: recording the same day again replaces its figures. The
    // newest day of each variant and platform is kept in pricing.market_latest in the same transaction.
    // Returns true when the day's row is new.
    Result<bool> record(const MarketPrice &price) const;
    // Makes `price` the variant's newest figure unless a later day is known: for writers that store the
    // daily rows in bulk (the demo), inside their transaction.
    Status storeLatest(const MarketPrice &price) const;
    Result<std::optional<MarketPrice>> latest(const VariantId &variant, const QString &platform) const;

private:
    Result<bool> storeDay(const MarketPrice &price) const;
    Result<QList<MarketPrice>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf
