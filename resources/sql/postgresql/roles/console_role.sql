-- The role DPO Console connects as on a shared PostgreSQL server (docs/audit.md, "Roles on
-- PostgreSQL"). Run once per consent database, as its owner, after `dpo-console init` made the
-- schema:
--     psql -d consent -f resources/sql/postgresql/roles/console_role.sql
--     psql -d consent -c "\password dpo_console"
-- The console's role may read and write the data, but it may not UPDATE, DELETE or TRUNCATE the
-- audit trail, nor disable its triggers (only the owner can ALTER the table): the append-only rule
-- holds even against a console, or a person, holding the console's password.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dpo_console') THEN
        CREATE ROLE dpo_console LOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dpo_console', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO dpo_console;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dpo_console;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dpo_console;
-- Append-only: read and add entries, nothing else.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM dpo_console;
-- The register of outgoing letters (schema version 12) likewise: a number once given stays.
DO $$
BEGIN
    IF to_regclass('outgoing_letters') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON outgoing_letters FROM dpo_console;
    END IF;
END
$$;
-- The anchors of the audit chain (schema version 24) likewise: a time-stamp once kept stays.
DO $$
BEGIN
    IF to_regclass('audit_anchors') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_anchors FROM dpo_console;
    END IF;
END
$$;
-- The number of subjects (schema version 31) is the server's to keep, by its triggers, as
-- subjects are added: read only.
DO $$
BEGIN
    IF to_regclass('subject_total') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON subject_total FROM dpo_console;
    END IF;
END
$$;
-- The schema belongs to the owner, who migrates it with `dpo-console init`: the console's role
-- creates, alters and drops nothing (PostgreSQL 15 no longer lets every role create in public;
-- older servers did, hence the explicit REVOKE).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM dpo_console;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM dpo_console;
-- Tables a later schema version adds are the console's to use too; run this script again after
-- each upgrade all the same (docs/deployment.md): it is idempotent.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO dpo_console;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO dpo_console;
