#pragma once

#include "db/database.h"
#include "deadstockitem.h"
#include "kpiquery.h"

namespace sf {

// Every pair on hand (the dashboard's brand and supplier filters apply), with its days in stock at
// query.asOf and its newest StockX figures, classified; oldest first.
class DeadStockRepository {
public:
    explicit DeadStockRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<DeadStockItem>> classified(const KpiQuery &query) const;

private:
    const Database &m_db;
};

} // namespace sf
