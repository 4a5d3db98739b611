-- Forecasts and demand patterns for the whole business ("total") and, for patterns, per marketplace: the
-- original's checks allowed only products, brands, categories (and marketplaces for forecasts).
@postgresql ALTER TABLE {{analytics.sales_forecasts}} DROP CONSTRAINT sales_forecasts_forecast_level_check;;
@postgresql ALTER TABLE {{analytics.sales_forecasts}} ADD CONSTRAINT sales_forecasts_forecast_level_check CHECK (forecast_level IN ('product', 'brand', 'category', 'platform', 'total'));;
@postgresql ALTER TABLE {{analytics.forecast_accuracy}} DROP CONSTRAINT forecast_accuracy_forecast_level_check;;
@postgresql ALTER TABLE {{analytics.forecast_accuracy}} ADD CONSTRAINT forecast_accuracy_forecast_level_check CHECK (forecast_level IN ('product', 'brand', 'category', 'platform', 'total'));;
@postgresql ALTER TABLE {{analytics.demand_patterns}} DROP CONSTRAINT demand_patterns_analysis_level_check;;
@postgresql ALTER TABLE {{analytics.demand_patterns}} ADD CONSTRAINT demand_patterns_analysis_level_check CHECK (analysis_level IN ('product', 'brand', 'category', 'platform', 'total'));;
@postgresql ALTER TABLE {{analytics.demand_patterns}} ADD COLUMN platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE;;
-- SQLite cannot alter a CHECK: each table is rebuilt with what it holds.
@sqlite CREATE TABLE analytics_sales_forecasts_rebuilt (
    id {{uuid}} PRIMARY KEY,
    forecast_run_id {{uuid}} NOT NULL,
    product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE CASCADE,
    platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE,
    forecast_level VARCHAR(20) NOT NULL CHECK (forecast_level IN ('product', 'brand', 'category', 'platform', 'total')),
    forecast_date {{date}} NOT NULL,
    forecast_horizon VARCHAR(20) NOT NULL CHECK (forecast_horizon IN ('daily', 'weekly', 'monthly')),
    forecasted_units NUMERIC(10,2) NOT NULL CHECK (forecasted_units >= 0),
    forecasted_revenue {{money12}} CHECK (forecasted_revenue >= 0),
    confidence_lower NUMERIC(10,2),
    confidence_upper NUMERIC(10,2),
    model_name VARCHAR(50) NOT NULL,
    model_version VARCHAR(20),
    feature_importance {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
@sqlite INSERT INTO analytics_sales_forecasts_rebuilt (id, forecast_run_id, product_id, brand_id, category_id, platform_id, forecast_level, forecast_date, forecast_horizon, forecasted_units, forecasted_revenue, confidence_lower, confidence_upper, model_name, model_version, feature_importance, created_at) SELECT id, forecast_run_id, product_id, brand_id, category_id, platform_id, forecast_level, forecast_date, forecast_horizon, forecasted_units, forecasted_revenue, confidence_lower, confidence_upper, model_name, model_version, feature_importance, created_at FROM analytics_sales_forecasts;;
@sqlite DROP TABLE analytics_sales_forecasts;;
@sqlite ALTER TABLE analytics_sales_forecasts_rebuilt RENAME TO analytics_sales_forecasts;;
@sqlite CREATE TABLE analytics_forecast_accuracy_rebuilt (
    id {{uuid}} PRIMARY KEY,
    forecast_run_id {{uuid}} NOT NULL,
    model_name VARCHAR(50) NOT NULL,
    forecast_level VARCHAR(20) NOT NULL CHECK (forecast_level IN ('product', 'brand', 'category', 'platform', 'total')),
    forecast_horizon VARCHAR(20) NOT NULL CHECK (forecast_horizon IN ('daily', 'weekly', 'monthly')),
    accuracy_date {{date}} NOT NULL,
    mape_score NUMERIC(5,2) CHECK (mape_score >= 0),
    rmse_score NUMERIC(10,2) CHECK (rmse_score >= 0),
    mae_score NUMERIC(10,2) CHECK (mae_score >= 0),
    r2_score NUMERIC(5,4),
    bias_score NUMERIC(8,2),
    records_evaluated INTEGER NOT NULL CHECK (records_evaluated >= 0),
    evaluation_period_days INTEGER NOT NULL CHECK (evaluation_period_days > 0),
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
@sqlite INSERT INTO analytics_forecast_accuracy_rebuilt (id, forecast_run_id, model_name, forecast_level, forecast_horizon, accuracy_date, mape_score, rmse_score, mae_score, r2_score, bias_score, records_evaluated, evaluation_period_days, created_at) SELECT id, forecast_run_id, model_name, forecast_level, forecast_horizon, accuracy_date, mape_score, rmse_score, mae_score, r2_score, bias_score, records_evaluated, evaluation_period_days, created_at FROM analytics_forecast_accuracy;;
@sqlite DROP TABLE analytics_forecast_accuracy;;
@sqlite ALTER TABLE analytics_forecast_accuracy_rebuilt RENAME TO analytics_forecast_accuracy;;
@sqlite CREATE TABLE analytics_demand_patterns_rebuilt (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE CASCADE,
    analysis_level VARCHAR(20) NOT NULL CHECK (analysis_level IN ('product', 'brand', 'category', 'platform', 'total')),
    pattern_date {{date}} NOT NULL,
    period_type VARCHAR(20) NOT NULL CHECK (period_type IN ('daily', 'weekly', 'monthly', 'seasonal')),
    demand_score NUMERIC(8,4) NOT NULL,
    velocity_rank INTEGER CHECK (velocity_rank > 0),
    seasonality_factor NUMERIC(4,3),
    trend_direction VARCHAR(20) CHECK (trend_direction IN ('increasing', 'decreasing', 'stable')),
    volatility_score NUMERIC(5,4) CHECK (volatility_score >= 0),
    pattern_metadata {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE
);;
@sqlite INSERT INTO analytics_demand_patterns_rebuilt (id, product_id, brand_id, category_id, analysis_level, pattern_date, period_type, demand_score, velocity_rank, seasonality_factor, trend_direction, volatility_score, pattern_metadata, created_at) SELECT id, product_id, brand_id, category_id, analysis_level, pattern_date, period_type, demand_score, velocity_rank, seasonality_factor, trend_direction, volatility_score, pattern_metadata, created_at FROM analytics_demand_patterns;;
@sqlite DROP TABLE analytics_demand_patterns;;
@sqlite ALTER TABLE analytics_demand_patterns_rebuilt RENAME TO analytics_demand_patterns;;
CREATE INDEX idx_sales_forecasts_run ON {{analytics.sales_forecasts}} (forecast_run_id, model_name, forecast_date);;
CREATE INDEX idx_forecast_accuracy_run ON {{analytics.forecast_accuracy}} (forecast_run_id);;
