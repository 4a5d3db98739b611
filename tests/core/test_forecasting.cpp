#include "catchqt.h"

#include "analytics/forecasting.h"
#include "analytics/forecastrepository.h"
#include "analytics/kpirepository.h"
#include "demo/demodatagenerator.h"
#include "stockxfixture.h"
#include "testdatabase.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Forecast errors: MAE, MAPE and RMSE with worked numbers", "[analytics][forecast]")
{
    // Misses 2, −1, 0 and 3: MAE 6/4, RMSE √(14/4), MAPE over the three periods that sold: 20, 10 and 75 %.
    const ForecastErrors e = forecasting::errors({10, 10, 0, 4}, {8, 11, 0, 1});
    CHECK(e.count == 4);
    CHECK(e.mae == Approx(1.5));
    CHECK(e.rmse == Approx(std::sqrt(3.5)));
    REQUIRE(e.mape);
    CHECK(*e.mape == Approx((20.0 + 10.0 + 75.0) / 3.0));
    CHECK(!forecasting::errors({0, 0}, {1, 2}).mape); // no percentage of nothing sold
}

TEST_CASE("Forecast models: a linear series by the trend, a pure season by seasonal naive, Holt-Winters by hand",
          "[analytics][forecast]")
{
    QList<double> line;
    for (int i = 0; i < 20; ++i)
        line << 5 + 2.5 * i;
    const Forecast trend = forecasting::linearTrend(line, 3);
    CHECK(trend.values.at(0) == Approx(55.0));
    CHECK(trend.values.at(2) == Approx(60.0));
    CHECK(trend.upper.at(0) == Approx(55.0)); // no residuals, no band
    CHECK(forecasting::backtest(ForecastModel::LinearTrend, line, 4, 7, 3)->rmse == Approx(0).margin(1e-9));

    QList<double> weekly; // a pure weekly pattern: busy weekends
    for (int week = 0; week < 6; ++week)
        weekly << 3 << 2 << 2 << 3 << 5 << 9 << 8;
    const Forecast naive = forecasting::seasonalNaive(weekly, 7, 7);
    CHECK(naive.values == QList<double>{3, 2, 2, 3, 5, 9, 8});
    const auto naiveErrors = forecasting::backtest(ForecastModel::SeasonalNaive, weekly, 7, 7, 3);
    REQUIRE(naiveErrors);
    CHECK(naiveErrors->mae == 0);
    CHECK(naiveErrors->count == 21);

    // Season 2, alpha = beta = gamma = 0.5, worked by hand: start L = 16, T = 2, S = (−4, 4); the
    // one-step predictions are 14, 24, 18, 26.5; then L = 23.25, T = 1.875, S = (−4.5, 4.375).
    const QList<double> small{10, 20, 14, 24, 16, 28};
    const auto fit = forecasting::holtWintersFit(small, 2, 0.5, 0.5, 0.5);
    REQUIRE(fit);
    CHECK(fit->level == Approx(23.25));
    CHECK(fit->trend == Approx(1.875));
    CHECK(fit->seasonal == QList<double>{-4.5, 4.375});
    CHECK(fit->sse == Approx(6.25)); // (16 − 18)² + (28 − 26.5)²
    const Forecast hw = forecasting::holtWinters(small, 3, 2, 0.5, 0.5, 0.5);
    CHECK(hw.values.at(0) == Approx(20.625));
    CHECK(hw.values.at(1) == Approx(31.375));
    CHECK(hw.values.at(2) == Approx(24.375));
    CHECK(!forecasting::holtWintersFit({1, 2, 3}, 2, 0.5, 0.5, 0.5)); // two seasons needed

    // Trend plus season is what Holt-Winters is for: exact whatever the constants.
    QList<double> seasonalTrend;
    for (int i = 0; i < 24; ++i)
        seasonalTrend << 10 + 0.5 * i + QList<double>{-3, 1, 4, -2}.at(i % 4);
    const Forecast tuned = forecasting::holtWinters(seasonalTrend, 4, 4);
    for (int h = 0; h < 4; ++h)
        CHECK(tuned.values.at(h) == Approx(10 + 0.5 * (24 + h) + QList<double>{-3, 1, 4, -2}.at(h)));
}

TEST_CASE("Forecast ensemble: weights from the backtest errors, not fixed numbers", "[analytics][forecast]")
{
    Forecast a, b;
    a.values = {10, 10};
    a.lower = {8, 8};
    a.upper = {12, 12};
    b.values = {20, 20};
    b.lower = {15, 15};
    b.upper = {25, 25};
    // RMSE 1 and 3: weights 3/4 and 1/4.
    const Forecast mixed = forecasting::ensemble({a, b}, {1.0, 3.0});
    CHECK(mixed.model == ForecastModel::Ensemble);
    CHECK(mixed.values.at(0) == Approx(12.5));
    CHECK(mixed.lower.at(1) == Approx(9.75));
    // A model without error takes it all.
    CHECK(forecasting::ensemble({a, b}, {0.0, 3.0}).values.at(0) == Approx(10));
    CHECK(forecasting::applicable(10, 7) ==
          QList<ForecastModel>{ForecastModel::LinearTrend, ForecastModel::SeasonalNaive});
}

TEST_CASE("Forecast runs: the history is the SQL count of sales per bucket, models, ensemble, accuracy and demand "
          "patterns are stored in one go",
          "[db][analytics][forecast]")
{
    onEachBackend([](Database &db) {
        DemoDataGenerator::Options options;
        options.items = 500;
        options.today = QDate(2026, 6, 3); // a Wednesday
        options.withMarketPrices = false;
        REQUIRE(DemoDataGenerator(db).generate(options));
        ForecastRequest request;
        request.today = options.today;
        request.bucket = TimeBucket::Week;
        request.horizon = 6;
        const ForecastRepository forecasts(db);
        const auto run = forecasts.forecast(request);
        INFO((run ? std::string() : run.error().toString().toStdString()));
        REQUIRE(run);
        const ForecastRun &r = run.value();
        REQUIRE(r.history.size() > 20);
        CHECK(r.historyStarts.last() == QDate(2026, 5, 25)); // the last full week before today's
        CHECK(r.futureStarts.first() == QDate(2026, 6, 1));
        KpiQuery query;
        query.from = r.historyStarts.first();
        query.to = QDate(2026, 5, 31);
        double units = 0;
        for (double u : r.history)
            units += u;
        CHECK(qint64(units) == KpiRepository(db).compute(query).value().pairsSold);
        // Linear, seasonal naive (four weeks) and Holt-Winters, each backtested, then the ensemble.
        REQUIRE(r.forecasts.size() == 4);
        CHECK(r.forecasts.last().model == ForecastModel::Ensemble);
        CHECK(r.backtests.at(2).has_value());
        double weights = 0;
        for (double w : r.weights)
            weights += w;
        CHECK(weights == Approx(1.0));
        CHECK(r.weekdayFactors.size() == 7);
        CHECK(r.monthFactors.size() == 12);

        REQUIRE(forecasts.store(r));
        CHECK(rowCount(db, u"analytics.sales_forecasts"_s) == 4 * 6);
        CHECK(rowCount(db, u"analytics.sales_forecasts"_s,
                       u"WHERE forecast_level = 'total' AND "
                       "forecast_horizon = 'weekly' AND model_name = 'ensemble'"_s) == 6);
        CHECK(rowCount(db, u"analytics.forecast_accuracy"_s) == 3);
        CHECK(rowCount(db, u"analytics.demand_patterns"_s) == 19);

        // One marketplace: its own history, stored with the marketplace.
        request.level = ForecastRequest::Level::Marketplace;
        request.entity = u"alias"_s;
        const auto alias = forecasts.forecast(request);
        REQUIRE(alias);
        double aliasUnits = 0;
        for (double u : alias.value().history)
            aliasUnits += u;
        CHECK(aliasUnits < units);
        REQUIRE(forecasts.store(alias.value()));
        CHECK(rowCount(db, u"analytics.sales_forecasts"_s,
                       u"WHERE forecast_level = 'platform' AND platform_id IS NOT NULL"_s) > 0);
    });
}
