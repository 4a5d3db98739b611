-- Team mode: every sync run, log line and event names the operator whose client wrote it (the OS user
-- and host, or the name set in Settings), so a team sees who runs a sync and who changed what.
ALTER TABLE {{integration.sync_runs}} ADD COLUMN operator VARCHAR(200);;
ALTER TABLE {{logging.system_logs}} ADD COLUMN operator VARCHAR(200);;
ALTER TABLE {{logging.event_store}} ADD COLUMN operator VARCHAR(200);;
