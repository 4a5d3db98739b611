#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "analytics/breakdownrepository.h"
#include "analytics/kpirepository.h"
#include "charts/barchart.h"
#include "common/subsetbar.h"
#include "dashboard/chartcard.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpitile.h"
#include "dashboard/welcomepanel.h"
#include "db/databaseworker.h"
#include "db/systemconfig.h"
#include "demo/demodatabase.h"
#include "demo/demodatagenerator.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "mainwindow.h"
#include "sales/orderlistrepository.h"
#include "sales/orderspage.h"
#include "sales/ordertablemodel.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"

#include <QComboBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
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

const QDate kToday(2026, 6, 1);

// A year of demo business up to kToday.
void fillDemo(const Database &db, int items, bool withMarketPrices = true)
{
    DemoDataGenerator::Options options;
    options.items = items;
    options.today = kToday;
    options.withMarketPrices = withMarketPrices;
    REQUIRE(DemoDataGenerator(db).generate(options));
}
} // namespace

TEST_CASE("Dashboard: tiles show the repository's figures, follow the period and marketplace, and a sale",
          "[ui][analytics]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    const QDate today = kToday;
    fillDemo(test.db(), 800);
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
    const auto drawn = [&](const QString &card) { return page.card(card)->chart()->drawnTotalHundredths(); };
    CHECK(drawn(u"sales"_s) == k.revenue.minor());
    saveScreenshot(page, u"dashboard"_s, true);

    page.setPeriod(KpiPeriod::AllTime);
    waitShown(shown);
    const Kpis all = expected();
    CHECK(all.pairsSold > k.pairsSold);
    CHECK(page.tile(u"revenue"_s)->value() == all.revenue.toDisplayString(locale));
    CHECK(drawn(u"sales"_s) == all.revenue.minor()); // in months now

    page.setMarketplace(u"alias"_s);
    waitShown(shown);
    const Kpis alias = expected();
    CHECK(alias.pairsSold < all.pairsSold);
    CHECK(page.tile(u"pairsSold"_s)->value() == locale.toString(alias.pairsSold));
    CHECK(drawn(u"sales"_s) == alias.revenue.minor());

    page.setCompare(false);
    waitShown(shown);
    CHECK(page.tile(u"revenue"_s)->change().isEmpty());
    CHECK(page.refreshSeconds() == SystemConfig::kDefaultDashboardRefreshSeconds);
    // Other clients' changes: the interval is a database setting.
    REQUIRE(SystemConfig(test.db()).setValue(QString::fromLatin1(SystemConfig::kDashboardRefreshSeconds), u"45"_s));
    DashboardPage second(worker);
    REQUIRE(QTest::qWaitFor([&] { return second.refreshSeconds() == 45; }, 5000));

    // A pair bought now raises the stock at cost without anyone refreshing the page.
    const Money before = expected().stockCostNet;
    StockService stock(test.db());
    StockItem pair = makeItem(makeProduct(test.db(), u"IE0876"_s, u"Adidas Handball Spezial"_s, u"Adidas"_s).id,
                              sizeId(test.db(), u"US 10"_s), "119.00", today);
    REQUIRE(stock.addItem(pair));
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 10000));
    CHECK(page.tile(u"stockCost"_s)->value() == (before + Money(10000, u"EUR"_s)).toDisplayString(locale));
}

TEST_CASE("Dashboard: every chart adds up to its SQL totals, bars and tiles drill down to the same orders and "
          "pairs, charts export as PNG and SVG and the page as PDF",
          "[ui][analytics]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    const QDate today = kToday;
    fillDemo(test.db(), 800);
    DatabaseWorker worker(test.db());
    DashboardPage page(worker);
    page.resize(1400, 900);
    page.show();
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    page.setToday(today);
    page.setPeriod(KpiPeriod::Last90Days);
    waitShown(shown);
    const auto drawn = [&](const QString &card) { return page.card(card)->chart()->drawnTotalHundredths(); };
    const KpiQuery query = page.query();
    const Kpis k = KpiRepository(test.db()).compute(query).value();
    const BreakdownRepository breakdowns(test.db());

    QComboBox *measure = page.card(u"sales"_s)->findChild<QComboBox *>();
    REQUIRE(measure);
    measure->setCurrentIndex(1); // net profit
    CHECK(drawn(u"sales"_s) == k.netProfit.minor());
    qint64 brandProfit = 0;
    const QList<SalesGroup> topBrands = breakdowns.salesBy(query, SalesGrouping::Brand, 10).value();
    for (const SalesGroup &g : topBrands)
        brandProfit += g.netProfit.minor();
    CHECK(drawn(u"brands"_s) == brandProfit);
    CHECK(drawn(u"ageing"_s) == k.pairsOnHand * 100); // pairs, in hundredths
    qint64 withCost = 0;
    const QList<ProfitBucket> bands = breakdowns.profitDistribution(query).value();
    for (const ProfitBucket &b : bands)
        withCost += b.sales;
    CHECK(withCost == k.pairsSold - k.withoutCost);
    CHECK(drawn(u"profit"_s) == withCost * 100);
    CHECK(drawn(u"payouts"_s) == k.payoutsPending.minor());
    CHECK(page.card(u"products"_s)->chart()->data().categories.size() == 10);

    // Drill-down: what the tile or the bar counted, the Orders or Stock query lists.
    QSignalSpy orders(&page, &DashboardPage::openOrders);
    QSignalSpy stock(&page, &DashboardPage::openStock);
    const auto summaryOf = [&](int at) {
        return OrderListRepository(test.db()).summary(orders.at(at).at(0).value<OrderQuery>()).value();
    };
    page.openTile(u"revenue"_s);
    REQUIRE(orders.size() == 1);
    CHECK(summaryOf(0).orders == k.pairsSold);
    CHECK(summaryOf(0).saleMinor == k.revenue.minor());
    CHECK(orders.at(0).at(1).toString().startsWith(u"Sales"_s));
    page.openTile(u"payoutsPending"_s);
    CHECK(summaryOf(1).netProceedsMinor == k.payoutsPending.minor());
    const BarChartData brands = page.card(u"brands"_s)->chart()->data();
    const int top = int(brands.categories.size()) - 1; // the best brand is the top bar
    page.openBar(u"brands"_s, 0, top);
    CHECK(summaryOf(2).netProfitMinor == std::llround(brands.sets.at(0).values.at(top) * 100));
    page.openBar(u"profit"_s, 0, 6);
    CHECK(summaryOf(3).orders * 100 ==
          std::llround(page.card(u"profit"_s)->chart()->data().sets.at(0).values.at(6) * 100));
    page.openTile(u"stockCost"_s);
    REQUIRE(stock.size() == 1);
    CHECK(StockRepository(test.db()).totals(stock.at(0).at(0).value<StockQuery>()).value().pairs == k.pairsOnHand);
    page.openBar(u"ageing"_s, 0, 4);
    REQUIRE(stock.size() == 2);
    const BarChartData ageing = page.card(u"ageing"_s)->chart()->data();
    CHECK(StockRepository(test.db()).totals(stock.at(1).at(0).value<StockQuery>()).value().pairs ==
          std::llround(ageing.sets.at(0).values.at(4)));

    QTemporaryDir dir;
    CHECK(page.card(u"sales"_s)->exportTo(dir.filePath(u"sales.png"_s)));
    CHECK(QImage(dir.filePath(u"sales.png"_s)).width() > 300);
    CHECK(page.card(u"ageing"_s)->exportTo(dir.filePath(u"ageing.svg"_s)));
    QFile svg(dir.filePath(u"ageing.svg"_s));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<svg"));
    CHECK(page.exportPdf(dir.filePath(u"dashboard.pdf"_s)));
    QFile pdf(dir.filePath(u"dashboard.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(pdf.size() > 20000);
    QWidget &content = *page.findChild<QScrollArea *>()->widget(); // every tile and chart, unscrolled
    saveScreenshot(content, u"dashboard-charts"_s, true);
}

TEST_CASE("Dashboard drill-down in the window: a tile opens the Orders page and a bar the Stock page, each with the "
          "count the dashboard showed, until Show all",
          "[ui][analytics]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    const QDate today = kToday;
    fillDemo(test.db(), 400, false);
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1400, 900);
    window.show();
    DashboardPage &page = *window.dashboardPage();
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    page.setToday(today);
    page.setPeriod(KpiPeriod::Last90Days);
    waitShown(shown);
    const Kpis k = KpiRepository(test.db()).compute(page.query()).value();
    REQUIRE(k.pairsSold > 0);

    page.openTile(u"pairsSold"_s);
    OrderTableModel &orders = *window.ordersPage()->model();
    REQUIRE(QTest::qWaitFor([&] { return orders.rowCount() == k.pairsSold; }, 5000));
    CHECK(window.ordersPage()->findChild<SubsetBar *>()->label().startsWith(u"Sales"_s));
    window.ordersPage()->findChild<SubsetBar *>()->cleared();
    REQUIRE(QTest::qWaitFor([&] { return orders.rowCount() > k.pairsSold; }, 5000));

    const BarChartData ageing = page.card(u"ageing"_s)->chart()->data();
    page.openBar(u"ageing"_s, 0, 1); // 31–60 days
    StockTableModel &stock = *window.stockPage()->model();
    REQUIRE(QTest::qWaitFor([&] { return stock.rowCount() == std::llround(ageing.sets.at(0).values.at(1)); }, 5000));
    CHECK(stock.rowCount() > 0);
}

TEST_CASE("First run: an empty database shows the three ways in, the demo goes to its own database and opens "
          "elsewhere, the first pair brings the figures",
          "[ui][analytics]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    QFile::remove(demodatabase::path());
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1400, 900);
    window.show();
    DashboardPage &page = *window.dashboardPage();
    WelcomePanel &welcome = *page.welcome();
    REQUIRE(QTest::qWaitFor([&] { return welcome.isVisible(); }, 5000));
    CHECK(welcome.findChild<QPushButton *>(u"connectStockX"_s));
    CHECK(welcome.findChild<QPushButton *>(u"importFile"_s));
    saveScreenshot(window, u"first-run"_s, true);

    QString opened;
    window.openDatabaseElsewhere = [&](const QString &location) { opened = location; };
    welcome.findChild<QPushButton *>(u"loadDemo"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 60000));
    CHECK(opened == demodatabase::path());
    {
        const Database demo(DatabaseConfig::fromString(opened).value());
        REQUIRE(demo.open());
        CHECK(KpiRepository(demo).hasData().value());
        demo.releaseThreadConnection();
    }
    CHECK(!KpiRepository(test.db()).hasData().value()); // the operator's own database is untouched
    CHECK(welcome.isVisible());

    QSignalSpy shown(&page, &DashboardPage::tilesShown);
    StockService stock(*context.database);
    REQUIRE(stock.addItem(makeItem(makeProduct(*context.database, u"IE0876"_s, u"Adidas Handball Spezial"_s).id,
                                   sizeId(*context.database, u"US 10"_s), "119.00", QDate::currentDate())));
    REQUIRE(QTest::qWaitFor([&] { return !welcome.isVisible(); }, 5000));
    CHECK(page.tile(u"pairsByStatus"_s)->value() == u"1"_s);
    QFile::remove(demodatabase::path());
}
