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

using kpisql::Scope;

namespace {
const QString kSums = u"COUNT(*), COALESCE(SUM(o.gross_sale), 0), COALESCE(SUM(o.net_proceeds), 0), "
                      "COALESCE(SUM(CASE WHEN s.purchase_price IS NOT NULL THEN o.net_profit END), 0), "
                      "COALESCE(SUM(s.purchase_price), 0)"_s;

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

// The key and label columns of a group, with the joins they need.
struct GroupColumns {
    QString key;
    QString label;
    QString joins;
    bool needsProduct = false;
};

GroupColumns groupColumns(SalesGrouping grouping)
{
    switch (grouping) {
    case SalesGrouping::Brand:
        return {u"p.brand_id"_s, u"b.name"_s, u" LEFT JOIN {{catalog.brand}} b ON b.id = p.brand_id"_s, true};
    case SalesGrouping::Product: return {u"p.id"_s, u"p.name"_s, QString(), true};
    case SalesGrouping::Marketplace: return {u"m.slug"_s, u"m.name"_s, QString()};
    case SalesGrouping::Supplier:
        return {u"s.supplier_id"_s, u"sp.name"_s, u" LEFT JOIN {{supplier.profile}} sp ON sp.id = s.supplier_id"_s};
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
    QString sql = u"SELECT %1, MIN(%2), "_s.arg(columns.key, columns.label) + kSums +
                  kpisql::from(query, Scope::PeriodSales, columns.needsProduct) + columns.joins +
                  kpisql::where(query, Scope::PeriodSales) + u" GROUP BY "_s + columns.key +
                  u" ORDER BY 6 DESC, 3 DESC, 2"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    SqlQuery q(m_db, sql);
    kpisql::bind(q, query, Scope::PeriodSales);
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
    SqlQuery q(m_db, u"SELECT {{utc_day:o.sold_at}}, "_s + kSums + kpisql::from(query, Scope::PeriodSales) +
                         kpisql::where(query, Scope::PeriodSales) + u" GROUP BY {{utc_day:o.sold_at}} ORDER BY 1"_s);
    kpisql::bind(q, query, Scope::PeriodSales);
    if (Status status = q.exec(); !status)
        return status.error();
    // Days are summed into weeks and months here: a few hundred rows, already aggregated.
    QMap<QDate, SalesGroup> buckets;
    while (q.next()) {
        SalesGroup day;
        readSums(q, 1, query.currency, day);
        const QDate start = timebucket::start(QDate::fromString(q.string(0), Qt::ISODate), bucketOf(grouping));
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
    QStringList edges;
    for (int edge : kProfitEdgesEuro)
        edges << u"{{money:%1.00}}"_s.arg(edge);
    SqlQuery q(m_db, u"SELECT "_s + bandCase(u"o.net_profit"_s, edges) +
                         u", COUNT(*), COALESCE(SUM(o.net_profit), 0)"_s + kpisql::from(query, Scope::PeriodSales) +
                         kpisql::where(query, Scope::PeriodSales) +
                         u" AND s.purchase_price IS NOT NULL AND o.net_profit IS NOT NULL GROUP BY 1"_s);
    kpisql::bind(q, query, Scope::PeriodSales);
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

Result<QHash<QString, int>> BreakdownRepository::payoutDelays() const
{
    SqlQuery q(m_db, u"SELECT m.slug, AVG({{days_between:o.sold_at;o.payout_date}}) FROM {{sales.order}} o "
                     "JOIN {{platform.marketplace}} m ON m.id = o.platform_id WHERE o.payout_received "
                     "AND o.payout_date IS NOT NULL AND o.sold_at IS NOT NULL GROUP BY m.slug"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QHash<QString, int> delays;
    while (q.next())
        delays.insert(q.string(0), qMax(0, int(std::lround(q.real(1)))));
    return delays;
}

Result<QList<ExpectedPayout>> BreakdownRepository::expectedPayouts(const KpiQuery &query) const
{
    auto delays = payoutDelays();
    if (!delays)
        return delays.error();
    SqlQuery q(m_db,
               u"SELECT m.slug, MIN(m.name), {{utc_day:o.sold_at}}, COUNT(*), COALESCE(SUM(o.net_proceeds), 0)"_s +
                   kpisql::from(query, Scope::AnySales) + kpisql::where(query, Scope::AnySales) +
                   u" AND NOT o.payout_received AND o.sold_at IS NOT NULL "
                   "GROUP BY m.slug, {{utc_day:o.sold_at}} ORDER BY 3, 1"_s);
    kpisql::bind(q, query, Scope::AnySales);
    if (Status status = q.exec(); !status)
        return status.error();
    const QDate today = query.asOf.toUTC().date();
    QList<ExpectedPayout> payouts;
    while (q.next()) {
        ExpectedPayout payout;
        payout.marketplaceSlug = q.string(0);
        payout.marketplace = q.string(1);
        payout.soldOn = QDate::fromString(q.string(2), Qt::ISODate);
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
