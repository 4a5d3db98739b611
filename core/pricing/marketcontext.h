#pragma once

#include "pricinginput.h"
#include "recommendation.h"

#include <optional>

namespace sf {

// What the StockX market of one size looks like now, read from its real daily snapshots: the
// figures an auto-listing rule asks about. Anything the snapshots cannot tell stays unset, and a
// condition on it is not met (the original made these numbers up).
struct MarketContext {
    enum class Volatility { Low, Moderate, High };
    enum class Trend { Rising, Stable, Declining };

    std::optional<Money> marketPrice;         // the lowest ask now, else the last sale
    std::optional<MarketCondition> condition; // needs three asks in the last week
    std::optional<Volatility> volatility;     // spread of the daily prices over the window
    std::optional<Trend> trend;               // the last week's mean against the week before
    std::optional<qint64> competitorGapBp;    // (lowest ask − highest bid) / lowest ask
    std::optional<double> demandScore;        // highest bid / lowest ask, 0–1

    static MarketContext from(const std::optional<Money> &lowestAsk, const std::optional<Money> &highestBid,
                              const std::optional<Money> &lastSale, const QList<MarketDay> &market, const QDate &today);

    static QString conditionKey(MarketCondition condition); // bullish, stable, bearish, volatile
    static QString volatilityKey(Volatility volatility);    // low, moderate, high
    static QString trendKey(Trend trend);                   // rising, stable, declining
};

} // namespace sf
