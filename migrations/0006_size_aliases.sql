-- Sizes the operator mapped in the size editor: the text as a marketplace or a sheet wrote it ("3J",
-- "US 4 Junior") and the size it stands for, so the next import or sync files it there at once.
CREATE TABLE {{catalog.size_aliases}} (
    id {{uuid}} PRIMARY KEY,
    alias VARCHAR(60) NOT NULL UNIQUE,
    size_id {{uuid}} NOT NULL REFERENCES {{catalog.sizes}}(id) ON DELETE CASCADE,
    created_at {{ts}} NOT NULL DEFAULT {{now}}
);;
