-- Schema version 15: the change feed's inbox (docs/feed.md, "The inbox"). Same table as on
-- PostgreSQL, where the platform's own role writes it; a single-user SQLite file has no such
-- role, and `dpo-console feed run` polls instead of being woken.
CREATE TABLE feed_inbox (
    seq            INTEGER PRIMARY KEY,
    body           TEXT NOT NULL CHECK (length(CAST(body AS BLOB)) <= 1048576),
    received_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'skipped', 'refused', 'rejected', 'dismissed')),
    subject_ref    TEXT,
    reason         TEXT,
    processed_at   TEXT,
    batch_id       INTEGER REFERENCES feed_batches (id),
    CHECK ((state = 'pending') = (processed_at IS NULL)),
    CHECK (state NOT IN ('rejected', 'dismissed') OR reason IS NOT NULL)
);
CREATE INDEX feed_inbox_pending ON feed_inbox (seq) WHERE state = 'pending';
CREATE INDEX feed_inbox_rejected ON feed_inbox (subject_ref) WHERE state = 'rejected';
