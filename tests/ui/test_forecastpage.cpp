#include "catchqt.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "analytics/forecastpage.h"
#include "analytics/insightrepository.h"
#include "analytics/kpirepository.h"
#include "db/databaseworker.h"
#include "demo/demodatagenerator.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Forecast page: the history drawn is the SQL count, the ensemble and its band follow, every model's "
          "errors are listed, and the run is stored",
          "[ui][forecast]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    DemoDataGenerator::Options options;
    options.items = 1500;
    options.today = QDate(2026, 6, 3);
    options.withMarketPrices = false;
    REQUIRE(DemoDataGenerator(test.db()).generate(options));
    DatabaseWorker worker(test.db());
    ForecastPage page(worker);
    page.resize(1300, 900);
    page.show();
    QAbstractItemModelTester tester(page.models()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ForecastRequest request;
    request.today = options.today;
    request.bucket = TimeBucket::Week;
    request.horizon = 10;
    page.setRequest(request);
    QSignalSpy shown(&page, &ForecastPage::forecastShown);
    page.findChild<QPushButton *>(u"forecastButton"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    REQUIRE(page.shown());
    const ForecastRun &run = *page.shown();

    KpiQuery weeks;
    weeks.from = run.historyStarts.first();
    weeks.to = run.futureStarts.first().addDays(-1);
    const qint64 sold = KpiRepository(test.db()).compute(weeks).value().pairsSold;
    auto *history = qobject_cast<QLineSeries *>(page.chart()->chart()->series().at(0));
    REQUIRE(history);
    double drawn = 0;
    for (const QPointF &p : history->points())
        drawn += p.y();
    CHECK(qint64(drawn) == sold);
    CHECK(page.chart()->chart()->series().size() == 3); // sold, band, forecast
    CHECK(page.models()->rowCount() == 4);
    CHECK(page.models()->item(3, 0)->text() == u"Ensemble"_s);
    CHECK(rowCount(test.db(), u"analytics.sales_forecasts"_s) == 4 * 10);
    CHECK(rowCount(test.db(), u"analytics.forecast_accuracy"_s) == 3);
    CHECK(rowCount(test.db(), u"analytics.pricing_kpis"_s, u"WHERE aggregation_level = 'platform'"_s) >= 3);
    QAbstractItemModelTester insightsTester(page.insights()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy insights(&page, &ForecastPage::insightsShown);
    page.refreshInsights();
    REQUIRE(QTest::qWaitFor([&] { return !insights.isEmpty(); }, 20000));
    CHECK(page.insights()->rowCount() == InsightRepository(test.db()).insights(options.today).value().size());
    CHECK(page.insights()->rowCount() > 0);
    saveScreenshot(page, u"forecast"_s, true);
}
