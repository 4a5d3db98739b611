-- Team mode: who may do what is PostgreSQL's own business. Three group roles; each operator logs in as
-- a user of their own that is a member of one of them (README, "Team server"):
--   soleflipper_viewer    reads everything;
--   soleflipper_operator  a viewer who also adds and changes rows (imports, syncs, edits, purchases) and
--                         clears the bookkeeping the jobs rebuild; never deletes records or changes settings;
--   soleflipper_admin     an operator who also deletes, changes settings and the schema.
-- Roles belong to the whole server, so they are made only when missing; a server account without
-- CREATEROLE (some managed servers) skips this with a warning and stays a one-login server.
@postgresql DO $$
DECLARE
    s text;
BEGIN
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'soleflipper_viewer') THEN
            CREATE ROLE soleflipper_viewer NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'soleflipper_operator') THEN
            CREATE ROLE soleflipper_operator NOLOGIN IN ROLE soleflipper_viewer;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'soleflipper_admin') THEN
            CREATE ROLE soleflipper_admin NOLOGIN IN ROLE soleflipper_operator;
        END IF;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'SoleFlipper: this account may not create roles; team roles were not set up';
        RETURN;
    END;
    FOREACH s IN ARRAY ARRAY['catalog', 'inventory', 'supplier', 'platform', 'sales', 'pricing', 'analytics',
                             'integration', 'logging', 'core'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO soleflipper_viewer', s);
        EXECUTE format('GRANT CREATE ON SCHEMA %I TO soleflipper_admin', s);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO soleflipper_viewer', s);
        EXECUTE format('GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA %I TO soleflipper_operator', s);
        EXECUTE format('GRANT DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA %I TO soleflipper_admin', s);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO soleflipper_operator', s);
        -- Tables of later migrations (run by this same account) get the same grants.
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO soleflipper_viewer', s);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE ON TABLES TO soleflipper_operator', s);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLES '
                       'TO soleflipper_admin', s);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO soleflipper_operator', s);
    END LOOP;
    -- What the everyday jobs clear and rebuild.
    GRANT DELETE ON integration.sync_rejections, core.supplier_performance, analytics.pricing_kpis
        TO soleflipper_operator;
    -- Settings are the admin's. An operator may still pull the auto-repricing kill switch (but not switch
    -- it on), and the repricing schedule keeps its own bookkeeping in the same table.
    ALTER TABLE core.system_config ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS everyone_reads ON core.system_config;
    CREATE POLICY everyone_reads ON core.system_config FOR SELECT USING (true);
    DROP POLICY IF EXISTS admin_writes ON core.system_config;
    CREATE POLICY admin_writes ON core.system_config TO soleflipper_admin USING (true) WITH CHECK (true);
    DROP POLICY IF EXISTS operator_adds ON core.system_config;
    CREATE POLICY operator_adds ON core.system_config FOR INSERT TO soleflipper_operator
        WITH CHECK (key IN ('pricing.reprice_last_run', 'pricing.reprice_last_summary')
                    OR (key = 'pricing.auto_reprice' AND value = 'off'));
    DROP POLICY IF EXISTS operator_changes ON core.system_config;
    CREATE POLICY operator_changes ON core.system_config FOR UPDATE TO soleflipper_operator
        USING (key IN ('pricing.reprice_last_run', 'pricing.reprice_last_summary', 'pricing.auto_reprice'))
        WITH CHECK (key IN ('pricing.reprice_last_run', 'pricing.reprice_last_summary')
                    OR (key = 'pricing.auto_reprice' AND value = 'off'));
END
$$;;
