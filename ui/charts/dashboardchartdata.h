#pragma once

#include "analytics/ageingband.h"
#include "analytics/expectedpayout.h"
#include "analytics/profitbucket.h"
#include "analytics/salesday.h"
#include "analytics/salesgroup.h"
#include "analytics/timebucket.h"
#include "barchartdata.h"

namespace sf {

// Turns the analytics rows into what the dashboard's bar charts draw, and remembers what each bar stands
// for, so a click can be turned into a drill-down.
namespace dashboardchartdata {
enum class SalesMeasure { Revenue, NetProfit };

struct SalesOverTime {
    BarChartData chart;
    TimeBucket bucket = TimeBucket::Day;
    QList<QDate> bucketStarts;    // per category
    QStringList marketplaceSlugs; // per set
};
// Bars of a day, a week or a month (whichever fits the period), stacked by marketplace.
SalesOverTime salesOverTime(const QList<SalesDay> &days, const QDate &from, const QDate &to, SalesMeasure measure);
// Net profit per group, lying bars with the best at the top; categories run from the last group up.
BarChartData topGroups(const QList<SalesGroup> &groups, const QString &currency);
BarChartData ageing(const QList<AgeingBand> &bands, bool capital, const QString &currency);
BarChartData profitDistribution(const QList<ProfitBucket> &buckets);

struct Payouts {
    BarChartData chart;
    // The ExpectedPayout rows behind each bar: [set][category].
    QList<QList<QList<ExpectedPayout>>> rows;
};
// Overdue payouts in a first bar, then one bar per expected day, stacked by marketplace.
Payouts expectedPayouts(const QList<ExpectedPayout> &payouts, const QString &currency);
} // namespace dashboardchartdata

} // namespace sf
