-- Schema version 14: the platform's change feed (docs/feed.md). Recipients get the code the feed
-- names them by; a subject records when the platform closed their account; a withdrawal request
-- signed in the app keeps its form's reference and digest. Every event applied (or refused) is
-- remembered by its id, so that a file applied twice changes nothing the second time; each file
-- or inbox run is a batch. Events the officer must look at (data of an erased subject coming
-- back, a minor, a transfer of withdrawn data, a change to blocked data) are flags. An erased
-- subject's identifiers are kept only as salted digests, so that the feed can refuse to bring
-- them back without the console keeping them.
ALTER TABLE recipients ADD COLUMN code TEXT CHECK (code IS NULL OR length(code) BETWEEN 1 AND 64);
CREATE UNIQUE INDEX recipients_code ON recipients (code);
ALTER TABLE subjects ADD COLUMN account_closed_at TEXT;
ALTER TABLE withdrawal_requests ADD COLUMN form_ref TEXT CHECK (form_ref IS NULL OR length(form_ref) BETWEEN 1 AND 200);
ALTER TABLE withdrawal_requests ADD COLUMN form_sha256 TEXT CHECK (form_sha256 IS NULL OR (length(form_sha256) = 64 AND form_sha256 NOT GLOB '*[^0-9a-f]*'));

CREATE TABLE feed_batches (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL CHECK (source IN ('file', 'inbox')),
    name            TEXT NOT NULL,
    sha256          TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    officer_id      INTEGER NOT NULL REFERENCES officers (id),
    applied_at      TEXT NOT NULL
);

CREATE TABLE feed_events (
    event_id        TEXT PRIMARY KEY CHECK (length(event_id) BETWEEN 1 AND 200),
    type            TEXT NOT NULL,
    at              TEXT NOT NULL,
    outcome         TEXT NOT NULL CHECK (outcome IN ('applied', 'refused')),
    batch_id        INTEGER NOT NULL REFERENCES feed_batches (id)
) WITHOUT ROWID;

CREATE TABLE feed_flags (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL,
    batch_id        INTEGER NOT NULL REFERENCES feed_batches (id),
    kind            TEXT NOT NULL CHECK (kind IN ('reidentification', 'minor', 'transfer_after_withdrawal', 'blocked_data', 'erased_data', 'consent_after_withdrawal')),
    subject_id      INTEGER REFERENCES subjects (id),
    detail          TEXT NOT NULL,
    flagged_at      TEXT NOT NULL,
    reviewed_at     TEXT,
    reviewed_by     INTEGER REFERENCES officers (id),
    review_note     TEXT,
    CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL))
);
CREATE INDEX feed_flags_open ON feed_flags (reviewed_at, id);
CREATE INDEX feed_flags_subject ON feed_flags (subject_id) WHERE subject_id IS NOT NULL;

CREATE TABLE erasure_salt (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    salt            TEXT NOT NULL CHECK (length(salt) = 64)
);
INSERT INTO erasure_salt (id, salt) VALUES (1, lower(hex(randomblob(32))));

CREATE TABLE erased_identifiers (
    kind            TEXT NOT NULL CHECK (kind IN ('platform_ref', 'inn', 'phone')),
    digest          TEXT NOT NULL CHECK (length(digest) = 64),
    subject_id      INTEGER NOT NULL REFERENCES subjects (id),
    erased_at       TEXT NOT NULL,
    PRIMARY KEY (kind, digest)
) WITHOUT ROWID;
