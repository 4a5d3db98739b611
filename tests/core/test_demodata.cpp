#include "catchqt.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "demo/demodatagenerator.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Demo data: 100 000 pairs are written, every order number once, every listed pair with its listing",
          "[db][demo]")
{
    // Random order numbers collided from about 50 000 sales on and the whole run was refused.
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    DemoDataGenerator::Options options;
    options.items = 100000;
    options.today = QDate(2026, 6, 1);
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
