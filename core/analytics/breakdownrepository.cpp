#include "breakdownrepository.h"

#include "db/sqlquery.h"
#include "inventory/stockage.h"
#include "kpisql.h"
#include "timebucket.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

using kpisql::Days;
using kpisql::Scope;

namespace {
const QString kSums = u"SUM(d.sales) AS sales, SUM(d.gross) AS gross, SUM(d.net_proceeds) AS net_proceeds, "
                      "SUM(d.net_profit) AS net_profit, SUM(d.cost) AS cost"_s;

Money sum(const SqlQuery &q, int column, const QString &currency)
{
    return q.money(column, currency).value_or(Money(0, currency));
}

void readSums(const SqlQuery &q, int first, const QString &currency, SalesGroup &group)
{
    group.pairs = q.integer(first);
    group.revenue = sum(q, first + 1, currency);
    group.netProceeds = sum(q, first + 2, currency);
    group.netProfit = sum(q, first + 3, currency);
    group.cost = sum(q, first + 4, currency);
}

// A group is summed in two steps: sales_daily by one of its own columns (`inner`), then those few rows
// joined to their names and, for brands, summed again by the brand (`key`).
struct GroupColumns {
    QString inner;
    QString key;
    QString label;
    QString joins;
};

GroupColumns groupColumns(SalesGrouping grouping)
{
    switch (grouping) {
    case SalesGrouping::Brand:
        return {u"product_id"_s, u"p.brand_id"_s, u"b.name"_s,
                u" JOIN {{catalog.product}} p ON p.id = x.k LEFT JOIN {{catalog.brand}} b ON b.id = p.brand_id"_s};
    case SalesGrouping::Product:
        return {u"product_id"_s, u"x.k"_s, u"p.name"_s, u" JOIN {{catalog.product}} p ON p.id = x.k"_s};
    case SalesGrouping::Marketplace:
        return {u"platform_id"_s, u"m.slug"_s, u"m.name"_s, u" JOIN {{platform.marketplace}} m ON m.id = x.k"_s};
    case SalesGrouping::Supplier:
        return {u"supplier_id"_s, u"NULLIF(x.k, '%1')"_s.arg(kpisql::kNoSupplier), u"sp.name"_s,
                u" LEFT JOIN {{supplier.profile}} sp ON sp.id = x.k"_s};
    default: Q_UNREACHABLE();
    }
}

QString noneLabel(SalesGrouping grouping)
{
    return grouping == SalesGrouping::Supplier ? QCoreApplication::translate("Analytics", "(no supplier)")
                                               : QCoreApplication::translate("Analytics", "(no brand)");
}

// CASE … END numbering the band `value` falls in: 0 below the first edge, i after edge i−1.
QString bandCase(const QString &value, const QStringList &edges)
{
    QString sql = u"CASE"_s;
    for (int i = 0; i < edges.size(); ++i)
        sql += u" WHEN %1 < %2 THEN %3"_s.arg(value, edges.at(i)).arg(i);
    return sql + u" ELSE %1 END"_s.arg(edges.size());
}

const QList<int> kProfitEdgesEuro{-50, -25, 0, 25, 50, 75, 100, 150, 200, 300};
const QList<int> kAgeingEdgesDays{31, 61, 91, 181};
} // namespace

Result<QList<SalesGroup>> BreakdownRepository::salesBy(const KpiQuery &query, SalesGrouping grouping, int limit) const
{
    if (isTimeGrouping(grouping))
        return salesByTime(query, grouping);
    const GroupColumns columns = groupColumns(grouping);
    QString sql = u"SELECT %1, MIN(%2), SUM(x.sales), SUM(x.gross), SUM(x.net_proceeds), SUM(x.net_profit), "
                  "SUM(x.cost) FROM (SELECT d.%3 AS k, "_s.arg(columns.key, columns.label, columns.inner) +
                  kSums + kpisql::dailyFrom() + kpisql::dailyWhere(query, Days::Period) + u" GROUP BY d."_s +
                  columns.inner + u") x"_s + columns.joins + u" GROUP BY "_s + columns.key +
                  u" HAVING SUM(x.sales) <> 0 ORDER BY 6 DESC, 3 DESC, 2"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    SqlQuery q(m_db, sql);
    kpisql::bindDaily(q, query, Days::Period);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SalesGroup> groups;
    while (q.next()) {
        SalesGroup group;
        group.key = q.string(0);
        group.label = q.isNull(1) ? noneLabel(grouping) : q.string(1);
        readSums(q, 2, query.currency, group);
        groups.append(group);
    }
    return groups;
}

Result<QList<SalesGroup>> BreakdownRepository::salesByTime(const KpiQuery &query, SalesGrouping grouping) const
{
    SqlQuery q(m_db, u"SELECT d.day, "_s + kSums + kpisql::dailyFrom() + kpisql::dailyWhere(query, Days::Period) +
                         u" GROUP BY d.day HAVING SUM(d.sales) <> 0 ORDER BY 1"_s);
    kpisql::bindDaily(q, query, Days::Period);
    if (Status status = q.exec(); !status)
        return status.error();
    // Days are summed into weeks and months here: a few hundred rows, already aggregated.
    QMap<QDate, SalesGroup> buckets;
    while (q.next()) {
        SalesGroup day;
        readSums(q, 1, query.currency, day);
        const QDate start = timebucket::start(q.date(0), bucketOf(grouping));
        auto it = buckets.find(start);
        if (it == buckets.end()) {
            day.key = day.label = start.toString(Qt::ISODate);
            buckets.insert(start, day);
            continue;
        }
        it->pairs += day.pairs;
        it->revenue += day.revenue;
        it->netProceeds += day.netProceeds;
        it->netProfit += day.netProfit;
        it->cost += day.cost;
    }
    return buckets.values();
}

QList<AgeingBand> BreakdownRepository::ageingBands()
{
    QList<AgeingBand> bands;
    int from = 0;
    for (int edge : kAgeingEdgesDays) {
        bands.append({from, edge - 1, 0, Money()});
        from = edge;
    }
    bands.append({from, std::nullopt, 0, Money()});
    return bands;
}

Result<QList<AgeingBand>> BreakdownRepository::ageing(const KpiQuery &query) const
{
    QStringList edges;
    for (int edge : kAgeingEdgesDays)
        edges << QString::number(edge);
    SqlQuery q(m_db,
               u"SELECT "_s + bandCase(stockage::daysSql(), edges) +
                   u", COALESCE(SUM(s.quantity), 0), COALESCE(SUM(COALESCE(s.purchase_price, 0) * s.quantity), 0)"_s +
                   kpisql::from(query, Scope::Stock) + kpisql::where(query, Scope::Stock) + u" GROUP BY 1"_s);
    kpisql::bind(q, query, Scope::Stock);
    q.bind(u":as_of"_s, query.asOf);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<AgeingBand> bands = ageingBands();
    for (AgeingBand &band : bands)
        band.capital = Money(0, query.currency);
    while (q.next()) {
        AgeingBand &band = bands[qBound(0, int(q.integer(0)), int(bands.size()) - 1)];
        band.pairs += q.integer(1);
        band.capital += sum(q, 2, query.currency);
    }
    return bands;
}

QList<ProfitBucket> BreakdownRepository::profitBuckets(const QString &currency)
{
    QList<ProfitBucket> buckets;
    std::optional<Money> from;
    for (int edge : kProfitEdgesEuro) {
        const Money to = Money::fromMajor(edge, currency);
        buckets.append({from, to, 0, Money(0, currency)});
        from = to;
    }
    buckets.append({from, std::nullopt, 0, Money(0, currency)});
    return buckets;
}

Result<QList<ProfitBucket>> BreakdownRepository::profitDistribution(const KpiQuery &query) const
{
    // analytics.sales_daily numbers the bands by kProfitEdgesEuro (-1: no cost or no profit); the
    // summary's test proves its numbering equals these edges.
    SqlQuery q(m_db, u"SELECT d.profit_band, SUM(d.sales), SUM(d.net_profit)"_s + kpisql::dailyFrom() +
                         kpisql::dailyWhere(query, Days::Period) + u" AND d.profit_band >= 0 GROUP BY 1"_s);
    kpisql::bindDaily(q, query, Days::Period);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<ProfitBucket> buckets = profitBuckets(query.currency);
    while (q.next()) {
        ProfitBucket &bucket = buckets[qBound(0, int(q.integer(0)), int(buckets.size()) - 1)];
        bucket.sales += q.integer(1);
        bucket.netProfit += sum(q, 2, query.currency);
    }
    return buckets;
}

Result<QHash<QString, int>> BreakdownRepository::payoutDelays(const QDateTime &asOf) const
{
    SqlQuery q(
        m_db, u"SELECT m.slug, x.seconds, x.paid FROM (SELECT d.platform_id, SUM(d.payout_seconds) AS seconds, "
              "SUM(d.paid_sales) AS paid FROM {{analytics.sales_daily}} d WHERE d.day >= :since GROUP BY d.platform_id "
              "HAVING SUM(d.paid_sales) > 0) x JOIN {{platform.marketplace}} m ON m.id = x.platform_id"_s);
    constexpr int kDaysPerYear = 365;
    q.bind(u":since"_s, asOf.toUTC().date().addDays(-kDaysPerYear));
    if (Status status = q.exec(); !status)
        return status.error();
    QHash<QString, int> delays;
    constexpr double kSecondsPerDay = 86400.0;
    while (q.next())
        delays.insert(q.string(0), qMax(0, int(std::lround(q.real(1) / double(q.integer(2)) / kSecondsPerDay))));
    return delays;
}

Result<QList<ExpectedPayout>> BreakdownRepository::expectedPayouts(const KpiQuery &query) const
{
    auto delays = payoutDelays(query.asOf);
    if (!delays)
        return delays.error();
    SqlQuery q(m_db, u"SELECT m.slug, m.name, x.day, x.sales, x.amount FROM (SELECT d.platform_id, d.day, "
                     "SUM(d.pending_sales) AS sales, SUM(d.pending_net_proceeds) AS amount"_s +
                         kpisql::dailyFrom() + kpisql::dailyWhere(query, Days::AnyDay) +
                         u" AND d.pending_sales <> 0 GROUP BY d.platform_id, d.day HAVING SUM(d.pending_sales) <> 0) x "
                         "JOIN {{platform.marketplace}} m ON m.id = x.platform_id ORDER BY 3, 1"_s);
    kpisql::bindDaily(q, query, Days::AnyDay);
    if (Status status = q.exec(); !status)
        return status.error();
    const QDate today = query.asOf.toUTC().date();
    QList<ExpectedPayout> payouts;
    while (q.next()) {
        ExpectedPayout payout;
        payout.marketplaceSlug = q.string(0);
        payout.marketplace = q.string(1);
        payout.soldOn = q.date(2);
        payout.delayDays = delays.value().value(payout.marketplaceSlug, kDefaultPayoutDelayDays);
        payout.expectedOn = payout.soldOn.addDays(payout.delayDays);
        payout.overdue = payout.expectedOn < today;
        if (payout.overdue)
            payout.expectedOn = today;
        payout.sales = q.integer(3);
        payout.amount = sum(q, 4, query.currency);
        payouts.append(payout);
    }
    std::stable_sort(payouts.begin(), payouts.end(),
                     [](const ExpectedPayout &a, const ExpectedPayout &b) { return a.expectedOn < b.expectedOn; });
    return payouts;
}

} // namespace sf
