-- The newest market figure of each variant and platform, so valuing the stock on hand takes one lookup per
-- pair instead of a search through a year of daily rows. MarketPriceRepository keeps it in the same
-- transaction as the daily row; a test compares it with pricing.market_prices.
CREATE TABLE {{pricing.market_latest}} (
    variant_id {{uuid}} NOT NULL REFERENCES {{catalog.product_variant}}(id) ON DELETE CASCADE,
    platform_name VARCHAR(50) NOT NULL,
    price_date {{date}} NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
    lowest_ask {{money}} CHECK (lowest_ask >= 0),
    highest_bid {{money}} CHECK (highest_bid >= 0),
    last_sale {{money}} CHECK (last_sale >= 0),
    PRIMARY KEY (variant_id, platform_name)
);;
INSERT INTO {{pricing.market_latest}} (variant_id, platform_name, price_date, currency, lowest_ask, highest_bid, last_sale)
SELECT m.variant_id, m.platform_name, m.price_date, m.currency, m.lowest_ask, m.highest_bid, m.last_sale
FROM {{pricing.market_prices}} m
WHERE m.variant_id IS NOT NULL AND m.price_date = (SELECT MAX(m2.price_date) FROM {{pricing.market_prices}} m2
    WHERE m2.variant_id = m.variant_id AND m2.platform_name = m.platform_name);;

-- Pending payouts (the tile, the expected-payouts chart) are a few orders among a million.
CREATE INDEX idx_order_payout_pending ON {{sales.order}} (sold_at) WHERE NOT payout_received;;
