-- Schema version 21: a subject's request to correct their data (policy 12.3, 1.1.7), a kind of
-- claim of its own (docs/claims.md, "Rectification"). Each corrected field is a row: its new
-- value (the subject's data as the case changed it, cleared when a later withdrawal removes the
-- category) and the old value only as a salted digest; each recipient that received the field's
-- category is told, and when and how is recorded. SQLite cannot change a CHECK in place: the
-- claims table is rebuilt, as version 19 did (docs/schema.md, "Rebuilding a table on SQLite").
CREATE TABLE claims_v21 (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('pretrial_claim', 'access_request', 'authority_request', 'rectification_request')),
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
    refusal_paragraph   TEXT CHECK (refusal_paragraph IS NULL OR length(trim(refusal_paragraph)) BETWEEN 1 AND 20),
    version             INTEGER NOT NULL DEFAULT 1,
    authority           TEXT CHECK (authority IN ('state_agency', 'ombudsman')),
    request_number      TEXT CHECK (request_number IS NULL OR length(trim(request_number)) BETWEEN 1 AND 64),
    request_date        TEXT CHECK (request_date IS NULL OR date(request_date, '+0 days') IS request_date),
    CHECK (state NOT IN ('answer_sent', 'closed') OR (answer_sent_on IS NOT NULL AND answer_method IS NOT NULL)),
    CHECK (state <> 'closed' OR outcome IS NOT NULL),
    CHECK ((kind = 'authority_request') = (authority IS NOT NULL)),
    CHECK (kind <> 'authority_request' OR (request_number IS NOT NULL AND request_date IS NOT NULL AND request_date <= received_on)),
    CHECK (kind <> 'rectification_request' OR subject_id IS NOT NULL)
);
INSERT INTO claims_v21 (id, kind, subject_id, claimant_name, claimant_contact, received_on, channel, subject_matter, due_on, state, outcome, outcome_reason, answer_sent_on, answer_method, answer_tracking, answer_text, officer_id, registered_at, refusal_paragraph, version, authority, request_number, request_date)
    SELECT id, kind, subject_id, claimant_name, claimant_contact, received_on, channel, subject_matter, due_on, state, outcome, outcome_reason, answer_sent_on, answer_method, answer_tracking, answer_text, officer_id, registered_at, refusal_paragraph, version, authority, request_number, request_date FROM claims;
DROP TABLE claims;
ALTER TABLE claims_v21 RENAME TO claims;
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_state_due ON claims (state, due_on);
CREATE INDEX claims_due ON claims (due_on, state);

CREATE TABLE claim_corrections (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claims (id),
    field           TEXT NOT NULL CHECK (field IN ('surname', 'given_name', 'patronymic', 'birth_date', 'sex', 'inn', 'id_document', 'phone', 'email', 'residence_address', 'registration_address')),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    new_value       TEXT,
    old_digest      TEXT CHECK (old_digest IS NULL OR length(old_digest) = 64),
    new_digest      TEXT NOT NULL CHECK (length(new_digest) = 64),
    corrected_at    TEXT NOT NULL,
    corrected_by    INTEGER NOT NULL REFERENCES officers (id),
    UNIQUE (claim_id, field)
);

CREATE TABLE claim_recipient_notices (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claims (id),
    recipient_id    INTEGER NOT NULL REFERENCES recipients (id),
    categories      TEXT NOT NULL CHECK (length(categories) > 0),
    notified_on     TEXT CHECK (notified_on IS NULL OR date(notified_on, '+0 days') IS notified_on),
    method          TEXT CHECK (method IN ('email', 'post', 'hand_delivery', 'platform', 'phone')),
    note            TEXT,
    recorded_by     INTEGER REFERENCES officers (id),
    recorded_at     TEXT,
    UNIQUE (claim_id, recipient_id),
    CHECK ((notified_on IS NULL) = (method IS NULL))
);
