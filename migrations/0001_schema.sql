-- SoleFlipper schema, version 1. One logical schema for both dialects.
-- Placeholders are rendered by core/db/dialect.cpp:
--   {{schema.table}}  table name (PostgreSQL: "schema"."table"; SQLite: schema_table)
--   {{uuid}} {{ts}} {{date}} {{json}} {{money}} {{money12}} {{now}}  column types and the current time
-- Money is NUMERIC(10,2) on PostgreSQL and exact integer cents on SQLite.
-- Statements end with ";;". A statement starting with "@postgresql" or "@sqlite" runs on that dialect only.
-- financial.transaction is deprecated in the original system and deliberately not created:
-- sales.order is the only sales ledger.

@postgresql CREATE SCHEMA IF NOT EXISTS catalog;;
@postgresql CREATE SCHEMA IF NOT EXISTS inventory;;
@postgresql CREATE SCHEMA IF NOT EXISTS supplier;;
@postgresql CREATE SCHEMA IF NOT EXISTS platform;;
@postgresql CREATE SCHEMA IF NOT EXISTS sales;;
@postgresql CREATE SCHEMA IF NOT EXISTS pricing;;
@postgresql CREATE SCHEMA IF NOT EXISTS analytics;;
@postgresql CREATE SCHEMA IF NOT EXISTS integration;;
@postgresql CREATE SCHEMA IF NOT EXISTS logging;;
@postgresql CREATE SCHEMA IF NOT EXISTS core;;
@postgresql CREATE EXTENSION IF NOT EXISTS pg_trgm;;

-- ---------------------------------------------------------------- catalog
CREATE TABLE {{catalog.brand}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    slug VARCHAR(100) NOT NULL UNIQUE,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{catalog.brand_patterns}} (
    id {{uuid}} PRIMARY KEY,
    brand_id {{uuid}} NOT NULL REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    pattern_type VARCHAR(50) NOT NULL DEFAULT 'regex' CHECK (pattern_type IN ('regex', 'keyword')),
    pattern VARCHAR(255) NOT NULL UNIQUE,
    priority INTEGER NOT NULL DEFAULT 100,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{catalog.category}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    slug VARCHAR(100) NOT NULL UNIQUE,
    parent_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE SET NULL,
    path VARCHAR(500),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{catalog.sizes}} (
    id {{uuid}} PRIMARY KEY,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE SET NULL,
    value VARCHAR(20) NOT NULL,
    standardized_value NUMERIC(4,1),
    region VARCHAR(10) NOT NULL CHECK (region IN ('US', 'US-W', 'US-K', 'EU', 'UK', 'CM', 'KR', 'JP', 'INT', 'ONE')),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (region, value)
);;
CREATE TABLE {{catalog.size_master}} (
    id {{uuid}} PRIMARY KEY,
    gender VARCHAR(20) NOT NULL CHECK (gender IN ('men', 'women', 'kids', 'unisex')),
    us_size NUMERIC(4,1) NOT NULL CHECK (us_size >= 0),
    eu_size NUMERIC(4,1) CHECK (eu_size >= 0),
    uk_size NUMERIC(4,1) CHECK (uk_size >= 0),
    cm_size NUMERIC(4,1) CHECK (cm_size >= 0),
    jp_size NUMERIC(4,1) CHECK (jp_size >= 0),
    kr_size NUMERIC(5,1) CHECK (kr_size >= 0),
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE SET NULL,
    validation_source VARCHAR(20),
    last_validated_at {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (us_size, gender, category_id)
);;
CREATE TABLE {{catalog.product}} (
    id {{uuid}} PRIMARY KEY,
    sku VARCHAR(100) NOT NULL UNIQUE,
    ean VARCHAR(13),
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE SET NULL,
    category_id {{uuid}} NOT NULL REFERENCES {{catalog.category}}(id),
    name VARCHAR(255) NOT NULL,
    description TEXT,
    retail_price {{money}} CHECK (retail_price >= 0),
    avg_resale_price {{money}} CHECK (avg_resale_price >= 0),
    release_date {{ts}},
    stockx_product_id VARCHAR(255) UNIQUE,
    style_code VARCHAR(100),
    enrichment_data {{json}},
    lowest_ask {{money}} CHECK (lowest_ask >= 0),
    highest_bid {{money}} CHECK (highest_bid >= 0),
    recommended_sell_faster {{money}} CHECK (recommended_sell_faster >= 0),
    recommended_earn_more {{money}} CHECK (recommended_earn_more >= 0),
    last_enriched_at {{ts}},
    enrichment_version INTEGER NOT NULL DEFAULT 1,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{catalog.product_variant}} (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} NOT NULL REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    size_master_id {{uuid}} REFERENCES {{catalog.size_master}}(id) ON DELETE SET NULL,
    size_id {{uuid}} REFERENCES {{catalog.sizes}}(id) ON DELETE SET NULL,
    stockx_variant_id VARCHAR(255) UNIQUE,
    stockx_variant_name VARCHAR(255),
    variant_value VARCHAR(50),
    gtin VARCHAR(20),
    color VARCHAR(100),
    condition VARCHAR(20) NOT NULL DEFAULT 'new',
    variant_data {{json}},
    is_flex_eligible BOOLEAN NOT NULL DEFAULT FALSE,
    is_direct_eligible BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- ---------------------------------------------------------------- supplier
CREATE TABLE {{supplier.profile}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    slug VARCHAR(100) UNIQUE,
    display_name VARCHAR(150),
    supplier_type VARCHAR(50) NOT NULL DEFAULT 'retail'
        CHECK (supplier_type IN ('retail', 'online', 'outlet', 'private', 'wholesale', 'marketplace', 'other')),
    business_size VARCHAR(30),
    contact_person VARCHAR(100),
    email VARCHAR(255),
    phone VARCHAR(50),
    website VARCHAR(200),
    address_line1 VARCHAR(200),
    address_line2 VARCHAR(200),
    city VARCHAR(100),
    state_province VARCHAR(100),
    postal_code VARCHAR(20),
    country VARCHAR(50) DEFAULT 'Germany',
    tax_id VARCHAR(50),
    vat_number VARCHAR(50),
    business_registration VARCHAR(100),
    return_policy_days INTEGER CHECK (return_policy_days >= 0),
    return_policy_text TEXT,
    return_conditions VARCHAR(500),
    accepts_exchanges BOOLEAN DEFAULT TRUE,
    restocking_fee_percent NUMERIC(5,2) CHECK (restocking_fee_percent BETWEEN 0 AND 100),
    payment_terms VARCHAR(100),
    credit_limit {{money12}} CHECK (credit_limit >= 0),
    discount_percent NUMERIC(5,2) CHECK (discount_percent BETWEEN 0 AND 100),
    minimum_order_amount {{money}} CHECK (minimum_order_amount >= 0),
    rating NUMERIC(3,2) CHECK (rating BETWEEN 0 AND 5),
    reliability_score INTEGER CHECK (reliability_score BETWEEN 0 AND 100),
    quality_score INTEGER CHECK (quality_score BETWEEN 0 AND 100),
    status VARCHAR(20) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'blocked')),
    preferred BOOLEAN DEFAULT FALSE,
    verified BOOLEAN DEFAULT FALSE,
    average_processing_days INTEGER CHECK (average_processing_days >= 0),
    ships_internationally BOOLEAN DEFAULT FALSE,
    accepts_returns_by_mail BOOLEAN DEFAULT FALSE,
    provides_authenticity_guarantee BOOLEAN DEFAULT FALSE,
    has_api BOOLEAN DEFAULT FALSE,
    api_endpoint VARCHAR(200),
    total_orders_count INTEGER NOT NULL DEFAULT 0 CHECK (total_orders_count >= 0),
    total_order_value {{money12}} NOT NULL DEFAULT 0 CHECK (total_order_value >= 0),
    average_order_value {{money}} CHECK (average_order_value >= 0),
    last_order_date {{ts}},
    notes TEXT,
    internal_notes TEXT,
    tags {{json}},
    supplier_category VARCHAR(50),
    vat_rate NUMERIC(4,2) CHECK (vat_rate BETWEEN 0 AND 99.99),
    return_policy TEXT,
    default_email VARCHAR(255),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{supplier.account}} (
    id {{uuid}} PRIMARY KEY,
    supplier_id {{uuid}} NOT NULL REFERENCES {{supplier.profile}}(id) ON DELETE CASCADE,
    email VARCHAR(150) NOT NULL,
    proxy_config TEXT,
    first_name VARCHAR(100),
    last_name VARCHAR(100),
    address_line_1 VARCHAR(200),
    address_line_2 VARCHAR(200),
    city VARCHAR(100),
    country_code VARCHAR(5),
    zip_code VARCHAR(20),
    state_code VARCHAR(10),
    phone_number VARCHAR(50),
    payment_provider VARCHAR(50),
    payment_method_last4 VARCHAR(4),
    payment_method_brand VARCHAR(20),
    expiry_month INTEGER CHECK (expiry_month BETWEEN 1 AND 12),
    expiry_year INTEGER CHECK (expiry_year >= 2000),
    browser_preference VARCHAR(50),
    list_name VARCHAR(100),
    account_status VARCHAR(30) NOT NULL DEFAULT 'active' CHECK (account_status IN ('active', 'inactive', 'suspended', 'banned')),
    is_verified BOOLEAN NOT NULL DEFAULT FALSE,
    last_used_at {{ts}},
    total_purchases INTEGER NOT NULL DEFAULT 0 CHECK (total_purchases >= 0),
    total_spent {{money12}} NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    success_rate NUMERIC(5,2) NOT NULL DEFAULT 0 CHECK (success_rate BETWEEN 0 AND 100),
    average_order_value {{money}} NOT NULL DEFAULT 0 CHECK (average_order_value >= 0),
    notes TEXT,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    CONSTRAINT uq_supplier_account_email UNIQUE (supplier_id, email)
);;

-- ---------------------------------------------------------------- platform
CREATE TABLE {{platform.marketplace}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    slug VARCHAR(100) NOT NULL UNIQUE,
    fee_percentage NUMERIC(5,2) CHECK (fee_percentage BETWEEN 0 AND 100),
    supports_fees BOOLEAN NOT NULL DEFAULT TRUE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    default_currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{platform.marketplace_fee_structure}} (
    id {{uuid}} PRIMARY KEY,
    marketplace_id {{uuid}} NOT NULL REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE,
    fee_type VARCHAR(30) NOT NULL CHECK (fee_type IN ('transaction', 'payment_processing', 'shipping', 'custom')),
    fee_calculation_type VARCHAR(20) NOT NULL CHECK (fee_calculation_type IN ('percentage', 'fixed', 'tiered')),
    fee_value NUMERIC(10,2) NOT NULL CHECK (fee_value >= 0),
    minimum_fee {{money}} CHECK (minimum_fee >= 0),
    seller_level INTEGER CHECK (seller_level BETWEEN 1 AND 5),
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    effective_from {{ts}} NOT NULL DEFAULT {{now}},
    effective_until {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    CHECK (fee_calculation_type <> 'percentage' OR fee_value <= 100)
);;

-- ---------------------------------------------------------------- inventory
CREATE TABLE {{inventory.stock}} (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} NOT NULL REFERENCES {{catalog.product}}(id),
    size_id {{uuid}} NOT NULL REFERENCES {{catalog.sizes}}(id),
    ean VARCHAR(13),
    supplier_id {{uuid}} REFERENCES {{supplier.profile}}(id) ON DELETE SET NULL,
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    reserved_quantity INTEGER NOT NULL DEFAULT 0 CHECK (reserved_quantity >= 0),
    purchase_price {{money}} CHECK (purchase_price >= 0),
    gross_purchase_price {{money}} CHECK (gross_purchase_price >= 0),
    vat_amount {{money}} CHECK (vat_amount >= 0),
    vat_rate NUMERIC(5,2) NOT NULL DEFAULT 19.00 CHECK (vat_rate BETWEEN 0 AND 99.99),
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    purchase_date {{ts}},
    delivery_date {{ts}},
    supplier VARCHAR(100),
    status VARCHAR(50) NOT NULL DEFAULT 'in_stock'
        CHECK (status IN ('in_stock', 'listed_stockx', 'listed_alias', 'listed', 'presale', 'preorder',
                          'sold', 'reserved', 'error', 'canceled')),
    detailed_status VARCHAR(20)
        CHECK (detailed_status IN ('incoming', 'available', 'consigned', 'need_shipping', 'packed',
                                   'outgoing', 'sale_completed', 'cancelled')),
    notes TEXT,
    external_ids {{json}},
    listed_on_platforms {{json}},
    status_history {{json}},
    shelf_life_days INTEGER CHECK (shelf_life_days >= 0),
    profit_per_shelf_day {{money}},
    roi_percentage NUMERIC(7,2),
    location VARCHAR(50),
    listed_stockx BOOLEAN NOT NULL DEFAULT FALSE,
    listed_alias BOOLEAN NOT NULL DEFAULT FALSE,
    listed_local BOOLEAN NOT NULL DEFAULT FALSE,
    created_by_import BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    CHECK (reserved_quantity <= quantity),
    CHECK (gross_purchase_price IS NULL OR purchase_price IS NULL OR gross_purchase_price >= purchase_price)
);;

CREATE TABLE {{supplier.purchase_history}} (
    id {{uuid}} PRIMARY KEY,
    account_id {{uuid}} NOT NULL REFERENCES {{supplier.account}}(id) ON DELETE CASCADE,
    supplier_id {{uuid}} NOT NULL REFERENCES {{supplier.profile}}(id) ON DELETE CASCADE,
    product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE SET NULL,
    order_reference VARCHAR(100),
    purchase_amount {{money12}} NOT NULL CHECK (purchase_amount >= 0),
    purchase_date {{ts}} NOT NULL,
    purchase_status VARCHAR(30) NOT NULL CHECK (purchase_status IN ('pending', 'completed', 'failed', 'cancelled')),
    success BOOLEAN NOT NULL DEFAULT FALSE,
    failure_reason TEXT,
    response_time_ms INTEGER CHECK (response_time_ms >= 0),
    ip_address VARCHAR(45),
    user_agent VARCHAR(500),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- ---------------------------------------------------------------- sales
CREATE TABLE {{sales.listing}} (
    id {{uuid}} PRIMARY KEY,
    inventory_item_id {{uuid}} NOT NULL REFERENCES {{inventory.stock}}(id) ON DELETE CASCADE,
    platform_id {{uuid}} NOT NULL REFERENCES {{platform.marketplace}}(id),
    external_id VARCHAR(100) NOT NULL,
    stockx_listing_id VARCHAR(100) UNIQUE,
    status VARCHAR(50) NOT NULL
        CHECK (status IN ('pending', 'inactive', 'active', 'matched', 'completed', 'canceled', 'deleted', 'expired')),
    platform_status VARCHAR(50),
    amount {{money}} CHECK (amount >= 0),
    currency_code VARCHAR(10),
    inventory_type VARCHAR(50),
    expires_at {{ts}},
    stockx_created_at {{ts}},
    last_stockx_updated_at {{ts}},
    platform_specific_data {{json}},
    raw_data {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (platform_id, external_id)
);;
CREATE TABLE {{sales.order}} (
    id {{uuid}} PRIMARY KEY,
    inventory_item_id {{uuid}} NOT NULL REFERENCES {{inventory.stock}}(id),
    listing_id {{uuid}} REFERENCES {{sales.listing}}(id) ON DELETE SET NULL,
    platform_id {{uuid}} NOT NULL REFERENCES {{platform.marketplace}}(id),
    external_id VARCHAR(200) NOT NULL,
    stockx_order_number VARCHAR(100) UNIQUE,
    status VARCHAR(50) NOT NULL
        CHECK (status IN ('pending', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'returned', 'failed')),
    platform_status VARCHAR(50),
    amount {{money}} CHECK (amount >= 0),
    currency_code VARCHAR(10),
    inventory_type VARCHAR(50),
    -- Fees may be slightly negative: StockX reports refunded shipping as e.g. -0.05.
    platform_fee {{money}},
    processing_fee {{money}},
    shipping_cost {{money}},
    other_fees {{money}},
    buyer_destination_country VARCHAR(100),
    buyer_destination_city VARCHAR(200),
    notes TEXT,
    shipping_label_url VARCHAR(512),
    shipping_document_path VARCHAR(512),
    stockx_created_at {{ts}},
    last_stockx_updated_at {{ts}},
    sold_at {{ts}},
    gross_sale {{money}} CHECK (gross_sale >= 0),
    net_proceeds {{money}},
    gross_profit {{money}},
    net_profit {{money}},
    roi NUMERIC(7,2),
    payout_received BOOLEAN NOT NULL DEFAULT FALSE,
    payout_date {{ts}},
    shelf_life_days INTEGER CHECK (shelf_life_days >= 0),
    platform_specific_data {{json}},
    raw_data {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    CONSTRAINT uq_order_platform_external UNIQUE (platform_id, external_id)
);;
CREATE TABLE {{sales.pricing_history}} (
    id {{uuid}} PRIMARY KEY,
    listing_id {{uuid}} NOT NULL REFERENCES {{sales.listing}}(id) ON DELETE CASCADE,
    old_price {{money}} CHECK (old_price >= 0),
    new_price {{money}} NOT NULL CHECK (new_price >= 0),
    change_reason VARCHAR(100) CHECK (change_reason IN ('market_update', 'competition', 'algorithm', 'manual', 'auto_repricing')),
    market_lowest_ask {{money}} CHECK (market_lowest_ask >= 0),
    market_highest_bid {{money}} CHECK (market_highest_bid >= 0),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- ---------------------------------------------------------------- pricing
CREATE TABLE {{pricing.price_rules}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    rule_type VARCHAR(50) NOT NULL CHECK (rule_type IN ('cost_plus', 'market_based', 'competitive')),
    priority INTEGER NOT NULL DEFAULT 100,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE CASCADE,
    platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE,
    base_markup_percent NUMERIC(5,2) CHECK (base_markup_percent BETWEEN -100 AND 999.99),
    minimum_margin_percent NUMERIC(5,2) CHECK (minimum_margin_percent BETWEEN 0 AND 99.99),
    maximum_discount_percent NUMERIC(5,2) CHECK (maximum_discount_percent BETWEEN 0 AND 100),
    condition_multipliers {{json}},
    seasonal_adjustments {{json}},
    effective_from {{ts}} NOT NULL,
    effective_until {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{pricing.brand_multipliers}} (
    id {{uuid}} PRIMARY KEY,
    brand_id {{uuid}} NOT NULL REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    multiplier_type VARCHAR(50) NOT NULL CHECK (multiplier_type IN ('premium', 'discount', 'seasonal')),
    multiplier_value NUMERIC(4,3) NOT NULL CHECK (multiplier_value > 0),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    effective_from {{date}} NOT NULL,
    effective_until {{date}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{pricing.price_history}} (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} NOT NULL REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    inventory_item_id {{uuid}} REFERENCES {{inventory.stock}}(id) ON DELETE SET NULL,
    platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE SET NULL,
    price_date {{date}} NOT NULL,
    price_type VARCHAR(30) NOT NULL CHECK (price_type IN ('listing', 'sale', 'market', 'competitor', 'purchase')),
    price_amount {{money}} NOT NULL CHECK (price_amount >= 0),
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    source VARCHAR(50) NOT NULL CHECK (source IN ('internal', 'stockx', 'goat', 'alias', 'ebay', 'awin', 'manual', 'import')),
    confidence_score NUMERIC(3,2) CHECK (confidence_score BETWEEN 0 AND 1),
    additional_data {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{pricing.market_prices}} (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} NOT NULL REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    variant_id {{uuid}} REFERENCES {{catalog.product_variant}}(id) ON DELETE CASCADE,
    platform_name VARCHAR(50) NOT NULL,
    size_value VARCHAR(20),
    condition VARCHAR(20) NOT NULL DEFAULT 'new',
    price_date {{date}} NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    lowest_ask {{money}} CHECK (lowest_ask >= 0),
    highest_bid {{money}} CHECK (highest_bid >= 0),
    last_sale {{money}} CHECK (last_sale >= 0),
    average_price {{money}} CHECK (average_price >= 0),
    sell_faster {{money}} CHECK (sell_faster >= 0),
    earn_more {{money}} CHECK (earn_more >= 0),
    sales_volume INTEGER CHECK (sales_volume >= 0),
    premium_percentage NUMERIC(7,2),
    data_quality_score NUMERIC(3,2) CHECK (data_quality_score BETWEEN 0 AND 1),
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- ---------------------------------------------------------------- analytics
CREATE TABLE {{analytics.sales_forecasts}} (
    id {{uuid}} PRIMARY KEY,
    forecast_run_id {{uuid}} NOT NULL,
    product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE CASCADE,
    platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE,
    forecast_level VARCHAR(20) NOT NULL CHECK (forecast_level IN ('product', 'brand', 'category', 'platform')),
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
CREATE TABLE {{analytics.forecast_accuracy}} (
    id {{uuid}} PRIMARY KEY,
    forecast_run_id {{uuid}} NOT NULL,
    model_name VARCHAR(50) NOT NULL,
    forecast_level VARCHAR(20) NOT NULL CHECK (forecast_level IN ('product', 'brand', 'category', 'platform')),
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
CREATE TABLE {{analytics.demand_patterns}} (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE CASCADE,
    analysis_level VARCHAR(20) NOT NULL CHECK (analysis_level IN ('product', 'brand', 'category')),
    pattern_date {{date}} NOT NULL,
    period_type VARCHAR(20) NOT NULL CHECK (period_type IN ('daily', 'weekly', 'monthly', 'seasonal')),
    demand_score NUMERIC(8,4) NOT NULL,
    velocity_rank INTEGER CHECK (velocity_rank > 0),
    seasonality_factor NUMERIC(4,3),
    trend_direction VARCHAR(20) CHECK (trend_direction IN ('increasing', 'decreasing', 'stable')),
    volatility_score NUMERIC(5,4) CHECK (volatility_score >= 0),
    pattern_metadata {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{analytics.pricing_kpis}} (
    id {{uuid}} PRIMARY KEY,
    kpi_date {{date}} NOT NULL,
    product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    brand_id {{uuid}} REFERENCES {{catalog.brand}}(id) ON DELETE CASCADE,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE CASCADE,
    platform_id {{uuid}} REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE,
    aggregation_level VARCHAR(20) NOT NULL CHECK (aggregation_level IN ('product', 'brand', 'category', 'platform', 'total')),
    average_margin_percent NUMERIC(7,2),
    average_markup_percent NUMERIC(7,2),
    price_realization_percent NUMERIC(7,2),
    competitive_index NUMERIC(7,2),
    conversion_rate_percent NUMERIC(5,2) CHECK (conversion_rate_percent BETWEEN 0 AND 100),
    revenue_impact_eur {{money12}},
    units_sold INTEGER CHECK (units_sold >= 0),
    average_selling_price {{money}} CHECK (average_selling_price >= 0),
    price_elasticity NUMERIC(6,4),
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{analytics.marketplace_data}} (
    id {{uuid}} PRIMARY KEY,
    inventory_item_id {{uuid}} NOT NULL REFERENCES {{inventory.stock}}(id) ON DELETE CASCADE,
    platform_id {{uuid}} NOT NULL REFERENCES {{platform.marketplace}}(id) ON DELETE CASCADE,
    marketplace_listing_id VARCHAR(255),
    ask_price {{money}} CHECK (ask_price >= 0),
    bid_price {{money}} CHECK (bid_price >= 0),
    market_lowest_ask {{money}} CHECK (market_lowest_ask >= 0),
    market_highest_bid {{money}} CHECK (market_highest_bid >= 0),
    last_sale_price {{money}} CHECK (last_sale_price >= 0),
    sales_frequency INTEGER CHECK (sales_frequency >= 0),
    volatility NUMERIC(5,4) CHECK (volatility BETWEEN 0 AND 1),
    fees_percentage NUMERIC(5,4) CHECK (fees_percentage BETWEEN 0 AND 1),
    platform_specific {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (inventory_item_id, platform_id)
);;

-- ---------------------------------------------------------------- integration
CREATE TABLE {{integration.import_batches}} (
    id {{uuid}} PRIMARY KEY,
    source_type VARCHAR(50) NOT NULL,
    source_file VARCHAR(255),
    file_sha256 VARCHAR(64),
    total_records INTEGER NOT NULL DEFAULT 0 CHECK (total_records >= 0),
    processed_records INTEGER NOT NULL DEFAULT 0 CHECK (processed_records >= 0),
    error_records INTEGER NOT NULL DEFAULT 0 CHECK (error_records >= 0),
    status VARCHAR(50) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled', 'retrying')),
    started_at {{ts}},
    completed_at {{ts}},
    retry_count INTEGER NOT NULL DEFAULT 0 CHECK (retry_count >= 0),
    max_retries INTEGER NOT NULL DEFAULT 3 CHECK (max_retries >= 0),
    last_error VARCHAR(1000),
    error_message VARCHAR(1000),
    next_retry_at {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{integration.import_records}} (
    id {{uuid}} PRIMARY KEY,
    batch_id {{uuid}} NOT NULL REFERENCES {{integration.import_batches}}(id) ON DELETE CASCADE,
    line_number INTEGER CHECK (line_number > 0),
    source_data {{json}} NOT NULL,
    processed_data {{json}},
    validation_errors {{json}},
    status VARCHAR(50) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'processed', 'updated', 'duplicate', 'error')),
    processing_started_at {{ts}},
    processing_completed_at {{ts}},
    error_message TEXT,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{integration.source_prices}} (
    id {{uuid}} PRIMARY KEY,
    product_id {{uuid}} NOT NULL REFERENCES {{catalog.product}}(id) ON DELETE CASCADE,
    source VARCHAR(100) NOT NULL,
    supplier_name VARCHAR(100) NOT NULL,
    external_id VARCHAR(255),
    buy_price {{money}} NOT NULL CHECK (buy_price >= 0),
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    availability VARCHAR(50),
    stock_qty INTEGER CHECK (stock_qty >= 0),
    product_url TEXT,
    last_updated {{ts}} NOT NULL DEFAULT {{now}},
    raw_data {{json}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (product_id, source, supplier_name)
);;
CREATE TABLE {{integration.awin_products}} (
    id {{uuid}} PRIMARY KEY,
    awin_product_id VARCHAR(50) NOT NULL UNIQUE,
    merchant_product_id VARCHAR(100),
    merchant_id INTEGER NOT NULL,
    merchant_name VARCHAR(200),
    data_feed_id INTEGER,
    product_name VARCHAR(500) NOT NULL,
    brand_name VARCHAR(200),
    brand_id INTEGER,
    ean VARCHAR(20),
    product_gtin VARCHAR(20),
    mpn VARCHAR(100),
    product_model VARCHAR(200),
    retail_price_cents INTEGER CHECK (retail_price_cents >= 0),
    store_price_cents INTEGER CHECK (store_price_cents >= 0),
    rrp_price_cents INTEGER CHECK (rrp_price_cents >= 0),
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    description TEXT,
    short_description TEXT,
    colour VARCHAR(100),
    size VARCHAR(20),
    material VARCHAR(200),
    in_stock BOOLEAN NOT NULL DEFAULT FALSE,
    stock_quantity INTEGER NOT NULL DEFAULT 0 CHECK (stock_quantity >= 0),
    delivery_time VARCHAR(100),
    image_url VARCHAR(1000),
    thumbnail_url VARCHAR(1000),
    alternate_images {{json}},
    affiliate_link VARCHAR(2000),
    merchant_link VARCHAR(2000),
    matched_product_id {{uuid}} REFERENCES {{catalog.product}}(id) ON DELETE SET NULL,
    match_confidence NUMERIC(3,2) CHECK (match_confidence BETWEEN 0 AND 1),
    match_method VARCHAR(50),
    stockx_product_id VARCHAR(255),
    stockx_url_key VARCHAR(200),
    stockx_style_id VARCHAR(100),
    stockx_lowest_ask_cents INTEGER CHECK (stockx_lowest_ask_cents >= 0),
    stockx_highest_bid_cents INTEGER CHECK (stockx_highest_bid_cents >= 0),
    profit_cents INTEGER,
    profit_percentage NUMERIC(7,2),
    last_enriched_at {{ts}},
    enrichment_status VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK (enrichment_status IN ('pending', 'matched', 'not_found', 'error')),
    last_updated {{ts}},
    feed_import_date {{ts}} NOT NULL DEFAULT {{now}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{integration.awin_enrichment_jobs}} (
    id {{uuid}} PRIMARY KEY,
    job_type VARCHAR(50) NOT NULL DEFAULT 'stockx_match',
    status VARCHAR(20) NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    total_products INTEGER NOT NULL DEFAULT 0 CHECK (total_products >= 0),
    processed_products INTEGER NOT NULL DEFAULT 0 CHECK (processed_products >= 0),
    matched_products INTEGER NOT NULL DEFAULT 0 CHECK (matched_products >= 0),
    failed_products INTEGER NOT NULL DEFAULT 0 CHECK (failed_products >= 0),
    results_summary {{json}},
    error_log TEXT,
    started_at {{ts}},
    completed_at {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- ---------------------------------------------------------------- logging
CREATE TABLE {{logging.system_logs}} (
    id {{uuid}} PRIMARY KEY,
    level VARCHAR(20) NOT NULL CHECK (level IN ('debug', 'info', 'warning', 'error', 'critical')),
    component VARCHAR(50) NOT NULL,
    message TEXT NOT NULL,
    details {{json}},
    source_table VARCHAR(100),
    source_id {{uuid}},
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{logging.stockx_presale_markings}} (
    id {{uuid}} PRIMARY KEY,
    stockx_listing_id VARCHAR(100) NOT NULL UNIQUE,
    product_name VARCHAR(255),
    size VARCHAR(20),
    is_presale BOOLEAN NOT NULL DEFAULT TRUE,
    marked_at {{ts}} NOT NULL DEFAULT {{now}},
    unmarked_at {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{logging.event_store}} (
    id {{uuid}} PRIMARY KEY,
    event_id {{uuid}} NOT NULL UNIQUE,
    event_type VARCHAR(100) NOT NULL,
    aggregate_id {{uuid}} NOT NULL,
    aggregate_type VARCHAR(50) NOT NULL,
    event_data {{json}},
    correlation_id {{uuid}},
    causation_id {{uuid}},
    timestamp {{ts}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- ---------------------------------------------------------------- core
-- Plain settings only: secrets live in the OS keychain, never here.
CREATE TABLE {{core.system_config}} (
    key VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL,
    description TEXT,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE TABLE {{core.supplier_performance}} (
    id {{uuid}} PRIMARY KEY,
    supplier_id {{uuid}} NOT NULL REFERENCES {{supplier.profile}}(id) ON DELETE CASCADE,
    month_year {{date}} NOT NULL,
    total_orders INTEGER NOT NULL DEFAULT 0 CHECK (total_orders >= 0),
    avg_delivery_time NUMERIC(4,1) CHECK (avg_delivery_time >= 0),
    return_rate NUMERIC(5,2) CHECK (return_rate BETWEEN 0 AND 100),
    avg_roi NUMERIC(7,2),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (supplier_id, month_year)
);;

-- ---------------------------------------------------------------- indexes
CREATE INDEX idx_product_brand ON {{catalog.product}} (brand_id);;
CREATE INDEX idx_product_category ON {{catalog.product}} (category_id);;
CREATE INDEX idx_product_ean ON {{catalog.product}} (ean);;
CREATE INDEX idx_product_style_code ON {{catalog.product}} (style_code);;
CREATE INDEX idx_product_enrichment_gap ON {{catalog.product}} (id, sku, stockx_product_id) WHERE enrichment_data IS NULL OR last_enriched_at IS NULL;;
CREATE INDEX idx_product_market ON {{catalog.product}} (lowest_ask, highest_bid);;
CREATE INDEX idx_variant_product ON {{catalog.product_variant}} (product_id);;
CREATE INDEX idx_variant_gtin ON {{catalog.product_variant}} (gtin);;
CREATE INDEX idx_sizes_standardized ON {{catalog.sizes}} (standardized_value);;
CREATE INDEX idx_stock_status ON {{inventory.stock}} (status);;
CREATE INDEX idx_stock_product_status ON {{inventory.stock}} (product_id, status);;
CREATE INDEX idx_stock_product_size_status ON {{inventory.stock}} (product_id, size_id, status);;
CREATE INDEX idx_stock_product_supplier_in_stock ON {{inventory.stock}} (product_id, supplier_id) WHERE status = 'in_stock';;
CREATE INDEX idx_stock_reserved ON {{inventory.stock}} (id, reserved_quantity) WHERE reserved_quantity > 0;;
CREATE INDEX idx_stock_listed_stockx ON {{inventory.stock}} (id, product_id) WHERE listed_stockx;;
CREATE INDEX idx_stock_supplier ON {{inventory.stock}} (supplier_id);;
CREATE INDEX idx_stock_size ON {{inventory.stock}} (size_id);;
CREATE INDEX idx_stock_location ON {{inventory.stock}} (location);;
-- Sort indexes: the expressions match core/inventory/stockrepository.cpp exactly, so keyset paging
-- walks an index instead of sorting the whole table.
CREATE INDEX idx_stock_purchase_price ON {{inventory.stock}} ((COALESCE(purchase_price, -1)), id);;
CREATE INDEX idx_stock_gross_price ON {{inventory.stock}} ((COALESCE(gross_purchase_price, -1)), id);;
CREATE INDEX idx_stock_purchase_date ON {{inventory.stock}} ((COALESCE(purchase_date, {{ts_min}})), id);;
CREATE INDEX idx_stock_quantity ON {{inventory.stock}} (quantity, id);;
CREATE INDEX idx_stock_created ON {{inventory.stock}} (created_at, id);;
CREATE INDEX idx_listing_item ON {{sales.listing}} (inventory_item_id);;
CREATE INDEX idx_listing_status ON {{sales.listing}} (status);;
CREATE INDEX idx_listing_active ON {{sales.listing}} (id, inventory_item_id, status) WHERE status = 'active';;
CREATE INDEX idx_order_platform_external_status ON {{sales.order}} (platform_id, external_id, status);;
CREATE INDEX idx_order_platform_status ON {{sales.order}} (platform_id, status);;
CREATE INDEX idx_order_status ON {{sales.order}} (status);;
CREATE INDEX idx_order_sold_at ON {{sales.order}} (sold_at DESC, platform_id) WHERE sold_at IS NOT NULL;;
CREATE INDEX idx_order_item_platform_sold ON {{sales.order}} (inventory_item_id, platform_id, sold_at DESC);;
CREATE INDEX idx_order_payout_received ON {{sales.order}} (payout_received);;
CREATE INDEX idx_order_pending ON {{sales.order}} (platform_id, sold_at) WHERE status IN ('pending', 'processing');;
@postgresql CREATE INDEX idx_order_platform_status_sold_cover ON {{sales.order}} (platform_id, status, sold_at) INCLUDE (gross_sale, net_profit, roi);;
CREATE INDEX idx_pricing_history_listing ON {{sales.pricing_history}} (listing_id, created_at);;
CREATE INDEX idx_price_rules_active ON {{pricing.price_rules}} (active, priority);;
CREATE INDEX idx_price_history_product ON {{pricing.price_history}} (product_id, created_at DESC);;
CREATE INDEX idx_market_prices_product_date ON {{pricing.market_prices}} (product_id, price_date);;
CREATE UNIQUE INDEX uq_market_prices_variant_day ON {{pricing.market_prices}} (variant_id, platform_name, price_date);;
CREATE INDEX idx_import_batches_status ON {{integration.import_batches}} (status);;
CREATE INDEX idx_import_records_batch ON {{integration.import_records}} (batch_id, status);;
CREATE INDEX idx_awin_ean ON {{integration.awin_products}} (ean);;
CREATE INDEX idx_awin_merchant ON {{integration.awin_products}} (merchant_id);;
CREATE INDEX idx_awin_matched ON {{integration.awin_products}} (matched_product_id);;
CREATE INDEX idx_awin_enrichment ON {{integration.awin_products}} (enrichment_status);;
CREATE INDEX idx_awin_ean_in_stock ON {{integration.awin_products}} (ean, in_stock) WHERE in_stock;;
CREATE INDEX idx_system_logs_created ON {{logging.system_logs}} (created_at DESC);;
CREATE INDEX idx_event_store_type ON {{logging.event_store}} (event_type);;
CREATE INDEX idx_event_store_aggregate ON {{logging.event_store}} (aggregate_id);;
CREATE INDEX idx_event_store_correlation ON {{logging.event_store}} (correlation_id);;
CREATE INDEX idx_event_store_causation ON {{logging.event_store}} (causation_id);;
CREATE INDEX idx_event_store_timestamp ON {{logging.event_store}} (timestamp);;
CREATE INDEX idx_purchase_history_account ON {{supplier.purchase_history}} (account_id, purchase_date);;
CREATE INDEX idx_fee_structure_marketplace ON {{platform.marketplace_fee_structure}} (marketplace_id, active);;
CREATE INDEX idx_fee_structure_validity ON {{platform.marketplace_fee_structure}} (marketplace_id, effective_from, effective_until);;
@postgresql CREATE INDEX idx_product_name_trgm ON {{catalog.product}} USING gin (name gin_trgm_ops);;
@postgresql CREATE INDEX idx_product_sku_trgm ON {{catalog.product}} USING gin (sku gin_trgm_ops);;
@postgresql CREATE INDEX idx_brand_name_trgm ON {{catalog.brand}} USING gin (name gin_trgm_ops);;
@postgresql CREATE INDEX idx_stock_notes_trgm ON {{inventory.stock}} USING gin (notes gin_trgm_ops);;
@postgresql CREATE INDEX idx_supplier_name_trgm ON {{supplier.profile}} USING gin (name gin_trgm_ops);;
@postgresql CREATE INDEX idx_product_enrichment_gin ON {{catalog.product}} USING gin (enrichment_data);;
@postgresql CREATE INDEX idx_stock_external_ids_gin ON {{inventory.stock}} USING gin (external_ids);;
@postgresql CREATE INDEX idx_order_platform_data_gin ON {{sales.order}} USING gin (platform_specific_data);;
@postgresql CREATE INDEX idx_listing_platform_data_gin ON {{sales.listing}} USING gin (platform_specific_data);;

-- SQLite text search: a trigram FTS5 index over SKU, name, brand and notes, one row per stock item,
-- kept current by triggers so typing in the search box never scans the stock table.
@sqlite CREATE VIRTUAL TABLE inventory_stock_fts USING fts5(doc, tokenize = 'trigram');;
@sqlite CREATE TRIGGER inventory_stock_fts_ai AFTER INSERT ON inventory_stock BEGIN
    INSERT INTO inventory_stock_fts (rowid, doc)
    SELECT new.rowid, p.sku || ' ' || p.name || ' ' || coalesce(b.name, '') || ' ' || coalesce(new.notes, '')
    FROM catalog_product p LEFT JOIN catalog_brand b ON b.id = p.brand_id WHERE p.id = new.product_id;
END;;
@sqlite CREATE TRIGGER inventory_stock_fts_au AFTER UPDATE OF notes, product_id ON inventory_stock BEGIN
    DELETE FROM inventory_stock_fts WHERE rowid = old.rowid;
    INSERT INTO inventory_stock_fts (rowid, doc)
    SELECT new.rowid, p.sku || ' ' || p.name || ' ' || coalesce(b.name, '') || ' ' || coalesce(new.notes, '')
    FROM catalog_product p LEFT JOIN catalog_brand b ON b.id = p.brand_id WHERE p.id = new.product_id;
END;;
@sqlite CREATE TRIGGER inventory_stock_fts_ad AFTER DELETE ON inventory_stock BEGIN
    DELETE FROM inventory_stock_fts WHERE rowid = old.rowid;
END;;
@sqlite CREATE TRIGGER catalog_product_fts_au AFTER UPDATE OF sku, name, brand_id ON catalog_product BEGIN
    DELETE FROM inventory_stock_fts WHERE rowid IN (SELECT rowid FROM inventory_stock WHERE product_id = new.id);
    INSERT INTO inventory_stock_fts (rowid, doc)
    SELECT s.rowid, new.sku || ' ' || new.name || ' ' || coalesce(b.name, '') || ' ' || coalesce(s.notes, '')
    FROM inventory_stock s LEFT JOIN catalog_brand b ON b.id = new.brand_id WHERE s.product_id = new.id;
END;;
@sqlite CREATE TRIGGER catalog_brand_fts_au AFTER UPDATE OF name ON catalog_brand BEGIN
    DELETE FROM inventory_stock_fts WHERE rowid IN
        (SELECT s.rowid FROM inventory_stock s JOIN catalog_product p ON p.id = s.product_id WHERE p.brand_id = new.id);
    INSERT INTO inventory_stock_fts (rowid, doc)
    SELECT s.rowid, p.sku || ' ' || p.name || ' ' || new.name || ' ' || coalesce(s.notes, '')
    FROM inventory_stock s JOIN catalog_product p ON p.id = s.product_id WHERE p.brand_id = new.id;
END;;
