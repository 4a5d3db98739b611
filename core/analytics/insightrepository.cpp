#include "insightrepository.h"

#include "db/sqlquery.h"
#include "forecasting.h"
#include "timebucket.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kWeeks = 52;

struct ProductFacts {
    QString sku;
    QString name;
    QHash<QDate, double> weekly; // units per week start
    qint64 onHand = 0;
    std::optional<qint64> averageCostMinor;
    std::optional<qint64> averageSaleMinor;
    std::optional<qint64> averageAskMinor;
    double keptShare = 0; // net proceeds ÷ sale price over its sales
};

// The mean amount of a SUM(column) and COUNT(column) pair, in cents; none when nothing was counted.
std::optional<qint64> averageMinor(const SqlQuery &q, int sumColumn, int countColumn)
{
    const qint64 count = q.integer(countColumn);
    if (count == 0)
        return std::nullopt;
    return qint64(std::llround(double(q.money(sumColumn, u"EUR"_s).value_or(Money()).minor()) / double(count)));
}

Status readSales(const Database &db, const QDate &from, QHash<QString, ProductFacts> &facts)
{
    SqlQuery q(db, u"SELECT s.product_id, p.sku, p.name, {{utc_day:o.sold_at}}, COUNT(*), SUM(o.gross_sale), "
                   "SUM(o.net_proceeds), SUM(s.purchase_price), COUNT(s.purchase_price) FROM {{sales.order}} o "
                   "JOIN {{inventory.stock}} s ON s.id = o.inventory_item_id JOIN {{catalog.product}} p ON p.id = "
                   "s.product_id WHERE o.status NOT IN ('cancelled', 'returned', 'failed') AND o.sold_at >= :from "
                   "AND o.currency_code = 'EUR' GROUP BY s.product_id, p.sku, p.name, {{utc_day:o.sold_at}}"_s);
    q.bind(u":from"_s, QDateTime(from, QTime(0, 0), Qt::UTC));
    if (Status status = q.exec(); !status)
        return status;
    QHash<QString, std::pair<double, double>> sums;  // sale, proceeds
    QHash<QString, std::pair<qint64, qint64>> costs; // cents, pairs with a cost
    while (q.next()) {
        ProductFacts &f = facts[q.string(0)];
        f.sku = q.string(1);
        f.name = q.string(2);
        const QDate day = QDate::fromString(q.string(3), Qt::ISODate);
        f.weekly[timebucket::start(day, TimeBucket::Week)] += double(q.integer(4));
        auto &s = sums[q.string(0)];
        s.first += double(q.money(5, u"EUR"_s).value_or(Money()).minor());
        s.second += double(q.money(6, u"EUR"_s).value_or(Money()).minor());
        auto &c = costs[q.string(0)];
        c.first += q.money(7, u"EUR"_s).value_or(Money()).minor();
        c.second += q.integer(8);
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        ProductFacts &f = facts[it.key()];
        double pairs = 0;
        for (double u : std::as_const(f.weekly))
            pairs += u;
        f.keptShare = it->first > 0 ? it->second / it->first : 0;
        if (pairs > 0)
            f.averageSaleMinor = qint64(std::llround(it->first / pairs));
    }
    for (auto it = costs.cbegin(); it != costs.cend(); ++it)
        if (it->second > 0)
            facts[it.key()].averageCostMinor = qint64(std::llround(double(it->first) / double(it->second)));
    return {};
}

Status readStockAndAsks(const Database &db, QHash<QString, ProductFacts> &facts)
{
    SqlQuery stock(
        db, u"SELECT s.product_id, p.sku, p.name, SUM(s.quantity), SUM(s.purchase_price), COUNT(s.purchase_price) "
            "FROM {{inventory.stock}} s JOIN {{catalog.product}} p ON p.id = s.product_id "
            "WHERE s.status NOT IN ('sold', 'canceled') GROUP BY s.product_id, p.sku, p.name"_s);
    if (Status status = stock.exec(); !status)
        return status;
    while (stock.next()) {
        ProductFacts &f = facts[stock.string(0)];
        f.sku = stock.string(1);
        f.name = stock.string(2);
        f.onHand = stock.integer(3);
        if (!f.averageCostMinor)
            f.averageCostMinor = averageMinor(stock, 4, 5);
    }
    SqlQuery asks(db,
                  u"SELECT v.product_id, SUM(ml.lowest_ask), COUNT(ml.lowest_ask) FROM {{pricing.market_latest}} ml "
                  "JOIN {{catalog.product_variant}} v ON v.id = ml.variant_id WHERE ml.platform_name = 'stockx' "
                  "AND ml.currency = 'EUR' AND ml.lowest_ask IS NOT NULL GROUP BY v.product_id"_s);
    if (Status status = asks.exec(); !status)
        return status;
    while (asks.next())
        if (facts.contains(asks.string(0)))
            facts[asks.string(0)].averageAskMinor = averageMinor(asks, 1, 2);
    return {};
}

// The product's units over the horizon: the ensemble of the models its history allows, weighted by
// their backtests; nothing when it has under three weeks of sales.
double forecastUnits(const ProductFacts &f, const QDate &firstWeek, const QDate &lastWeek)
{
    QList<double> history;
    for (const QDate &week : timebucket::starts(firstWeek, lastWeek, TimeBucket::Week)) {
        if (history.isEmpty() && f.weekly.value(week) == 0)
            continue;
        history << f.weekly.value(week);
    }
    const auto models = forecasting::runAll(history, InsightRepository::kHorizonWeeks, 4, 2, 3);
    double units = 0;
    if (!models.forecasts.isEmpty())
        for (double v : models.forecasts.last().values) // the ensemble
            units += v;
    return units;
}
} // namespace

Result<QList<Insight>> InsightRepository::insights(const QDate &today) const
{
    const QDate lastWeek = timebucket::start(today, TimeBucket::Week).addDays(-7);
    const QDate firstWeek = lastWeek.addDays(-7 * (kWeeks - 1));
    QHash<QString, ProductFacts> facts;
    if (Status status = readSales(m_db, firstWeek, facts); !status)
        return status.error();
    if (Status status = readStockAndAsks(m_db, facts); !status)
        return status.error();
    QList<Insight> insights;
    const int horizonDays = kHorizonWeeks * 7;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const ProductFacts &f = it.value();
        Insight insight;
        insight.product = ProductId::fromString(it.key());
        insight.sku = f.sku;
        insight.productName = f.name;
        insight.onHand = f.onHand;
        insight.horizonDays = horizonDays;
        insight.forecastUnits = forecastUnits(f, firstWeek, lastWeek);
        const double perDay = insight.forecastUnits / horizonDays;
        if (f.onHand > 0 && (perDay <= 0 || double(f.onHand) / perDay > 120)) {
            insight.kind = Insight::Kind::Clearance;
            if (perDay > 0)
                insight.days = double(f.onHand) / perDay;
            insight.priority =
                !insight.days || *insight.days > 180 ? Insight::Priority::High : Insight::Priority::Medium;
            insights << insight;
            continue;
        }
        const std::optional<qint64> price = f.averageAskMinor ? f.averageAskMinor : f.averageSaleMinor;
        if (insight.forecastUnits < 1 || insight.forecastUnits <= 1.5 * double(f.onHand) || !price ||
            !f.averageCostMinor || *f.averageCostMinor <= 0)
            continue;
        const qint64 profit = qint64(std::llround(double(*price) * f.keptShare)) - *f.averageCostMinor;
        if (profit <= 0)
            continue; // buying more would not earn
        insight.kind = Insight::Kind::Restock;
        insight.quantity = qint64(std::ceil(insight.forecastUnits - double(f.onHand)));
        insight.profitPerPair = Money(profit, u"EUR"_s);
        insight.roiPercent = 100.0 * double(profit) / double(*f.averageCostMinor);
        insight.days = perDay > 0 ? double(f.onHand) / perDay : 0;
        insight.priority = *insight.days <= 14   ? Insight::Priority::High
                           : *insight.days <= 30 ? Insight::Priority::Medium
                                                 : Insight::Priority::Low;
        insights << insight;
    }
    std::sort(insights.begin(), insights.end(), [](const Insight &a, const Insight &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.productName < b.productName;
    });
    return insights;
}

} // namespace sf
