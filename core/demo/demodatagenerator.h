#pragma once

#include "db/database.h"

#include <QDate>

#include <functional>

namespace sf {

// Realistic, deterministic demo data: the same seed and date give the same brands, products (with real-
// looking style codes), suppliers, stock and a year of orders. Used by `soleflipper-cli demo`, by tests
// and by the benchmarks.
class DemoDataGenerator {
public:
    struct Options {
        int items = 1000;
        quint32 seed = 42;
        QDate today = QDate::currentDate();
        bool withOrders = true;
        bool withMarketPrices = true;
    };
    struct Progress {
        enum class Step { Pairs, MarketPrices };
        Step step = Step::Pairs;
        int done = 0;
        int total = 0;
    };
    struct Summary {
        int products = 0;
        int suppliers = 0;
        int items = 0;
        int orders = 0;
        int listings = 0;
        qint64 marketPrices = 0;
        qint64 purchases = 0; // supplier.purchase_history rows, failed attempts included
    };

    explicit DemoDataGenerator(const Database &db)
        : m_db(db)
    {}

    // Writes in chunks of a few thousand rows, each in its own transaction; `progress` hears after each.
    Result<Summary> generate(const Options &options, const std::function<void(const Progress &)> &progress = {}) const;

private:
    const Database &m_db;
};

} // namespace sf
