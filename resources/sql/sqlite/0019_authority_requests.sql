-- Schema version 19: requests of the State Agency for Personal Data Protection and of the
-- Ombudsman (Akyikatchy), which the holder answers within a week (Law No. 58 Art. 17(g)): a kind
-- of claim of their own, with the body, the request's number and date (docs/claims.md). SQLite
-- cannot change a CHECK in place: the claims table is rebuilt, as version 18 rebuilt the
-- disclosures (docs/schema.md, "Rebuilding a table on SQLite").
CREATE TABLE claims_v19 (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('pretrial_claim', 'access_request', 'authority_request')),
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
    CHECK (kind <> 'authority_request' OR (request_number IS NOT NULL AND request_date IS NOT NULL AND request_date <= received_on))
);
INSERT INTO claims_v19 (id, kind, subject_id, claimant_name, claimant_contact, received_on, channel, subject_matter, due_on, state, outcome, outcome_reason, answer_sent_on, answer_method, answer_tracking, answer_text, officer_id, registered_at, refusal_paragraph, version)
    SELECT id, kind, subject_id, claimant_name, claimant_contact, received_on, channel, subject_matter, due_on, state, outcome, outcome_reason, answer_sent_on, answer_method, answer_tracking, answer_text, officer_id, registered_at, refusal_paragraph, version FROM claims;
DROP TABLE claims;
ALTER TABLE claims_v19 RENAME TO claims;
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_state_due ON claims (state, due_on);
CREATE INDEX claims_due ON claims (due_on, state);
