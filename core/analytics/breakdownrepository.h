#pragma once

#include "ageingband.h"
#include "db/database.h"
#include "expectedpayout.h"
#include "kpiquery.h"
#include "profitbucket.h"
#include "salesgroup.h"

namespace sf {

// The dashboard's charts and `report sales`, each one SQL aggregation over the same sales and pairs as
// the KPI tiles (kpisql).
class BreakdownRepository {
public:
    explicit BreakdownRepository(const Database &db)
        : m_db(db)
    {}

    // The period's counted sales per group. Time groups come in date order, empty buckets left out; the
    // others by net profit, highest first, at most `limit` of them (0: all).
    Result<QList<SalesGroup>> salesBy(const KpiQuery &query, SalesGrouping grouping, int limit = 0) const;
    // Pairs on hand now in 0–30, 31–60, 61–90, 91–180 and over 180 days, all five bands.
    Result<QList<AgeingBand>> ageing(const KpiQuery &query) const;
    // The period's sales with a cost by net profit, in fixed bands from below −50 to 300 and over.
    Result<QList<ProfitBucket>> profitDistribution(const KpiQuery &query) const;
    // Pending payouts of counted sales (any date), per expected day and marketplace, in date order.
    Result<QList<ExpectedPayout>> expectedPayouts(const KpiQuery &query) const;

    static constexpr int kDefaultPayoutDelayDays = 14; // for a marketplace that never paid out yet
    static QList<AgeingBand> ageingBands();
    static QList<ProfitBucket> profitBuckets(const QString &currency);

private:
    Result<QList<SalesGroup>> salesByTime(const KpiQuery &query, SalesGrouping grouping) const;
    // Each marketplace's average days from sale to payout over the year before `asOf`: how it pays now,
    // read from one year of the summary rather than the whole history.
    Result<QHash<QString, int>> payoutDelays(const QDateTime &asOf) const;

    const Database &m_db;
};

} // namespace sf
