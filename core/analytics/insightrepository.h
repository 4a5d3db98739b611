#pragma once

#include "db/database.h"
#include "insight.h"

#include <QDate>

namespace sf {

// Restock and clearance insights for every product that sold in the last year or is on hand: a weekly
// ensemble forecast per product (forecasting), the pairs on hand, and real prices (the newest StockX asks
// of the product, else its average sale price; the share of a sale its sales kept after fees; its average
// cost). Restock when the forecast over eight weeks exceeds 1.5 × the pairs on hand and a pair bought at
// the average cost would earn; clearance when the pairs on hand need over 120 days at the forecast pace
// (high priority over 180).
class InsightRepository {
public:
    explicit InsightRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Insight>> insights(const QDate &today) const;

    static constexpr int kHorizonWeeks = 8;

private:
    const Database &m_db;
};

} // namespace sf
