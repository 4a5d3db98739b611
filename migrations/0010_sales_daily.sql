-- analytics.sales_daily: the counted sales (not cancelled, returned or failed) summed per UTC day,
-- marketplace, product, supplier, currency, whether the pair has a cost, and profit band, so the dashboard
-- reads tens of thousands of rows instead of joining a million orders to their pairs. Triggers on
-- sales.order and inventory.stock keep it in the same transaction as every change; the brand comes from
-- the product at read time, so a product that changes brand needs no summary change. A test compares it
-- with the raw aggregation on both backends after inserts, edits, cancellations, payouts and deletes.
-- The profit bands match BreakdownRepository's edges (the same test proves it); the supplier "none" is the
-- all-zero UUID, because a NULL cannot be part of the conflict key on SQLite. On SQLite the table is its
-- primary key (WITHOUT ROWID), so a period is one range of it.
CREATE TABLE {{analytics.sales_daily}} (
    day {{date}} NOT NULL,
    platform_id {{uuid}} NOT NULL,
    product_id {{uuid}} NOT NULL,
    supplier_id {{uuid}} NOT NULL,
    currency VARCHAR(10) NOT NULL,
    has_cost SMALLINT NOT NULL,
    profit_band SMALLINT NOT NULL,
    sales BIGINT NOT NULL,
    gross {{money12}} NOT NULL,
    net_proceeds {{money12}} NOT NULL,
    net_profit {{money12}} NOT NULL,
    cost {{money12}} NOT NULL,
    shelf_life_sum BIGINT NOT NULL,
    shelf_life_n BIGINT NOT NULL,
    pending_sales BIGINT NOT NULL,
    pending_net_proceeds {{money12}} NOT NULL,
    paid_sales BIGINT NOT NULL,
    payout_seconds BIGINT NOT NULL,
    PRIMARY KEY (day, platform_id, product_id, supplier_id, currency, has_cost, profit_band)
){{without_rowid}};;
CREATE INDEX idx_sales_daily_pending ON {{analytics.sales_daily}} (day) WHERE pending_sales <> 0;;
-- The pairs on hand (a tenth of the table once a business has sold for years), with every column the
-- stock tiles and the ageing chart read, so they never visit the sold pairs.
CREATE INDEX idx_stock_on_hand ON {{inventory.stock}} (currency, product_id, size_id, status, quantity, purchase_price,
    gross_purchase_price, supplier_id, purchase_date, created_at) WHERE status NOT IN ('sold', 'canceled');;
-- SQLite has no functions in SQL: a row inserted into this empty view adds (direction 1) or removes
-- (direction -1) one order's contribution.
@sqlite CREATE VIEW analytics_sales_daily_change AS SELECT 0 AS direction, o.sold_at, o.status, o.platform_id, o.currency_code, o.gross_sale, o.net_proceeds, o.net_profit, o.shelf_life_days, o.payout_received, o.payout_date, s.product_id, s.supplier_id, s.purchase_price
    FROM sales_order o, inventory_stock s WHERE 0;;
@sqlite CREATE TRIGGER analytics_sales_daily_apply INSTEAD OF INSERT ON analytics_sales_daily_change BEGIN
    INSERT INTO analytics_sales_daily (day, platform_id, product_id, supplier_id, currency, has_cost, profit_band, sales, gross, net_proceeds, net_profit, cost, shelf_life_sum, shelf_life_n, pending_sales, pending_net_proceeds, paid_sales, payout_seconds)
    SELECT substr(NEW.sold_at, 1, 10),
        NEW.platform_id,
        NEW.product_id,
        COALESCE(NEW.supplier_id, '00000000-0000-0000-0000-000000000000'),
        NEW.currency_code,
        CASE WHEN NEW.purchase_price IS NULL THEN 0 ELSE 1 END,
        CASE WHEN NEW.purchase_price IS NULL OR NEW.net_profit IS NULL THEN -1 WHEN NEW.net_profit < {{money:-50.00}} THEN 0 WHEN NEW.net_profit < {{money:-25.00}} THEN 1 WHEN NEW.net_profit < {{money:0.00}} THEN 2 WHEN NEW.net_profit < {{money:25.00}} THEN 3 WHEN NEW.net_profit < {{money:50.00}} THEN 4 WHEN NEW.net_profit < {{money:75.00}} THEN 5 WHEN NEW.net_profit < {{money:100.00}} THEN 6 WHEN NEW.net_profit < {{money:150.00}} THEN 7 WHEN NEW.net_profit < {{money:200.00}} THEN 8 WHEN NEW.net_profit < {{money:300.00}} THEN 9 ELSE 10 END,
        NEW.direction,
        NEW.direction * COALESCE(NEW.gross_sale, 0),
        NEW.direction * COALESCE(NEW.net_proceeds, 0),
        NEW.direction * CASE WHEN NEW.purchase_price IS NULL THEN 0 ELSE COALESCE(NEW.net_profit, 0) END,
        NEW.direction * COALESCE(NEW.purchase_price, 0),
        NEW.direction * COALESCE(NEW.shelf_life_days, 0),
        NEW.direction * CASE WHEN NEW.shelf_life_days IS NULL THEN 0 ELSE 1 END,
        NEW.direction * CASE WHEN NEW.payout_received THEN 0 ELSE 1 END,
        NEW.direction * CASE WHEN NEW.payout_received THEN 0 ELSE COALESCE(NEW.net_proceeds, 0) END,
        NEW.direction * CASE WHEN NEW.payout_received AND NEW.payout_date IS NOT NULL THEN 1 ELSE 0 END,
        NEW.direction * CASE WHEN NEW.payout_received AND NEW.payout_date IS NOT NULL THEN CAST(ROUND((julianday(NEW.payout_date) - julianday(NEW.sold_at)) * 86400) AS INTEGER) ELSE 0 END
    WHERE NEW.sold_at IS NOT NULL AND NEW.currency_code IS NOT NULL AND NEW.status NOT IN ('cancelled', 'returned', 'failed')
    ON CONFLICT (day, platform_id, product_id, supplier_id, currency, has_cost, profit_band) DO UPDATE SET sales = analytics_sales_daily.sales + excluded.sales, gross = analytics_sales_daily.gross + excluded.gross, net_proceeds = analytics_sales_daily.net_proceeds + excluded.net_proceeds, net_profit = analytics_sales_daily.net_profit + excluded.net_profit, cost = analytics_sales_daily.cost + excluded.cost, shelf_life_sum = analytics_sales_daily.shelf_life_sum + excluded.shelf_life_sum, shelf_life_n = analytics_sales_daily.shelf_life_n + excluded.shelf_life_n, pending_sales = analytics_sales_daily.pending_sales + excluded.pending_sales, pending_net_proceeds = analytics_sales_daily.pending_net_proceeds + excluded.pending_net_proceeds, paid_sales = analytics_sales_daily.paid_sales + excluded.paid_sales, payout_seconds = analytics_sales_daily.payout_seconds + excluded.payout_seconds;
END;;
@sqlite CREATE TRIGGER sales_order_daily_ai AFTER INSERT ON sales_order BEGIN
    INSERT INTO analytics_sales_daily_change SELECT 1, NEW.sold_at, NEW.status, NEW.platform_id, NEW.currency_code, NEW.gross_sale, NEW.net_proceeds, NEW.net_profit, NEW.shelf_life_days, NEW.payout_received, NEW.payout_date, s.product_id, s.supplier_id, s.purchase_price FROM inventory_stock s WHERE s.id = NEW.inventory_item_id;
END;;
@sqlite CREATE TRIGGER sales_order_daily_ad AFTER DELETE ON sales_order BEGIN
    INSERT INTO analytics_sales_daily_change SELECT -1, OLD.sold_at, OLD.status, OLD.platform_id, OLD.currency_code, OLD.gross_sale, OLD.net_proceeds, OLD.net_profit, OLD.shelf_life_days, OLD.payout_received, OLD.payout_date, s.product_id, s.supplier_id, s.purchase_price FROM inventory_stock s WHERE s.id = OLD.inventory_item_id;
END;;
@sqlite CREATE TRIGGER sales_order_daily_au AFTER UPDATE OF status, platform_id, currency_code, sold_at, gross_sale, net_proceeds, net_profit, shelf_life_days, payout_received, payout_date, inventory_item_id ON sales_order BEGIN
    INSERT INTO analytics_sales_daily_change SELECT -1, OLD.sold_at, OLD.status, OLD.platform_id, OLD.currency_code, OLD.gross_sale, OLD.net_proceeds, OLD.net_profit, OLD.shelf_life_days, OLD.payout_received, OLD.payout_date, s.product_id, s.supplier_id, s.purchase_price FROM inventory_stock s WHERE s.id = OLD.inventory_item_id;
    INSERT INTO analytics_sales_daily_change SELECT 1, NEW.sold_at, NEW.status, NEW.platform_id, NEW.currency_code, NEW.gross_sale, NEW.net_proceeds, NEW.net_profit, NEW.shelf_life_days, NEW.payout_received, NEW.payout_date, s.product_id, s.supplier_id, s.purchase_price FROM inventory_stock s WHERE s.id = NEW.inventory_item_id;
END;;
@sqlite CREATE TRIGGER inventory_stock_daily_au AFTER UPDATE OF product_id, supplier_id, purchase_price ON inventory_stock
    WHEN OLD.product_id IS NOT NEW.product_id OR OLD.supplier_id IS NOT NEW.supplier_id OR OLD.purchase_price IS NOT NEW.purchase_price BEGIN
    INSERT INTO analytics_sales_daily_change SELECT -1, o.sold_at, o.status, o.platform_id, o.currency_code, o.gross_sale, o.net_proceeds, o.net_profit, o.shelf_life_days, o.payout_received, o.payout_date, OLD.product_id, OLD.supplier_id, OLD.purchase_price FROM sales_order o WHERE o.inventory_item_id = NEW.id;
    INSERT INTO analytics_sales_daily_change SELECT 1, o.sold_at, o.status, o.platform_id, o.currency_code, o.gross_sale, o.net_proceeds, o.net_profit, o.shelf_life_days, o.payout_received, o.payout_date, NEW.product_id, NEW.supplier_id, NEW.purchase_price FROM sales_order o WHERE o.inventory_item_id = NEW.id;
END;;
@sqlite INSERT INTO analytics_sales_daily_change SELECT 1, o.sold_at, o.status, o.platform_id, o.currency_code, o.gross_sale, o.net_proceeds, o.net_profit, o.shelf_life_days, o.payout_received, o.payout_date, s.product_id, s.supplier_id, s.purchase_price FROM sales_order o JOIN inventory_stock s ON s.id = o.inventory_item_id WHERE o.sold_at IS NOT NULL;;
-- PostgreSQL: one SQL function holds the contribution of an order row with its pair's row.
@postgresql CREATE FUNCTION analytics.sales_daily_add(direction INTEGER, o {{sales.order}}, s {{inventory.stock}})
RETURNS void LANGUAGE sql AS $$
    INSERT INTO {{analytics.sales_daily}} AS d (day, platform_id, product_id, supplier_id, currency, has_cost, profit_band, sales, gross, net_proceeds, net_profit, cost, shelf_life_sum, shelf_life_n, pending_sales, pending_net_proceeds, paid_sales, payout_seconds)
    SELECT (o.sold_at AT TIME ZONE 'UTC')::date,
        o.platform_id,
        s.product_id,
        COALESCE(s.supplier_id, '00000000-0000-0000-0000-000000000000'),
        o.currency_code,
        CASE WHEN s.purchase_price IS NULL THEN 0 ELSE 1 END,
        CASE WHEN s.purchase_price IS NULL OR o.net_profit IS NULL THEN -1 WHEN o.net_profit < {{money:-50.00}} THEN 0 WHEN o.net_profit < {{money:-25.00}} THEN 1 WHEN o.net_profit < {{money:0.00}} THEN 2 WHEN o.net_profit < {{money:25.00}} THEN 3 WHEN o.net_profit < {{money:50.00}} THEN 4 WHEN o.net_profit < {{money:75.00}} THEN 5 WHEN o.net_profit < {{money:100.00}} THEN 6 WHEN o.net_profit < {{money:150.00}} THEN 7 WHEN o.net_profit < {{money:200.00}} THEN 8 WHEN o.net_profit < {{money:300.00}} THEN 9 ELSE 10 END,
        direction,
        direction * COALESCE(o.gross_sale, 0),
        direction * COALESCE(o.net_proceeds, 0),
        direction * CASE WHEN s.purchase_price IS NULL THEN 0 ELSE COALESCE(o.net_profit, 0) END,
        direction * COALESCE(s.purchase_price, 0),
        direction * COALESCE(o.shelf_life_days, 0),
        direction * CASE WHEN o.shelf_life_days IS NULL THEN 0 ELSE 1 END,
        direction * CASE WHEN o.payout_received THEN 0 ELSE 1 END,
        direction * CASE WHEN o.payout_received THEN 0 ELSE COALESCE(o.net_proceeds, 0) END,
        direction * CASE WHEN o.payout_received AND o.payout_date IS NOT NULL THEN 1 ELSE 0 END,
        direction * CASE WHEN o.payout_received AND o.payout_date IS NOT NULL THEN ROUND(EXTRACT(EPOCH FROM (o.payout_date - o.sold_at)))::bigint ELSE 0 END
    WHERE o.sold_at IS NOT NULL AND o.currency_code IS NOT NULL AND o.status NOT IN ('cancelled', 'returned', 'failed')
    ON CONFLICT (day, platform_id, product_id, supplier_id, currency, has_cost, profit_band) DO UPDATE SET sales = d.sales + excluded.sales, gross = d.gross + excluded.gross, net_proceeds = d.net_proceeds + excluded.net_proceeds, net_profit = d.net_profit + excluded.net_profit, cost = d.cost + excluded.cost, shelf_life_sum = d.shelf_life_sum + excluded.shelf_life_sum, shelf_life_n = d.shelf_life_n + excluded.shelf_life_n, pending_sales = d.pending_sales + excluded.pending_sales, pending_net_proceeds = d.pending_net_proceeds + excluded.pending_net_proceeds, paid_sales = d.paid_sales + excluded.paid_sales, payout_seconds = d.payout_seconds + excluded.payout_seconds
$$;;
@postgresql CREATE FUNCTION analytics.sales_daily_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pair {{inventory.stock}};
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT * INTO pair FROM {{inventory.stock}} WHERE id = OLD.inventory_item_id;
        PERFORM analytics.sales_daily_add(-1, OLD, pair);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        SELECT * INTO pair FROM {{inventory.stock}} WHERE id = NEW.inventory_item_id;
        PERFORM analytics.sales_daily_add(1, NEW, pair);
    END IF;
    RETURN NULL;
END
$$;;
@postgresql CREATE TRIGGER sales_order_daily AFTER INSERT OR DELETE OR UPDATE OF status, platform_id, currency_code, sold_at, gross_sale, net_proceeds, net_profit, shelf_life_days, payout_received, payout_date, inventory_item_id ON {{sales.order}}
    FOR EACH ROW EXECUTE FUNCTION analytics.sales_daily_order_changed();;
@postgresql CREATE FUNCTION analytics.sales_daily_stock_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sale {{sales.order}};
BEGIN
    FOR sale IN SELECT * FROM {{sales.order}} WHERE inventory_item_id = NEW.id LOOP
        PERFORM analytics.sales_daily_add(-1, sale, OLD);
        PERFORM analytics.sales_daily_add(1, sale, NEW);
    END LOOP;
    RETURN NULL;
END
$$;;
@postgresql CREATE TRIGGER inventory_stock_daily AFTER UPDATE OF product_id, supplier_id, purchase_price ON {{inventory.stock}}
    FOR EACH ROW WHEN (OLD.product_id IS DISTINCT FROM NEW.product_id OR OLD.supplier_id IS DISTINCT FROM NEW.supplier_id
        OR OLD.purchase_price IS DISTINCT FROM NEW.purchase_price)
    EXECUTE FUNCTION analytics.sales_daily_stock_changed();;
@postgresql SELECT analytics.sales_daily_add(1, o, s) FROM {{sales.order}} o JOIN {{inventory.stock}} s ON s.id = o.inventory_item_id
    WHERE o.sold_at IS NOT NULL;;
