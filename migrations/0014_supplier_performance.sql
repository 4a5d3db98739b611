-- Supplier performance per supplier and month of purchase, computed from stock and orders
-- (SupplierPerformanceRepository::recompute): what the month's pairs cost, how many sold, for what
-- profit, how fast, and how many went back. Returns and the supplier's order are kept on the pair itself.
ALTER TABLE {{core.supplier_performance}} ADD COLUMN pairs_bought INTEGER NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN spend {{money12}} NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN pairs_sold INTEGER NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN pairs_returned INTEGER NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN revenue {{money12}} NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN profit {{money12}} NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN sold_cost {{money12}} NOT NULL DEFAULT 0;;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN sell_through NUMERIC(5,2);;
ALTER TABLE {{core.supplier_performance}} ADD COLUMN avg_days_to_sell NUMERIC(6,1);;
ALTER TABLE {{inventory.stock}} ADD COLUMN returned_at {{ts}};;
ALTER TABLE {{inventory.stock}} ADD COLUMN refund_amount {{money}} CHECK (refund_amount >= 0);;
ALTER TABLE {{inventory.stock}} ADD COLUMN return_reason VARCHAR(200);;
-- A purchase recorded from a supplier's order: its number and when the pairs should arrive.
ALTER TABLE {{inventory.stock}} ADD COLUMN supplier_order VARCHAR(100);;
ALTER TABLE {{inventory.stock}} ADD COLUMN expected_delivery {{date}};;
-- The pairs that may still go back to their supplier, by the day their return window opened: the
-- Suppliers page reads only the last few weeks of them instead of every unsold pair.
CREATE INDEX idx_stock_returnable ON {{inventory.stock}} ((COALESCE(delivery_date, purchase_date)), supplier_id)
    WHERE returned_at IS NULL;;
