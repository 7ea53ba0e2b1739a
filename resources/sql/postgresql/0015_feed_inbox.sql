-- Schema version 15: the change feed's inbox (docs/feed.md, "The inbox"). On a server the
-- platform's own role (roles/platform_role.sql) may insert an event's JSON text here and do
-- nothing else: the time it arrived and its state are the server's (column privileges leave the
-- role only `body`). `dpo-console feed run` applies the pending events in order and records each
-- one's outcome; a rejected event holds back the later events of the same subject until an
-- officer retries or dismisses it. Every insert wakes the worker (NOTIFY dpo_feed_inbox).
CREATE TABLE feed_inbox (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body           TEXT NOT NULL CHECK (octet_length(body) <= 1048576),
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'skipped', 'refused', 'rejected', 'dismissed')),
    subject_ref    TEXT COLLATE "C",
    reason         TEXT,
    processed_at   TIMESTAMPTZ,
    batch_id       BIGINT REFERENCES feed_batches (id),
    CHECK ((state = 'pending') = (processed_at IS NULL)),
    CHECK (state NOT IN ('rejected', 'dismissed') OR reason IS NOT NULL)
);
CREATE INDEX feed_inbox_pending ON feed_inbox (seq) WHERE state = 'pending';
CREATE INDEX feed_inbox_rejected ON feed_inbox (subject_ref) WHERE state = 'rejected';

CREATE FUNCTION feed_inbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dpo_feed_inbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER feed_inbox_notify AFTER INSERT ON feed_inbox
    FOR EACH STATEMENT EXECUTE FUNCTION feed_inbox_notify();
