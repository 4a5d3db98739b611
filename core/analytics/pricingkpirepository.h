#pragma once

#include "db/database.h"
#include "kpiquery.h"

namespace sf {

// Writes analytics.pricing_kpis for a period's counted sales: one row in total, one per brand and one per
// marketplace, each with units sold, average selling price, revenue, and the margin (net profit ÷ sale
// price) and markup (net profit ÷ cost) over the sales with a cost. One SQL aggregation per level, one
// transaction; the rows carry the period's last day as their date, and a second run for that day
// replaces them.
class PricingKpiRepository {
public:
    explicit PricingKpiRepository(const Database &db)
        : m_db(db)
    {}

    // Returns the rows written.
    Result<int> refresh(const KpiQuery &period) const;

private:
    const Database &m_db;
};

} // namespace sf
