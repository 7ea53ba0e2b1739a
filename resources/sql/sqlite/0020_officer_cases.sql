-- Schema version 20: cases the officer opens without a letter. For a subject under 18 (policy 9.1: data of
-- under-18s is not collected, and what is found is destroyed as soon as possible; 12.4: the user
-- confirms being 18 on registration). They are withdrawal-shaped cases (decided per category,
-- four eyes for a keep, executed in one transaction, recipients told) with the origin "minor":
-- opened by the officer (channel "officer"), in the state "opened" with no identity to verify,
-- rejected only as "not_a_minor", closed with a letter to the parent or guardian or, where no
-- address is known, with none. The case keeps the minor's name for that letter, which names them
-- after their data is gone, as a request keeps where its reply goes. And the retention review
-- (policy 6.2-6.3: nothing kept longer than its purpose): the origin "retention_review", opened
-- in the same way for a subject whose keep has ended or whose face photos and videos are held
-- after the consent was withdrawn or the account closed, for those categories; it writes to no
-- one and is never rejected: each category is destroyed or kept to a new date
-- (docs/retention.md). SQLite cannot change a CHECK in place: the
-- table is rebuilt as versions 18 and 19 rebuilt theirs (docs/schema.md).
CREATE TABLE withdrawal_requests_v20 (
    id                  INTEGER PRIMARY KEY,
    subject_id          INTEGER NOT NULL REFERENCES subjects (id),
    received_on         TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
    channel             TEXT NOT NULL CHECK (channel IN ('post', 'in_person', 'email_scan', 'e_signature', 'app_form', 'officer')),
    scope               TEXT NOT NULL CHECK (scope IN ('full', 'partial')),
    scope_note          TEXT,
    state               TEXT NOT NULL CHECK (state IN ('received', 'opened', 'identity_verified', 'decided', 'approved', 'executed', 'closed', 'rejected')),
    due_on              TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on AND due_on >= received_on),
    identity_method     TEXT CHECK (identity_method IN ('id_in_person', 'notarised_letter', 'account_face_check', 'other')),
    identity_note       TEXT,
    rejection_reason    TEXT CHECK (rejection_reason IN ('identity_not_established', 'not_written', 'not_this_holder', 'not_a_minor')),
    officer_id          INTEGER NOT NULL REFERENCES officers (id),
    registered_at       TEXT NOT NULL,
    closed_at           TEXT,
    reply_to_name       TEXT,
    reply_to_address    TEXT,
    rejection_note      TEXT,
    identity_verified_by INTEGER REFERENCES officers (id),
    executed_at         TEXT,
    executed_by         INTEGER REFERENCES officers (id),
    reply_sent_on       TEXT CHECK (reply_sent_on IS NULL OR date(reply_sent_on, '+0 days') IS reply_sent_on),
    reply_method        TEXT CHECK (reply_method IN ('post', 'hand_delivery', 'email', 'none')),
    reply_tracking      TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    form_ref            TEXT CHECK (form_ref IS NULL OR length(form_ref) BETWEEN 1 AND 200),
    form_sha256         TEXT CHECK (form_sha256 IS NULL OR (length(form_sha256) = 64 AND form_sha256 NOT GLOB '*[^0-9a-f]*')),
    open_tasks_override_by INTEGER REFERENCES officers (id),
    open_tasks_override_reason TEXT,
    origin              TEXT NOT NULL DEFAULT 'subject_request' CHECK (origin IN ('subject_request', 'minor', 'retention_review')),
    minor_name          TEXT CHECK (minor_name IS NULL OR length(trim(minor_name)) > 0),
    CHECK (state <> 'rejected' OR rejection_reason IS NOT NULL),
    CHECK (state IN ('received', 'rejected') OR identity_method IS NOT NULL OR origin <> 'subject_request'),
    CHECK ((origin <> 'subject_request') = (channel = 'officer')),
    CHECK (state <> 'opened' OR origin <> 'subject_request'),
    CHECK (origin = 'minor' OR (rejection_reason IS NOT 'not_a_minor' AND minor_name IS NULL)),
    CHECK (origin <> 'subject_request' OR reply_method IS NOT 'none'),
    CHECK (origin <> 'retention_review' OR (state <> 'rejected' AND scope = 'partial'))
);
INSERT INTO withdrawal_requests_v20 (id, subject_id, received_on, channel, scope, scope_note, state, due_on, identity_method, identity_note, rejection_reason, officer_id, registered_at, closed_at, reply_to_name, reply_to_address, rejection_note, identity_verified_by, executed_at, executed_by, reply_sent_on, reply_method, reply_tracking, version, form_ref, form_sha256, open_tasks_override_by, open_tasks_override_reason)
    SELECT id, subject_id, received_on, channel, scope, scope_note, state, due_on, identity_method, identity_note, rejection_reason, officer_id, registered_at, closed_at, reply_to_name, reply_to_address, rejection_note, identity_verified_by, executed_at, executed_by, reply_sent_on, reply_method, reply_tracking, version, form_ref, form_sha256, open_tasks_override_by, open_tasks_override_reason FROM withdrawal_requests;
DROP TABLE withdrawal_requests;
ALTER TABLE withdrawal_requests_v20 RENAME TO withdrawal_requests;
CREATE INDEX withdrawal_requests_subject ON withdrawal_requests (subject_id);
CREATE INDEX withdrawal_requests_state_due ON withdrawal_requests (state, due_on);
CREATE INDEX withdrawal_requests_due ON withdrawal_requests (due_on, state);
-- One open case of each kind the officer opens per subject: a second officer opening the same
-- subject's case is refused.
CREATE UNIQUE INDEX withdrawal_requests_open_officer_case ON withdrawal_requests (subject_id, origin) WHERE origin <> 'subject_request' AND state NOT IN ('closed', 'rejected');
-- The retention review's two lists (docs/retention.md) by index: the keeps by their end, the
-- closed accounts (few) by their closing.
CREATE INDEX subject_categories_kept ON subject_categories (kept_until) WHERE state = 'kept';
CREATE INDEX subjects_account_closed ON subjects (account_closed_at) WHERE account_closed_at IS NOT NULL;
