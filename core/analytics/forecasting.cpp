#include "forecasting.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sf::forecasting {

namespace {
constexpr double kZ95 = 1.96;

// Puts a band of ±width around every value; units sold never go below zero.
Forecast banded(ForecastModel model, const QList<double> &values, double width)
{
    Forecast f;
    f.model = model;
    for (double v : values) {
        f.values << qMax(0.0, v);
        f.lower << qMax(0.0, v - width);
        f.upper << qMax(0.0, v + width);
    }
    return f;
}

double mean(const QList<double> &values, qsizetype from, qsizetype count)
{
    double sum = 0;
    for (qsizetype i = from; i < from + count; ++i)
        sum += values.at(i);
    return sum / double(count);
}
} // namespace

QString key(ForecastModel model)
{
    switch (model) {
    case ForecastModel::LinearTrend: return u"linear_trend"_s;
    case ForecastModel::SeasonalNaive: return u"seasonal_naive"_s;
    case ForecastModel::HoltWinters: return u"holt_winters"_s;
    case ForecastModel::Ensemble: return u"ensemble"_s;
    }
    return {};
}

ForecastErrors errors(const QList<double> &actual, const QList<double> &predicted)
{
    ForecastErrors e;
    const qsizetype n = qMin(actual.size(), predicted.size());
    double absolute = 0, squared = 0, percent = 0;
    int withSales = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double miss = actual.at(i) - predicted.at(i);
        absolute += std::fabs(miss);
        squared += miss * miss;
        if (actual.at(i) != 0) {
            percent += std::fabs(miss) / std::fabs(actual.at(i)) * 100.0;
            ++withSales;
        }
    }
    e.count = int(n);
    if (n == 0)
        return e;
    e.mae = absolute / double(n);
    e.rmse = std::sqrt(squared / double(n));
    if (withSales > 0)
        e.mape = percent / double(withSales);
    return e;
}

Forecast linearTrend(const QList<double> &history, int horizon)
{
    const qsizetype n = history.size();
    const double xMean = double(n - 1) / 2.0;
    const double yMean = mean(history, 0, n);
    double sxy = 0, sxx = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (double(i) - xMean) * (history.at(i) - yMean);
        sxx += (double(i) - xMean) * (double(i) - xMean);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    const double intercept = yMean - slope * xMean;
    QList<double> fitted, future;
    for (qsizetype i = 0; i < n; ++i)
        fitted << intercept + slope * double(i);
    for (int h = 0; h < horizon; ++h)
        future << intercept + slope * double(n + h);
    return banded(ForecastModel::LinearTrend, future, kZ95 * errors(history, fitted).rmse);
}

Forecast seasonalNaive(const QList<double> &history, int horizon, int season)
{
    const qsizetype n = history.size();
    QList<double> future, actual, lastSeason;
    for (int h = 0; h < horizon; ++h)
        future << history.at(n - season + h % season);
    for (qsizetype i = season; i < n; ++i) {
        actual << history.at(i);
        lastSeason << history.at(i - season);
    }
    return banded(ForecastModel::SeasonalNaive, future, kZ95 * errors(actual, lastSeason).rmse);
}

std::optional<HoltWintersState> holtWintersFit(const QList<double> &history, int season, double alpha, double beta,
                                               double gamma)
{
    const qsizetype n = history.size();
    if (season < 2 || n < 2 * season)
        return std::nullopt;
    HoltWintersState s;
    const double first = mean(history, 0, season);
    s.trend = (mean(history, season, season) - first) / double(season);
    // The level at the end of the first season, and each of its periods' distance from the trend line.
    s.level = first + s.trend * double(season - 1) / 2.0;
    for (int i = 0; i < season; ++i)
        s.seasonal << history.at(i) - (s.level - s.trend * double(season - 1 - i));
    for (qsizetype t = season; t < n; ++t) {
        const double y = history.at(t);
        const double seasonal = s.seasonal.takeFirst(); // s(t − season)
        const double predicted = s.level + s.trend + seasonal;
        s.sse += (y - predicted) * (y - predicted);
        ++s.fitted;
        const double level = alpha * (y - seasonal) + (1 - alpha) * (s.level + s.trend);
        s.trend = beta * (level - s.level) + (1 - beta) * s.trend;
        s.level = level;
        s.seasonal << gamma * (y - level) + (1 - gamma) * seasonal;
    }
    return s;
}

Forecast holtWinters(const QList<double> &history, int horizon, int season, double alpha, double beta, double gamma)
{
    const auto fit = holtWintersFit(history, season, alpha, beta, gamma);
    if (!fit)
        return {};
    QList<double> future;
    for (int h = 1; h <= horizon; ++h)
        future << fit->level + double(h) * fit->trend + fit->seasonal.at((h - 1) % season);
    const double rmse = fit->fitted > 0 ? std::sqrt(fit->sse / double(fit->fitted)) : 0;
    return banded(ForecastModel::HoltWinters, future, kZ95 * rmse);
}

Forecast holtWinters(const QList<double> &history, int horizon, int season)
{
    double best = -1, alpha = 0.5, beta = 0.1, gamma = 0.1;
    for (int a = 1; a <= 9; ++a)
        for (int b = 1; b <= 9; ++b)
            for (int g = 1; g <= 9; ++g) {
                const auto fit = holtWintersFit(history, season, a / 10.0, b / 10.0, g / 10.0);
                if (fit && (best < 0 || fit->sse < best)) {
                    best = fit->sse;
                    alpha = a / 10.0;
                    beta = b / 10.0;
                    gamma = g / 10.0;
                }
            }
    return holtWinters(history, horizon, season, alpha, beta, gamma);
}

QList<ForecastModel> applicable(int length, int season)
{
    QList<ForecastModel> models;
    if (length >= 3)
        models << ForecastModel::LinearTrend;
    if (season >= 1 && length >= season)
        models << ForecastModel::SeasonalNaive;
    if (season >= 2 && length >= 2 * season)
        models << ForecastModel::HoltWinters;
    return models;
}

Forecast run(ForecastModel model, const QList<double> &history, int horizon, int season)
{
    switch (model) {
    case ForecastModel::LinearTrend: return linearTrend(history, horizon);
    case ForecastModel::SeasonalNaive: return seasonalNaive(history, horizon, season);
    case ForecastModel::HoltWinters: return holtWinters(history, horizon, season);
    case ForecastModel::Ensemble: break;
    }
    return {};
}

std::optional<ForecastErrors> backtest(ForecastModel model, const QList<double> &history, int horizon, int season,
                                       int origins)
{
    QList<double> actual, predicted;
    for (int k = origins; k >= 1; --k) {
        const qsizetype cut = history.size() - qsizetype(k) * horizon;
        if (cut <= 0 || !applicable(int(cut), season).contains(model))
            continue;
        const Forecast f = run(model, history.first(cut), horizon, season);
        actual << history.mid(cut, horizon);
        predicted << f.values;
    }
    if (actual.isEmpty())
        return std::nullopt;
    return errors(actual, predicted);
}

ModelRun runAll(const QList<double> &history, int horizon, int season, int backtestHorizon, int origins)
{
    ModelRun result;
    QList<double> rmse;
    for (ForecastModel model : applicable(int(history.size()), season)) {
        result.forecasts << run(model, history, horizon, season);
        const auto tested = backtest(model, history, backtestHorizon, season, origins);
        result.backtests << tested;
        rmse << (tested ? tested->rmse : 1e9);
    }
    if (result.forecasts.isEmpty())
        return result;
    result.weights = weights(rmse);
    result.forecasts << ensemble(result.forecasts, rmse);
    result.backtests << std::nullopt;
    return result;
}

QList<double> weights(const QList<double> &rmse)
{
    QList<double> raw;
    const bool exact = std::any_of(rmse.cbegin(), rmse.cend(), [](double e) { return e == 0; });
    for (double e : rmse)
        raw << (exact ? (e == 0 ? 1.0 : 0.0) : 1.0 / e);
    double total = 0;
    for (double w : raw)
        total += w;
    for (double &w : raw)
        w = total > 0 ? w / total : 0;
    return raw;
}

Forecast ensemble(const QList<Forecast> &forecasts, const QList<double> &rmse)
{
    const QList<double> share = weights(rmse);
    Forecast f;
    f.model = ForecastModel::Ensemble;
    if (forecasts.isEmpty())
        return f;
    const qsizetype horizon = forecasts.first().values.size();
    for (qsizetype h = 0; h < horizon; ++h) {
        double value = 0, lower = 0, upper = 0;
        for (qsizetype m = 0; m < forecasts.size(); ++m) {
            const double w = share.at(m);
            value += w * forecasts.at(m).values.value(h);
            lower += w * forecasts.at(m).lower.value(h);
            upper += w * forecasts.at(m).upper.value(h);
        }
        f.values << value;
        f.lower << lower;
        f.upper << upper;
    }
    return f;
}

} // namespace sf::forecasting
