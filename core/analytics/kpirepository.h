#pragma once

#include "db/database.h"
#include "kpiquery.h"
#include "kpis.h"
#include "salesday.h"

namespace sf {

// The dashboard's figures, each a SQL aggregation (the KPIs take three statements: the period's sales,
// the pending payouts, the stock on hand), never a loop over rows.
class KpiRepository {
public:
    explicit KpiRepository(const Database &db)
        : m_db(db)
    {}

    enum class Parts { All, PeriodOnly };
    // PeriodOnly leaves out what does not depend on the period (payouts pending, the stock on hand): what
    // the previous period is compared on.
    Result<Kpis> compute(const KpiQuery &query, Parts parts = Parts::All) const;
    // Whether there is any pair or sale at all: an empty database gets the first-run page instead.
    Result<bool> hasData() const;
    // The period's counted sales per UTC day and marketplace, by SQL aggregation; days without sales
    // are left out.
    Result<QList<SalesDay>> salesByDay(const KpiQuery &query) const;

private:
    Status readSales(const KpiQuery &query, Kpis &kpis) const;
    Status readPayouts(const KpiQuery &query, Kpis &kpis) const;
    Status readStock(const KpiQuery &query, Kpis &kpis) const;

    const Database &m_db;
};

} // namespace sf
