-- Schema version 17: the platform's data systems and the tasks that carry the officer's decisions
-- to them (docs/systems.md, docs/tasks.md). A system holds some data categories and is confirmed
-- for by its worker (through the task outbox) or by a person; a backup rotates its copies out
-- after a number of days. Executing a withdrawal writes one task per system, category and action,
-- and one per recipient to tell; each is open until it is confirmed done (or failed, then retried).
-- The subject's platform reference rides on the task, since the console's own copy of it is
-- replaced at execution, and is removed from the task once it is done.
CREATE TABLE data_systems (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9_.-]*' AND substr(code, 1, 1) GLOB '[a-z0-9]'),
    name            TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind            TEXT NOT NULL CHECK (kind IN ('core_database', 'photo_store', 'video_archive', 'crm', 'analytics', 'backup', 'other')),
    confirmed_by    TEXT NOT NULL CHECK (confirmed_by IN ('worker', 'person')),
    owner           TEXT NOT NULL CHECK (length(trim(owner)) BETWEEN 1 AND 200),
    rotation_days   INTEGER CHECK (rotation_days BETWEEN 1 AND 3650),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((kind = 'backup') = (rotation_days IS NOT NULL))
);

CREATE TABLE data_system_categories (
    system_id       INTEGER NOT NULL REFERENCES data_systems (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    PRIMARY KEY (system_id, category_code)
);

CREATE TABLE tasks (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('system', 'recipient_notice')),
    request_id      INTEGER NOT NULL REFERENCES withdrawal_requests (id),
    subject_id      INTEGER NOT NULL REFERENCES subjects (id),
    subject_ref     TEXT,
    system_id       INTEGER REFERENCES data_systems (id),
    category_code   TEXT REFERENCES data_categories (code),
    action          TEXT CHECK (action IN ('destroy', 'depersonalise', 'block')),
    notice_id       INTEGER REFERENCES recipient_notices (id),
    instruction     TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'failed')),
    created_at      TEXT NOT NULL,
    due_on          TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on),
    attempt         INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    outcome_at      TEXT,
    outcome_note    TEXT,
    recorded_at     TEXT,
    recorded_by     TEXT,
    evidence_id     INTEGER REFERENCES attachments (id),
    CHECK ((kind = 'system') = (system_id IS NOT NULL AND category_code IS NOT NULL AND action IS NOT NULL)),
    CHECK ((kind = 'recipient_notice') = (notice_id IS NOT NULL)),
    CHECK ((state = 'open') = (outcome_at IS NULL)),
    CHECK ((state = 'open') = (recorded_at IS NULL)),
    CHECK (state <> 'failed' OR length(trim(outcome_note)) > 0),
    UNIQUE (request_id, system_id, category_code),
    UNIQUE (request_id, notice_id)
);
CREATE INDEX tasks_open ON tasks (due_on, id) WHERE state <> 'done';
CREATE INDEX tasks_subject ON tasks (subject_id);

-- A request closed while a task was still open: the supervisor who allowed it and why.
ALTER TABLE withdrawal_requests ADD COLUMN open_tasks_override_by INTEGER REFERENCES officers (id);
ALTER TABLE withdrawal_requests ADD COLUMN open_tasks_override_reason TEXT;
INSERT INTO console_settings (key, value) VALUES ('task_due_working_days', '5');
