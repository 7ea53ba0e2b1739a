-- The role the platform's own systems connect as to hand the console their changes (docs/feed.md,
-- "The inbox"). Run once per consent database, as its owner, after `dpo-console init` made the
-- schema (version 15 or later), and again after each upgrade (it is idempotent):
--     psql -d consent -f resources/sql/postgresql/roles/platform_role.sql
--     psql -d consent -c "\password dpo_platform"
-- The role may add an event's text to the inbox and nothing else: it reads nothing (not even the
-- inbox, not even what it wrote), changes nothing, and cannot choose an event's time or state.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dpo_platform') THEN
        CREATE ROLE dpo_platform LOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dpo_platform', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO dpo_platform;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM dpo_platform;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM dpo_platform;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM dpo_platform;
GRANT INSERT (body) ON feed_inbox TO dpo_platform;
REVOKE CREATE ON SCHEMA public FROM dpo_platform;
