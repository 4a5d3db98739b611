-- Supplier performance per supplier and month of purchase, computed from stock and orders
-- (SupplierPerformanceRepository::recompute): what the month's pairs cost, how many sold, for what
-- profit, how fast, and how many went back. Returns are kept on the pair itself.
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
-- A supplier's pairs in purchase order: its performance months and its returnable pairs.
CREATE INDEX idx_stock_supplier_purchase ON {{inventory.stock}} (supplier_id, purchase_date);;
