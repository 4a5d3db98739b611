-- Marketplace syncs: one row per run of a job (StockX orders, listings, catalog ...), with the page it
-- reached, so a failed or cancelled run is resumed where it stopped and the sync panel can say when
-- each job last succeeded.
CREATE TABLE {{integration.sync_runs}} (
    id {{uuid}} PRIMARY KEY,
    service VARCHAR(30) NOT NULL,
    job VARCHAR(30) NOT NULL,
    status VARCHAR(20) NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    range_from {{date}},
    range_to {{date}},
    checkpoint {{json}},
    pages INTEGER NOT NULL DEFAULT 0 CHECK (pages >= 0),
    created_count INTEGER NOT NULL DEFAULT 0 CHECK (created_count >= 0),
    updated_count INTEGER NOT NULL DEFAULT 0 CHECK (updated_count >= 0),
    unchanged_count INTEGER NOT NULL DEFAULT 0 CHECK (unchanged_count >= 0),
    rejected_count INTEGER NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
    error_message VARCHAR(1000),
    started_at {{ts}} NOT NULL,
    finished_at {{ts}},
    created_at {{ts}} NOT NULL DEFAULT {{now}},
    updated_at {{ts}} NOT NULL DEFAULT {{now}}
);;
CREATE INDEX idx_sync_runs_job ON {{integration.sync_runs}} (service, job, started_at);;
