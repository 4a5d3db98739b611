#include "dashboardchartdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace sf::dashboardchartdata {

namespace {
double major(const Money &money)
{
    return double(money.minor()) / 100.0;
}

QString moneyEdge(const Money &money)
{
    return QLocale().toString(money.minor() / 100);
}
} // namespace

SalesOverTime salesOverTime(const QList<SalesDay> &days, const QDate &from, const QDate &to, SalesMeasure measure)
{
    SalesOverTime result;
    result.bucket = timebucket::fitting(from, to);
    result.bucketStarts = timebucket::starts(from, to, result.bucket);
    QMap<QString, int> setOf; // by name, so the legend is sorted
    for (const SalesDay &day : days)
        setOf.insert(day.marketplace, 0);
    int index = 0;
    for (auto it = setOf.begin(); it != setOf.end(); ++it) {
        it.value() = index++;
        result.chart.sets.append({it.key(), QList<double>(result.bucketStarts.size(), 0.0)});
        result.marketplaceSlugs.append(QString());
    }
    for (const SalesDay &day : days) {
        const int set = setOf.value(day.marketplace);
        result.marketplaceSlugs[set] = day.marketplaceSlug;
        const qsizetype at = result.bucketStarts.indexOf(timebucket::start(day.day, result.bucket));
        if (at >= 0)
            result.chart.sets[set].values[at] += major(measure == SalesMeasure::Revenue ? day.revenue : day.netProfit);
    }
    const QLocale locale;
    for (const QDate &start : std::as_const(result.bucketStarts))
        result.chart.categories << locale.toString(start,
                                                   result.bucket == TimeBucket::Month ? u"MMM yy"_s : u"d MMM"_s);
    return result;
}

BarChartData topGroups(const QList<SalesGroup> &groups, const QString &currency)
{
    BarChartData chart;
    chart.horizontal = true;
    chart.currency = currency;
    chart.sets.append({QCoreApplication::translate("DashboardCharts", "Net profit"), {}});
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
        chart.categories << (it->label.size() > 34 ? it->label.left(33) + u'\u2026' : it->label);
        chart.sets[0].values << major(it->netProfit);
    }
    return chart;
}

BarChartData ageing(const QList<AgeingBand> &bands, bool capital, const QString &currency)
{
    BarChartData chart;
    chart.currency = currency;
    chart.unit = capital ? BarChartData::Unit::Money : BarChartData::Unit::Count;
    chart.sets.append({capital ? QCoreApplication::translate("DashboardCharts", "Capital at cost")
                               : QCoreApplication::translate("DashboardCharts", "Pairs"),
                       {}});
    for (const AgeingBand &band : bands) {
        chart.categories
            << (band.toDays
                    ? QCoreApplication::translate("DashboardCharts", "%1–%2 days").arg(band.fromDays).arg(*band.toDays)
                    : QCoreApplication::translate("DashboardCharts", "over %1 days").arg(band.fromDays - 1));
        chart.sets[0].values << (capital ? major(band.capital) : double(band.pairs));
    }
    return chart;
}

BarChartData profitDistribution(const QList<ProfitBucket> &buckets)
{
    BarChartData chart;
    chart.unit = BarChartData::Unit::Count;
    chart.sets.append({QCoreApplication::translate("DashboardCharts", "Sales"), {}});
    for (const ProfitBucket &bucket : buckets) {
        if (!bucket.from)
            chart.categories << u"&lt; "_s + moneyEdge(*bucket.to); // labels are rich text
        else if (!bucket.to)
            chart.categories << moneyEdge(*bucket.from) + u"+"_s;
        else
            chart.categories << moneyEdge(*bucket.from) + u"\u2026"_s + moneyEdge(*bucket.to);
        chart.sets[0].values << double(bucket.sales);
    }
    return chart;
}

Payouts expectedPayouts(const QList<ExpectedPayout> &payouts, const QString &currency)
{
    Payouts result;
    result.chart.currency = currency;
    QMap<QString, int> setOf;
    QList<QDate> days;
    bool overdue = false;
    for (const ExpectedPayout &p : payouts) {
        setOf.insert(p.marketplace, 0);
        overdue = overdue || p.overdue;
        if (!p.overdue && !days.contains(p.expectedOn))
            days.append(p.expectedOn);
    }
    std::sort(days.begin(), days.end());
    const QLocale locale;
    if (overdue)
        result.chart.categories << QCoreApplication::translate("DashboardCharts", "Overdue");
    for (const QDate &day : std::as_const(days))
        result.chart.categories << locale.toString(day, u"d MMM"_s);
    int index = 0;
    for (auto it = setOf.begin(); it != setOf.end(); ++it) {
        it.value() = index++;
        result.chart.sets.append({it.key(), QList<double>(result.chart.categories.size(), 0.0)});
        result.rows.append(QList<QList<ExpectedPayout>>(result.chart.categories.size()));
    }
    for (const ExpectedPayout &p : payouts) {
        const int set = setOf.value(p.marketplace);
        const int category = p.overdue ? 0 : int(days.indexOf(p.expectedOn)) + (overdue ? 1 : 0);
        result.chart.sets[set].values[category] += major(p.amount);
        result.rows[set][category].append(p);
    }
    return result;
}

} // namespace sf::dashboardchartdata
