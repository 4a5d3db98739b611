#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "testdatabase.h"

#include "analytics/deadstockanalysis.h"
#include "analytics/deadstockrepository.h"
#include "catalog/productvariantrepository.h"
#include "db/sqlquery.h"
#include "demo/demodatagenerator.h"
#include "inventory/stockrepository.h"
#include "pricing/marketpricerepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
// Variant, day and figures of each row, as text, to compare two ways of reading the newest market day.
QStringList newestRows(const Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    REQUIRE(q.exec());
    QStringList rows;
    const auto money = [&](int column) {
        const auto m = q.money(column, u"EUR"_s);
        return m ? m->toDecimalString() : QString();
    };
    while (q.next())
        rows << QStringList{q.string(0), q.date(1).toString(Qt::ISODate), money(2), money(3), money(4)}.join(u'|');
    return rows;
}

DeadStockItem pairOf(const char *brand, double days, const char *purchase)
{
    DeadStockItem item;
    item.brand = QString::fromLatin1(brand);
    item.category = u"Sneakers"_s;
    item.daysInStock = days;
    item.purchasePrice = eurText(purchase);
    return item;
}
} // namespace

TEST_CASE("Dead stock rules: age, market and velocity risks, levels, locked capital and potential loss",
          "[analytics][deadstock]")
{
    using namespace deadstockanalysis;
    CHECK(ageRisk(30) == 0.1);
    CHECK(ageRisk(30.5) == 0.3);
    CHECK(ageRisk(120) == 0.6);
    CHECK(ageRisk(181) == 1.0);
    CHECK(*marketRisk(eurText("75.00"), eurText("100.00")) == 0.9);  // ratio 0.75
    CHECK(*marketRisk(eurText("85.00"), eurText("100.00")) == 0.7);  // 0.85
    CHECK(*marketRisk(eurText("100.00"), eurText("100.00")) == 0.5); // stable
    CHECK(*marketRisk(eurText("115.00"), eurText("100.00")) == 0.3);
    CHECK(*marketRisk(eurText("130.00"), eurText("100.00")) == 0.2);
    CHECK(!marketRisk(std::nullopt, eurText("100.00")));
    CHECK(velocityRisk(u"Nike"_s, u"Sneakers"_s) == Approx(0.24));
    CHECK(velocityRisk(u"Adidas"_s, u"Boots"_s) == Approx(0.48));
    CHECK(velocityRisk(u"Asics"_s, u"Apparel"_s) == Approx(0.6));
    CHECK(velocityRisk(QString(), QString()) == Approx(0.5));
    CHECK(levelFor(200, 0.1) == DeadStockLevel::Critical);
    CHECK(levelFor(10, 0.95) == DeadStockLevel::Critical);
    CHECK(levelFor(121, 0.1) == DeadStockLevel::Dead);
    CHECK(levelFor(61, 0.1) == DeadStockLevel::Cold);
    CHECK(levelFor(10, 0.3) == DeadStockLevel::Warm);
    CHECK(levelFor(10, 0.2) == DeadStockLevel::Hot);

    // 45 days, bought at 100, asked at 75: 0.3 × 0.3 + 0.3 × 0.9 + 0.4 × 0.24 = 0.456, warm;
    // the loss is (100 − 75) × 1.456.
    DeadStockItem falling = pairOf("Nike", 45, "100.00");
    falling.lowestAsk = eurText("75.00");
    falling.quantity = 2;
    classify(falling, u"EUR"_s);
    CHECK(falling.riskScore == Approx(0.456));
    CHECK(falling.level == DeadStockLevel::Warm);
    CHECK(falling.lockedCapital == eurText("200.00"));
    CHECK(falling.potentialLoss == eurText("72.80"));
    // Without market figures: the age alone (0.6 at 100 days) and a loss of 100 × 0.6 × 0.3.
    DeadStockItem unknown = pairOf("Asics", 100, "100.00");
    classify(unknown, u"EUR"_s);
    CHECK(!unknown.marketRisk);
    CHECK(unknown.riskScore == Approx(0.6));
    CHECK(unknown.level == DeadStockLevel::Cold);
    CHECK(unknown.potentialLoss == eurText("18.00"));
    // Rising above cost: no loss.
    DeadStockItem rising = pairOf("Jordan", 10, "100.00");
    rising.highestBid = eurText("150.00");
    classify(rising, u"EUR"_s);
    CHECK(rising.level == DeadStockLevel::Hot);
    CHECK(rising.potentialLoss == eurText("0.00"));

    const auto portfolio = summarise({falling, unknown, rising}, u"EUR"_s);
    CHECK(portfolio.pairs.value(DeadStockLevel::Warm) == 2);
    CHECK(portfolio.totalLocked == eurText("400.00"));
    CHECK(portfolio.totalLoss == eurText("90.80"));
    CHECK(*portfolio.lossPercent() == Approx(22.7));
    CHECK(portfolio.withoutMarket == 1);
    CHECK(portfolio.recommendations().size() == 2); // loss over 20 %, pairs without market figures
}

TEST_CASE("Dead stock: pairs on hand with their newest StockX figures and the ask a month before", "[db][deadstock]")
{
    onEachBackend([](Database &db) {
        const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        const Product samba = makeProduct(db, u"B75806"_s, u"Adidas Samba OG"_s, u"Adidas"_s);
        const SizeId us9 = sizeId(db, u"US 9"_s);
        const StockRepository stock(db);
        auto add = [&](const Product &product, const char *gross, const QDate &bought, ItemStatus status) {
            StockItem item = makeItem(product.id, us9, gross, bought);
            item.status = status;
            return stock.create(item).value();
        };
        const StockItem old = add(dunk, "119.00", {2025, 9, 1}, ItemStatus::InStock);
        add(dunk, "119.00", {2026, 3, 1}, ItemStatus::ListedStockX);
        add(samba, "119.00", {2026, 3, 20}, ItemStatus::InStock);
        add(samba, "119.00", {2026, 1, 1}, ItemStatus::Sold);
        ProductVariant variant;
        variant.productId = dunk.id;
        variant.sizeId = us9;
        variant.variantValue = u"9"_s;
        const VariantId v = ProductVariantRepository(db).create(variant).value().id;
        const MarketPriceRepository prices(db);
        REQUIRE(prices.record(
            {dunk.id, v, u"stockx"_s, u"9"_s, {2026, 2, 20}, u"EUR"_s, eurText("120.00"), {}, {}, {}, {}}));
        REQUIRE(prices.record({dunk.id,
                               v,
                               u"stockx"_s,
                               u"9"_s,
                               {2026, 3, 31},
                               u"EUR"_s,
                               eurText("90.00"),
                               eurText("80.00"),
                               {},
                               {},
                               {}}));

        KpiQuery query;
        query.asOf = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
        const auto items = DeadStockRepository(db).classified(query).value();
        REQUIRE(items.size() == 3);
        CHECK(items.at(0).id == old.id); // oldest first
        CHECK(items.at(0).daysInStock == Approx(212.0));
        CHECK(items.at(0).level == DeadStockLevel::Critical);
        CHECK(items.at(0).lowestAsk == eurText("90.00"));
        CHECK(items.at(0).highestBid == eurText("80.00"));
        CHECK(items.at(0).askMonthAgo == eurText("120.00")); // the newest on or before 2 March
        CHECK(*items.at(0).trendPercent() == Approx(-25.0));
        CHECK(items.at(0).riskScore == Approx(0.546));        // 0.3 × 1.0 + 0.3 × 0.5 + 0.4 × 0.24
        CHECK(items.at(0).potentialLoss == eurText("15.46")); // (100 − 90) × 1.546
        CHECK(items.at(1).lowestAsk == eurText("90.00"));
        CHECK(items.at(1).level == DeadStockLevel::Warm); // 31 days
        CHECK(items.at(2).sku == u"B75806"_s);
        CHECK(!items.at(2).marketRisk); // no figures: by age alone
        CHECK(items.at(2).level == DeadStockLevel::Hot);

        query.brand = samba.brandId;
        CHECK(DeadStockRepository(db).classified(query).value().size() == 1);
    });
}

TEST_CASE("Newest market figures: pricing.market_latest equals the newest day in pricing.market_prices, whatever "
          "order the days arrive in, and after the demo's bulk writes",
          "[db][deadstock]")
{
    onEachBackend([](Database &db) {
        // What the summary must say, computed from the daily rows, and what it says.
        const auto raw = [&] {
            return newestRows(db, u"SELECT m.variant_id, m.price_date, m.lowest_ask, m.highest_bid, m.last_sale "
                                  "FROM {{pricing.market_prices}} m WHERE m.variant_id IS NOT NULL AND m.price_date = "
                                  "(SELECT MAX(m2.price_date) FROM {{pricing.market_prices}} m2 WHERE m2.variant_id = "
                                  "m.variant_id AND m2.platform_name = m.platform_name) ORDER BY 1"_s);
        };
        const auto summary = [&] {
            return newestRows(db, u"SELECT variant_id, price_date, lowest_ask, highest_bid, last_sale "
                                  "FROM {{pricing.market_latest}} ORDER BY 1"_s);
        };
        const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        ProductVariant variant;
        variant.productId = dunk.id;
        variant.sizeId = sizeId(db, u"US 9"_s);
        const VariantId v = ProductVariantRepository(db).create(variant).value().id;
        const MarketPriceRepository prices(db);
        const auto day = [&](const QDate &date, const char *ask) {
            REQUIRE(prices.record(
                {dunk.id, v, u"stockx"_s, u"9"_s, date, u"EUR"_s, eurText(ask), {}, {}, {}, eurText(ask)}));
        };
        day({2026, 3, 2}, "120.00");
        day({2026, 3, 1}, "130.00"); // an older day arrives later: the newest stays
        CHECK(summary() == raw());
        CHECK(summary().value(0).contains(u"2026-03-02|120.00"_s));
        day({2026, 3, 2}, "115.00"); // the same day again replaces it
        CHECK(summary().value(0).contains(u"2026-03-02|115.00"_s));
        CHECK(summary() == raw());

        DemoDataGenerator::Options options;
        options.items = 150;
        options.today = QDate(2026, 6, 1);
        REQUIRE(DemoDataGenerator(db).generate(options));
        CHECK(summary().size() > 50);
        CHECK(summary() == raw());
    });
}
