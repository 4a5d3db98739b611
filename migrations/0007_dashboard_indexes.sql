-- The dashboard values each pair on hand at the newest market figure of its product and size: one seek
-- into the variants by product and size, then one into pricing.market_prices by variant and date.
CREATE INDEX idx_variant_product_size ON {{catalog.product_variant}} (product_id, size_id);;
