-- Issue 18: what an AI assistant keeps through soleflipper-mcp is stored as `memory.stored` events in
-- logging.event_store, as the seed's Memori service kept it, and found again by its words with each
-- database's full-text index: FTS5 on SQLite (kept by triggers, whoever writes the event), a GIN index over
-- to_tsvector('simple', …) on PostgreSQL. (pg_trgm ranked 100 000 memories in 115–450 ms; see mcp_bench.)
@sqlite CREATE VIRTUAL TABLE {{logging.memory_search}} USING fts5(content, event_id UNINDEXED, aggregate_id UNINDEXED, stored_at UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');;
@sqlite CREATE TRIGGER logging_memory_indexed AFTER INSERT ON {{logging.event_store}} WHEN NEW.event_type = 'memory.stored' BEGIN INSERT INTO {{logging.memory_search}} (content, event_id, aggregate_id, stored_at) VALUES (json_extract(NEW.event_data, '$.content'), NEW.id, NEW.aggregate_id, NEW.timestamp); END;;
@sqlite CREATE TRIGGER logging_memory_unindexed AFTER DELETE ON {{logging.event_store}} WHEN OLD.event_type = 'memory.stored' BEGIN DELETE FROM {{logging.memory_search}} WHERE event_id = OLD.id; END;;
-- The words are stored, not computed at each search: ranking 25 000 matches recomputed them in 146 ms.
@postgresql ALTER TABLE {{logging.event_store}} ADD COLUMN memory_words tsvector GENERATED ALWAYS AS (CASE WHEN event_type = 'memory.stored' THEN to_tsvector('simple', event_data ->> 'content') END) STORED;;
@postgresql CREATE INDEX idx_memory_words ON {{logging.event_store}} USING gin (memory_words) WHERE event_type = 'memory.stored';;
CREATE INDEX idx_event_store_type_time ON {{logging.event_store}} (event_type, timestamp);;
CREATE INDEX idx_event_store_type_aggregate ON {{logging.event_store}} (event_type, aggregate_id, timestamp);;
