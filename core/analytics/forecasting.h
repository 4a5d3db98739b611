#pragma once

#include "forecast.h"

namespace sf {

// Forecasting models on a plain series, oldest first (original-system.md §3.11, with Holt-Winters, which
// the original listed but never built, and an ensemble weighted by measured errors instead of fixed
// numbers). Pure functions; ForecastRepository reads the series and stores the results.
namespace forecasting {
QString key(ForecastModel model); // linear_trend, seasonal_naive, holt_winters, ensemble
ForecastErrors errors(const QList<double> &actual, const QList<double> &predicted);

// Least squares on the period index; the band is ±1.96 × the residuals' RMSE.
Forecast linearTrend(const QList<double> &history, int horizon);
// The last full season again; the band is ±1.96 × the RMSE of "same period last season".
Forecast seasonalNaive(const QList<double> &history, int horizon, int season);

// Additive Holt-Winters: level, trend and seasonal components smoothed with alpha, beta and gamma,
// started from the first two seasons (level and trend from their means, the season from the first).
struct HoltWintersState {
    double level = 0;
    double trend = 0;
    QList<double> seasonal; // the last `season` seasonal components, oldest first
    double sse = 0;         // squared one-step-ahead errors from the second season on
    int fitted = 0;         // how many one-step predictions sse covers
};
// Needs two full seasons; none otherwise.
std::optional<HoltWintersState> holtWintersFit(const QList<double> &history, int season, double alpha, double beta,
                                               double gamma);
Forecast holtWinters(const QList<double> &history, int horizon, int season, double alpha, double beta, double gamma);
// The smoothing constants with the smallest one-step error on a 0.1 grid.
Forecast holtWinters(const QList<double> &history, int horizon, int season);

// Which models can run on a history of this length: linear from 3 periods, seasonal naive from one season,
// Holt-Winters from two.
QList<ForecastModel> applicable(int length, int season);
Forecast run(ForecastModel model, const QList<double> &history, int horizon, int season);
// Rolling origin: from each of `origins` cut points at the end, forecast `horizon` periods from what came
// before and compare with what followed.
std::optional<ForecastErrors> backtest(ForecastModel model, const QList<double> &history, int horizon, int season,
                                       int origins);
// Every model that fits the history's length, each with its rolling-origin backtest (`backtestHorizon`
// periods from each of `origins` cut points), then the ensemble weighted by their errors, last and without
// a backtest of its own. A model that could not be tested counts for almost nothing. Empty when the
// history is too short for any model.
struct ModelRun {
    QList<Forecast> forecasts;
    QList<std::optional<ForecastErrors>> backtests;
    QList<double> weights; // the ensemble's, per model
};
ModelRun runAll(const QList<double> &history, int horizon, int season, int backtestHorizon, int origins);
// The ensemble's weights, summing to 1: 1 / RMSE (a model without error takes it all).
QList<double> weights(const QList<double> &rmse);
// The weighted mean of the forecasts by weights(rmse).
Forecast ensemble(const QList<Forecast> &forecasts, const QList<double> &rmse);
} // namespace forecasting

} // namespace sf
