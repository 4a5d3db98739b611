#include "catchqt.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "demo/demodatagenerator.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
QVariant scalar(const Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}
} // namespace

TEST_CASE("Demo data: 100 000 pairs are written, every order number once, every listed pair with its listing",
          "[db][demo]")
{
    // Random order numbers collided from about 50 000 sales on and the whole run was refused.
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    DemoDataGenerator::Options options;
    options.items = 100000;
    options.today = QDate(2026, 6, 1);
    options.withMarketPrices = false; // bounded by the catalog, not the pairs; checked below
    const auto summary = DemoDataGenerator(test.db()).generate(options);
    INFO((summary ? std::string() : summary.error().toString().toStdString()));
    REQUIRE(summary);
    CHECK(summary.value().items == 100000);
    CHECK(summary.value().orders > 20000);
    CHECK(rowCount(test.db(), u"sales.order"_s) == summary.value().orders);
    CHECK(rowCount(test.db(), u"inventory.stock"_s, u"WHERE status = 'sold'"_s) >= summary.value().orders);
    // The Listings page shows what the Stock page says is listed.
    const qint64 listed =
        rowCount(test.db(), u"inventory.stock"_s, u"WHERE status IN ('listed_stockx', 'listed_alias')"_s);
    CHECK(listed > 10000);
    CHECK(summary.value().listings == listed);
    CHECK(rowCount(test.db(), u"sales.listing"_s, u"WHERE status = 'active'"_s) == listed);
    CHECK(rowCount(test.db(), u"sales.listing"_s,
                   u"WHERE inventory_item_id NOT IN (SELECT id FROM {{inventory.stock}} "
                   "WHERE status IN ('listed_stockx', 'listed_alias'))"_s) == 0);
}

TEST_CASE("Demo data: every size held has a year of daily StockX figures, asks above bids, moving with time",
          "[db][demo]")
{
    onEachBackend([](Database &db) {
        DemoDataGenerator::Options options;
        options.items = 300;
        options.today = QDate(2026, 6, 1);
        const auto summary = DemoDataGenerator(db).generate(options);
        INFO((summary ? std::string() : summary.error().toString().toStdString()));
        REQUIRE(summary);
        const qint64 held = scalar(db, u"SELECT COUNT(*) FROM (SELECT DISTINCT product_id, size_id "
                                       "FROM {{inventory.stock}}) x"_s)
                                .toLongLong();
        CHECK(held > 100);
        CHECK(summary.value().marketPrices == held * 365);
        CHECK(rowCount(db, u"pricing.market_prices"_s) == held * 365);
        CHECK(rowCount(db, u"pricing.market_prices"_s, u"WHERE lowest_ask < highest_bid OR lowest_ask IS NULL"_s) == 0);
        CHECK(scalar(db, u"SELECT MAX(price_date) FROM {{pricing.market_prices}}"_s).toString() == u"2026-06-01"_s);
        CHECK(scalar(db, u"SELECT MIN(price_date) FROM {{pricing.market_prices}}"_s).toString() == u"2025-06-02"_s);
        // Every pair can be valued: its product and size has a variant with figures.
        CHECK(rowCount(db, u"inventory.stock"_s,
                       u"WHERE NOT EXISTS (SELECT 1 FROM {{catalog.product_variant}} v JOIN "
                       "{{pricing.market_prices}} mp ON mp.variant_id = v.id WHERE v.product_id = "
                       "{{inventory.stock}}.product_id AND v.size_id = {{inventory.stock}}.size_id)"_s) == 0);
        // Prices move: a product's asks take more than a handful of values over the year.
        CHECK(scalar(db, u"SELECT MAX(n) FROM (SELECT COUNT(DISTINCT lowest_ask) AS n FROM {{pricing.market_prices}} "
                         "GROUP BY variant_id) x"_s)
                  .toLongLong() > 20);
    });
}

TEST_CASE("Demo data: every supplier has shop accounts, every pair bought its purchase on one of them, and the "
          "lost raffles bought nothing",
          "[db][demo]")
{
    onEachBackend([](Database &db) {
        DemoDataGenerator::Options options;
        options.items = 300;
        options.today = QDate(2026, 6, 1);
        options.withMarketPrices = false;
        const auto summary = DemoDataGenerator(db).generate(options);
        REQUIRE(summary);
        const qint64 suppliers = rowCount(db, u"supplier.profile"_s);
        const qint64 accounts = rowCount(db, u"supplier.account"_s);
        CHECK(accounts >= 2 * suppliers);
        CHECK(accounts <= 4 * suppliers);
        const qint64 bought = rowCount(db, u"inventory.stock"_s, u"WHERE supplier_id IS NOT NULL"_s);
        CHECK(rowCount(db, u"supplier.purchase_history"_s, u"WHERE success AND purchase_status = 'completed'"_s) ==
              bought);
        const qint64 failed =
            rowCount(db, u"supplier.purchase_history"_s, u"WHERE NOT success AND purchase_status = 'failed'"_s);
        CHECK(failed > 0);
        CHECK(summary.value().purchases == bought + failed);
        // Each purchase is on an account of its own supplier.
        CHECK(rowCount(db, u"supplier.purchase_history"_s,
                       u"WHERE account_id NOT IN (SELECT a.id FROM {{supplier.account}} a WHERE a.supplier_id = "
                       "{{supplier.purchase_history}}.supplier_id)"_s) == 0);
    });
}
