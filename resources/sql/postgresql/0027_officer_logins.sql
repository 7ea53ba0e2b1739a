-- Schema version 27: each officer may be a database login of their own (docs/deployment.md,
-- "One login per officer"). An officer's db_login names the PostgreSQL role they connect as; the
-- server then knows who is asking and decides itself:
--   * an audit entry appended by a mapped login is in that officer's own name, or refused;
--   * the changes no group may make directly (officers, settings; resources/sql/postgresql/roles/
--     officer_groups.sql grants no UPDATE on them) go through the functions below, which check
--     the calling officer's role against the console's permission table and append the audit
--     entry in the same statement.
-- A login that is no officer's may call the functions only if it may already update the officers
-- directly: the shared role dpo_console of console_role.sql (kept until a team retires it,
-- retire_console_role.sql) and the owner. For them the functions act for the officer the console
-- names, as before: the server cannot tell who sits behind a shared password.
ALTER TABLE officers ADD COLUMN db_login TEXT UNIQUE CHECK (db_login IS NULL OR length(db_login) BETWEEN 1 AND 63);

-- The console's permission table (models/domain/Permissions.cpp) as the server knows it;
-- tst_postgresqlgroups checks that the two agree for every role and permission.
CREATE FUNCTION dpo_role_allows(p_role TEXT, p_permission TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
SELECT coalesce((SELECT CASE p_role WHEN 'administrator' THEN t.administrator
                                    WHEN 'supervisor' THEN t.supervisor
                                    WHEN 'officer' THEN t.officer
                                    WHEN 'auditor' THEN t.auditor END
    FROM (VALUES ('cases.work',      true, true,  true,  false),
                 ('keep.approve',    true, true,  false, false),
                 ('data.unblock',    true, true,  false, false),
                 ('calendar.edit',   true, true,  false, false),
                 ('subjects.import', true, true,  true,  false),
                 ('subjects.export', true, true,  true,  true),
                 ('settings.change', true, false, false, false),
                 ('officers.manage', true, false, false, false),
                 ('keys.manage',     true, false, false, false),
                 ('demo.generate',   true, false, false, false),
                 ('systems.manage',  true, false, false, false),
                 ('tasks.override',  true, true,  false, false),
                 ('data.read',       true, true,  true,  true),
                 ('audit.export',    true, true,  true,  true))
        AS t(code, administrator, supervisor, officer, auditor)
    WHERE t.code = p_permission), false)
$$;

-- The officer this session's login is; no row for a login that is no officer's.
CREATE FUNCTION dpo_session_officer()
RETURNS TABLE (id BIGINT, username TEXT, display_name TEXT, role TEXT, active SMALLINT,
               must_change_password SMALLINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT o.id, o.username, o.display_name, o.role, o.active, o.must_change_password
    FROM officers o WHERE o.db_login = session_user
$$;

-- The officer who acts, allowed `p_permission`: the session's own officer (who must be the one
-- the console names), or, for a login that may update the officers directly, the one named.
CREATE FUNCTION dpo_acting_officer(p_officer BIGINT, p_permission TEXT,
                                   OUT id BIGINT, OUT username TEXT, OUT role TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    is_active SMALLINT;
BEGIN
    SELECT o.id, o.username, o.role, o.active INTO id, username, role, is_active
        FROM officers o WHERE o.db_login = session_user;
    IF NOT FOUND THEN
        IF NOT has_table_privilege(session_user, 'officers', 'UPDATE') THEN
            RAISE EXCEPTION 'the database login % is no officer''s: an administrator maps it to an officer first', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT o.id, o.username, o.role, o.active INTO id, username, role, is_active
            FROM officers o WHERE o.id = p_officer;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'officer % does not exist', p_officer
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF id <> p_officer THEN
        RAISE EXCEPTION 'this session is officer % (login %), who cannot act as officer %', username, session_user, p_officer
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF is_active <> 1 THEN
        RAISE EXCEPTION 'the account of officer % is deactivated', username
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT dpo_role_allows(role, p_permission) THEN
        RAISE EXCEPTION 'officer % is % and may not %', username, role, p_permission
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

-- Details as the console writes them (QJsonDocument's compact form: keys in order, no spaces),
-- so that an export, which writes each entry's details anew, hashes to the same value. Flat
-- objects of strings, numbers and nulls only, as these functions make.
CREATE FUNCTION dpo_compact_json(p_details JSONB) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
SELECT '{' || coalesce(string_agg(to_json(key)::text || ':' || value::text, ',' ORDER BY key COLLATE "C"), '') || '}'
    FROM jsonb_each(p_details)
$$;

-- The audit entry of a change one of the functions below made, in the acting officer's name (the
-- append trigger numbers, stamps and hashes it).
CREATE FUNCTION dpo_audit_change(p_officer BIGINT, p_username TEXT, p_action TEXT, p_entity TEXT,
                                 p_entity_id TEXT, p_details TEXT) RETURNS void
LANGUAGE sql AS $$
INSERT INTO audit_log (officer_id, officer_username, action, entity, entity_id, subject_id, details)
    VALUES (p_officer, p_username, p_action, p_entity, p_entity_id, NULL, p_details)
$$;

-- The officer a change is about, locked until the change commits; refused when there is none.
CREATE FUNCTION dpo_target_officer(p_target BIGINT, OUT username TEXT, OUT role TEXT,
                                   OUT db_login TEXT)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT o.username, o.role, o.db_login INTO username, role, db_login
        FROM officers o WHERE o.id = p_target FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'officer % does not exist', p_target USING ERRCODE = 'no_data_found';
    END IF;
END;
$$;

-- Takes a login out of every officer group it is directly a member of, but `p_keep`.
CREATE FUNCTION dpo_revoke_groups(p_login TEXT, p_keep TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g TEXT;
BEGIN
    FOR g IN SELECT gr.rolname FROM pg_auth_members m
                 JOIN pg_roles gr ON gr.oid = m.roleid JOIN pg_roles lr ON lr.oid = m.member
             WHERE lr.rolname = p_login
               AND gr.rolname IN ('dpo_administrator', 'dpo_supervisor', 'dpo_officer', 'dpo_auditor')
               AND gr.rolname IS DISTINCT FROM p_keep LOOP
        EXECUTE format('REVOKE %I FROM %I', g, p_login);
    END LOOP;
END;
$$;

-- A login's groups follow its officer: the group of the officer's role while the account is
-- active, none otherwise (membership is checked at every statement, so a session already open
-- loses the old group's privileges at once). Needs the owner to administer the groups
-- (CREATEROLE, or each group granted to the owner WITH ADMIN OPTION; docs/deployment.md).
CREATE FUNCTION dpo_sync_login(p_officer BIGINT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    o RECORD;
BEGIN
    SELECT db_login, role, active INTO o FROM officers WHERE officers.id = p_officer;
    IF o.db_login IS NULL THEN
        RETURN;
    END IF;
    PERFORM dpo_revoke_groups(o.db_login, CASE WHEN o.active = 1 THEN 'dpo_' || o.role END);
    IF o.active = 1 AND NOT EXISTS (SELECT FROM pg_auth_members m
                                    WHERE m.roleid = ('dpo_' || o.role)::regrole
                                      AND m.member = quote_ident(o.db_login)::regrole) THEN
        EXECUTE format('GRANT %I TO %I', 'dpo_' || o.role, o.db_login);
    END IF;
END;
$$;

-- The four above only carry out what a checked function decided: no one calls them directly.
REVOKE EXECUTE ON FUNCTION dpo_audit_change(BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT),
    dpo_target_officer(BIGINT), dpo_revoke_groups(TEXT, TEXT), dpo_sync_login(BIGINT) FROM PUBLIC;

-- A new officer (their login, if any, is mapped afterwards), with its audit entry.
CREATE FUNCTION dpo_create_officer(p_officer BIGINT, p_username TEXT, p_display_name TEXT,
                                   p_role TEXT, p_password_hash TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    created BIGINT;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'officers.manage');
    INSERT INTO officers (username, display_name, role, password_hash, active, created_at)
        VALUES (p_username, p_display_name, p_role, p_password_hash, 1, clock_timestamp())
        RETURNING officers.id INTO created;
    PERFORM dpo_audit_change(me.id, me.username, 'officer.create', 'officer', created::text,
                             dpo_compact_json(jsonb_build_object('username', p_username, 'role', p_role)));
    RETURN created;
END;
$$;

-- An officer's console password reset to a temporary one they must change, the lock lifted, with
-- its audit entry (never the password). Not for an officer with a login of their own: that
-- login's password is the server's to set.
CREATE FUNCTION dpo_reset_password(p_officer BIGINT, p_target BIGINT, p_password_hash TEXT)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    target_name TEXT;
    login TEXT;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'officers.manage');
    SELECT db_login INTO login FROM officers WHERE officers.id = p_target;
    IF login IS NOT NULL THEN
        RAISE EXCEPTION 'this officer connects with the database login %, whose password is set on the server (ALTER ROLE ... PASSWORD), not by the console', login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE officers SET password_hash = p_password_hash, must_change_password = 1,
                        failed_sign_ins = 0, locked_until = NULL, lockouts = 0, version = version + 1
        WHERE officers.id = p_target RETURNING officers.username INTO target_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'officer % does not exist', p_target USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM dpo_audit_change(me.id, me.username, 'officer.password_reset', 'officer', p_target::text,
                             dpo_compact_json(jsonb_build_object('username', target_name)));
END;
$$;

-- An officer's role changed, with its audit entry.
CREATE FUNCTION dpo_change_officer_role(p_officer BIGINT, p_target BIGINT, p_role TEXT)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    target RECORD;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'officers.manage');
    SELECT * INTO target FROM dpo_target_officer(p_target);
    IF p_target = me.id THEN
        RAISE EXCEPTION 'an administrator cannot change their own role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF target.role = p_role THEN
        RETURN;
    END IF;
    UPDATE officers SET role = p_role, version = version + 1 WHERE officers.id = p_target;
    PERFORM dpo_sync_login(p_target);
    PERFORM dpo_audit_change(me.id, me.username, 'officer.role_change', 'officer', p_target::text,
                             dpo_compact_json(jsonb_build_object('from', target.role, 'to', p_role, 'username', target.username)));
END;
$$;

-- An officer's account deactivated or made active again, with its audit entry; a deactivated
-- login may no longer connect, and its open sessions lose their group at once.
CREATE FUNCTION dpo_set_officer_active(p_officer BIGINT, p_target BIGINT, p_active BOOLEAN)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    target RECORD;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'officers.manage');
    SELECT * INTO target FROM dpo_target_officer(p_target);
    IF p_target = me.id AND NOT p_active THEN
        RAISE EXCEPTION 'an officer cannot deactivate their own account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE officers SET active = CASE WHEN p_active THEN 1 ELSE 0 END, version = version + 1
        WHERE officers.id = p_target;
    PERFORM dpo_sync_login(p_target);
    IF target.db_login IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', target.db_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
    PERFORM dpo_audit_change(me.id, me.username,
                             CASE WHEN p_active THEN 'officer.activate' ELSE 'officer.deactivate' END,
                             'officer', p_target::text, dpo_compact_json(jsonb_build_object('username', target.username)));
END;
$$;

-- An existing login becomes an officer's (or none, with NULL), with its audit entry. The login
-- may not be one that could give itself any privilege back (a superuser, a role creator).
CREATE FUNCTION dpo_map_officer_login(p_officer BIGINT, p_target BIGINT, p_login TEXT)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    target RECORD;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'officers.manage');
    SELECT * INTO target FROM dpo_target_officer(p_target);
    IF p_login IS NOT NULL AND NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'there is no database login %', p_login USING ERRCODE = 'undefined_object';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolcreaterole OR rolbypassrls)) THEN
        RAISE EXCEPTION 'the login % is a superuser or may create roles: an officer''s login may not be', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF target.db_login IS NOT DISTINCT FROM p_login THEN
        RETURN;
    END IF;
    IF target.db_login IS NOT NULL THEN
        PERFORM dpo_revoke_groups(target.db_login, NULL);
    END IF;
    -- The console's own password is no longer this officer's (the login's is): a reset of it
    -- pending would otherwise bar every action.
    UPDATE officers SET db_login = p_login, version = version + 1,
                        must_change_password = CASE WHEN p_login IS NULL THEN must_change_password ELSE 0 END
        WHERE officers.id = p_target;
    PERFORM dpo_sync_login(p_target);
    -- A transaction left open (psql at lunch) or a statement run away is ended by the server:
    -- the console's own are one user action each, seconds at most.
    IF p_login IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login, '5min');
        EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_login, '15min');
    END IF;
    PERFORM dpo_audit_change(me.id, me.username, 'officer.map_login', 'officer', p_target::text,
                             dpo_compact_json(jsonb_build_object('username', target.username, 'from', target.db_login, 'to', p_login)));
END;
$$;

-- A console setting changed, with its audit entry (the console checks the bounds and reads the
-- value clamped to them whatever is stored).
CREATE FUNCTION dpo_change_setting(p_officer BIGINT, p_key TEXT, p_value INTEGER) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    before TEXT;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'settings.change');
    SELECT value INTO before FROM console_settings WHERE key = p_key FOR UPDATE;
    IF before IS NOT DISTINCT FROM p_value::text THEN
        RETURN;
    END IF;
    INSERT INTO console_settings (key, value) VALUES (p_key, p_value::text)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    PERFORM dpo_audit_change(me.id, me.username, 'settings.change', 'setting', p_key,
                             dpo_compact_json(jsonb_build_object('from', CASE WHEN before ~ '^-?[0-9]{1,9}$' THEN before::integer END,
                                               'to', p_value)));
END;
$$;

-- A new export-signing key (its public half; the private key stays in the administrator's file),
-- with its audit entry.
CREATE FUNCTION dpo_add_signing_key(p_officer BIGINT, p_fingerprint TEXT, p_public_key_pem TEXT,
                                    p_certificate_pem TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'keys.manage');
    INSERT INTO signing_keys (fingerprint, public_key_pem, created_at, created_by, active, certificate_pem)
        VALUES (p_fingerprint, p_public_key_pem, clock_timestamp(), me.id, 1, p_certificate_pem);
    PERFORM dpo_audit_change(me.id, me.username, 'signing_key.create', 'signing_key', p_fingerprint,
                             dpo_compact_json(jsonb_build_object('fingerprint', p_fingerprint)));
END;
$$;

-- An active key's certificate replaced (the console has read the certificate and checked that it
-- is the key's and valid now; what it read, `p_details`, goes into the audit entry).
CREATE FUNCTION dpo_set_signing_certificate(p_officer BIGINT, p_fingerprint TEXT,
                                            p_certificate_pem TEXT, p_details TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'keys.manage');
    UPDATE signing_keys SET certificate_pem = p_certificate_pem
        WHERE fingerprint = p_fingerprint AND active = 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active signing key has the fingerprint %', p_fingerprint
            USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM dpo_audit_change(me.id, me.username, 'signing_key.certificate', 'signing_key', p_fingerprint,
                             p_details);
END;
$$;

-- The audit trigger of schema version 25, and two things more: an entry appended by an officer's
-- own login is in that officer's name, and every entry is announced to the open consoles.
CREATE OR REPLACE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq BIGINT;
    head_hash TEXT;
    head_at TEXT;
    stamped TIMESTAMPTZ;
    canonical TEXT;
    waited TEXT;
    holders TEXT;
    me_id BIGINT;
    me_name TEXT;
BEGIN
    IF NEW.seq IS NOT NULL OR NEW.at_utc IS NOT NULL OR NEW.prev_hash IS NOT NULL
        OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit entries are numbered, stamped and hashed by the server: an insert into audit_log gives no seq, at_utc, prev_hash or hash'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT s.id, s.username INTO me_id, me_name FROM dpo_session_officer() s;
    IF FOUND AND (NEW.officer_id IS DISTINCT FROM me_id OR NEW.officer_username IS DISTINCT FROM me_name) THEN
        RAISE EXCEPTION 'this session is officer % (login %): the audit entries it appends are in that name, not %',
            me_name, session_user, NEW.officer_username
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.details IS NULL OR NEW.details = '' THEN
        NEW.details := '{}';
    ELSIF jsonb_typeof(NEW.details::jsonb) <> 'object' THEN
        RAISE EXCEPTION 'an audit entry''s details are a JSON object, not %', jsonb_typeof(NEW.details::jsonb)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- A session that holds the chain (a transaction left open in psql, a console stopped in a
    -- debugger) makes the others wait at most 15 seconds, then refuses them with this message,
    -- whatever lock_timeout they set: no one idle transaction freezes every officer.
    waited := current_setting('lock_timeout');
    PERFORM set_config('lock_timeout', '15s', true);
    BEGIN
        PERFORM pg_advisory_xact_lock(4922521534737959252);
    EXCEPTION WHEN lock_not_available THEN
        SELECT string_agg(pid::text, ', ') INTO holders FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND classid = 1146113857
              AND objid = 1430538580 AND objsubid = 1;
        RAISE EXCEPTION 'the audit trail has been held by another session for 15 seconds (server process %): try again; nothing was written',
            coalesce(holders, '?')
            USING ERRCODE = 'lock_not_available';
    END;
    PERFORM set_config('lock_timeout', waited, true);
    SELECT seq, hash, at_utc INTO head_seq, head_hash, head_at
        FROM audit_log ORDER BY seq DESC LIMIT 1;
    stamped := clock_timestamp();
    IF head_seq IS NULL THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    ELSIF stamped < head_at::timestamptz THEN
        RAISE EXCEPTION 'the server''s clock (%) is behind the audit trail''s last entry % (%): set the clock right; nothing was written',
            stamped AT TIME ZONE 'UTC', head_seq, head_at;
    END IF;
    NEW.seq := head_seq + 1;
    NEW.prev_hash := head_hash;
    NEW.at_utc := to_char(stamped AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    canonical := '{"action":' || to_json(NEW.action)::text
        || ',"at":' || to_json(NEW.at_utc)::text
        || ',"details":' || NEW.details
        || ',"entity":' || to_json(NEW.entity)::text
        || ',"entity_id":' || CASE WHEN coalesce(NEW.entity_id, '') = '' THEN 'null'
                                   ELSE to_json(NEW.entity_id)::text END
        || ',"officer":' || to_json(NEW.officer_username)::text
        || ',"officer_id":' || CASE WHEN NEW.officer_id > 0 THEN NEW.officer_id::text ELSE 'null' END
        || ',"prev_hash":' || to_json(NEW.prev_hash)::text
        || ',"seq":' || NEW.seq::text
        || ',"subject_id":' || CASE WHEN NEW.subject_id > 0 THEN NEW.subject_id::text ELSE 'null' END
        || '}';
    NEW.hash := encode(sha256(convert_to(canonical, 'UTF8')), 'hex');
    -- Open consoles hear of the change when it commits (AuditService::kChangeChannel: ids only),
    -- whoever appended it: a console, or one of the functions above.
    PERFORM pg_notify('dpo_changes', NEW.entity || ':' || coalesce(NEW.entity_id, '') || ':'
                      || NEW.action || ':' || coalesce(NEW.subject_id, 0)::text);
    RETURN NEW;
END;
$$;
