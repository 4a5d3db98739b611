-- Auto-listing rules (original-system.md §3.16): which pairs in stock go up on StockX by themselves,
-- at what strategy, markup and expiry. A rule matches a pair only when all its conditions hold; the
-- rules are tried by priority (lower first), then in list order, and the first match wins. Conditions
-- are JSON (see AutoListingConditions); the five rules the original shipped are seeded with fixed ids
-- (UUIDv5) and start switched off, so nothing is listed before the operator has looked at a dry run.
CREATE TABLE {{pricing.auto_listing_rules}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    priority INTEGER NOT NULL DEFAULT 100,
    position INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT FALSE,
    conditions {{json}} NOT NULL,
    strategy VARCHAR(30) NOT NULL
        CHECK (strategy IN ('cost_plus', 'market_based', 'competitive', 'premium', 'clearance', 'aggressive')),
    markup_bp INTEGER NOT NULL CHECK (markup_bp BETWEEN 0 AND 99999),
    expires_days INTEGER NOT NULL CHECK (expires_days BETWEEN 1 AND 999),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
INSERT INTO {{pricing.auto_listing_rules}} (id, name, priority, position, active, conditions, strategy, markup_bp, expires_days) VALUES ('8a47fb10-6ba2-5c8e-adbb-025f6121d229', 'High Profit Margin Auto-List', 10, 1, FALSE, '{"min_margin_percent":25,"status":["in_stock"],"min_age_days":7,"market_condition":["bullish","stable"]}', 'market_based', 2000, 30);;
INSERT INTO {{pricing.auto_listing_rules}} (id, name, priority, position, active, conditions, strategy, markup_bp, expires_days) VALUES ('07d5c3cd-18a2-5119-9c31-55f9113cf210', 'Quick Turnover Items', 20, 2, FALSE, '{"brands":["Nike","Adidas","Jordan"],"status":["in_stock"],"min_margin_percent":15,"categories":["Sneakers"],"min_purchase_price":"100.00","max_purchase_price":"500.00"}', 'competitive', 1800, 14);;
INSERT INTO {{pricing.auto_listing_rules}} (id, name, priority, position, active, conditions, strategy, markup_bp, expires_days) VALUES ('b864dda7-990b-5d71-b958-79a24626e227', 'Premium Items Strategy', 30, 3, FALSE, '{"min_purchase_price":"500.00","status":["in_stock"],"min_age_days":3,"volatility":["low","moderate"]}', 'premium', 3000, 45);;
INSERT INTO {{pricing.auto_listing_rules}} (id, name, priority, position, active, conditions, strategy, markup_bp, expires_days) VALUES ('5b7820b4-7c4c-5ce4-ba43-b097d0992bae', 'Dead Stock Prevention', 5, 4, FALSE, '{"status":["in_stock"],"min_age_days":90,"trend":["declining","stable"]}', 'clearance', 800, 7);;
INSERT INTO {{pricing.auto_listing_rules}} (id, name, priority, position, active, conditions, strategy, markup_bp, expires_days) VALUES ('06ad8295-4586-5038-95e2-cc5d3f79fa34', 'Market Opportunity Capture', 5, 5, FALSE, '{"market_condition":["bullish"],"status":["in_stock"],"min_competitor_gap_percent":15,"min_demand_score":0.7}', 'aggressive', 2500, 7);;
