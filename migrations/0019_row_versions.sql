-- Team mode: listings and suppliers carry a version like pairs do (0018). Every update raises it and
-- names the operator; an operator's edit made on an older copy is refused with the other operator's name
-- and time instead of silently replacing their change.
ALTER TABLE {{sales.listing}} ADD COLUMN version INTEGER NOT NULL DEFAULT 1;;
ALTER TABLE {{sales.listing}} ADD COLUMN updated_by VARCHAR(200);;
ALTER TABLE {{supplier.profile}} ADD COLUMN version INTEGER NOT NULL DEFAULT 1;;
ALTER TABLE {{supplier.profile}} ADD COLUMN updated_by VARCHAR(200);;
