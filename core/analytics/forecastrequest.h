#pragma once

#include "timebucket.h"

#include <QDate>
#include <QString>

namespace sf {

// What to forecast: units sold in total, for one brand, product or marketplace, per day, week or month.
struct ForecastRequest {
    enum class Level { Total, Brand, Product, Marketplace };
    Level level = Level::Total;
    QString entity; // the brand's or product's id, the marketplace's slug; empty for the total
    TimeBucket bucket = TimeBucket::Week;
    int horizon = 8;                    // buckets ahead
    QDate today = QDate::currentDate(); // the history ends with the last full bucket before today's
    int origins = 3;                    // rolling-origin backtests per model

    // The seasons the models look for: a week of days, four weeks, a year of months (as the original).
    int season() const { return bucket == TimeBucket::Day ? 7 : bucket == TimeBucket::Week ? 4 : 12; }
    // How far back the history reaches, in buckets.
    int historyLength() const { return bucket == TimeBucket::Day ? 180 : bucket == TimeBucket::Week ? 104 : 36; }
};

} // namespace sf
