#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sf {

// The models that forecast a sales series (units per day, week or month).
enum class ForecastModel { LinearTrend, SeasonalNaive, HoltWinters, Ensemble };

// What a model expects for the next periods, with a 95 % band; never below zero (units sold).
struct Forecast {
    ForecastModel model = ForecastModel::LinearTrend;
    QList<double> values;
    QList<double> lower;
    QList<double> upper;
};

// How far predictions were from what happened. MAPE leaves out periods that sold nothing (no percentage
// of zero); none when every period did.
struct ForecastErrors {
    double mae = 0;
    double rmse = 0;
    std::optional<double> mape;
    int count = 0;
};

} // namespace sf
