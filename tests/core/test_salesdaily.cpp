#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "testdatabase.h"

#include "analytics/breakdownrepository.h"
#include "analytics/kpisql.h"
#include "db/migrator.h"
#include "db/sqlquery.h"
#include "suppliers/supplierrepository.h"

#include <map>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
struct DailySums {
    qint64 sales = 0, gross = 0, netProceeds = 0, netProfit = 0, cost = 0, shelfLifeSum = 0, shelfLifeN = 0,
           pendingSales = 0, pendingNetProceeds = 0, paidSales = 0, payoutSeconds = 0;
    bool operator==(const DailySums &) const = default;
};
using DailyRows = std::map<QString, DailySums>;

qint64 cents(const SqlQuery &q, int column)
{
    return q.money(column, u"EUR"_s).value_or(Money(0, u"EUR"_s)).minor();
}

// The band of a profit by BreakdownRepository's buckets: the numbering the summary must use.
int profitBand(const std::optional<Money> &cost, const std::optional<Money> &profit)
{
    if (!cost || !profit)
        return -1;
    const QList<ProfitBucket> buckets = BreakdownRepository::profitBuckets(profit->currency());
    for (int i = 0; i < buckets.size(); ++i)
        if (!buckets.at(i).to || *profit < *buckets.at(i).to)
            return i;
    return int(buckets.size()) - 1;
}

// Every counted sale summed in C++, from the raw orders and their pairs, keyed like the summary.
DailyRows rawAggregation(const Database &db)
{
    SqlQuery q(db, u"SELECT o.sold_at, o.platform_id, s.product_id, s.supplier_id, o.currency_code, s.purchase_price, "
                   "o.gross_sale, o.net_proceeds, o.net_profit, o.shelf_life_days, o.payout_received, o.payout_date "
                   "FROM {{sales.order}} o JOIN {{inventory.stock}} s ON s.id = o.inventory_item_id "
                   "WHERE o.status NOT IN ('cancelled', 'returned', 'failed') AND o.sold_at IS NOT NULL"_s);
    REQUIRE(q.exec());
    DailyRows rows;
    while (q.next()) {
        const QDateTime soldAt = q.dateTime(0);
        const auto cost = q.money(5, u"EUR"_s);
        const auto profit = q.money(8, u"EUR"_s);
        const QString supplier = q.isNull(3) ? QString::fromUtf16(kpisql::kNoSupplier) : q.string(3);
        const QString key = QStringList{soldAt.date().toString(Qt::ISODate),
                                        q.string(1),
                                        q.string(2),
                                        supplier,
                                        q.string(4),
                                        QString::number(cost ? 1 : 0),
                                        QString::number(profitBand(cost, profit))}
                                .join(u'|');
        DailySums &sums = rows[key];
        const bool paidOut = q.value(10).toBool();
        ++sums.sales;
        sums.gross += cents(q, 6);
        sums.netProceeds += cents(q, 7);
        sums.netProfit += cost ? cents(q, 8) : 0;
        sums.cost += cost ? cost->minor() : 0;
        sums.shelfLifeSum += q.isNull(9) ? 0 : q.integer(9);
        sums.shelfLifeN += q.isNull(9) ? 0 : 1;
        sums.pendingSales += paidOut ? 0 : 1;
        sums.pendingNetProceeds += paidOut ? 0 : cents(q, 7);
        sums.paidSales += paidOut && !q.isNull(11) ? 1 : 0;
        sums.payoutSeconds += paidOut && !q.isNull(11) ? soldAt.secsTo(q.dateTime(11)) : 0;
    }
    return rows;
}

DailyRows summaryRows(const Database &db)
{
    SqlQuery q(db, u"SELECT day, platform_id, product_id, supplier_id, currency, has_cost, profit_band, sales, gross, "
                   "net_proceeds, net_profit, cost, shelf_life_sum, shelf_life_n, pending_sales, pending_net_proceeds, "
                   "paid_sales, payout_seconds FROM {{analytics.sales_daily}}"_s);
    REQUIRE(q.exec());
    DailyRows rows;
    while (q.next()) {
        const DailySums sums{q.integer(7),  cents(q, 8),   cents(q, 9),  cents(q, 10),  cents(q, 11), q.integer(12),
                             q.integer(13), q.integer(14), cents(q, 15), q.integer(16), q.integer(17)};
        if (sums == DailySums{}) // every sale of the key was taken back
            continue;
        const QString key = QStringList{q.date(0).toString(Qt::ISODate),
                                        q.string(1),
                                        q.string(2),
                                        q.string(3),
                                        q.string(4),
                                        q.string(5),
                                        q.string(6)}
                                .join(u'|');
        rows[key] = sums;
    }
    return rows;
}

void requireEqual(const Database &db, const char *after)
{
    INFO("after " << after);
    const DailyRows raw = rawAggregation(db);
    const DailyRows summary = summaryRows(db);
    CHECK(summary.size() == raw.size());
    for (const auto &[key, sums] : raw) {
        INFO(key.toStdString());
        REQUIRE(summary.count(key) == 1);
        CHECK(summary.at(key) == sums);
    }
}

void exec(const Database &db, const QString &sql, const QString &id)
{
    SqlQuery q(db, sql);
    q.bind(u":id"_s, id);
    REQUIRE(q.exec());
}
} // namespace

TEST_CASE("Sales summary: analytics.sales_daily equals the raw aggregation after every kind of change",
          "[db][analytics]")
{
    for (Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        if (backend == Backend::PostgreSQL && !postgresAvailable())
            continue;
        DYNAMIC_SECTION((backend == Backend::SQLite ? "sqlite" : "postgresql"))
        {
            // Sales written before the summary existed are summed by its migration.
            TestDatabase test(backend, 9);
            REQUIRE(test.error().isEmpty());
            Database &db = test.db();
            Supplier solebox;
            solebox.name = u"Solebox"_s;
            const SupplierId supplier = SupplierRepository(db).create(solebox).value().id;
            SalesShop shop{
                db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), sizeId(db, u"US 9"_s), supplier, {}};
            SalesShop other{
                db, makeProduct(db, u"1203A544.101"_s, u"Asics Gel-1130"_s), sizeId(db, u"US 10"_s), {}, {}};
            const auto sold = ItemStatus::Sold;
            const StockItem a = shop.pair("119.00", {2026, 1, 1}, sold);
            const StockItem b = shop.pair("59.50", {2026, 2, 1}, sold);
            const StockItem c = other.pair("0", {2026, 3, 1}, sold);
            const StockItem d = other.pair("238.00", {2026, 1, 5}, sold);
            shop.sell(a, u"stockx"_s, u"A-1"_s, {2026, 3, 10}, "200.00", "18.00", "6.00", OrderStatus::Completed, true);
            // A profit of exactly 25.00 (cost 50.00) sits on a band edge.
            shop.sell(b, u"alias"_s, u"B-1"_s, {2026, 3, 10}, "90.00", "12.00", "3.00", OrderStatus::Shipped, false);
            other.sell(c, u"stockx"_s, u"C-1"_s, {2026, 3, 25}, "90.00", "9.00", "0", OrderStatus::Delivered, false);
            other.sell(d, u"stockx"_s, u"D-1"_s, {2026, 3, 15}, "300.00", "30.00", "9.00", OrderStatus::Cancelled,
                       false);
            REQUIRE(Migrator(db).migrate());
            requireEqual(db, "the migration");
            CHECK(summaryRows(db).size() == 3);

            // Through the repositories: new sales, one of them with a loss.
            const StockItem e = shop.pair("300.00", {2026, 2, 10}, sold);
            shop.sell(e, u"stockx"_s, u"E-1"_s, {2026, 3, 10}, "240.00", "21.60", "7.20", OrderStatus::Completed,
                      false);
            requireEqual(db, "new sales");

            // Edits of the sale, as imports, syncs and the Orders page make them.
            const auto orderOf = [&](const StockItem &item) {
                SqlQuery q(db, u"SELECT id FROM {{sales.order}} WHERE inventory_item_id = :id"_s);
                q.bind(u":id"_s, item.id);
                REQUIRE(q.exec());
                REQUIRE(q.next());
                return q.string(0);
            };
            exec(db, u"UPDATE {{sales.order}} SET status = 'cancelled' WHERE id = :id"_s, orderOf(b));
            requireEqual(db, "a cancellation");
            exec(db, u"UPDATE {{sales.order}} SET status = 'completed' WHERE id = :id"_s, orderOf(d));
            requireEqual(db, "a cancelled sale that went through after all");
            exec(db, u"UPDATE {{sales.order}} SET payout_received = TRUE, payout_date = sold_at WHERE id = :id"_s,
                 orderOf(c));
            requireEqual(db, "a payout");
            exec(db,
                 u"UPDATE {{sales.order}} SET sold_at = payout_date, gross_sale = gross_sale + {{money:5.00}}, "
                 "net_profit = NULL, shelf_life_days = NULL WHERE id = :id"_s,
                 orderOf(a));
            requireEqual(db, "a corrected sale date and price");

            // Edits of the pair behind a sale.
            exec(db, u"UPDATE {{inventory.stock}} SET purchase_price = {{money:150.00}} WHERE id = :id"_s,
                 c.id.toString());
            requireEqual(db, "a cost entered later");
            exec(db, u"UPDATE {{inventory.stock}} SET purchase_price = NULL WHERE id = :id"_s, e.id.toString());
            requireEqual(db, "a cost removed");
            exec(db,
                 u"UPDATE {{inventory.stock}} SET supplier_id = NULL, product_id = :id WHERE id = '"_s +
                     a.id.toString() + u'\'',
                 other.product.id.toString());
            requireEqual(db, "a pair moved to another product and no supplier");
            exec(db, u"UPDATE {{inventory.stock}} SET notes = 'checked' WHERE id = :id"_s, d.id.toString());
            requireEqual(db, "an edit the summary does not depend on");

            // A supplier deleted in the database (the app refuses while pairs came from it) leaves its
            // pairs without one (ON DELETE SET NULL).
            exec(db, u"DELETE FROM {{supplier.profile}} WHERE id = :id"_s, supplier.toString());
            requireEqual(db, "a deleted supplier");

            exec(db, u"DELETE FROM {{sales.order}} WHERE id = :id"_s, orderOf(e));
            requireEqual(db, "a deleted sale");
            CHECK(rawAggregation(db).size() >= 2);
        }
    }
}
