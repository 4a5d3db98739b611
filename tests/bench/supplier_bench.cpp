// Supplier benchmark (issue 15): 500 suppliers, 20 000 accounts and 200 000 pairs, about 45 % of them sold.
// Times the performance recompute for every supplier and month, and the Suppliers page's first screen (a
// page of 200 ranked by profit, with the returnable pairs), and the return-window alert. Prints the median
// of several runs per part; asserts nothing.
//
//   supplier_bench [--suppliers N] [--accounts N] [--pairs N] [--sqlite FILE] [--postgres URL] [--runs N]
//
// Data: written straight into the tables in one transaction (the repositories' per-row checks would
// take longer than what is measured): pairs bought over three years at 60–400, delivered 2–9 days later,
// 45 % sold 3–200 days after delivery, 3 % sent back.
#include "benchutil.h"
#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "catalog/productrepository.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "sales/marketplacerepository.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierperformancerepository.h"
#include "suppliers/supplierrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::median;
using sf::bench::ms;

namespace {
struct Sizes {
    int suppliers = 500;
    int accounts = 20000;
    int pairs = 200000;
};

bool check(const Status &status, const char *what)
{
    if (!status)
        std::printf("  %s failed: %s\n", what, qPrintable(status.error().toString()));
    return bool(status);
}

QList<ProductId> makeProducts(const Database &db, int count)
{
    QList<ProductId> products;
    const auto brand = BrandRepository(db).findOrCreate(u"Nike"_s);
    const auto category = CategoryRepository(db).findBySlug(u"sneakers"_s);
    for (int i = 0; i < count; ++i) {
        Product p;
        p.sku = u"BENCH-%1"_s.arg(i, 4, 10, QChar(u'0'));
        p.name = u"Bench Sneaker %1"_s.arg(i);
        p.brandId = brand.value().id;
        p.categoryId = category.value()->id;
        if (const auto created = ProductRepository(db).create(p))
            products << created.value().id;
    }
    return products;
}

QList<QString> sizeIds(const Database &db)
{
    SqlQuery q(db, u"SELECT id FROM {{catalog.sizes}} ORDER BY id LIMIT 20"_s);
    QList<QString> ids;
    if (q.exec())
        while (q.next())
            ids << q.string(0);
    return ids;
}

bool fill(const Database &db, const Sizes &sizes)
{
    std::printf("  writing %d suppliers, %d accounts and %d pairs\u2026\n", sizes.suppliers, sizes.accounts,
                sizes.pairs);
    std::fflush(stdout);
    std::mt19937 random(15);
    const QList<ProductId> products = makeProducts(db, 50);
    const QList<QString> sizeList = sizeIds(db);
    const auto stockx = MarketplaceRepository(db).findBySlug(u"stockx"_s);
    if (products.isEmpty() || sizeList.isEmpty() || !stockx || !stockx.value())
        return false;
    Transaction tx(db);
    if (!check(tx.begin(), "begin"))
        return false;
    QList<SupplierId> suppliers;
    for (int i = 0; i < sizes.suppliers; ++i) {
        Supplier s;
        s.name = u"Bench Supplier %1"_s.arg(i, 3, 10, QChar(u'0'));
        s.returnDays = i % 3 == 0 ? std::nullopt : std::optional<int>(i % 3 == 1 ? 14 : 30);
        const auto created = SupplierRepository(db).create(s);
        if (!created)
            return check(created.error(), "supplier");
        suppliers << created.value().id;
    }
    for (int i = 0; i < sizes.accounts; ++i) {
        SqlQuery q(db, u"INSERT INTO {{supplier.account}} (id, supplier_id, email, list_name) VALUES (:id, "
                       ":supplier, :email, :list)"_s);
        q.bind(u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(u":supplier"_s, suppliers.at(i % suppliers.size()))
            .bind(u":email"_s, u"buyer%1@example.com"_s.arg(i))
            .bind(u":list"_s, u"List %1"_s.arg(i % 12));
        if (!check(q.exec(), "account"))
            return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::uniform_int_distribution<int> age(0, 3 * 365), price(6000, 40000), delivery(2, 9), toSell(3, 200),
        percent(0, 99);
    for (int i = 0; i < sizes.pairs; ++i) {
        const QDateTime bought = now.addDays(-age(random)).addSecs(-3600 * (i % 24));
        const QDateTime delivered = bought.addDays(delivery(random));
        const Money net(price(random), u"EUR"_s);
        const int roll = percent(random);
        const QDateTime soldAt = delivered.addDays(toSell(random));
        const bool sold = roll < 45 && soldAt < now;
        const bool returned = !sold && roll >= 97;
        const QString id = StockItemId::create().toString();
        SqlQuery q(db, u"INSERT INTO {{inventory.stock}} (id, product_id, size_id, supplier_id, purchase_price, "
                       "gross_purchase_price, purchase_date, delivery_date, status, returned_at) VALUES (:id, "
                       ":product, :size, :supplier, :net, :gross, :bought, :delivered, :status, :returned)"_s);
        q.bind(u":id"_s, id)
            .bind(u":product"_s, products.at(i % products.size()))
            .bind(u":size"_s, sizeList.at(i % sizeList.size()))
            .bind(u":supplier"_s, suppliers.at(int(random() % suppliers.size())))
            .bind(u":net"_s, net)
            .bind(u":gross"_s, net.scaled(119, 100))
            .bind(u":bought"_s, bought)
            .bind(u":delivered"_s, delivered)
            .bind(u":status"_s, sold       ? u"sold"_s
                                : returned ? u"canceled"_s
                                           : u"in_stock"_s)
            .bind(u":returned"_s,
                  returned ? QVariant(delivered.addDays(3)) : QVariant(QMetaType::fromType<QDateTime>()));
        if (!check(q.exec(), "pair"))
            return false;
        if (!sold)
            continue;
        const Money sale = net.scaled(100 + percent(random), 100);
        const Money proceeds = sale.scaled(88, 100);
        SqlQuery o(db, u"INSERT INTO {{sales.order}} (id, inventory_item_id, platform_id, external_id, status, "
                       "sold_at, gross_sale, net_proceeds, net_profit) VALUES (:id, :item, :platform, :external, "
                       "'completed', :sold, :gross, :proceeds, :profit)"_s);
        o.bind(u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(u":item"_s, id)
            .bind(u":platform"_s, stockx.value()->id)
            .bind(u":external"_s, u"BENCH-%1"_s.arg(i))
            .bind(u":sold"_s, soldAt)
            .bind(u":gross"_s, sale)
            .bind(u":proceeds"_s, proceeds)
            .bind(u":profit"_s, proceeds - net);
        if (!check(o.exec(), "order"))
            return false;
    }
    return check(tx.commit(), "commit");
}

void measure(const Database &db, const QString &label, int runs)
{
    SqlQuery counted(db, u"SELECT (SELECT COUNT(*) FROM {{supplier.profile}}), (SELECT COUNT(*) FROM "
                         "{{supplier.account}}), (SELECT COUNT(*) FROM {{inventory.stock}}), (SELECT COUNT(*) FROM "
                         "{{sales.order}})"_s);
    if (counted.exec() && counted.next())
        std::printf("  %s: %lld suppliers, %lld accounts, %lld pairs, %lld orders\n", qPrintable(label),
                    counted.integer(0), counted.integer(1), counted.integer(2), counted.integer(3));
    const SupplierPerformanceRepository performance(db);
    const SupplierOverviewRepository overview(db);
    QList<double> recompute, screen, alert;
    int shown = 0, closing = 0;
    for (int run = 0; run < runs; ++run) {
        recompute << ms([&] { check(performance.recompute(), "recompute"); });
        screen << ms([&] {
            const auto page = overview.fetchPage({}, SupplierOrder::Profit, std::nullopt, 200);
            shown = page ? int(page.value().rows.size()) : -1;
        });
        alert << ms([&] { closing = overview.returnsClosingWithin(3).value_or(-1); });
    }
    SqlQuery months(db, u"SELECT COUNT(*) FROM {{core.supplier_performance}}"_s);
    const qint64 rows = months.exec() && months.next() ? months.integer(0) : -1;
    std::printf("    recompute every supplier and month (%lld rows): %8.1f ms (target <= 2000 ms on SQLite)\n", rows,
                median(recompute));
    std::printf("    Suppliers page first screen (%d suppliers by profit): %8.1f ms (target <= 100 ms)\n", shown,
                median(screen));
    std::printf("    return windows closing within 3 days (%d pairs): %8.1f ms\n", closing, median(alert));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"suppliers"_s, u"Suppliers (default 500)."_s, u"n"_s, u"500"_s},
                       {u"accounts"_s, u"Supplier accounts (default 20000)."_s, u"n"_s, u"20000"_s},
                       {u"pairs"_s, u"Pairs (default 200000)."_s, u"n"_s, u"200000"_s},
                       {u"sqlite"_s, u"SQLite file, kept between runs."_s, u"file"_s},
                       {u"postgres"_s, u"Also measure PostgreSQL at this URL (its schemas are replaced)."_s, u"url"_s},
                       {u"runs"_s, u"Runs per part (default 5)."_s, u"n"_s, u"5"_s}});
    parser.addHelpOption();
    parser.process(app);
    const Sizes sizes{parser.value(u"suppliers"_s).toInt(), parser.value(u"accounts"_s).toInt(),
                      parser.value(u"pairs"_s).toInt()};
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    std::printf("Supplier benchmark: %d suppliers, %d accounts, %d pairs, median of %d runs\n", sizes.suppliers,
                sizes.accounts, sizes.pairs, runs);
    const QString file =
        parser.isSet(u"sqlite"_s) ? parser.value(u"sqlite"_s) : u"/tmp/sf-supplier-bench-%1.sqlite"_s.arg(sizes.pairs);
    return bench::onEachDatabase(
        file, parser.value(u"postgres"_s), [&](const Database &db) { return fill(db, sizes); },
        [&](const Database &db, const QString &label) { measure(db, label, runs); });
}
