#pragma once

#include "db/database.h"
#include "forecastrun.h"

namespace sf {

// Reads the sales series by SQL aggregation, runs every model that fits its length with rolling-origin
// backtests, weights the ensemble by their errors, and stores the run in analytics.sales_forecasts,
// analytics.forecast_accuracy and analytics.demand_patterns (one transaction). Runs on the database worker.
class ForecastRepository {
public:
    explicit ForecastRepository(const Database &db)
        : m_db(db)
    {}

    Result<ForecastRun> forecast(const ForecastRequest &request) const;
    Status store(const ForecastRun &run) const;

private:
    Status storeForecasts(const ForecastRun &run) const;
    Status storeAccuracy(const ForecastRun &run) const;
    Status storePatterns(const ForecastRun &run) const;

    const Database &m_db;
};

} // namespace sf
