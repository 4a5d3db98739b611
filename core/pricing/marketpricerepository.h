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

    // One row per variant, platform and day: recording the same day again replaces its figures.
    // Returns true when the day's row is new.
    Result<bool> record(const MarketPrice &price) const;
    Result<std::optional<MarketPrice>> latest(const VariantId &variant, const QString &platform) const;

private:
    Result<QList<MarketPrice>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf
