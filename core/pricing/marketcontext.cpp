#include "marketcontext.h"

#include "pricingengine.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// Each day's reference price: its lowest ask, else its last sale.
QList<std::pair<QDate, double>> dailyPrices(const QList<MarketDay> &market, const QDate &today)
{
    QList<std::pair<QDate, double>> prices;
    for (const MarketDay &day : market) {
        const std::optional<Money> price = day.lowestAsk ? day.lowestAsk : day.lastSale;
        if (price && day.day <= today)
            prices.append({day.day, double(price->minor())});
    }
    return prices;
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (const double v : values)
        sum += v;
    return sum / double(values.size());
}

std::optional<MarketContext::Volatility> volatilityOf(const QList<std::pair<QDate, double>> &prices)
{
    if (prices.size() < 3)
        return std::nullopt;
    QList<double> values;
    for (const auto &[day, price] : prices)
        values.append(price);
    const double average = mean(values);
    double squares = 0;
    for (const double v : values)
        squares += (v - average) * (v - average);
    const double variation = std::sqrt(squares / double(values.size())) / average * 100.0;
    if (variation < 5)
        return MarketContext::Volatility::Low;
    return variation < 15 ? MarketContext::Volatility::Moderate : MarketContext::Volatility::High;
}

std::optional<MarketContext::Trend> trendOf(const QList<std::pair<QDate, double>> &prices, const QDate &today)
{
    QList<double> lastWeek, weekBefore;
    for (const auto &[day, price] : prices) {
        if (day > today.addDays(-7))
            lastWeek.append(price);
        else if (day > today.addDays(-14))
            weekBefore.append(price);
    }
    if (lastWeek.isEmpty() || weekBefore.isEmpty())
        return std::nullopt;
    const double change = (mean(lastWeek) - mean(weekBefore)) / mean(weekBefore) * 100.0;
    if (change > 3)
        return MarketContext::Trend::Rising;
    return change < -3 ? MarketContext::Trend::Declining : MarketContext::Trend::Stable;
}

int asksInLastWeek(const QList<MarketDay> &market, const QDate &today)
{
    int asks = 0;
    for (const MarketDay &day : market)
        if (day.lowestAsk && day.day > today.addDays(-7) && day.day <= today)
            ++asks;
    return asks;
}
} // namespace

MarketContext MarketContext::from(const std::optional<Money> &lowestAsk, const std::optional<Money> &highestBid,
                                  const std::optional<Money> &lastSale, const QList<MarketDay> &market,
                                  const QDate &today)
{
    MarketContext context;
    context.marketPrice = lowestAsk ? lowestAsk : lastSale;
    if (asksInLastWeek(market, today) >= 3)
        context.condition = pricingengine::marketCondition(market, today);
    const auto prices = dailyPrices(market, today);
    context.volatility = volatilityOf(prices);
    context.trend = trendOf(prices, today);
    if (lowestAsk && highestBid && lowestAsk->minor() > 0) {
        const qint64 ask = lowestAsk->minor();
        const qint64 bid = qMin(highestBid->minor(), ask);
        context.competitorGapBp = (ask - bid) * 10000 / ask;
        context.demandScore = double(bid) / double(ask);
    }
    return context;
}

QString MarketContext::conditionKey(MarketCondition condition)
{
    switch (condition) {
    case MarketCondition::Bullish: return u"bullish"_s;
    case MarketCondition::Stable: return u"stable"_s;
    case MarketCondition::Bearish: return u"bearish"_s;
    case MarketCondition::Volatile: return u"volatile"_s;
    }
    Q_UNREACHABLE();
}

QString MarketContext::volatilityKey(Volatility volatility)
{
    switch (volatility) {
    case Volatility::Low: return u"low"_s;
    case Volatility::Moderate: return u"moderate"_s;
    case Volatility::High: return u"high"_s;
    }
    Q_UNREACHABLE();
}

QString MarketContext::trendKey(Trend trend)
{
    switch (trend) {
    case Trend::Rising: return u"rising"_s;
    case Trend::Stable: return u"stable"_s;
    case Trend::Declining: return u"declining"_s;
    }
    Q_UNREACHABLE();
}

} // namespace sf
