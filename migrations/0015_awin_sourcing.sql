-- Awin sourcing: the feeds the operator follows, the offers' price history, and what matching and the
-- opportunity finder keep on each offer (AwinFeedImporter, AwinMatcher, OpportunityRepository).

-- One row per Awin data feed seen in the feed list or in an imported file. `listed_at` is the list's
-- "Last Imported" when it was last read; `imported_listed_at` the same value when the feed was last
-- imported, so a feed whose two values agree has not changed and is skipped.
CREATE TABLE {{integration.awin_feeds}} (
    feed_id INTEGER PRIMARY KEY,
    advertiser_id INTEGER NOT NULL DEFAULT 0,
    advertiser_name VARCHAR(200),
    feed_name VARCHAR(200),
    language VARCHAR(20),
    membership_status VARCHAR(30),
    products_listed INTEGER,
    listed_at {{ts}},
    imported_listed_at {{ts}},
    last_import_at {{ts}},
    last_import_rows INTEGER,
    last_import_rejected INTEGER,
    last_error TEXT,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;

-- Every price an offer had: its first price when it appeared, then each change.
CREATE TABLE {{integration.awin_price_history}} (
    id {{uuid}} PRIMARY KEY,
    awin_product_id VARCHAR(50) NOT NULL REFERENCES {{integration.awin_products}}(awin_product_id) ON DELETE CASCADE,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    in_stock BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_at {{ts}} NOT NULL
);;
CREATE INDEX idx_awin_price_history_offer ON {{integration.awin_price_history}} (awin_product_id, recorded_at);;

-- The size the offer stands for (matching goes to a variant, not only a product), the style code read
-- from the description, normalised (1203A544.101 and 1203A544-101 are one code), whether the offer was in
-- the feed's last import, its shipping, and the opportunity figures at the operator's seller level.
ALTER TABLE {{integration.awin_products}} ADD COLUMN matched_variant_id {{uuid}} REFERENCES {{catalog.product_variant}}(id) ON DELETE SET NULL;;
ALTER TABLE {{integration.awin_products}} ADD COLUMN style_code VARCHAR(100);;
ALTER TABLE {{integration.awin_products}} ADD COLUMN size_eu NUMERIC(4,1);;
ALTER TABLE {{integration.awin_products}} ADD COLUMN category_name VARCHAR(200);;
ALTER TABLE {{integration.awin_products}} ADD COLUMN delivery_cost_cents INTEGER CHECK (delivery_cost_cents >= 0);;
ALTER TABLE {{integration.awin_products}} ADD COLUMN available BOOLEAN NOT NULL DEFAULT TRUE;;
ALTER TABLE {{integration.awin_products}} ADD COLUMN unavailable_since {{ts}};;
ALTER TABLE {{integration.awin_products}} ADD COLUMN matched_at {{ts}};;
ALTER TABLE {{integration.awin_products}} ADD COLUMN sale_price_cents INTEGER;;
ALTER TABLE {{integration.awin_products}} ADD COLUMN fees_cents INTEGER;;
ALTER TABLE {{integration.awin_products}} ADD COLUMN net_proceeds_cents INTEGER;;
ALTER TABLE {{integration.awin_products}} ADD COLUMN roi_percentage NUMERIC(9,2);;

CREATE INDEX idx_awin_style_code ON {{integration.awin_products}} (style_code);;
CREATE INDEX idx_awin_feed_import ON {{integration.awin_products}} (data_feed_id, feed_import_date);;
CREATE INDEX idx_awin_variant ON {{integration.awin_products}} (matched_variant_id);;
-- The Opportunities page's first screen: the most profitable offers that can be bought.
CREATE INDEX idx_awin_opportunity ON {{integration.awin_products}} (profit_cents DESC, id)
    WHERE profit_cents IS NOT NULL AND in_stock AND available;;
-- The offer browser pages by price.
CREATE INDEX idx_awin_browse ON {{integration.awin_products}} (retail_price_cents, id);;
-- Style-code matching compares normalised codes; the same expression is indexed on the catalog.
CREATE INDEX idx_product_style_key ON {{catalog.product}} ((UPPER(REPLACE(REPLACE(sku, '.', '-'), ' ', '-'))));;
CREATE INDEX idx_stock_ean ON {{inventory.stock}} (ean);;

-- The sell-faster price, so an opportunity can be valued at it without searching the daily rows.
ALTER TABLE {{pricing.market_latest}} ADD COLUMN sell_faster {{money}} CHECK (sell_faster >= 0);;
UPDATE {{pricing.market_latest}} SET sell_faster = (SELECT m.sell_faster FROM {{pricing.market_prices}} m
    WHERE m.variant_id = {{pricing.market_latest}}.variant_id AND m.platform_name = {{pricing.market_latest}}.platform_name
    AND m.price_date = {{pricing.market_latest}}.price_date);;
