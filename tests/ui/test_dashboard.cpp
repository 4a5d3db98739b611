#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "analytics/kpirepository.h"
#include "charts/saleschart.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpitile.h"
#include "db/databaseworker.h"
#include "demo/demodatagenerator.h"
#include "inventory/stockservice.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
// Answers to questions asked before the last one are dropped, so one emission means the latest figures.
void waitShown(QSignalSpy &shown)
{
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 10000));
    shown.clear();
}
} // namespace

TEST_CASE("Dashboard: tiles show the repository's figures, follow the period and marketplace, and a sale",
          "[ui][analytics]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    const QDate today(2026, 6, 1);
    DemoDataGenerator::Options options;
    options.items = 800;
    options.today = today;
    REQUIRE(DemoDataGenerator(test.db()).generate(options));
    Announcing announcing(test.db());
    DatabaseWorker worker(test.db());
    DashboardPage page(worker);
    page.resize(1300, 620);
    page.show();
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    page.setToday(today);
    waitShown(shown);

    const QLocale locale;
    const auto expected = [&] { return KpiRepository(test.db()).compute(page.query()).value(); };
    KpiQuery query = page.query();
    CHECK(query.from == QDate(2026, 5, 3)); // the last 30 days
    CHECK(query.to == today);
    Kpis k = expected();
    REQUIRE(k.pairsSold > 0);
    CHECK(page.tile(u"revenue"_s)->value() == k.revenue.toDisplayString(locale));
    CHECK(page.tile(u"netProfit"_s)->value() == k.netProfit.toDisplayString(locale));
    CHECK(page.tile(u"pairsSold"_s)->value() == locale.toString(k.pairsSold));
    CHECK(page.tile(u"stockCost"_s)->value() == k.stockCostNet.toDisplayString(locale));
    CHECK(page.tile(u"revenue"_s)->change().contains(u"vs. previous period"_s));
    // The chart draws exactly what the SQL totals say (30 days: a bar per day).
    CHECK(page.salesChart()->drawnRevenueMinor() == k.revenue.minor());
    saveScreenshot(page, u"dashboard"_s, true);

    page.setPeriod(KpiPeriod::AllTime);
    waitShown(shown);
    const Kpis all = expected();
    CHECK(all.pairsSold > k.pairsSold);
    CHECK(page.tile(u"revenue"_s)->value() == all.revenue.toDisplayString(locale));
    CHECK(page.salesChart()->drawnRevenueMinor() == all.revenue.minor()); // in months now

    page.setMarketplace(u"alias"_s);
    waitShown(shown);
    const Kpis alias = expected();
    CHECK(alias.pairsSold < all.pairsSold);
    CHECK(page.tile(u"pairsSold"_s)->value() == locale.toString(alias.pairsSold));
    CHECK(page.salesChart()->drawnRevenueMinor() == alias.revenue.minor());

    page.setCompare(false);
    waitShown(shown);
    CHECK(page.tile(u"revenue"_s)->change().isEmpty());

    // A pair bought now raises the stock at cost without anyone refreshing the page.
    const Money before = expected().stockCostNet;
    StockService stock(test.db());
    StockItem pair = makeItem(makeProduct(test.db(), u"IE0876"_s, u"Adidas Handball Spezial"_s, u"Adidas"_s).id,
                              sizeId(test.db(), u"US 10"_s), "119.00", today);
    REQUIRE(stock.addItem(pair));
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 10000));
    CHECK(page.tile(u"stockCost"_s)->value() == (before + Money(10000, u"EUR"_s)).toDisplayString(locale));
}

TEST_CASE("Sales chart: buckets of a day, a week or a month fit the period", "[ui][analytics]")
{
    using B = SalesChart::Bucket;
    CHECK(SalesChart::bucketFor(QDate(2026, 5, 1), QDate(2026, 5, 31)) == B::Day);
    CHECK(SalesChart::bucketFor(QDate(2026, 3, 1), QDate(2026, 5, 31)) == B::Week);
    CHECK(SalesChart::bucketFor(QDate(2025, 1, 1), QDate(2026, 5, 31)) == B::Month);
    CHECK(SalesChart::bucketStart(QDate(2026, 5, 21), B::Week) == QDate(2026, 5, 18)); // a Thursday's Monday
    CHECK(SalesChart::bucketStart(QDate(2026, 5, 21), B::Month) == QDate(2026, 5, 1));
}
