-- Schema version 7: the work on a written withdrawal request, from the letter to the reply
-- (docs/withdrawals.md): who verified the identity, the named purposes and categories of a
-- partial withdrawal, the decisions' ground details and approval time, the tombstones of
-- destroyed data, the recipients told, the reply, and the console's settings.
-- Where the reply goes, taken from the letter: the subject's own name and address may be destroyed
-- by the request itself.
ALTER TABLE withdrawal_requests ADD COLUMN reply_to_name TEXT;
ALTER TABLE withdrawal_requests ADD COLUMN reply_to_address TEXT;
ALTER TABLE withdrawal_requests ADD COLUMN rejection_note TEXT;
ALTER TABLE withdrawal_requests ADD COLUMN identity_verified_by INTEGER REFERENCES officers (id);
ALTER TABLE withdrawal_requests ADD COLUMN executed_at TEXT;
ALTER TABLE withdrawal_requests ADD COLUMN executed_by INTEGER REFERENCES officers (id);
ALTER TABLE withdrawal_requests ADD COLUMN reply_sent_on TEXT CHECK (reply_sent_on IS NULL OR date(reply_sent_on, '+0 days') IS reply_sent_on);
ALTER TABLE withdrawal_requests ADD COLUMN reply_method TEXT CHECK (reply_method IN ('post', 'hand_delivery', 'email'));
ALTER TABLE withdrawal_requests ADD COLUMN reply_tracking TEXT;

CREATE TABLE withdrawal_request_purposes (
    request_id      INTEGER NOT NULL REFERENCES withdrawal_requests (id),
    purpose_code    TEXT NOT NULL REFERENCES processing_purposes (code),
    PRIMARY KEY (request_id, purpose_code)
) WITHOUT ROWID;

CREATE TABLE withdrawal_request_categories (
    request_id      INTEGER NOT NULL REFERENCES withdrawal_requests (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    PRIMARY KEY (request_id, category_code)
) WITHOUT ROWID;

-- The paragraph of Art. 15, or the other law named, of a keep decision.
ALTER TABLE withdrawal_decisions ADD COLUMN ground_detail TEXT;
ALTER TABLE withdrawal_decisions ADD COLUMN approved_at TEXT;

-- What remains of destroyed data: whose, what, when, by whom, under which request.
CREATE TABLE destruction_records (
    id              INTEGER PRIMARY KEY,
    subject_id      INTEGER NOT NULL REFERENCES subjects (id),
    category_code   TEXT NOT NULL REFERENCES data_categories (code),
    request_id      INTEGER NOT NULL REFERENCES withdrawal_requests (id),
    destroyed_at    TEXT NOT NULL,
    destroyed_by    INTEGER NOT NULL REFERENCES officers (id)
);
CREATE INDEX destruction_records_subject ON destruction_records (subject_id);

-- Each recipient that received a withdrawn category (policy 4.1-4.5, 6.4), and when and how it was told.
CREATE TABLE recipient_notices (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES withdrawal_requests (id),
    recipient_id    INTEGER NOT NULL REFERENCES recipients (id),
    categories      TEXT NOT NULL CHECK (length(categories) > 0),
    notified_on     TEXT CHECK (notified_on IS NULL OR date(notified_on, '+0 days') IS notified_on),
    method          TEXT CHECK (method IN ('email', 'post', 'hand_delivery', 'platform', 'phone')),
    note            TEXT,
    recorded_by     INTEGER REFERENCES officers (id),
    recorded_at     TEXT,
    UNIQUE (request_id, recipient_id),
    CHECK ((notified_on IS NULL) = (method IS NULL))
);

CREATE TABLE console_settings (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
);
INSERT INTO console_settings (key, value) VALUES ('withdrawal_target_days', '30');

-- A withdrawal removes the subject's contacts from the notices of disclosures too.
CREATE INDEX notifications_subject ON notifications (subject_id);
