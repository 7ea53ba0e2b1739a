-- Schema version 25: the server writes the audit chain (docs/audit.md, "Who writes the chain").
-- A console sends an entry's officer, action, entity, entity id, subject and details only; this
-- trigger takes the chain's lock (the advisory lock AuditService::kChainLockKey), reads the head,
-- numbers the entry, stamps it with the server's clock, and hashes it over the same canonical
-- serialisation the console verifies (AuditVerifier::canonical): sorted keys, no whitespace,
-- strings escaped as JSON, the details' text as sent. An insert that brings its own number, time,
-- link or hash is refused, so that a session holding the console's password cannot append a
-- back-dated or forged entry; nor can the server's clock step back behind the last entry. The
-- table's owner can lift the trigger (as it can the append-only ones of schema version 1); the
-- console's role cannot (console_role.sql).
CREATE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq BIGINT;
    head_hash TEXT;
    head_at TEXT;
    stamped TIMESTAMPTZ;
    canonical TEXT;
    waited TEXT;
    holders TEXT;
BEGIN
    IF NEW.seq IS NOT NULL OR NEW.at_utc IS NOT NULL OR NEW.prev_hash IS NOT NULL
        OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit entries are numbered, stamped and hashed by the server: an insert into audit_log gives no seq, at_utc, prev_hash or hash'
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
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_append BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append();
