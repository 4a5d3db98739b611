-- Team mode: a pair's row carries a version that every update raises and an edit checks, so an edit made on
-- a stale copy (another operator saved in between) is refused with their name and time instead of
-- silently undoing their change; updated_by names the operator of the last change.
ALTER TABLE {{inventory.stock}} ADD COLUMN version INTEGER NOT NULL DEFAULT 1;;
ALTER TABLE {{inventory.stock}} ADD COLUMN updated_by VARCHAR(200);;
