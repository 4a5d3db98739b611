// Dashboard benchmark: the figures of the dashboard for "all time" and for "the last 30 days" on a large
// database, split as the page asks for them: the tiles first (the period and the period before), then
// every chart's data. Prints the median of several runs per part; asserts nothing.
//
//   dashboard_bench [--orders N] [--pairs N] [--years N] [--sqlite FILE] [--postgres postgresql://...] [--runs N]
//
// Data: the demo generator writes enough pairs that about --pairs stay on hand, with their orders and a
// year of daily market prices; the orders (and the sold pairs behind them) are then copied by SQL until
// there are --orders of them. With --years N, copy k is moved k mod N years back, so the history is N years
// long and the copies do not fall on the days, and so into the summary rows, of the originals. A SQLite file is kept
// between runs (same sizes, same file).
#include "analytics/breakdownrepository.h"
#include "analytics/kpirepository.h"
#include "benchutil.h"
#include "db/sqlquery.h"
#include "demo/demodatagenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::median;
using sf::bench::ms;

namespace {
const QDate kToday(2026, 6, 1);

qint64 count(const Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.exec() && q.next() ? q.integer(0) : -1;
}

// A new id for copy `k` of row id `column`: unique per row and copy, valid as a UUID on PostgreSQL.
QString copiedId(const Database &db, const QString &column)
{
    return db.dialect().isPostgres() ? u"md5(%1::text || :k)::uuid"_s.arg(column)
                                     : u"(substr(%1, 1, 28) || printf('%08d', :k))"_s.arg(column);
}

// A timestamp column moved :shift days back.
QString shifted(const Database &db, const QString &column)
{
    return db.dialect().isPostgres() ? u"(%1 - make_interval(days => :shift))"_s.arg(column)
                                     : u"strftime('%Y-%m-%dT%H:%M:%fZ', %1, '-' || :shift || ' days')"_s.arg(column);
}

// Copies `limit` orders (and the sold pairs behind them) as copy number k, `shiftDays` earlier.
bool copyOrders(const Database &db, int k, qint64 limit, int shiftDays)
{
    const QString pick = u"SELECT o.inventory_item_id FROM {{sales.order}} o WHERE o.external_id NOT LIKE '%#%' "
                         "ORDER BY o.id LIMIT :limit"_s;
    SqlQuery pairs(db, u"INSERT INTO {{inventory.stock}} (id, product_id, size_id, supplier_id, quantity, "
                       "purchase_price, gross_purchase_price, vat_amount, vat_rate, currency, purchase_date, status, "
                       "location, created_at, updated_at) SELECT "_s +
                           copiedId(db, u"s.id"_s) +
                           u", s.product_id, s.size_id, s.supplier_id, s.quantity, s.purchase_price, "
                           "s.gross_purchase_price, s.vat_amount, s.vat_rate, s.currency, s.purchase_date, s.status, "
                           "s.location, s.created_at, s.updated_at FROM {{inventory.stock}} s WHERE s.id IN ("_s +
                           pick + u')');
    pairs.bind(u":k"_s, k).bind(u":limit"_s, limit);
    SqlQuery orders(db, u"INSERT INTO {{sales.order}} (id, inventory_item_id, platform_id, external_id, status, "
                        "platform_status, currency_code, platform_fee, processing_fee, shipping_cost, other_fees, "
                        "sold_at, gross_sale, net_proceeds, gross_profit, net_profit, roi, payout_received, "
                        "payout_date, shelf_life_days, created_at, updated_at) SELECT "_s +
                            copiedId(db, u"o.id"_s) + u", "_s + copiedId(db, u"o.inventory_item_id"_s) +
                            u", o.platform_id, o.external_id || '#' || :k, o.status, o.platform_status, "
                            "o.currency_code, o.platform_fee, o.processing_fee, o.shipping_cost, o.other_fees, "_s +
                            shifted(db, u"o.sold_at"_s) +
                            u", o.gross_sale, o.net_proceeds, o.gross_profit, o.net_profit, o.roi, "
                            "o.payout_received, "_s +
                            shifted(db, u"o.payout_date"_s) +
                            u", o.shelf_life_days, o.created_at, o.updated_at "
                            "FROM {{sales.order}} o WHERE o.external_id NOT LIKE '%#%' ORDER BY o.id LIMIT :limit"_s);
    orders.bind(u":k"_s, k).bind(u":limit"_s, limit).bind(u":shift"_s, shiftDays);
    if (Status status = pairs.exec(); !status) {
        std::printf("  copying pairs failed: %s\n", qPrintable(status.error().toString()));
        return false;
    }
    if (Status status = orders.exec(); !status) {
        std::printf("  copying orders failed: %s\n", qPrintable(status.error().toString()));
        return false;
    }
    return true;
}

bool fill(const Database &db, qint64 orders, qint64 pairs, int years)
{
    DemoDataGenerator::Options options;
    options.items = int(pairs * 100 / 55); // about 55 % of the demo's pairs are still on hand
    options.today = kToday;
    std::printf("  writing %d demo pairs with their orders and market prices\u2026\n", options.items);
    std::fflush(stdout);
    if (const auto made = DemoDataGenerator(db).generate(options); !made) {
        std::printf("  demo failed: %s\n", qPrintable(made.error().toString()));
        return false;
    }
    const qint64 base = count(db, u"SELECT COUNT(*) FROM {{sales.order}}"_s);
    for (int k = 1; base > 0 && count(db, u"SELECT COUNT(*) FROM {{sales.order}}"_s) < orders; ++k) {
        const qint64 missing = orders - count(db, u"SELECT COUNT(*) FROM {{sales.order}}"_s);
        constexpr int kDaysPerYear = 364; // whole weeks, so weekdays stay weekdays
        if (!copyOrders(db, k, qMin(base, missing), kDaysPerYear * (k % years)))
            return false;
    }
    (void)execStatement(db, u"ANALYZE"_s); // the copies changed the tables' shape
    return true;
}

struct Part {
    const char *name;
    std::function<bool(const Database &, const KpiQuery &)> run;
};

void measure(const Database &db, const QString &label, int runs)
{
    const auto ok = [](const auto &result) { return bool(result); };
    const QList<Part> tiles{{"tiles", [&](const Database &d, const KpiQuery &q) {
                                 const KpiRepository kpis(d);
                                 return ok(kpis.compute(q)) &&
                                        ok(kpis.compute(q.previous(), KpiRepository::Parts::PeriodOnly));
                             }}};
    const QList<Part> charts{
        {"sales by day", [&](const Database &d, const KpiQuery &q) { return ok(KpiRepository(d).salesByDay(q)); }},
        {"top brands",
         [&](const Database &d, const KpiQuery &q) {
             return ok(BreakdownRepository(d).salesBy(q, SalesGrouping::Brand, 10));
         }},
        {"top products",
         [&](const Database &d, const KpiQuery &q) {
             return ok(BreakdownRepository(d).salesBy(q, SalesGrouping::Product, 10));
         }},
        {"ageing", [&](const Database &d, const KpiQuery &q) { return ok(BreakdownRepository(d).ageing(q)); }},
        {"profit bands",
         [&](const Database &d, const KpiQuery &q) { return ok(BreakdownRepository(d).profitDistribution(q)); }},
        {"expected payouts",
         [&](const Database &d, const KpiQuery &q) { return ok(BreakdownRepository(d).expectedPayouts(q)); }}};
    // The sales summary's size decides the cost of a long period: one row per day, marketplace, product,
    // supplier and profit band that sold.
    std::printf("  %s: %lld orders, %lld pairs on hand, %lld market prices, %lld sales summary rows\n",
                qPrintable(label), count(db, u"SELECT COUNT(*) FROM {{sales.order}}"_s),
                count(db, u"SELECT COUNT(*) FROM {{inventory.stock}} WHERE status NOT IN ('sold', 'canceled')"_s),
                count(db, u"SELECT COUNT(*) FROM {{pricing.market_prices}}"_s),
                count(db, u"SELECT COUNT(*) FROM {{analytics.sales_daily}}"_s));
    for (const auto &[period, from] :
         {std::pair("all time", QDate(2000, 1, 1)), std::pair("30 days", kToday.addDays(-29))}) {
        KpiQuery query;
        query.from = from;
        query.to = kToday;
        query.asOf = QDateTime(kToday.addDays(1), QTime(0, 0), Qt::UTC);
        QString line;
        double everything = 0;
        for (const QList<Part> *group : {&tiles, &charts}) {
            for (const Part &part : *group) {
                QList<double> times;
                bool good = true;
                for (int r = 0; r < runs + 1; ++r) { // the first run warms the caches and is not counted
                    const double t = ms([&] { good = part.run(db, query) && good; });
                    if (r > 0)
                        times << t;
                }
                const double m = median(times);
                everything += m;
                line += u"%1 %2 ms%3 | "_s.arg(QString::fromLatin1(part.name))
                            .arg(m, 0, 'f', 1)
                            .arg(good ? u""_s : u" (FAILED)"_s);
                if (group == &tiles)
                    std::printf("    %-9s first paint (tiles, this period and the one before): %7.1f ms (target <= 200 "
                                "ms on SQLite)\n",
                                period, m);
            }
        }
        std::printf("    %-9s charts: %s\n", period, qPrintable(line.chopped(3)));
        std::printf("    %-9s everything: %7.1f ms (target <= 500 ms on SQLite)\n", period, everything);
    }
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"orders"_s, u"Orders (default 1000000)."_s, u"n"_s, u"1000000"_s},
                       {u"pairs"_s, u"Pairs on hand, about (default 100000)."_s, u"n"_s, u"100000"_s},
                       {u"years"_s, u"Years of history the copied orders spread over (default 1)."_s, u"n"_s, u"1"_s},
                       {u"sqlite"_s, u"SQLite file, kept between runs."_s, u"file"_s},
                       {u"postgres"_s, u"Also measure PostgreSQL at this URL (its schemas are replaced)."_s, u"url"_s},
                       {u"runs"_s, u"Runs per part (default 5)."_s, u"n"_s, u"5"_s}});
    parser.addHelpOption();
    parser.process(app);
    const qint64 orders = parser.value(u"orders"_s).toLongLong();
    const qint64 pairs = parser.value(u"pairs"_s).toLongLong();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const int years = qMax(1, parser.value(u"years"_s).toInt());
    std::printf("Dashboard benchmark: %lld orders over %d year(s), about %lld pairs on hand, median of %d runs\n",
                orders, years, pairs, runs);

    const QString file = parser.isSet(u"sqlite"_s)
                             ? parser.value(u"sqlite"_s)
                             : u"/tmp/sf-dashboard-bench-%1-%2%3.sqlite"_s.arg(orders).arg(pairs).arg(
                                   years > 1 ? u"-%1y"_s.arg(years) : QString());
    return bench::onEachDatabase(
        file, parser.value(u"postgres"_s), [&](const Database &db) { return fill(db, orders, pairs, years); },
        [&](const Database &db, const QString &label) { measure(db, label, runs); });
}
