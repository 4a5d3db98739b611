-- Real sales histories: sizes are kept as the marketplace writes them, records a sync could not store are
-- kept for the next run, and brands cover what resellers sell.

-- Size regions beyond shoes: youth (Y) and toddler (K/T) apart from child (C); apparel waist/length (34W/32L),
-- numeric ranges (42/44), dual sizes (12W / 10.5M) and unclassified text the operator maps later (TEXT).
-- The value holds the size as written, so it grows to 60 characters.
@postgresql ALTER TABLE {{catalog.sizes}} DROP CONSTRAINT sizes_region_check;;
@postgresql ALTER TABLE {{catalog.sizes}} ADD CONSTRAINT sizes_region_check CHECK (region IN ('US', 'US-W', 'US-Y', 'US-K', 'US-T', 'EU', 'UK', 'CM', 'KR', 'JP', 'INT', 'WL', 'RANGE', 'DUAL', 'ONE', 'TEXT'));;
@postgresql ALTER TABLE {{catalog.sizes}} ALTER COLUMN value TYPE VARCHAR(60);;
-- SQLite cannot alter a CHECK: the table is rebuilt (the migrator runs SQLite migrations with foreign keys off
-- and checks them before it commits).
@sqlite CREATE TABLE catalog_sizes_rebuilt (
    id {{uuid}} PRIMARY KEY,
    category_id {{uuid}} REFERENCES {{catalog.category}}(id) ON DELETE SET NULL,
    value VARCHAR(60) NOT NULL,
    standardized_value NUMERIC(4,1),
    region VARCHAR(10) NOT NULL CHECK (region IN ('US', 'US-W', 'US-Y', 'US-K', 'US-T', 'EU', 'UK', 'CM', 'KR', 'JP', 'INT', 'WL', 'RANGE', 'DUAL', 'ONE', 'TEXT')),
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}},
    UNIQUE (region, value)
);;
@sqlite INSERT INTO catalog_sizes_rebuilt (id, category_id, value, standardized_value, region, created_at, updated_at)
    SELECT id, category_id, value, standardized_value, region, created_at, updated_at FROM catalog_sizes;;
@sqlite DROP TABLE catalog_sizes;;
@sqlite ALTER TABLE catalog_sizes_rebuilt RENAME TO catalog_sizes;;
@sqlite CREATE INDEX idx_sizes_standardized ON catalog_sizes (standardized_value);;

-- One row per record (order, listing) a sync could not store: why, and the record as StockX sent it. The next
-- run fetches from the oldest one's date again; a record that is stored later removes its row.
CREATE TABLE {{integration.sync_rejections}} (
    id {{uuid}} PRIMARY KEY,
    service VARCHAR(30) NOT NULL,
    job VARCHAR(30) NOT NULL,
    external_id VARCHAR(255) NOT NULL,
    run_id {{uuid}} REFERENCES {{integration.sync_runs}}(id) ON DELETE SET NULL,
    reason VARCHAR(1000) NOT NULL,
    raw_data {{json}},
    occurred_at {{ts}},
    attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts > 0),
    first_seen_at {{ts}} NOT NULL,
    last_seen_at {{ts}} NOT NULL,
    UNIQUE (service, job, external_id)
);;

-- Brands resellers sell across sneakers, apparel, accessories and collectibles, with the patterns that find them
-- in item names (lower priority wins; a collaborator such as Off-White or Supreme ranks after the maker named in
-- the same name, so "Nike Dunk Low Off-White" stays Nike).
UPDATE {{catalog.brand_patterns}} SET priority = 80 WHERE pattern IN ('Off-White', 'Fear of God', 'Supreme', 'Stussy', 'Stüssy');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e0505f4f-ed15-5135-9f44-c87c82e68202', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'regex', '^nike\b', 12);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('07ed1f51-ddcc-5e20-8ef4-3dfd502491c1', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Blazer', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0015ffad-4478-519b-9f0a-15fc07bb23d6', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Cortez', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8aaf64e4-9910-5ce5-9b46-bf2987abfeff', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Vomero', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('bb709d5d-6eb2-5b10-ac9b-7e266f78b0cd', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Air Foamposite', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('ede7a268-1fb1-5201-9962-abd18f18e11d', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'SB Dunk', 55);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('284c5456-922f-5796-96fb-ca896be6dece', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Kobe', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d45d66a4-970e-501a-8c49-22f4c35b3c05', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'LeBron', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('84382494-fcff-5a57-825f-ffb79c60a2f1', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'ACG', 75);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('397ed0ad-7c91-5c98-8110-a9b58c9692a2', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Tech Fleece', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('16ac93dc-efef-55bc-ad7e-f1fed46be4be', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Pegasus', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('91c5d07b-c092-5693-bb71-2aad28eae171', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Shox', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e251127f-f043-544b-b302-ffb6a18ae674', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Air Huarache', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('fec9ecb1-bf74-5f17-a711-512c9463bd15', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Air Presto', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('ae1463dd-5f01-52ea-ac7b-52b3d175767b', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Air Flight', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('426d1012-332d-5192-abc0-75321bf02f8a', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Air Max Plus', 55);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('2052a09e-1d7d-5c2d-8fbd-b59fb51f5308', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'Book 1', 75);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0df707d0-f2c1-5c6e-8260-704201d7e8f2', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'KD ', 75);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('f6dd5d4e-0f49-5448-a211-58e4aec18fa8', '39faed54-3185-52a2-b385-caeebcbcdf1d', 'keyword', 'P-6000', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d13a2e34-7291-5427-b69b-417e43c28c59', '65ae9645-a31a-5936-a4ff-cd4d37151170', 'regex', '^(air\s)?jordan', 3);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('97696d13-87f9-5424-b310-3c23a4164164', '65ae9645-a31a-5936-a4ff-cd4d37151170', 'regex', 'jordan\s\d', 3);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('aac2d553-ee7a-5fb5-a0a1-6bc4f3e638ea', '35db495f-d3fa-579f-846b-539d276b8865', 'regex', '^adidas\b', 12);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b9b24b16-fb52-51ec-bd59-39952c96dc03', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Ultraboost', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('ef757996-59cc-5d9c-abb4-9e8cc773670f', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'NMD', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('722fba13-2a2f-534e-80d7-1816e9ce36e2', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Superstar', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('20129dd5-995f-5f1e-b78b-f809f341178d', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Campus 00s', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5b153dd3-fca3-5c9d-96ed-f14962a51f21', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Handball Spezial', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('21f57178-768a-5508-81b9-af3af3d1027a', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Forum Low', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('90672e15-84ab-5620-b0d9-8eb3630e995e', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Stan Smith', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('2e032ccf-a24c-531d-853c-6ab9e617c95c', '35db495f-d3fa-579f-846b-539d276b8865', 'keyword', 'Adizero', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e82996e2-1047-56ef-8269-ab67cfc6e1de', '4a4e318b-466f-592e-aab1-8f2b2f63c9da', 'keyword', 'Yzy', 10);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('18dc0401-be12-5846-95e6-529e6f96eb4f', 'ca51be8e-befb-550d-97fe-9675fb60475d', 'regex', '\b(m|u|w)?(990|991|992|993|2002r|9060|1906r|550|530|327|574)(v\d)?\b', 90);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0228d54f-77ed-57cb-a8c3-8adc034fe892', 'b7dd9b14-3118-5af5-a2e8-7f9fb3a443ee', 'keyword', 'GT-2160', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4d80192b-2b6a-5c7f-839e-26d2cf8c6cdd', 'b7dd9b14-3118-5af5-a2e8-7f9fb3a443ee', 'keyword', 'Gel-NYC', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1170f42e-4675-5266-8c4c-f902367957b4', '3ba0883c-78ad-5e92-b5ce-1436d052d823', 'keyword', 'ACS Pro', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('34e57280-65e2-5d5d-a5b8-4bbd780057a0', '3ba0883c-78ad-5e92-b5ce-1436d052d823', 'keyword', 'Speedcross', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('da2f4571-a505-52fd-bb6d-4a2cbac499a0', 'f128d761-29c9-5599-b83e-100d8da85357', 'regex', '^on\s+(cloud|running)', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('f511426a-04fc-57c6-b84d-c6528f9b386c', 'f128d761-29c9-5599-b83e-100d8da85357', 'keyword', 'Cloudtilt', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0bbb7220-ce5b-5862-81db-f2b1ac44ec0b', 'f128d761-29c9-5599-b83e-100d8da85357', 'keyword', 'Cloudnova', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e540821b-81ea-52aa-b8f8-48ebeb5aef9c', 'dcf98418-4d7a-587b-963e-39bf60f3fb65', 'regex', '^supreme\b', 8);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8aa9d0c8-176e-54e8-8033-d967f651cda5', '6ad74e60-ff15-5ff9-b6c2-ee87997a1547', 'regex', '^off-white\b', 8);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('22698ccb-aebd-56e5-9196-ccdabc52d512', '4f49d318-d994-59aa-b1cd-e3e7e569d72b', 'regex', '^fear of god\b', 8);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8ed42321-3faf-5199-981c-60a79f81648a', '0b61ffb5-2cae-5cda-a98b-1b271c36e049', 'keyword', 'Run Star', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5b0c13c2-0970-5571-b7a8-6f1f16d0a58c', 'fa0db3f7-ddaa-5ac1-8c23-04f6efc83545', 'keyword', 'Old Skool', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('ad116e8c-1836-515d-b142-4cfaea656075', 'fa0db3f7-ddaa-5ac1-8c23-04f6efc83545', 'keyword', 'Sk8-Hi', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('c3b81c74-9ee8-57f8-ac9b-4c6e6445b9cb', 'd1960e9c-e8e0-5499-812d-8cb7c6717e88', 'keyword', 'Speedcat', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b7dde231-163c-5f77-9866-0aa57dd62e57', '98cf2e29-bf65-50a0-b179-c7316837fa15', 'keyword', 'Club C', 70);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('0444e975-1a94-5aa4-bb91-21960f167c4c', 'Crocs', 'crocs');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('95871ceb-048c-584e-880e-f72c599bbfc2', '0444e975-1a94-5aa4-bb91-21960f167c4c', 'keyword', 'Crocs', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('c44ee33b-30ed-5930-a08e-237c1d93971a', 'Hoka', 'hoka');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d33dbc06-6c60-5020-93b0-ff860c12d576', 'c44ee33b-30ed-5930-a08e-237c1d93971a', 'regex', '\bhoka\b', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8fcfe59b-69cc-5e1e-a3fb-c591ab650bd5', 'c44ee33b-30ed-5930-a08e-237c1d93971a', 'keyword', 'Clifton', 70);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('539c2d2c-40ee-513e-b01b-648138941e11', 'c44ee33b-30ed-5930-a08e-237c1d93971a', 'keyword', 'Bondi', 70);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('760641ee-2218-5e5e-8ed2-64589b3cebcb', 'Timberland', 'timberland');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b735d611-718d-5323-b4ea-a7a1c45b9887', '760641ee-2218-5e5e-8ed2-64589b3cebcb', 'keyword', 'Timberland', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('9c3b252e-d601-53e5-bdbd-12fa36c4943c', 'LEGO', 'lego');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('aaf5a3b5-0fb0-5a08-ae80-30aab926f2f6', '9c3b252e-d601-53e5-bdbd-12fa36c4943c', 'regex', '\blego\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('5ae64a0d-cedd-56f6-8a81-e6bc74a2b34a', 'Telfar', 'telfar');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5f706980-0d74-5dff-b586-0aadbdb2cdc4', '5ae64a0d-cedd-56f6-8a81-e6bc74a2b34a', 'keyword', 'Telfar', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('18e37b6d-3c96-5d1d-b3f6-dd478e5d9533', 'A Bathing Ape', 'a-bathing-ape');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('fbe95036-4b9b-510e-9cc5-6f89e9fdb20a', '18e37b6d-3c96-5d1d-b3f6-dd478e5d9533', 'keyword', 'A Bathing Ape', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('c2d40132-0fdf-5973-acc1-3d7e535dfdd5', '18e37b6d-3c96-5d1d-b3f6-dd478e5d9533', 'regex', '\bbape\b', 25);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('3d077386-6a12-5198-bcc1-42b0b3a125d5', '18e37b6d-3c96-5d1d-b3f6-dd478e5d9533', 'keyword', 'Bapesta', 25);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('336237a6-a4f6-5d6f-a616-e711f6132bb7', 'New Era', 'new-era');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4e3f10f8-6ac9-5b51-9e15-46c1ed139e0a', '336237a6-a4f6-5d6f-a616-e711f6132bb7', 'keyword', 'New Era', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('aeb1df21-cd6b-59f0-a4ba-fe21abd3be7e', '336237a6-a4f6-5d6f-a616-e711f6132bb7', 'keyword', '59Fifty', 40);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('acb91ec4-ff35-5020-8eac-579015653b4c', 'Diadora', 'diadora');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4c8f07ee-1991-559b-bbb9-bd2175c72d7a', 'acb91ec4-ff35-5020-8eac-579015653b4c', 'keyword', 'Diadora', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('13e4958a-aa16-54d7-98cd-a73033285f78', 'Nintendo', 'nintendo');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1175efa4-e889-52c2-8652-d545883e4ed4', '13e4958a-aa16-54d7-98cd-a73033285f78', 'keyword', 'Nintendo', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('06235755-7d9f-5232-966f-6a45bece8115', '13e4958a-aa16-54d7-98cd-a73033285f78', 'keyword', 'Super Mario', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('a89e047f-2e42-5b33-bc1a-129d33902ee0', '13e4958a-aa16-54d7-98cd-a73033285f78', 'keyword', 'Zelda', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b085441b-0d99-5615-8066-6eff347affcb', 'Taschen', 'taschen');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('04802440-5678-50b0-bba2-9e2baefff15f', 'b085441b-0d99-5615-8066-6eff347affcb', 'keyword', 'Taschen', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('edfff844-ec0e-581a-a7ee-f2ee96675807', 'Saucony', 'saucony');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('aaf823db-f416-52d1-b852-a496241e5445', 'edfff844-ec0e-581a-a7ee-f2ee96675807', 'keyword', 'Saucony', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('3e743ac5-0277-558f-b366-7c207ffe1f93', 'Under Armour', 'under-armour');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('772bb1bd-8471-5cad-8ad8-d05eb9a3c315', '3e743ac5-0277-558f-b366-7c207ffe1f93', 'keyword', 'Under Armour', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5d49cb59-5222-5125-8dd1-ed75d5f5303a', '3e743ac5-0277-558f-b366-7c207ffe1f93', 'keyword', 'Curry Flow', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('9b620078-cc70-502b-9455-aaa352f8dc4c', 'Balenciaga', 'balenciaga');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('9a021554-3f50-5983-a949-7cd2584976a4', '9b620078-cc70-502b-9455-aaa352f8dc4c', 'keyword', 'Balenciaga', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('3797214a-0665-5c61-a982-13a25bf8eaf6', 'Gucci', 'gucci');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b1ec56b5-1e6b-5f6e-bb11-d3ab5bfad8a1', '3797214a-0665-5c61-a982-13a25bf8eaf6', 'keyword', 'Gucci', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('f356a3cd-3e46-57e9-81f5-95aca6e0d869', 'Louis Vuitton', 'louis-vuitton');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('db973bfb-dad8-533d-881a-20f2bbe8f988', 'f356a3cd-3e46-57e9-81f5-95aca6e0d869', 'keyword', 'Louis Vuitton', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b27189c2-f170-540b-89eb-b57eedda7d8e', 'f356a3cd-3e46-57e9-81f5-95aca6e0d869', 'regex', '\blv trainer\b', 35);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('333e288c-d3d9-5a4c-b999-a956240e6468', 'Dior', 'dior');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('c4775946-274e-5247-9279-91b6fe379d7e', '333e288c-d3d9-5a4c-b999-a956240e6468', 'regex', '\bdior\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('76e9f729-1925-5249-a5b4-83a065b36594', 'Prada', 'prada');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('a4bb9b4e-95f2-55f8-9693-e84ccbbac825', '76e9f729-1925-5249-a5b4-83a065b36594', 'regex', '\bprada\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('22ea6585-8016-5d14-bae5-af30440d47af', 'Daniel Arsham', 'daniel-arsham');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6eee4928-df77-5f66-b8f3-9d442e7f128e', '22ea6585-8016-5d14-bae5-af30440d47af', 'keyword', 'Daniel Arsham', 25);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('49cd3baf-158e-535f-8082-757d4b630230', 'UGG', 'ugg');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8403de6b-405f-5f95-aea6-3a70d21eade7', '49cd3baf-158e-535f-8082-757d4b630230', 'regex', '\bugg\b', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('527af4b9-ef1c-57fe-8712-ead817875530', '49cd3baf-158e-535f-8082-757d4b630230', 'keyword', 'Tasman', 70);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('174068bf-947f-5a7c-b551-f8b76e361533', 'Birkenstock', 'birkenstock');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d3b1568a-1092-5289-a7eb-2cfbd6bc9c69', '174068bf-947f-5a7c-b551-f8b76e361533', 'keyword', 'Birkenstock', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6c3ca080-dcdb-5881-9efd-6f87de624a81', '174068bf-947f-5a7c-b551-f8b76e361533', 'keyword', 'Boston Clog', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('97e0c85e-f9e0-51b6-97a8-5d2277af35ab', '174068bf-947f-5a7c-b551-f8b76e361533', 'keyword', 'Arizona Soft', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('1459a549-6175-5b9e-aba0-50c74c15409d', 'Dr. Martens', 'dr-martens');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('c9fd472f-27dd-5491-ba8c-f997ec966708', '1459a549-6175-5b9e-aba0-50c74c15409d', 'keyword', 'Dr. Martens', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8fc02633-6f7f-57a1-b035-d5fd0ce48463', '1459a549-6175-5b9e-aba0-50c74c15409d', 'keyword', 'Dr Martens', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('d173ac20-29dc-57b3-aa6d-7d5a741e0be8', 'Mizuno', 'mizuno');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0d402fa7-ecdd-5bbb-a3e0-a85743ab67a1', 'd173ac20-29dc-57b3-aa6d-7d5a741e0be8', 'keyword', 'Mizuno', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('69bd0e24-a46b-5260-83fa-e868748d52ec', 'Onitsuka Tiger', 'onitsuka-tiger');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0855495d-87ba-5e10-b2da-03436542031c', '69bd0e24-a46b-5260-83fa-e868748d52ec', 'keyword', 'Onitsuka Tiger', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d084b8b8-99aa-5071-adb2-b7172c5d6869', '69bd0e24-a46b-5260-83fa-e868748d52ec', 'keyword', 'Mexico 66', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('f86844d8-bc4f-5bb1-bdca-a4254e2d4fd2', 'Veja', 'veja');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b8b038a3-286c-54d3-8709-29628685fe9f', 'f86844d8-bc4f-5bb1-bdca-a4254e2d4fd2', 'regex', '\bveja\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('78d495c3-42a6-5753-b799-5e037c0bc19c', 'Clarks', 'clarks');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('a9d0aa9a-e782-543e-afba-60a01e725c3d', '78d495c3-42a6-5753-b799-5e037c0bc19c', 'keyword', 'Clarks', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('4a835145-c319-5bdf-a5f6-e50a8b72f4ff', 'Moncler', 'moncler');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('62f6a39c-b724-5efb-bece-79ea8ae42aae', '4a835145-c319-5bdf-a5f6-e50a8b72f4ff', 'keyword', 'Moncler', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('aba82115-6a59-59e2-8851-bf807201e70d', 'Stone Island', 'stone-island');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('02b01ef6-44ac-5410-b1a0-314c42fc95a0', 'aba82115-6a59-59e2-8851-bf807201e70d', 'keyword', 'Stone Island', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b42d29dc-3802-53c9-b3f2-0c06f4182978', 'Palace', 'palace');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('414aeed8-7b5d-5851-abd7-131a5a045cab', 'b42d29dc-3802-53c9-b3f2-0c06f4182978', 'regex', '\bpalace\b', 45);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('67d87cf2-5120-53c7-bccf-9efcb4de7588', 'Kith', 'kith');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('9232fa6a-2012-581a-8afa-4215d5d5555f', '67d87cf2-5120-53c7-bccf-9efcb4de7588', 'regex', '\bkith\b', 45);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('0d9b0754-97f0-5285-848e-b5a54ae8b322', 'Chrome Hearts', 'chrome-hearts');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5827c1a1-4dd0-53c6-97c2-eb10365b8d71', '0d9b0754-97f0-5285-848e-b5a54ae8b322', 'keyword', 'Chrome Hearts', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('039e6c53-c125-59ca-b35c-4dec420527d8', 'Corteiz', 'corteiz');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('a4654acc-8f0a-509b-863a-5e4d06658c2f', '039e6c53-c125-59ca-b35c-4dec420527d8', 'keyword', 'Corteiz', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b1b7c957-7f69-5198-9a5f-cbe1be52b9c8', '039e6c53-c125-59ca-b35c-4dec420527d8', 'keyword', 'Crtz', 35);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('3d5a3379-1c1a-5963-84d7-d177ea6dff50', 'Denim Tears', 'denim-tears');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('71f67027-a771-5042-a065-60175e7e0927', '3d5a3379-1c1a-5963-84d7-d177ea6dff50', 'keyword', 'Denim Tears', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('c695daf1-9c93-5620-9f0f-3c4bd84bb8c6', 'Sp5der', 'sp5der');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4999dc14-6807-5e68-88ac-387042f435c9', 'c695daf1-9c93-5620-9f0f-3c4bd84bb8c6', 'keyword', 'Sp5der', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1ea4e6ac-0bf9-563d-b6b1-e7a33236b2ff', 'c695daf1-9c93-5620-9f0f-3c4bd84bb8c6', 'keyword', 'Spider Worldwide', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('5a1326b6-7aa7-5e0e-bca9-0e0f890d98ab', 'Gallery Dept.', 'gallery-dept');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('f2b8e829-0f6b-5252-81b6-bd62f2d811a9', '5a1326b6-7aa7-5e0e-bca9-0e0f890d98ab', 'keyword', 'Gallery Dept', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('6e31e0d6-f819-5d87-9c52-0ae1d36fb776', 'Rhude', 'rhude');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4f594c51-f105-5d03-bbd9-52051a528e5e', '6e31e0d6-f819-5d87-9c52-0ae1d36fb776', 'regex', '\brhude\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('9e8d0cef-987d-5d3e-893c-481d785c55ca', 'Anti Social Social Club', 'anti-social-social-club');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4cd40a99-8e14-58cc-81f1-3ab56a81e9a6', '9e8d0cef-987d-5d3e-893c-481d785c55ca', 'keyword', 'Anti Social Social Club', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('c303c088-0fd8-5a7f-a2f5-423a841d0606', '9e8d0cef-987d-5d3e-893c-481d785c55ca', 'regex', '\bassc\b', 35);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('ce16d5a9-90f7-5306-b61d-365f4296c36f', 'Carhartt WIP', 'carhartt-wip');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1f5ed16c-32fe-501a-8702-cb1e5a628647', 'ce16d5a9-90f7-5306-b61d-365f4296c36f', 'keyword', 'Carhartt', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('2c3150a7-d32e-5e08-b346-100f6e172983', 'The North Face', 'the-north-face');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('a5d2c9b8-5bd8-53ac-844c-a56d7bd1c3da', '2c3150a7-d32e-5e08-b346-100f6e172983', 'keyword', 'North Face', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('11899223-9326-54f1-b5ea-eee7789d6dcf', 'Arc''teryx', 'arcteryx');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8f67f872-6d1e-5360-9905-e13317ac4227', '11899223-9326-54f1-b5ea-eee7789d6dcf', 'keyword', 'Arc''teryx', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('3cbfa0f6-9195-5921-8de4-e9c3c70d3e08', '11899223-9326-54f1-b5ea-eee7789d6dcf', 'keyword', 'Arcteryx', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('2c583090-4dda-5568-9b98-7d016bf95ec1', 'Patagonia', 'patagonia');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('7fd1b81d-e724-56f5-9c40-0c74cc0852e3', '2c583090-4dda-5568-9b98-7d016bf95ec1', 'keyword', 'Patagonia', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b9459ff6-4424-5ad0-bf95-c889399ae20d', 'Stanley', 'stanley');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('51545c14-e5c1-51a1-9cd0-a2f7136571a3', 'b9459ff6-4424-5ad0-bf95-c889399ae20d', 'regex', '^stanley\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('d26ba3e7-be18-570c-b606-8238beb70b2d', 'Pop Mart', 'pop-mart');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('71518798-9712-5d0e-9fa7-21a965cd40cb', 'd26ba3e7-be18-570c-b606-8238beb70b2d', 'keyword', 'Pop Mart', 20);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('2336dd3c-9210-5c26-b2e7-bd609d17c0c0', 'd26ba3e7-be18-570c-b606-8238beb70b2d', 'keyword', 'Labubu', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('fb5a71f9-723e-5e7b-8051-397f8911b6dd', 'd26ba3e7-be18-570c-b606-8238beb70b2d', 'keyword', 'Skullpanda', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('41addca6-7ffe-5c20-8946-34ba607e4da0', 'd26ba3e7-be18-570c-b606-8238beb70b2d', 'keyword', 'Hirono', 40);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('fb2a96ff-9e37-524c-b9a5-d4520bea2e4d', 'Funko', 'funko');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('f97c155c-eaa6-5e9a-af18-7c02bfb6cbe3', 'fb2a96ff-9e37-524c-b9a5-d4520bea2e4d', 'keyword', 'Funko', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('177e78a5-a50f-5ecc-9deb-60382be275f4', 'KAWS', 'kaws');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1b8fbde2-672e-5432-8084-9335b69859f2', '177e78a5-a50f-5ecc-9deb-60382be275f4', 'regex', '^kaws\b', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('543b63ef-56e6-56e8-9b47-2c5450ad7a4f', '177e78a5-a50f-5ecc-9deb-60382be275f4', 'regex', '\bkaws\b', 85);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('782f6421-5dc2-5e00-8131-b8180a667ba5', 'Medicom Toy', 'medicom-toy');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b2bd815c-d49d-5eb5-9b38-17c287c4051c', '782f6421-5dc2-5e00-8131-b8180a667ba5', 'keyword', 'Bearbrick', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('083d9c6f-5333-524b-a5a4-04045e7f2ec5', '782f6421-5dc2-5e00-8131-b8180a667ba5', 'keyword', 'Be@rbrick', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('63ace3e6-2c48-5e1c-98f1-b7362f537a71', '782f6421-5dc2-5e00-8131-b8180a667ba5', 'keyword', 'Medicom', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('0e730a49-ea91-570c-a3a0-4b55e580d104', 'Pokémon', 'pokemon');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('dd90c783-76b0-5333-a941-f772adb3e022', '0e730a49-ea91-570c-a3a0-4b55e580d104', 'keyword', 'Pokemon', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d0623281-10bd-51b2-ac2b-21bccca455af', '0e730a49-ea91-570c-a3a0-4b55e580d104', 'keyword', 'Pokémon', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('39880ae8-44ad-5cc1-8553-5d5062f90bc9', 'Sony', 'sony');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('a463e3b0-6f24-50d7-be45-9666b32e9b95', '39880ae8-44ad-5cc1-8553-5d5062f90bc9', 'keyword', 'PlayStation', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('dc3b7230-3dfd-564f-b335-78739ed27d45', '39880ae8-44ad-5cc1-8553-5d5062f90bc9', 'regex', '^sony\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b64a4244-ebd9-51e0-90bd-28c129bd3bba', 'Apple', 'apple');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('39cf90ea-8dac-5857-aa59-1998e7ddb404', 'b64a4244-ebd9-51e0-90bd-28c129bd3bba', 'regex', '^apple\b', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('05263771-51ae-5adc-a9e3-131107e46b62', 'b64a4244-ebd9-51e0-90bd-28c129bd3bba', 'keyword', 'AirPods', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1656c60b-a31c-5171-8214-92cb02536f3e', 'b64a4244-ebd9-51e0-90bd-28c129bd3bba', 'keyword', 'iPhone', 40);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('4355fcba-9f13-5285-a083-2b580d1afad8', 'Microsoft', 'microsoft');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8a557664-659c-5dc9-8e48-76d2385846d3', '4355fcba-9f13-5285-a083-2b580d1afad8', 'keyword', 'Xbox', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b996c7d6-12c2-583a-bd1b-5b9d0b9dc545', 'Loewe', 'loewe');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d0a1e803-5713-5f40-9f54-9e3d67f7c311', 'b996c7d6-12c2-583a-bd1b-5b9d0b9dc545', 'keyword', 'Loewe', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('a70e02eb-c340-54e9-8b78-4761962ed740', 'Bottega Veneta', 'bottega-veneta');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('f27b4eff-fd41-5545-9710-75054ee8c1f8', 'a70e02eb-c340-54e9-8b78-4761962ed740', 'keyword', 'Bottega Veneta', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('2172a833-190f-53a0-a16c-16955430b889', 'Rick Owens', 'rick-owens');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('9ef3105f-932a-5804-ae6d-462cdbfec763', '2172a833-190f-53a0-a16c-16955430b889', 'keyword', 'Rick Owens', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('11d22c40-2d56-547a-9d12-b7265fb06231', 'Maison Margiela', 'maison-margiela');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0f17de9e-2706-5b11-9e00-7b20d609f1fa', '11d22c40-2d56-547a-9d12-b7265fb06231', 'keyword', 'Margiela', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('606e570a-9e8f-558e-bf1d-c0e08c24ae22', 'Golden Goose', 'golden-goose');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e7721f94-8d72-5de1-9fef-082b9d768204', '606e570a-9e8f-558e-bf1d-c0e08c24ae22', 'keyword', 'Golden Goose', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('2274480e-e5ec-523b-93f0-f514d0846a53', 'Alexander McQueen', 'alexander-mcqueen');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('8dcedbeb-20fb-560f-95ed-ae52824852e4', '2274480e-e5ec-523b-93f0-f514d0846a53', 'keyword', 'Alexander McQueen', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('13ecfa05-8ad8-5e77-b9ba-47655dde78dd', 'Versace', 'versace');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('9855d675-6863-55ac-bdf7-aeebdda3c644', '13ecfa05-8ad8-5e77-b9ba-47655dde78dd', 'keyword', 'Versace', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('be27feb7-1244-5593-911d-ad54104de0c0', 'Chanel', 'chanel');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('af43f019-5626-50f8-838b-57e9a8a45153', 'be27feb7-1244-5593-911d-ad54104de0c0', 'regex', '\bchanel\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('d1349024-986c-5bb3-8e07-1d585cab7987', 'Hermès', 'hermes');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e654c831-47c8-5e91-863d-a3511f6f9f9e', 'd1349024-986c-5bb3-8e07-1d585cab7987', 'keyword', 'Hermes', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('16d77277-5df8-522c-a86f-079cb8f085a3', 'd1349024-986c-5bb3-8e07-1d585cab7987', 'keyword', 'Hermès', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('9e3a8511-73c5-5c32-b368-aece8863d1ff', 'Goyard', 'goyard');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6680f6cb-4158-5ff7-a8b5-174ca5642077', '9e3a8511-73c5-5c32-b368-aece8863d1ff', 'keyword', 'Goyard', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('01279ef6-5158-5c19-97c5-f51b862f45be', 'Rolex', 'rolex');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('7fb61e96-d6fa-53fb-ab6f-18cd1587bc54', '01279ef6-5158-5c19-97c5-f51b862f45be', 'keyword', 'Rolex', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('d3aa9e8c-bf34-50d1-9f89-dd4d68cd986d', 'Casio', 'casio');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('0c594d78-c698-58f2-8b87-732fce6a0f3a', 'd3aa9e8c-bf34-50d1-9f89-dd4d68cd986d', 'keyword', 'Casio', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('da55c4b7-423d-55d4-8add-45d1320a0ff8', 'd3aa9e8c-bf34-50d1-9f89-dd4d68cd986d', 'keyword', 'G-Shock', 35);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('cacf6360-f787-59ff-8d59-4f896aba4fc5', 'Swatch', 'swatch');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e155278f-f995-5b6b-8894-1410b440e897', 'cacf6360-f787-59ff-8d59-4f896aba4fc5', 'regex', '\bswatch\b', 40);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('175c53b4-a8d9-57e1-b27d-e2fa88480b98', 'cacf6360-f787-59ff-8d59-4f896aba4fc5', 'keyword', 'MoonSwatch', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('9b58093d-db09-5692-a4af-2db0d74597a0', 'Cactus Jack', 'cactus-jack');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('d5fdaaed-354a-5272-a604-acda58f569cb', '9b58093d-db09-5692-a4af-2db0d74597a0', 'keyword', 'Cactus Jack', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('ab333fdb-67c8-5927-83fc-593c5402d03c', 'Sacai', 'sacai');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('70fa1b21-3228-5ed3-b5f2-df39f1709dc2', 'ab333fdb-67c8-5927-83fc-593c5402d03c', 'regex', '\bsacai\b', 85);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('54bf6bc0-6e33-53b4-9b82-2d52ed229c1a', 'Union', 'union');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4e406926-c43c-532d-943d-bc0215367027', '54bf6bc0-6e33-53b4-9b82-2d52ed229c1a', 'regex', '^union\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('622255c6-9a57-5c7b-ae26-a787594dd944', 'Aimé Leon Dore', 'aime-leon-dore');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6c8cd7ee-197a-535f-a80a-75f8d5d7286b', '622255c6-9a57-5c7b-ae26-a787594dd944', 'keyword', 'Aime Leon Dore', 60);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('75d3fc55-71fb-5c46-a556-86026c2791c0', '622255c6-9a57-5c7b-ae26-a787594dd944', 'keyword', 'Aimé Leon Dore', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b90b2733-97c5-5460-af31-09c652731a9b', 'Represent', 'represent');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('93eda7b8-9d49-5df6-92e1-bdc5d8e5d5ba', 'b90b2733-97c5-5460-af31-09c652731a9b', 'regex', '^represent\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('919b5f91-3847-583e-b9e4-d5b32f180315', 'Trapstar', 'trapstar');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('042d1241-d818-55a8-b5a6-38420ea22d7c', '919b5f91-3847-583e-b9e4-d5b32f180315', 'keyword', 'Trapstar', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('64e7db50-4f85-5ef0-857c-f9fcf6098d26', 'Hellstar', 'hellstar');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6b449c8c-4cdd-5506-bc43-25b5692c3cd9', '64e7db50-4f85-5ef0-857c-f9fcf6098d26', 'keyword', 'Hellstar', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('712de721-a919-5c74-be80-938db4075860', 'Broken Planet', 'broken-planet');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b9583701-3162-5799-a933-d1bb4f66e2b7', '712de721-a919-5c74-be80-938db4075860', 'keyword', 'Broken Planet', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('1d10f8ee-3485-5b2a-b5de-9298e707b76c', 'Eric Emanuel', 'eric-emanuel');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e5a6b642-f5aa-5d24-a3f1-23907f211692', '1d10f8ee-3485-5b2a-b5de-9298e707b76c', 'keyword', 'Eric Emanuel', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('204b56d8-4fd7-5e4a-bd3b-cd266856372a', 'Vlone', 'vlone');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('9bb55226-a161-5d4a-9eac-daf75bc38d9a', '204b56d8-4fd7-5e4a-bd3b-cd266856372a', 'regex', '\bvlone\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('f3b3107d-cd5e-5885-b798-f74963184076', 'Human Made', 'human-made');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5a0c5b57-e849-5a5a-b90e-f682c14e7a9b', 'f3b3107d-cd5e-5885-b798-f74963184076', 'keyword', 'Human Made', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('48f9e358-f609-5d20-ab9c-154693976ef0', 'Brooks', 'brooks');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6946bc5e-f5cf-5b2d-8afb-9c834dc0bdfb', '48f9e358-f609-5d20-ab9c-154693976ef0', 'regex', '^brooks\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('1f2e8671-e8ba-599d-b186-ddbf04b29654', 'Merrell', 'merrell');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('12f85444-65b6-5c72-9e5d-6836bd9713d2', '1f2e8671-e8ba-599d-b186-ddbf04b29654', 'keyword', 'Merrell', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('a96ad8aa-6fd0-53d6-a39d-911aea6734b4', 'Oakley', 'oakley');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('90506ae4-6a2c-535a-a3f1-2e1a97986c7f', 'a96ad8aa-6fd0-53d6-a39d-911aea6734b4', 'keyword', 'Oakley', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('68af9ed0-9c39-57ea-8792-392407325535', 'Ray-Ban', 'ray-ban');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('df5e288d-2232-58e8-95a4-ad642650f45b', '68af9ed0-9c39-57ea-8792-392407325535', 'keyword', 'Ray-Ban', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('8c04f3cc-3cff-5691-b9ab-b7079fd365b6', 'Polo Ralph Lauren', 'polo-ralph-lauren');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('1354225d-6507-5053-afc1-726cc43f6f43', '8c04f3cc-3cff-5691-b9ab-b7079fd365b6', 'keyword', 'Ralph Lauren', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('8691b6c2-f2b9-5101-806c-c9853b3e6da5', 'Lululemon', 'lululemon');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('4854afd8-e9de-51c3-b73d-3aadfc9f9d06', '8691b6c2-f2b9-5101-806c-c9853b3e6da5', 'keyword', 'Lululemon', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('57a80393-7bca-5f88-a567-8b079753519e', 'Yeti', 'yeti');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('f356ac40-283f-5376-8e6c-1a52c3aee302', '57a80393-7bca-5f88-a567-8b079753519e', 'regex', '^yeti\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('5fcf23ce-1880-5e97-8b08-851666fd5f6a', 'Hot Wheels', 'hot-wheels');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('045c3108-9a22-5632-a8a5-a7db97e094e4', '5fcf23ce-1880-5e97-8b08-851666fd5f6a', 'keyword', 'Hot Wheels', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('7436b1b1-aee9-5001-95ae-744dc26eef75', 'Panini', 'panini');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('bd108c25-2e6b-5fdf-80d8-7117d05f7ed6', '7436b1b1-aee9-5001-95ae-744dc26eef75', 'keyword', 'Panini', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('51c819a5-80c8-5ff8-a539-79b4f52bdb41', '7436b1b1-aee9-5001-95ae-744dc26eef75', 'keyword', 'Prizm', 60);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('a40dd617-d38e-5d4e-94a6-989134459144', 'Topps', 'topps');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('2bbb6c73-56f9-522e-8a71-7b8b0bd1b1c6', 'a40dd617-d38e-5d4e-94a6-989134459144', 'keyword', 'Topps', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('d19d91c1-80f3-5f0e-a7d8-24533c706f00', 'Bandai', 'bandai');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('043cc48b-5c35-5803-a447-de8bf85e0c46', 'd19d91c1-80f3-5f0e-a7d8-24533c706f00', 'keyword', 'Bandai', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('81ed42c2-deae-52c5-b762-c41d6fda4316', 'd19d91c1-80f3-5f0e-a7d8-24533c706f00', 'keyword', 'Gundam', 50);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('a1589207-023b-5a06-8d46-1bd7c129d9fd', 'Mattel', 'mattel');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('9667a185-9927-5b33-b3e1-7754307ecb4e', 'a1589207-023b-5a06-8d46-1bd7c129d9fd', 'keyword', 'Mattel', 30);;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('6ef51234-d77d-5c6b-87f0-ed38b3e55223', 'a1589207-023b-5a06-8d46-1bd7c129d9fd', 'keyword', 'Barbie', 50);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('37704abb-52fd-5f99-97ea-2eac47b17c36', 'Hasbro', 'hasbro');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('2c0c2613-133f-51a2-a00e-94fd57861e00', '37704abb-52fd-5f99-97ea-2eac47b17c36', 'keyword', 'Hasbro', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('1972dcee-decc-57f8-b955-abc5b3fca1bc', 'Rimowa', 'rimowa');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('b8ffa582-2215-578f-956a-79828c30f361', '1972dcee-decc-57f8-b955-abc5b3fca1bc', 'keyword', 'Rimowa', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('c8b21acb-781a-56cd-a126-b1c9c0b50c32', 'Jacquemus', 'jacquemus');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('fee44379-31f8-5881-a707-742245279c46', 'c8b21acb-781a-56cd-a126-b1c9c0b50c32', 'keyword', 'Jacquemus', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('9b1f2923-3978-546a-a530-e23947215ad7', 'Celine', 'celine');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('142627e1-b614-53b8-87c1-8988ee608c50', '9b1f2923-3978-546a-a530-e23947215ad7', 'regex', '\bceline\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('8cc4beb0-b3e2-5de0-b88e-09a740111aaa', 'Saint Laurent', 'saint-laurent');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('626d60fb-5695-56bb-84a1-8c4b467546a5', '8cc4beb0-b3e2-5de0-b88e-09a740111aaa', 'keyword', 'Saint Laurent', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('1ed36806-1a3d-51ad-80fb-2a9265cc07fa', 'Burberry', 'burberry');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5d5b20cf-8798-5e73-8787-60921d7ee28a', '1ed36806-1a3d-51ad-80fb-2a9265cc07fa', 'keyword', 'Burberry', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('2455ce7c-3b13-5fb3-80c6-ec4ad41e73fb', 'Fendi', 'fendi');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('61448336-bb6d-5148-8615-872ffcfb18e4', '2455ce7c-3b13-5fb3-80c6-ec4ad41e73fb', 'regex', '\bfendi\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b80046d9-4835-5a7f-a181-f12499137aa1', 'Marc Jacobs', 'marc-jacobs');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('afecba80-0de9-5163-a70e-9119bf420e9b', 'b80046d9-4835-5a7f-a181-f12499137aa1', 'keyword', 'Marc Jacobs', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('b9dd7601-8738-5803-a30c-44fe905940d3', 'Coach', 'coach');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('56d61c66-6378-5338-95bc-81b8028c153e', 'b9dd7601-8738-5803-a30c-44fe905940d3', 'regex', '^coach\b', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('c59f1169-7733-5e2c-add6-c226f28b63ea', 'Takashi Murakami', 'takashi-murakami');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('5ae7cabd-da42-5b35-a505-7a93cf423ba1', 'c59f1169-7733-5e2c-add6-c226f28b63ea', 'keyword', 'Murakami', 30);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('8b7a25b5-a328-52ed-b143-f265abae7858', 'Fragment Design', 'fragment-design');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('e3f0af2a-a4d8-5550-90b6-d666ec787263', '8b7a25b5-a328-52ed-b143-f265abae7858', 'keyword', 'Fragment Design', 85);;
INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('fbf8acdc-ac35-51c3-aaa1-ec8cd1beac3c', 'Kate Spade', 'kate-spade');;
INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) VALUES ('21e45aec-4f3c-5d5d-98ea-5fe4550311dd', 'fbf8acdc-ac35-51c3-aaa1-ec8cd1beac3c', 'keyword', 'Kate Spade', 30);;
