-- DPO Console schema version 1 (SQLite). Same logical schema as postgresql/0001_initial.sql;
-- documented table by table in docs/schema.md. Dates are ISO-8601 text (YYYY-MM-DD; the
-- CHECKs use date(x, '+0 days'), which also refuses 30 February),
-- instants are ISO-8601 UTC text (YYYY-MM-DDTHH:MM:SS.zzzZ); CHECKs keep them well-formed.

CREATE TABLE officers (
    id             INTEGER PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 64 AND username NOT GLOB '*[^a-z0-9._-]*'),
    display_name   TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    role           TEXT NOT NULL CHECK (role IN ('administrator', 'supervisor', 'officer', 'auditor')),
    password_hash  TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL
);

CREATE TABLE policy_versions (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    effective_from  TEXT NOT NULL CHECK (date(effective_from, '+0 days') IS effective_from),
    title           TEXT NOT NULL
);

CREATE TABLE data_categories (
    code            TEXT PRIMARY KEY,
    policy_clause   TEXT NOT NULL,
    name_ky         TEXT NOT NULL,
    name_ru         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    sort_order      INTEGER NOT NULL
);

CREATE TABLE processing_purposes (
    code            TEXT PRIMARY KEY,
    policy_clause   TEXT NOT NULL,
    name_ky         TEXT NOT NULL,
    name_ru         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    sort_order      INTEGER NOT NULL
);

CREATE TABLE subjects (
    id                  INTEGER PRIMARY KEY,
    platform_ref        TEXT NOT NULL UNIQUE CHECK (length(platform_ref) BETWEEN 1 AND 64),
    inn                 TEXT UNIQUE CHECK (length(inn) = 14 AND inn NOT GLOB '*[^0-9]*'),
    surname             TEXT,
    given_name          TEXT,
    patronymic          TEXT,
    surname_fold        TEXT,
    given_name_fold     TEXT,
    patronymic_fold     TEXT,
    birth_date          TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
    sex                 TEXT CHECK (sex IN ('F', 'M')),
    phone               TEXT CHECK (phone IS NULL OR phone GLOB '+[0-9]*'),
    email               TEXT CHECK (email IS NULL OR email LIKE '%_@_%'),
    registration_address TEXT,
    residence_address   TEXT,
    region              TEXT,
    preferred_language  TEXT NOT NULL DEFAULT 'ky' CHECK (preferred_language IN ('ky', 'ru')),
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'depersonalised', 'destroyed')),
    created_at          TEXT NOT NULL,
    -- Only a depersonalised or destroyed record may lack the identifying fields.
    CHECK (status IN ('depersonalised', 'destroyed')
           OR (inn IS NOT NULL AND surname IS NOT NULL AND given_name IS NOT NULL
               AND surname_fold IS NOT NULL AND given_name_fold IS NOT NULL))
);
CREATE INDEX subjects_surname_fold ON subjects (surname_fold, id);
CREATE INDEX subjects_given_name_fold ON subjects (given_name_fold, id);
CREATE INDEX subjects_patronymic_fold ON subjects (patronymic_fold, id);
CREATE INDEX subjects_phone ON subjects (phone);
CREATE INDEX subjects_status ON subjects (status, id);
CREATE INDEX subjects_birth_date ON subjects (birth_date);

CREATE TABLE consents (
    id                  INTEGER PRIMARY KEY,
    subject_id          INTEGER NOT NULL REFERENCES subjects (id),
    policy_version_id   INTEGER NOT NULL REFERENCES policy_versions (id),
    given_at            TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('mobile_app', 'web', 'branch', 'paper', 'import')),
    withdrawn_at        TEXT CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at),
    UNIQUE (subject_id, policy_version_id)
);
CREATE INDEX consents_given_at ON consents (given_at);
CREATE INDEX consents_withdrawn ON consents (withdrawn_at) WHERE withdrawn_at IS NOT NULL;



CREATE TABLE subject_categories (
    subject_id      INTEGER NOT NULL REFERENCES subjects (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    state           TEXT NOT NULL DEFAULT 'held' CHECK (state IN ('held', 'blocked', 'depersonalised', 'destroyed', 'kept')),
    kept_until      TEXT CHECK (kept_until IS NULL OR date(kept_until, '+0 days') IS kept_until),
    legal_ground    TEXT,
    changed_at      TEXT,
    PRIMARY KEY (subject_id, category_code),
    CHECK (state <> 'kept' OR (kept_until IS NOT NULL AND legal_ground IS NOT NULL))
) WITHOUT ROWID;

CREATE TABLE recipients (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('fco', 'leasing', 'trading', 'state_body', 'local_body', 'credit_bureau', 'mobile_operator', 'non_state_body', 'other')),
    inn             TEXT CHECK (inn IS NULL OR inn NOT GLOB '*[^0-9]*'),
    address         TEXT,
    contact_email   TEXT,
    platform_participant INTEGER NOT NULL DEFAULT 0 CHECK (platform_participant IN (0, 1))
);

CREATE TABLE transfers (
    id              INTEGER PRIMARY KEY,
    subject_id      INTEGER NOT NULL REFERENCES subjects (id),
    recipient_id    INTEGER NOT NULL REFERENCES recipients (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    purpose_code    TEXT NOT NULL REFERENCES processing_purposes (code),
    transferred_at  TEXT NOT NULL
);
CREATE INDEX transfers_subject ON transfers (subject_id);
CREATE INDEX transfers_recipient ON transfers (recipient_id, transferred_at);

CREATE TABLE withdrawal_requests (
    id                  INTEGER PRIMARY KEY,
    subject_id          INTEGER NOT NULL REFERENCES subjects (id),
    received_on         TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
    channel             TEXT NOT NULL CHECK (channel IN ('post', 'in_person', 'email_scan', 'e_signature', 'app_form')),
    scope               TEXT NOT NULL CHECK (scope IN ('full', 'partial')),
    scope_note          TEXT,
    state               TEXT NOT NULL CHECK (state IN ('received', 'identity_verified', 'decided', 'approved', 'executed', 'closed', 'rejected')),
    due_on              TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on AND due_on >= received_on),
    identity_method     TEXT CHECK (identity_method IN ('id_in_person', 'notarised_letter', 'account_face_check', 'other')),
    identity_note       TEXT,
    rejection_reason    TEXT CHECK (rejection_reason IN ('identity_not_established', 'not_written', 'not_this_holder')),
    officer_id          INTEGER NOT NULL REFERENCES officers (id),
    registered_at       TEXT NOT NULL,
    closed_at           TEXT,
    CHECK (state <> 'rejected' OR rejection_reason IS NOT NULL),
    CHECK (state IN ('received', 'rejected') OR identity_method IS NOT NULL)
);
CREATE INDEX withdrawal_requests_subject ON withdrawal_requests (subject_id);
CREATE INDEX withdrawal_requests_state_due ON withdrawal_requests (state, due_on);

CREATE TABLE withdrawal_decisions (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES withdrawal_requests (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    action          TEXT NOT NULL CHECK (action IN ('destroy', 'depersonalise', 'block', 'keep')),
    legal_ground    TEXT,
    justification   TEXT NOT NULL CHECK (length(trim(justification)) > 0),
    keep_until      TEXT CHECK (keep_until IS NULL OR date(keep_until, '+0 days') IS keep_until),
    proposed_by     INTEGER NOT NULL REFERENCES officers (id),
    approved_by     INTEGER REFERENCES officers (id),
    executed_at     TEXT,
    UNIQUE (request_id, category_code),
    CHECK (action <> 'keep' OR (legal_ground IS NOT NULL AND keep_until IS NOT NULL)),
    CHECK (approved_by IS NULL OR approved_by <> proposed_by)
);

-- A consent covers every purpose of its policy version; a partial withdrawal names purposes.
CREATE TABLE consent_purpose_withdrawals (
    consent_id      INTEGER NOT NULL REFERENCES consents (id),
    purpose_code    TEXT NOT NULL REFERENCES processing_purposes (code),
    withdrawn_at    TEXT NOT NULL,
    request_id      INTEGER REFERENCES withdrawal_requests (id),
    PRIMARY KEY (consent_id, purpose_code)
);

CREATE TABLE claims (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('pretrial_claim', 'access_request')),
    subject_id          INTEGER REFERENCES subjects (id),
    claimant_name       TEXT NOT NULL CHECK (length(trim(claimant_name)) > 0),
    claimant_contact    TEXT,
    received_on         TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
    channel             TEXT NOT NULL CHECK (channel IN ('post', 'in_person', 'email', 'app_form')),
    subject_matter      TEXT NOT NULL CHECK (length(trim(subject_matter)) > 0),
    due_on              TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on AND due_on >= received_on),
    state               TEXT NOT NULL CHECK (state IN ('open', 'answer_drafted', 'answer_sent', 'closed')),
    outcome             TEXT CHECK (outcome IN ('satisfied', 'partly_satisfied', 'refused')),
    outcome_reason      TEXT,
    answer_sent_on      TEXT CHECK (answer_sent_on IS NULL OR date(answer_sent_on, '+0 days') IS answer_sent_on),
    answer_method       TEXT CHECK (answer_method IN ('post', 'hand_delivery', 'email')),
    answer_tracking     TEXT,
    answer_text         TEXT,
    officer_id          INTEGER NOT NULL REFERENCES officers (id),
    registered_at       TEXT NOT NULL,
    CHECK (state NOT IN ('answer_sent', 'closed') OR (answer_sent_on IS NOT NULL AND answer_method IS NOT NULL)),
    CHECK (state <> 'closed' OR outcome IS NOT NULL)
);
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_state_due ON claims (state, due_on);

CREATE TABLE disclosures (
    id                  INTEGER PRIMARY KEY,
    recipient_id        INTEGER NOT NULL REFERENCES recipients (id),
    ground              TEXT NOT NULL CHECK (ground IN ('vital_interests', 'state_request', 'law')),
    request_number      TEXT,
    request_date        TEXT CHECK (request_date IS NULL OR date(request_date, '+0 days') IS request_date),
    request_body        TEXT,
    law_reference       TEXT,
    disclosed_on        TEXT NOT NULL CHECK (date(disclosed_on, '+0 days') IS disclosed_on),
    outside_platform    INTEGER NOT NULL DEFAULT 1 CHECK (outside_platform IN (0, 1)),
    note                TEXT,
    officer_id          INTEGER NOT NULL REFERENCES officers (id),
    registered_at       TEXT NOT NULL,
    CHECK (ground <> 'state_request' OR (request_number IS NOT NULL AND request_date IS NOT NULL AND request_body IS NOT NULL)),
    CHECK (ground <> 'law' OR law_reference IS NOT NULL)
);
CREATE INDEX disclosures_disclosed_on ON disclosures (disclosed_on);

CREATE TABLE disclosure_subjects (
    disclosure_id   INTEGER NOT NULL REFERENCES disclosures (id),
    subject_id      INTEGER NOT NULL REFERENCES subjects (id),
    PRIMARY KEY (disclosure_id, subject_id)
) WITHOUT ROWID;
CREATE INDEX disclosure_subjects_subject ON disclosure_subjects (subject_id);

CREATE TABLE disclosure_categories (
    disclosure_id   INTEGER NOT NULL REFERENCES disclosures (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    PRIMARY KEY (disclosure_id, category_code)
) WITHOUT ROWID;

CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    disclosure_id   INTEGER NOT NULL,
    subject_id      INTEGER NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'telegram', 'whatsapp', 'sms', 'platform', 'post')),
    address         TEXT NOT NULL CHECK (length(trim(address)) > 0),
    language        TEXT NOT NULL CHECK (language IN ('ky', 'ru')),
    body            TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'delivered', 'failed', 'unknown')),
    queued_at       TEXT NOT NULL,
    sent_at         TEXT,
    state_at        TEXT NOT NULL,
    state_note      TEXT,
    tracking_number TEXT,
    FOREIGN KEY (disclosure_id, subject_id) REFERENCES disclosure_subjects (disclosure_id, subject_id),
    CHECK (state IN ('queued') OR sent_at IS NOT NULL OR state = 'failed')
);
CREATE INDEX notifications_disclosure_subject ON notifications (disclosure_id, subject_id);
CREATE INDEX notifications_state ON notifications (state);

-- A document belongs to exactly one request, claim or disclosure.
CREATE TABLE attachments (
    id                      INTEGER PRIMARY KEY,
    withdrawal_request_id   INTEGER REFERENCES withdrawal_requests (id),
    claim_id                INTEGER REFERENCES claims (id),
    disclosure_id           INTEGER REFERENCES disclosures (id),
    file_name               TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type              TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/tiff')),
    size_bytes              INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 20971520),
    sha256                  TEXT NOT NULL CHECK (length(sha256) = 64),
    content                 BLOB NOT NULL,
    uploaded_at             TEXT NOT NULL,
    uploaded_by             INTEGER NOT NULL REFERENCES officers (id),
    CHECK ((withdrawal_request_id IS NOT NULL) + (claim_id IS NOT NULL) + (disclosure_id IS NOT NULL) = 1)
);
CREATE INDEX attachments_withdrawal ON attachments (withdrawal_request_id) WHERE withdrawal_request_id IS NOT NULL;
CREATE INDEX attachments_claim ON attachments (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX attachments_disclosure ON attachments (disclosure_id) WHERE disclosure_id IS NOT NULL;

CREATE TABLE calendar_days (
    day             TEXT PRIMARY KEY CHECK (date(day, '+0 days') IS day),
    kind            TEXT NOT NULL CHECK (kind IN ('holiday', 'day_off', 'working_day')),
    name            TEXT NOT NULL,
    decree          TEXT
);

-- Append-only hash chain; see docs/audit.md.
CREATE TABLE audit_log (
    seq             INTEGER PRIMARY KEY,
    at_utc          TEXT NOT NULL,
    officer_id      INTEGER REFERENCES officers (id),
    officer_username TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       TEXT,
    subject_id      INTEGER,
    details         TEXT NOT NULL,
    prev_hash       TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash            TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_subject ON audit_log (subject_id, seq) WHERE subject_id IS NOT NULL;
CREATE INDEX audit_log_at ON audit_log (at_utc);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE is refused');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE is refused');
END;
