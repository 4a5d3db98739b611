#pragma once

#include "db/database.h"

#include <QDate>

#include <functional>

namespace sf {

// A year of daily StockX market figures (lowest ask, highest bid, last sale, volume) for every product and
// size the demo stock holds, so market values, dead stock and pricing have real rows to read. Each product
// has its own level (its hype over retail), a trend over the year, a yearly season that peaks before
// Christmas, busier weekends and a random walk; small and large sizes cost more. Deterministic per seed.
class DemoMarketPrices {
public:
    DemoMarketPrices(const Database &db, quint32 seed, const QDate &today)
        : m_db(db)
        , m_seed(seed)
        , m_today(today)
    {}

    // Creates the missing variants and their prices, one transaction per group of variants;
    // `progress` gets the variants done and their number. Returns the price rows written.
    Result<qint64> write(const std::function<void(int done, int total)> &progress = {}) const;

private:
    const Database &m_db;
    quint32 m_seed;
    QDate m_today;
};

} // namespace sf
