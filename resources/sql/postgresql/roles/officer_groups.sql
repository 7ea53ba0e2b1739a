-- The four group roles of a team whose officers connect with logins of their own
-- (docs/deployment.md, "One login per officer"). Run once per consent database, as its owner (who
-- needs CREATEROLE to make the groups and to move officers between them), after `dpo-console init`
-- made the schema, and again after each upgrade (it is idempotent):
--     psql -d consent -f resources/sql/postgresql/roles/officer_groups.sql
-- Each group may what the console's permission table lets its role do (models/domain/
-- Permissions.cpp), checked by tst_postgresqlgroups from plain SQL as each group:
--   dpo_auditor        reads everything but the password hashes and the erasure salt; appends
--                      audit entries in its own name only (its exports are audited too)
--   dpo_officer        and works on the cases: every data table but those below
--   dpo_supervisor     and edits the working-day calendar
--   dpo_administrator  and the platform's data systems
-- No group may change officers, settings or signing keys, nor UPDATE or DELETE the audit trail,
-- the register of letters or the anchors: those changes go through the functions of schema
-- version 27, which check the caller's role and audit the change in the same statement.
DO $$
DECLARE
    g TEXT;
BEGIN
    FOREACH g IN ARRAY ARRAY['dpo_auditor', 'dpo_officer', 'dpo_supervisor', 'dpo_administrator'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), g);
    END LOOP;
END
$$;
-- Each group has what the one below it has (granted once: a second GRANT only says so).
DO $$
DECLARE
    pair TEXT[];
BEGIN
    FOREACH pair SLICE 1 IN ARRAY ARRAY[['dpo_auditor', 'dpo_officer'], ['dpo_officer', 'dpo_supervisor'],
                                        ['dpo_supervisor', 'dpo_administrator']] LOOP
        IF NOT EXISTS (SELECT FROM pg_auth_members m
                       WHERE m.roleid = pair[1]::regrole AND m.member = pair[2]::regrole) THEN
            EXECUTE format('GRANT %I TO %I', pair[1], pair[2]);
        END IF;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA public TO dpo_auditor;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO dpo_auditor;
REVOKE SELECT ON officers, erasure_salt FROM dpo_auditor;
GRANT SELECT (id, username, display_name, role, active, created_at, failed_sign_ins, locked_until,
              must_change_password, version, lockouts, db_login) ON officers TO dpo_auditor;
GRANT INSERT ON audit_log TO dpo_auditor;

GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dpo_officer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dpo_officer;
-- Erasing a subject keeps keyed digests of its identifiers (schema version 14).
GRANT SELECT ON erasure_salt TO dpo_officer;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON officers, console_settings, signing_keys, erasure_salt,
    schema_migrations, calendar_days, data_systems, data_system_categories FROM dpo_officer;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, outgoing_letters, audit_anchors FROM dpo_officer;
-- The number of subjects (schema version 31) is kept by the server's triggers: read only.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON subject_total FROM dpo_officer;

GRANT INSERT, UPDATE, DELETE ON calendar_days TO dpo_supervisor;

GRANT INSERT, UPDATE, DELETE ON data_systems, data_system_categories TO dpo_administrator;
