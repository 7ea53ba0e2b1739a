-- Retires the shared role dpo_console once every active officer connects with a login of their own
-- (docs/deployment.md, "Moving a team from dpo_console to its own logins"). Run as the owner, once
-- `officer_groups.sql` has run and an administrator has given each officer their login
-- (`dpo-console officers map-login`):
--     psql -d consent -f resources/sql/postgresql/roles/retire_console_role.sql
-- It refuses, changing nothing, while an active officer has no login; otherwise the role may no
-- longer connect and keeps no privilege here (a session still open is refused at its next
-- statement: privileges are checked at each). Needs CREATEROLE, as officer_groups.sql. Idempotent.
DO $$
DECLARE
    missing TEXT;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dpo_console') THEN
        RETURN;
    END IF;
    SELECT string_agg(username, ', ' ORDER BY username) INTO missing
        FROM officers WHERE active = 1 AND db_login IS NULL;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'these active officers have no login of their own yet: %; nothing was changed', missing;
    END IF;
    ALTER ROLE dpo_console NOLOGIN;
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM dpo_console;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM dpo_console;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM dpo_console;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM dpo_console;
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM dpo_console', current_database());
END
$$;
