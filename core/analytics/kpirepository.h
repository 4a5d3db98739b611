#pragma once

#include "db/database.h"
#include "kpiquery.h"
#include "kpis.h"

namespace sf {

// The dashboard's figures, each a SQL aggregation (three statements: the period's sales, the pending
// payouts, the stock on hand), never a loop over rows.
class KpiRepository {
public:
    explicit KpiRepository(const Database &db)
        : m_db(db)
    {}

    Result<Kpis> compute(const KpiQuery &query) const;

private:
    Status readSales(const KpiQuery &query, Kpis &kpis) const;
    Status readPayouts(const KpiQuery &query, Kpis &kpis) const;
    Status readStock(const KpiQuery &query, Kpis &kpis) const;

    const Database &m_db;
};

} // namespace sf
