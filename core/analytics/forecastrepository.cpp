#include "forecastrepository.h"

#include "breakdownrepository.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"
#include "forecasting.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
KpiQuery queryFor(const ForecastRequest &request, const QDate &from, const QDate &to)
{
    KpiQuery query;
    query.from = from;
    query.to = to;
    switch (request.level) {
    case ForecastRequest::Level::Total: break;
    case ForecastRequest::Level::Brand: query.brand = BrandId::fromString(request.entity); break;
    case ForecastRequest::Level::Product: query.product = ProductId::fromString(request.entity); break;
    case ForecastRequest::Level::Marketplace: query.marketplaceSlug = request.entity; break;
    }
    return query;
}

QString levelKey(ForecastRequest::Level level)
{
    switch (level) {
    case ForecastRequest::Level::Total: return u"total"_s;
    case ForecastRequest::Level::Brand: return u"brand"_s;
    case ForecastRequest::Level::Product: return u"product"_s;
    case ForecastRequest::Level::Marketplace: return u"platform"_s;
    }
    return {};
}

QString horizonKey(TimeBucket bucket)
{
    return bucket == TimeBucket::Day ? u"daily"_s : bucket == TimeBucket::Week ? u"weekly"_s : u"monthly"_s;
}

int daysPer(TimeBucket bucket)
{
    return bucket == TimeBucket::Day ? 1 : bucket == TimeBucket::Week ? 7 : 30;
}

QString decimal(double value, double cap)
{
    return QString::number(qBound(-cap, value, cap), 'f', 2);
}

// Each weekday's and month's average units per day over the average day of the last year.
void demandPatterns(ForecastRun &run, const QList<SalesGroup> &days, const QDate &from, const QDate &to)
{
    QList<double> weekday(7, 0), weekdayDays(7, 0), month(12, 0), monthDays(12, 0);
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        weekdayDays[d.dayOfWeek() - 1] += 1;
        monthDays[d.month() - 1] += 1;
    }
    double total = 0;
    for (const SalesGroup &day : days) {
        const QDate d = QDate::fromString(day.key, Qt::ISODate);
        weekday[d.dayOfWeek() - 1] += double(day.pairs);
        month[d.month() - 1] += double(day.pairs);
        total += double(day.pairs);
    }
    const double perDay = total / double(from.daysTo(to) + 1);
    const auto factors = [perDay](const QList<double> &units, const QList<double> &count) {
        QList<double> f;
        for (qsizetype i = 0; i < units.size(); ++i)
            f << (perDay > 0 && count.at(i) > 0 ? units.at(i) / count.at(i) / perDay : 0.0);
        return f;
    };
    run.weekdayFactors = factors(weekday, weekdayDays);
    run.monthFactors = factors(month, monthDays);
}
} // namespace

Result<ForecastRun> ForecastRepository::forecast(const ForecastRequest &request) const
{
    ForecastRun run;
    run.id = newRowUuid();
    run.request = request;
    const QDate last = timebucket::start(request.today, request.bucket).addDays(-1);
    const QDate first =
        timebucket::shifted(timebucket::start(last, request.bucket), request.bucket, 1 - request.historyLength());
    const BreakdownRepository breakdowns(m_db);
    auto groups = breakdowns.salesBy(queryFor(request, first, last), groupingOf(request.bucket));
    if (!groups)
        return groups.error();
    QHash<QDate, double> units;
    double pairs = 0, revenue = 0;
    for (const SalesGroup &g : groups.value()) {
        units.insert(QDate::fromString(g.key, Qt::ISODate), double(g.pairs));
        pairs += double(g.pairs);
        revenue += double(g.revenue.minor()) / 100.0;
    }
    run.revenuePerUnit = pairs > 0 ? revenue / pairs : 0;
    // The history starts with the first sale: empty buckets before the business began teach nothing.
    for (const QDate &start : timebucket::starts(first, last, request.bucket)) {
        if (run.history.isEmpty() && units.value(start) == 0)
            continue;
        run.historyStarts << start;
        run.history << units.value(start);
    }
    for (int h = 1; h <= request.horizon; ++h)
        run.futureStarts << timebucket::shifted(timebucket::start(last, request.bucket), request.bucket, h);
    const int season = request.season();
    forecasting::ModelRun models =
        forecasting::runAll(run.history, request.horizon, season, request.horizon, request.origins);
    run.forecasts = std::move(models.forecasts);
    run.backtests = std::move(models.backtests);
    run.weights = std::move(models.weights);
    const QDate yearAgo = request.today.addDays(-365);
    auto days = breakdowns.salesBy(queryFor(request, yearAgo, request.today.addDays(-1)), SalesGrouping::Day);
    if (!days)
        return days.error();
    demandPatterns(run, days.value(), yearAgo, request.today.addDays(-1));
    return run;
}

Status ForecastRepository::store(const ForecastRun &run) const
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const auto write :
         {&ForecastRepository::storeForecasts, &ForecastRepository::storeAccuracy, &ForecastRepository::storePatterns})
        if (Status status = (this->*write)(run); !status)
            return status;
    return transaction.commit();
}

namespace {
// The entity columns of a run's rows: the brand, product or marketplace it is about.
void bindEntity(SqlQuery &q, const ForecastRun &run)
{
    const auto &r = run.request;
    q.bind(u":brand"_s, r.level == ForecastRequest::Level::Brand ? BrandId::fromString(r.entity) : BrandId());
    q.bind(u":product"_s, r.level == ForecastRequest::Level::Product ? ProductId::fromString(r.entity) : ProductId());
}
} // namespace

Status ForecastRepository::storeForecasts(const ForecastRun &run) const
{
    for (const Forecast &f : run.forecasts)
        for (qsizetype h = 0; h < f.values.size() && h < run.futureStarts.size(); ++h) {
            SqlQuery q(m_db, u"INSERT INTO {{analytics.sales_forecasts}} (id, forecast_run_id, product_id, brand_id, "
                             "platform_id, forecast_level, forecast_date, forecast_horizon, forecasted_units, "
                             "forecasted_revenue, confidence_lower, confidence_upper, model_name, model_version) "
                             "VALUES (:id, :run, :product, :brand, (SELECT id FROM {{platform.marketplace}} WHERE "
                             "slug = :marketplace), :level, :day, :horizon, :units, :revenue, :lower, :upper, "
                             ":model, '1')"_s);
            q.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
                .bind(u":run"_s, run.id.toString(QUuid::WithoutBraces))
                .bind(u":marketplace"_s,
                      run.request.level == ForecastRequest::Level::Marketplace ? run.request.entity : QString())
                .bind(u":level"_s, levelKey(run.request.level))
                .bind(u":day"_s, run.futureStarts.at(h))
                .bind(u":horizon"_s, horizonKey(run.request.bucket))
                .bind(u":units"_s, decimal(f.values.at(h), 1e7))
                .bind(u":revenue"_s, Money(std::llround(f.values.at(h) * run.revenuePerUnit * 100), u"EUR"_s))
                .bind(u":lower"_s, decimal(f.lower.at(h), 1e7))
                .bind(u":upper"_s, decimal(f.upper.at(h), 1e7))
                .bind(u":model"_s, forecasting::key(f.model));
            bindEntity(q, run);
            if (Status status = q.exec(); !status)
                return status;
        }
    return {};
}

Status ForecastRepository::storeAccuracy(const ForecastRun &run) const
{
    for (qsizetype m = 0; m < run.forecasts.size(); ++m) {
        const auto &tested = run.backtests.at(m);
        if (!tested)
            continue;
        SqlQuery q(m_db, u"INSERT INTO {{analytics.forecast_accuracy}} (id, forecast_run_id, model_name, "
                         "forecast_level, forecast_horizon, accuracy_date, mape_score, rmse_score, mae_score, "
                         "records_evaluated, evaluation_period_days) VALUES (:id, :run, :model, :level, :horizon, "
                         ":day, :mape, :rmse, :mae, :records, :days)"_s);
        q.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
            .bind(u":run"_s, run.id.toString(QUuid::WithoutBraces))
            .bind(u":model"_s, forecasting::key(run.forecasts.at(m).model))
            .bind(u":level"_s, levelKey(run.request.level))
            .bind(u":horizon"_s, horizonKey(run.request.bucket))
            .bind(u":day"_s, run.request.today)
            .bind(u":mape"_s, tested->mape ? QVariant(decimal(*tested->mape, 999.99)) : SqlQuery::nullText())
            .bind(u":rmse"_s, decimal(tested->rmse, 1e7))
            .bind(u":mae"_s, decimal(tested->mae, 1e7))
            .bind(u":records"_s, tested->count)
            .bind(u":days"_s, qMax(1, tested->count * daysPer(run.request.bucket)));
        if (Status status = q.exec(); !status)
            return status;
    }
    return {};
}

Status ForecastRepository::storePatterns(const ForecastRun &run) const
{
    const auto write = [&](const QString &period, int index, const QDate &day, double factor) {
        SqlQuery q(m_db, u"INSERT INTO {{analytics.demand_patterns}} (id, product_id, brand_id, platform_id, "
                         "analysis_level, pattern_date, period_type, demand_score, seasonality_factor, "
                         "pattern_metadata) VALUES (:id, :product, :brand, (SELECT id FROM {{platform.marketplace}} "
                         "WHERE slug = :marketplace), :level, :day, :period, :score, :factor, :meta)"_s);
        q.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
            .bind(u":marketplace"_s,
                  run.request.level == ForecastRequest::Level::Marketplace ? run.request.entity : QString())
            .bind(u":level"_s, levelKey(run.request.level))
            .bind(u":day"_s, day)
            .bind(u":period"_s, period)
            .bind(u":score"_s, decimal(factor, 9999))
            .bind(u":factor"_s, decimal(factor, 9.999))
            .bind(u":meta"_s,
                  QString::fromUtf8(
                      QJsonDocument(QJsonObject{{u"index"_s, index}, {u"run"_s, run.id.toString(QUuid::WithoutBraces)}})
                          .toJson(QJsonDocument::Compact)));
        bindEntity(q, run);
        return q.exec();
    };
    const QDate today = run.request.today;
    for (int i = 0; i < run.weekdayFactors.size(); ++i)
        if (Status status = write(u"daily"_s, i + 1, today.addDays(-((today.dayOfWeek() - 1 - i + 7) % 7)),
                                  run.weekdayFactors.at(i));
            !status)
            return status;
    for (int i = 0; i < run.monthFactors.size(); ++i)
        if (Status status =
                write(u"monthly"_s, i + 1, QDate(today.month() > i + 1 ? today.year() : today.year() - 1, i + 1, 1),
                      run.monthFactors.at(i));
            !status)
            return status;
    return {};
}

} // namespace sf
