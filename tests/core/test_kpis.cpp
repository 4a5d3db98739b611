#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "analytics/breakdownrepository.h"
#include "analytics/drilldown.h"
#include "analytics/insightrepository.h"
#include "analytics/kpiperiod.h"
#include "analytics/kpirepository.h"
#include "analytics/pricingkpirepository.h"
#include "catalog/productvariantrepository.h"
#include "db/sqlquery.h"
#include "domain/orderfinancials.h"
#include "inventory/stockrepository.h"
#include "pricing/marketpricerepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderlistrepository.h"
#include "sales/orderrepository.h"
#include "suppliers/supplierrepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("KPIs: a hand-computed month to the cent, by marketplace, and the period before", "[db][analytics]")
{
    onEachBackend([](Database &db) {
        SalesShop shop{db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), sizeId(db, u"US 9"_s), {}, {}};
        const auto sold = ItemStatus::Sold;
        // March: A on StockX (paid out), B on Alias (payout pending), C on StockX without a purchase price
        // (pending), D cancelled; E sold in February.
        shop.sell(shop.pair("119.00", {2026, 1, 1}, sold), u"stockx"_s, u"A-1"_s, {2026, 3, 10}, "200.00", "18.00",
                  "6.00", OrderStatus::Completed, true);
        shop.sell(shop.pair("59.50", {2026, 2, 1}, sold), u"alias"_s, u"B-1"_s, {2026, 3, 20}, "120.00", "12.00",
                  "3.00", OrderStatus::Shipped, false);
        shop.sell(shop.pair("0", {2026, 3, 1}, sold), u"stockx"_s, u"C-1"_s, {2026, 3, 25}, "90.00", "9.00", "0",
                  OrderStatus::Delivered, false);
        shop.sell(shop.pair("238.00", {2026, 1, 5}, sold), u"stockx"_s, u"D-1"_s, {2026, 3, 15}, "300.00", "30.00",
                  "9.00", OrderStatus::Cancelled, false);
        shop.sell(shop.pair("71.40", {2026, 1, 10}, sold), u"stockx"_s, u"E-1"_s, {2026, 2, 15}, "100.00", "10.00", "0",
                  OrderStatus::Completed, true);
        // On hand: F in stock, G listed; H cancelled does not count.
        shop.pair("95.20", {2026, 2, 20}, ItemStatus::InStock);
        shop.pair("47.60", {2026, 3, 2}, ItemStatus::ListedStockX);
        shop.pair("500.00", {2026, 3, 3}, ItemStatus::Canceled);

        KpiQuery march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        const Kpis k = KpiRepository(db).compute(march).value();
        // The chart's rows: one per UTC day and marketplace, adding up to the same totals.
        const QList<SalesDay> days = KpiRepository(db).salesByDay(march).value();
        REQUIRE(days.size() == 3);
        CHECK(days.at(0).day == QDate(2026, 3, 10));
        CHECK(days.at(1).day == QDate(2026, 3, 20));
        CHECK(days.at(1).revenue == eurText("120.00"));
        CHECK(days.at(2).netProfit == eurText("0.00")); // C has no cost
        qint64 revenue = 0;
        for (const SalesDay &day : days)
            revenue += day.revenue.minor();
        CHECK(revenue == 41000);
        CHECK(k.pairsSold == 3);
        CHECK(k.revenue == eurText("410.00"));
        CHECK(k.netProceeds == eurText("362.00")); // 176.00 + 105.00 + 81.00
        CHECK(k.netProfit == eurText("131.00"));   // 76.00 + 55.00; C has no cost
        CHECK(k.cost == eurText("150.00"));
        CHECK(k.withoutCost == 1);
        CHECK(k.averageSalePrice() == eurText("136.67"));
        CHECK(*k.roiPercent() == Approx(87.3333).epsilon(1e-4));           // 131 / 150
        CHECK(*k.marginPercent() == Approx(40.9375).epsilon(1e-6));        // 131 / 320
        CHECK(*k.averageShelfLifeDays == Approx(139.0 / 3).epsilon(1e-6)); // 68, 47 and 24 days
        CHECK(k.payoutsPending == eurText("186.00"));                      // B and C
        CHECK(k.oldestPendingDay == QDate(2026, 3, 20));
        CHECK(k.pairsOnHand == 2);
        CHECK(k.stockCostNet == eurText("120.00"));
        CHECK(k.stockCostGross == eurText("142.80"));
        CHECK(*k.sellThroughPercent() == Approx(60.0));

        KpiQuery stockx = march;
        stockx.marketplaceSlug = u"stockx"_s;
        const Kpis s = KpiRepository(db).compute(stockx).value();
        CHECK(s.pairsSold == 2);
        CHECK(s.revenue == eurText("290.00"));
        CHECK(s.netProfit == eurText("76.00"));
        CHECK(s.payoutsPending == eurText("81.00"));

        CHECK(march.previous().from == QDate(2026, 1, 29));
        CHECK(march.previous().to == QDate(2026, 2, 28));
        const Kpis before = KpiRepository(db).compute(march.previous()).value();
        CHECK(before.pairsSold == 1);
        CHECK(before.revenue == eurText("100.00"));
        CHECK(before.netProfit == eurText("30.00")); // 90.00 proceeds − 60.00 cost
    });
}

TEST_CASE("KPI periods: presets count whole days back from today", "[analytics]")
{
    const QDate today(2026, 5, 20);
    using P = KpiPeriod;
    CHECK(kpiperiod::range(P::Today, today) == std::pair(today, today));
    CHECK(kpiperiod::range(P::Last7Days, today) == std::pair(QDate(2026, 5, 14), today));
    CHECK(kpiperiod::range(P::Last30Days, today) == std::pair(QDate(2026, 4, 21), today));
    CHECK(kpiperiod::range(P::ThisMonth, today) == std::pair(QDate(2026, 5, 1), today));
    CHECK(kpiperiod::range(P::LastMonth, today) == std::pair(QDate(2026, 4, 1), QDate(2026, 4, 30)));
    CHECK(kpiperiod::range(P::LastMonth, QDate(2026, 1, 10)) == std::pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    CHECK(kpiperiod::range(P::ThisQuarter, today) == std::pair(QDate(2026, 4, 1), today));
    CHECK(kpiperiod::range(P::ThisYear, today) == std::pair(QDate(2026, 1, 1), today));
    CHECK(kpiperiod::all().size() == 9);
}

TEST_CASE("Dashboard breakdowns: filters, market value, ageing, profit bands, expected payouts and groups, to the "
          "cent",
          "[db][analytics]")
{
    onEachBackend([](Database &db) {
        const SizeId us9 = sizeId(db, u"US 9"_s);
        SalesShop nike{db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), us9, {}, {}};
        SalesShop adidas{db, makeProduct(db, u"B75806"_s, u"Adidas Samba OG"_s, u"Adidas"_s), us9, {}, {}};
        SalesShop asics{db, makeProduct(db, u"1201A019-107"_s, u"Asics Gel-Kayano 14"_s, u"Asics"_s), us9, {}, {}};
        const SupplierId snipes = SupplierRepository(db).findOrCreate(u"Snipes"_s).value().id;
        const auto sold = ItemStatus::Sold;
        // March: Nike 1 on StockX (paid out after 10 days), Nike 2 on Alias, Adidas 1 at a loss, Adidas 2
        // without a purchase price; Snipes supplied Nike 1 and Adidas 1.
        nike.supplier = adidas.supplier = snipes;
        nike.sell(nike.pair("119.00", {2026, 1, 1}, sold), u"stockx"_s, u"N-1"_s, {2026, 3, 2}, "200.00", "18.00",
                  "6.00", OrderStatus::Completed, true);
        adidas.sell(adidas.pair("238.00", {2026, 1, 5}, sold), u"stockx"_s, u"A-1"_s, {2026, 3, 25}, "180.00", "15.00",
                    "5.00", OrderStatus::Shipped, false);
        nike.supplier = adidas.supplier = {};
        nike.sell(nike.pair("59.50", {2026, 2, 1}, sold), u"alias"_s, u"N-2"_s, {2026, 3, 20}, "120.00", "12.00",
                  "3.00", OrderStatus::Shipped, false);
        adidas.sell(adidas.pair("0", {2026, 3, 1}, sold), u"stockx"_s, u"A-2"_s, {2026, 3, 28}, "90.00", "9.00", "0",
                    OrderStatus::Delivered, false);
        // On hand: F 15 days, G 62, H 215 (Snipes), I 43 without a price, K 10 without market figures.
        nike.pair("95.20", {2026, 3, 20}, ItemStatus::InStock);
        nike.pair("47.60", {2026, 2, 1}, ItemStatus::ListedStockX);
        adidas.supplier = snipes;
        adidas.pair("119.00", {2025, 9, 1}, ItemStatus::InStock);
        adidas.supplier = {};
        adidas.pair("0", {2026, 2, 20}, ItemStatus::Reserved);
        asics.pair("59.50", {2026, 3, 25}, ItemStatus::InStock);
        nike.pair("500.00", {2026, 3, 3}, ItemStatus::Canceled);
        nike.market({2026, 3, 30}, "150.00", "120.00");
        nike.market({2026, 4, 2}, "160.00", "130.00"); // the newest counts
        adidas.market({2026, 4, 1}, "110.00", "85.00");

        KpiQuery march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        march.asOf = QDateTime(QDate(2026, 4, 4), QTime(12, 0), Qt::UTC);
        const Kpis k = KpiRepository(db).compute(march).value();
        CHECK(k.pairsSold == 4);
        CHECK(k.pairsOnHand == 5);
        CHECK(k.pairsByStatus == std::map<ItemStatus, qint64>{{ItemStatus::InStock, 3},
                                                              {ItemStatus::ListedStockX, 1},
                                                              {ItemStatus::Reserved, 1}});
        CHECK(k.pairsWithMarket == 4);
        CHECK(*k.marketCoveragePercent() == Approx(80.0));
        CHECK(k.stockAtAsk == eurText("540.00")); // 160 + 160 + 110 + 110
        CHECK(k.stockAtBid == eurText("430.00"));
        CHECK(k.unrealisedGain == eurText("125.00")); // (130 − 80) + (130 − 40) + (85 − 100); I has no cost

        KpiQuery nikeOnly = march;
        nikeOnly.brand = nike.product.brandId;
        const Kpis n = KpiRepository(db).compute(nikeOnly).value();
        CHECK(n.pairsSold == 2);
        CHECK(n.revenue == eurText("320.00"));
        CHECK(n.pairsOnHand == 2);
        KpiQuery fromSnipes = march;
        fromSnipes.supplier = snipes;
        const Kpis sn = KpiRepository(db).compute(fromSnipes).value();
        CHECK(sn.pairsSold == 2);
        CHECK(sn.revenue == eurText("380.00"));
        CHECK(sn.netProfit == eurText("36.00")); // 76 − 40
        CHECK(sn.pairsOnHand == 1);

        const BreakdownRepository breakdowns(db);
        const auto brands = breakdowns.salesBy(march, SalesGrouping::Brand).value();
        REQUIRE(brands.size() == 2);
        CHECK(brands.at(0).label == u"Nike"_s); // by net profit: 131 before −40
        CHECK(brands.at(0).netProfit == eurText("131.00"));
        CHECK(brands.at(0).cost == eurText("150.00"));
        CHECK(brands.at(1).label == u"Adidas"_s);
        CHECK(brands.at(1).pairs == 2);
        CHECK(brands.at(1).revenue == eurText("270.00"));
        CHECK(brands.at(1).netProceeds == eurText("241.00"));
        CHECK(brands.at(1).netProfit == eurText("-40.00"));
        CHECK(breakdowns.salesBy(march, SalesGrouping::Brand, 1).value().size() == 1);
        const auto suppliers = breakdowns.salesBy(march, SalesGrouping::Supplier).value();
        REQUIRE(suppliers.size() == 2);
        CHECK(suppliers.at(0).key.isEmpty()); // no supplier: 55 before Snipes' 36
        CHECK(suppliers.at(1).label == u"Snipes"_s);
        const auto markets = breakdowns.salesBy(march, SalesGrouping::Marketplace).value();
        REQUIRE(markets.size() == 2);
        CHECK(markets.at(0).key == u"alias"_s);
        CHECK(markets.at(1).revenue == eurText("470.00"));
        const auto weeks = breakdowns.salesBy(march, SalesGrouping::Week).value();
        REQUIRE(weeks.size() == 3);
        CHECK(weeks.at(0).key == u"2026-03-02"_s);
        CHECK(weeks.at(2).key == u"2026-03-23"_s);
        CHECK(weeks.at(2).pairs == 2);
        CHECK(weeks.at(2).revenue == eurText("270.00"));
        const auto months = breakdowns.salesBy(march, SalesGrouping::Month).value();
        REQUIRE(months.size() == 1);
        CHECK(months.at(0).revenue == eurText("590.00"));

        const auto bands = breakdowns.profitDistribution(march).value();
        REQUIRE(bands.size() == 11);
        CHECK(bands.at(1).sales == 1); // −40 in [−50, −25)
        CHECK(bands.at(1).netProfit == eurText("-40.00"));
        CHECK(bands.at(5).sales == 1); // 55 in [50, 75)
        CHECK(bands.at(6).sales == 1); // 76 in [75, 100)
        CHECK(*bands.at(6).from == eurText("75.00"));
        qint64 counted = 0;
        for (const ProfitBucket &b : bands)
            counted += b.sales;
        CHECK(counted == 3); // the sale without a cost has no profit

        const auto ages = breakdowns.ageing(march).value();
        REQUIRE(ages.size() == 5);
        CHECK(ages.at(0).pairs == 2); // F and K
        CHECK(ages.at(0).capital == eurText("130.00"));
        CHECK(ages.at(1).pairs == 1); // I, no price
        CHECK(ages.at(1).capital == eurText("0.00"));
        CHECK(ages.at(2).capital == eurText("40.00"));
        CHECK(ages.at(3).pairs == 0);
        CHECK(ages.at(4).pairs == 1);
        CHECK(ages.at(4).capital == eurText("100.00"));
        CHECK(!ages.at(4).toDays);

        // StockX paid after 10 days on average; Alias never paid yet, so it gets the default 14.
        const auto payouts = breakdowns.expectedPayouts(march).value();
        REQUIRE(payouts.size() == 3);
        CHECK(payouts.at(0).marketplaceSlug == u"alias"_s);
        CHECK(payouts.at(0).overdue); // due 3 April
        CHECK(payouts.at(0).expectedOn == QDate(2026, 4, 4));
        CHECK(payouts.at(0).amount == eurText("105.00"));
        CHECK(payouts.at(1).expectedOn == QDate(2026, 4, 4)); // sold 25 March
        CHECK(!payouts.at(1).overdue);
        CHECK(payouts.at(1).delayDays == 10);
        CHECK(payouts.at(2).expectedOn == QDate(2026, 4, 7));
        CHECK(payouts.at(2).amount == eurText("81.00"));

        // Drill-down: the Orders and Stock pages list exactly what each figure counted.
        const OrderListRepository orders(db);
        const auto ordersOf = [&](const OrderQuery &q) { return orders.summary(q).value(); };
        const OrderSummary period = ordersOf(drilldown::periodSales(march));
        CHECK(period.orders == k.pairsSold);
        CHECK(period.saleMinor == k.revenue.minor());
        CHECK(period.netProfitMinor == k.netProfit.minor());
        CHECK(ordersOf(drilldown::periodSales(nikeOnly)).saleMinor == n.revenue.minor());
        CHECK(ordersOf(drilldown::periodSales(fromSnipes)).orders == sn.pairsSold);
        CHECK(ordersOf(drilldown::pendingPayouts(march)).netProceedsMinor == k.payoutsPending.minor());
        for (const SalesGroup &g : brands) {
            const OrderSummary s = ordersOf(*drilldown::group(march, SalesGrouping::Brand, g));
            CHECK(s.orders == g.pairs);
            CHECK(s.saleMinor == g.revenue.minor());
            CHECK(s.netProfitMinor == g.netProfit.minor());
        }
        CHECK(!drilldown::group(march, SalesGrouping::Supplier, suppliers.at(0))); // "no supplier"
        CHECK(ordersOf(*drilldown::group(march, SalesGrouping::Supplier, suppliers.at(1))).orders == 2);
        for (const SalesGroup &g : weeks)
            CHECK(ordersOf(*drilldown::group(march, SalesGrouping::Week, g)).saleMinor == g.revenue.minor());
        for (const SalesGroup &g : markets)
            CHECK(ordersOf(*drilldown::group(march, SalesGrouping::Marketplace, g)).orders == g.pairs);
        for (const ProfitBucket &b : bands) {
            const OrderSummary s = ordersOf(drilldown::profitBand(march, b));
            CHECK(s.orders == b.sales);
            CHECK(s.netProfitMinor == b.netProfit.minor());
        }
        for (const ExpectedPayout &p : payouts) {
            const OrderSummary s = ordersOf(drilldown::expectedPayouts(march, {p}));
            CHECK(s.orders == p.sales);
            CHECK(s.netProceedsMinor == p.amount.minor());
        }
        const StockRepository stock(db);
        CHECK(stock.totals(drilldown::onHand(march)).value().pairs == k.pairsOnHand);
        CHECK(stock.totals(drilldown::onHand(march)).value().netCostMinor == k.stockCostNet.minor());
        CHECK(stock.totals(drilldown::onHand(march, ItemStatus::InStock)).value().pairs == 3);
        CHECK(stock.totals(drilldown::onHand(nikeOnly)).value().pairs == n.pairsOnHand);
        for (const AgeingBand &band : ages) {
            const StockTotals t = stock.totals(drilldown::ageingBand(march, band)).value();
            CHECK(t.pairs == band.pairs);
            CHECK(t.netCostMinor == band.capital.minor());
        }

        // Pricing KPIs: in total, per brand and per marketplace; a second run for the day replaces them.
        REQUIRE(PricingKpiRepository(db).refresh(march).value() == 5);
        REQUIRE(PricingKpiRepository(db).refresh(march).value() == 5);
        CHECK(rowCount(db, u"analytics.pricing_kpis"_s) == 5);
        SqlQuery ids(db, u"SELECT id FROM {{analytics.pricing_kpis}}"_s);
        REQUIRE(ids.exec());
        while (ids.next())
            CHECK(!QUuid::fromString(ids.string(0)).isNull()); // {{new_uuid}} makes real UUIDs on SQLite too
        SqlQuery nikeRow(db, u"SELECT units_sold, average_margin_percent, average_markup_percent, "
                             "average_selling_price, revenue_impact_eur FROM {{analytics.pricing_kpis}} "
                             "WHERE aggregation_level = 'brand' AND brand_id = :brand"_s);
        nikeRow.bind(u":brand"_s, nike.product.brandId);
        REQUIRE(nikeRow.exec());
        REQUIRE(nikeRow.next());
        CHECK(nikeRow.integer(0) == 2);
        CHECK(*nikeRow.hundredths(1) == 4094); // 131 ÷ 320
        CHECK(*nikeRow.hundredths(2) == 8733); // 131 ÷ 150
        CHECK(*nikeRow.money(3, u"EUR"_s) == eurText("160.00"));
        CHECK(*nikeRow.money(4, u"EUR"_s) == eurText("320.00"));
    });
}

TEST_CASE("Insights: a steady seller with one pair left is restocked at a profit, a pile that does not sell is "
          "cleared",
          "[db][analytics][forecast]")
{
    onEachBackend([](Database &db) {
        SalesShop seller{db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), sizeId(db, u"US 9"_s), {}, {}};
        SalesShop pile{
            db, makeProduct(db, u"B75806"_s, u"Adidas Samba OG"_s, u"Adidas"_s), sizeId(db, u"US 9"_s), {}, {}};
        const QDate today(2026, 6, 3);
        // Three a week for twenty weeks, bought at 100.00 net, sold at 200.00 keeping 180.00.
        int number = 0;
        for (int week = 20; week >= 1; --week)
            for (int i = 0; i < 3; ++i)
                seller.sell(seller.pair("119.00", today.addDays(-7 * week - 30), ItemStatus::Sold), u"stockx"_s,
                            u"S-%1"_s.arg(++number), today.addDays(-7 * week + i), "200.00", "15.00", "5.00",
                            OrderStatus::Completed, true);
        seller.pair("119.00", today.addDays(-3), ItemStatus::InStock);
        for (int i = 0; i < 10; ++i)
            pile.pair("119.00", today.addDays(-200), ItemStatus::InStock);

        const auto found = InsightRepository(db).insights(today).value();
        REQUIRE(found.size() == 2);
        const Insight &clearance = found.at(0); // high priority first
        CHECK(clearance.kind == Insight::Kind::Clearance);
        CHECK(clearance.priority == Insight::Priority::High);
        CHECK(clearance.sku == u"B75806"_s);
        CHECK(clearance.onHand == 10);
        CHECK(!clearance.days); // nothing forecast to sell
        const Insight &restock = found.at(1);
        CHECK(restock.kind == Insight::Kind::Restock);
        CHECK(restock.onHand == 1);
        CHECK(restock.forecastUnits == Approx(24.0).margin(0.5)); // three a week for eight weeks
        CHECK(restock.quantity == 23);
        CHECK(*restock.profitPerPair == eurText("80.00")); // 200.00 × 0.9 − 100.00
        CHECK(*restock.roiPercent == Approx(80.0));
        CHECK(restock.priority == Insight::Priority::High); // one pair lasts under two days
    });
}
