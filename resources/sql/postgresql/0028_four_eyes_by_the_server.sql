-- Schema version 28: four eyes, kept by the server. Keeping a category under a withdrawal request
-- (policy 12.1.4) needs a supervisor's approval (WithdrawalService::approve), and the table already
-- refuses an approval by the officer who proposed it (schema version 1). For a session with an
-- officer's own login (schema version 27) this trigger also binds the names to the session: a
-- decision is proposed in the session officer's own name and its proposer never changes after
-- (found by tst_postgresqlgroups: a supervisor could make another's proposal their own), and it
-- is approved only by the session's officer, whose role allows it (keep.approve), so that no
-- officer, from plain SQL, writes a supervisor's name as the approver. Sessions of the shared role
-- or the owner are as before.
CREATE FUNCTION withdrawal_decision_names() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me_id BIGINT;
    me_name TEXT;
    me_role TEXT;
BEGIN
    SELECT s.id, s.username, s.role INTO me_id, me_name, me_role FROM dpo_session_officer() s;
    IF NOT FOUND THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.proposed_by IS DISTINCT FROM me_id THEN
        RAISE EXCEPTION 'this session is officer %: a decision it proposes is in that name', me_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.proposed_by IS DISTINCT FROM OLD.proposed_by THEN
        RAISE EXCEPTION 'a decision''s proposer stays who proposed it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.approved_by IS NOT NULL
        AND (TG_OP = 'INSERT' OR NEW.approved_by IS DISTINCT FROM OLD.approved_by) THEN
        IF NEW.approved_by <> me_id THEN
            RAISE EXCEPTION 'this session is officer %: an approval it records is in that name', me_name
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT dpo_role_allows(me_role, 'keep.approve') THEN
            RAISE EXCEPTION 'officer % is % and may not approve keeping data', me_name, me_role
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER withdrawal_decision_names BEFORE INSERT OR UPDATE ON withdrawal_decisions
    FOR EACH ROW EXECUTE FUNCTION withdrawal_decision_names();
