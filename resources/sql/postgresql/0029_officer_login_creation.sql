-- Schema version 29: the console creates an officer's login itself, and an officer changes their
-- login's password from the console (docs/deployment.md, "One login per officer"). The console
-- sends a SCRAM-SHA-256 verifier (models/security/ScramVerifier.cpp), as libpq's
-- PQencryptPasswordConn would, never the password: the functions below take nothing else, so no
-- statement, server log or pg_stat_activity row ever holds an officer's password. Needs the owner
-- to create roles (CREATEROLE, as schema version 27's functions do; on PostgreSQL 16 and later
-- the owner then holds ADMIN OPTION on each login it creates).

-- Refuses anything but a verifier of the form ScramVerifier::make writes.
CREATE FUNCTION dpo_require_verifier(p_verifier TEXT) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_verifier IS NULL
        OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{1,9}:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$' THEN
        RAISE EXCEPTION 'a login''s password reaches the server as a SCRAM-SHA-256 verifier, never as itself'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END;
$$;

-- A new login for an officer who has none, member of their role's group, with its audit entry
-- (and the mapping's). The password the administrator chose is a first one: the officer chooses
-- their own at the first sign-in.
CREATE FUNCTION dpo_create_officer_login(p_officer BIGINT, p_target BIGINT, p_login TEXT,
                                         p_verifier TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
    target RECORD;
BEGIN
    SELECT * INTO me FROM dpo_acting_officer(p_officer, 'officers.manage');
    SELECT * INTO target FROM dpo_target_officer(p_target);
    PERFORM dpo_require_verifier(p_verifier);
    -- An officer's user name (OfficerService::validateUsername) that is also a role's name.
    IF p_login IS NULL OR p_login !~ '^[a-z0-9][a-z0-9._-]{1,62}$' OR p_login ~ '^(pg_|dpo_)' THEN
        RAISE EXCEPTION 'a new login''s name is 2 to 63 lower-case Latin letters, digits, dots, hyphens or underscores, not starting with pg_ or dpo_; "%" is not',
            p_login USING ERRCODE = 'invalid_name';
    END IF;
    IF target.db_login IS NOT NULL THEN
        RAISE EXCEPTION 'officer % already connects with the login %', target.username, target.db_login
            USING ERRCODE = 'duplicate_object';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the database login % exists already: map it to the officer instead', p_login
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'NOBYPASSRLS PASSWORD %L', p_login, p_verifier);
    PERFORM dpo_audit_change(me.id, me.username, 'officer.login_create', 'officer', p_target::text,
                             dpo_compact_json(jsonb_build_object('username', target.username, 'login', p_login)));
    PERFORM dpo_map_officer_login(p_officer, p_target, p_login);
    UPDATE officers SET must_change_password = 1 WHERE officers.id = p_target;
END;
$$;

-- The session's own login's password changed (the console has checked the current one by
-- connecting with it), the pending change cleared, with its audit entry (never the password).
CREATE FUNCTION dpo_change_own_login_password(p_verifier TEXT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me RECORD;
BEGIN
    SELECT s.id, s.username, s.active INTO me FROM dpo_session_officer() s;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the database login % is no officer''s: its password is the server administrator''s to set', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me.active <> 1 THEN
        RAISE EXCEPTION 'the account of officer % is deactivated', me.username
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM dpo_require_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
    UPDATE officers SET must_change_password = 0, version = version + 1 WHERE officers.id = me.id;
    PERFORM dpo_audit_change(me.id, me.username, 'officer.password_change', 'officer', me.id::text, '{}');
END;
$$;
