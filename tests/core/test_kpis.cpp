#include "catchqt.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "analytics/kpiperiod.h"
#include "analytics/kpirepository.h"
#include "domain/orderfinancials.h"
#include "inventory/stockrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
Money eurText(const char *amount)
{
    return Money::parse(QString::fromLatin1(amount), u"EUR"_s).value();
}

struct Shop {
    Database &db;
    Product product;
    SizeId size;

    StockItem pair(const char *gross, const QDate &purchased, ItemStatus status) const
    {
        StockItem item = makeItem(product.id, size, gross, purchased);
        if (qstrcmp(gross, "0") == 0) { // a pair whose price nobody wrote down
            item.netPrice.reset();
            item.grossPrice.reset();
        }
        item.status = status;
        return StockRepository(db).create(item).value();
    }

    void sell(const StockItem &item, const QString &marketplace, const QString &number, const QDate &soldOn,
              const char *price, const char *sellerFee, const char *processingFee, OrderStatus status, bool paidOut)
    {
        Order order;
        order.itemId = item.id;
        order.marketplaceId = MarketplaceRepository(db).findBySlug(marketplace).value()->id;
        order.externalId = number;
        order.status = status;
        order.salePrice = eurText(price);
        order.sellerFee = eurText(sellerFee);
        order.processingFee = eurText(processingFee);
        order.shippingFee = eurText("0");
        order.otherFees = eurText("0");
        order.soldAt = QDateTime(soldOn, QTime(15, 30), Qt::UTC);
        order.payoutReceived = paidOut;
        order.financials = computeFinancials({order.salePrice, order.sellerFee, order.processingFee, order.shippingFee,
                                              order.otherFees, item.netPrice.value_or(eurText("0")),
                                              item.purchaseDate.date(), soldOn});
        REQUIRE(OrderRepository(db).create(order));
    }
};
} // namespace

TEST_CASE("KPIs: a hand-computed month to the cent, by marketplace, and the period before", "[db][analytics]")
{
    onEachBackend([](Database &db) {
        Shop shop{db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), sizeId(db, u"US 9"_s)};
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

        const KpiQuery march{QDate(2026, 3, 1), QDate(2026, 3, 31), {}, u"EUR"_s};
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
        CHECK(k.oldestPendingSale.date() == QDate(2026, 3, 20));
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
