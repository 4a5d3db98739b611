#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "analytics/kpirepository.h"
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
void waitShown(DashboardPage &page, QSignalSpy &shown)
{
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 10000));
    shown.clear();
    QTest::qWait(50); // a later answer for the same question would follow at once
    shown.clear();
    Q_UNUSED(page);
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
    waitShown(page, shown);

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
    saveScreenshot(page, u"dashboard"_s, true);

    page.setPeriod(KpiPeriod::AllTime);
    waitShown(page, shown);
    const Kpis all = expected();
    CHECK(all.pairsSold > k.pairsSold);
    CHECK(page.tile(u"revenue"_s)->value() == all.revenue.toDisplayString(locale));

    page.setMarketplace(u"alias"_s);
    waitShown(page, shown);
    const Kpis alias = expected();
    CHECK(alias.pairsSold < all.pairsSold);
    CHECK(page.tile(u"pairsSold"_s)->value() == locale.toString(alias.pairsSold));

    page.setCompare(false);
    waitShown(page, shown);
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
