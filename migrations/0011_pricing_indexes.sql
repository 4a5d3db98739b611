-- The Pricing page and a repricing run join every pair to its active listing: without a key on both
-- columns SQLite walked all active listings for each pair (96 s for 42 000 pairs and 10 000 listings).
CREATE INDEX idx_listing_item_status ON {{sales.listing}} (inventory_item_id, status);;
-- Pages of pairs in product-name order read the products in that order instead of sorting every pair.
CREATE INDEX idx_product_name_id ON {{catalog.product}} (name, id);;
