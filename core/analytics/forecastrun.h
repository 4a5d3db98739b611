#pragma once

#include "forecast.h"
#include "forecastrequest.h"

#include <QUuid>

#include <optional>

namespace sf {

// One forecast: the history it learnt from, each model's forecast and backtest, the ensemble (last), and
// the demand patterns of the same sales.
struct ForecastRun {
    QUuid id;
    ForecastRequest request;
    QList<QDate> historyStarts; // first day of each bucket
    QList<double> history;      // units sold per bucket
    double revenuePerUnit = 0;  // over the history, in currency units: prices the forecast units
    QList<QDate> futureStarts;
    QList<Forecast> forecasts;                      // every model that could run, then the ensemble
    QList<std::optional<ForecastErrors>> backtests; // per forecast; none for the ensemble
    QList<double> weights;                          // the ensemble's, per model
    QList<double> weekdayFactors;                   // Monday first: a weekday's units over the average day
    QList<double> monthFactors;                     // January first; empty months of the year count as none
};

} // namespace sf
