-- Schema version 30: the server seals each audit entry as its transaction commits (docs/audit.md,
-- "Who writes the chain"). Until now the append trigger (schema versions 25 and 27) took the
-- chain's lock at the INSERT and kept it to the end of the transaction, so every other append
-- waited for the client's next round trip, its COMMIT, as well: under load (scripts/load.sh,
-- docs/performance.md) the lock's holder was idle in transaction, waiting for its client, in most
-- samples. Now:
--   * the INSERT checks the entry as before (no seq, time, link or hash of the client's; the
--     session's own officer; details a JSON object) and gives it a provisional, negative number
--     and no time, link or hash: unsealed;
--   * a deferred constraint trigger, fired by the COMMIT, seals the transaction's entries in the
--     order they were appended: it takes the chain's lock, reads the head, numbers, stamps and
--     hashes each entry as before. The lock is held for the sealing and the commit only.
-- No other session sees an unsealed entry (the sealing happens before the commit makes the rows
-- visible) and none is ever committed unsealed (a CHECK refuses it). A sealed entry can still be
-- neither changed nor deleted; sealing is the one update, and its values are the server's: an
-- UPDATE of an unsealed entry can change nothing of what the console sent.
ALTER TABLE audit_log
    ALTER COLUMN at_utc DROP NOT NULL,
    ALTER COLUMN prev_hash DROP NOT NULL,
    ALTER COLUMN hash DROP NOT NULL,
    ADD CONSTRAINT audit_log_sealed CHECK (
        (seq > 0 AND at_utc IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL)
        OR (seq < 0 AND at_utc IS NULL AND prev_hash IS NULL AND hash IS NULL));

CREATE SEQUENCE audit_log_unsealed;

-- The provisional number of an unsealed entry: the sequence is the owner's, whoever appends.
CREATE FUNCTION dpo_unsealed_audit_number() RETURNS BIGINT
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT -nextval('audit_log_unsealed')
$$;

-- The INSERT: schema version 27's checks, the entry left unsealed.
CREATE OR REPLACE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
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
    NEW.seq := dpo_unsealed_audit_number();
    -- Open consoles hear of the change when it commits (AuditService::kChangeChannel: ids only).
    PERFORM pg_notify('dpo_changes', NEW.entity || ':' || coalesce(NEW.entity_id, '') || ':'
                      || NEW.action || ':' || coalesce(NEW.subject_id, 0)::text);
    RETURN NEW;
END;
$$;

-- An UPDATE: refused for a sealed entry; for an unsealed one (the sealing below), the entry is
-- numbered, stamped and hashed here, under the chain's lock, whatever the UPDATE set.
CREATE FUNCTION audit_log_seal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq BIGINT;
    head_hash TEXT;
    head_at TEXT;
    stamped TIMESTAMPTZ;
    canonical TEXT;
    waited TEXT;
    holders TEXT;
BEGIN
    IF TG_OP <> 'UPDATE' OR OLD.seq > 0 THEN
        RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
    END IF;
    IF (NEW.officer_id, NEW.officer_username, NEW.action, NEW.entity, NEW.entity_id, NEW.subject_id, NEW.details)
        IS DISTINCT FROM (OLD.officer_id, OLD.officer_username, OLD.action, OLD.entity, OLD.entity_id, OLD.subject_id, OLD.details) THEN
        RAISE EXCEPTION 'audit_log is append-only: an unsealed entry is sealed as it was appended, not changed';
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
        FROM audit_log WHERE seq > 0 ORDER BY seq DESC LIMIT 1;
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

DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_seal();

-- At the COMMIT, each entry the transaction appended is sealed, in the order it was appended (the
-- owner's rights: no appending role may update the trail itself). An entry that came with its
-- seal (a restore by the owner with the append trigger lifted) is left as it is.
CREATE FUNCTION audit_log_seal_at_commit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.seq < 0 THEN
        UPDATE audit_log SET seq = seq WHERE seq = NEW.seq;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_log_seal_at_commit AFTER INSERT ON audit_log
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_log_seal_at_commit();
