-- Purchases imports: a key per imported stock row, so importing a sheet again adds nothing twice, and
-- the column mappings operators save as presets for files with the same header.
ALTER TABLE {{inventory.stock}} ADD COLUMN import_key VARCHAR(64);;
CREATE UNIQUE INDEX uq_stock_import_key ON {{inventory.stock}} (import_key);;
CREATE TABLE {{integration.import_presets}} (
    id {{uuid}} PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    format VARCHAR(50) NOT NULL,
    header_signature VARCHAR(64) NOT NULL,
    mapping {{json}} NOT NULL,
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE INDEX idx_import_presets_header ON {{integration.import_presets}} (format, header_signature);;
