-- Schema version 18: a disclosure may also rest on the subject's consent or on an international
-- treaty (policy preamble and 1.1.6: a transfer follows the policy, the laws of the Kyrgyz
-- Republic and international treaties), and records its purpose; each recipient has a country,
-- so that a transfer abroad shows as one (docs/disclosures.md). SQLite cannot change a CHECK in
-- place: the disclosures table is rebuilt, which the migrator does with foreign keys off and
-- checked whole before the step commits (docs/schema.md).
CREATE TABLE countries (
    code            TEXT PRIMARY KEY CHECK (length(code) = 2 AND code NOT GLOB '*[^A-Z]*'),
    name_ky         TEXT NOT NULL,
    name_ru         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    sort_order      INTEGER NOT NULL
) WITHOUT ROWID;
-- The recipients' default: its row comes first, the rest of the list is shared (common/).
INSERT INTO countries (code, name_ky, name_ru, name_en, sort_order) VALUES ('KG', 'Кыргыз Республикасы', 'Кыргызская Республика', 'Kyrgyz Republic', 0);
ALTER TABLE recipients ADD COLUMN country TEXT NOT NULL DEFAULT 'KG' REFERENCES countries (code);

CREATE TABLE disclosures_v18 (
    id                  INTEGER PRIMARY KEY,
    recipient_id        INTEGER NOT NULL REFERENCES recipients (id),
    ground              TEXT NOT NULL CHECK (ground IN ('vital_interests', 'state_request', 'law', 'consent', 'treaty')),
    request_number      TEXT,
    request_date        TEXT CHECK (request_date IS NULL OR date(request_date, '+0 days') IS request_date),
    request_body        TEXT,
    law_reference       TEXT,
    disclosed_on        TEXT NOT NULL CHECK (date(disclosed_on, '+0 days') IS disclosed_on),
    outside_platform    INTEGER NOT NULL DEFAULT 1 CHECK (outside_platform IN (0, 1)),
    note                TEXT,
    officer_id          INTEGER NOT NULL REFERENCES officers (id),
    registered_at       TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    purpose             TEXT CHECK (purpose IS NULL OR length(trim(purpose)) > 0),
    consent_reference   TEXT,
    treaty_reference    TEXT,
    CHECK (ground <> 'state_request' OR (request_number IS NOT NULL AND request_date IS NOT NULL AND request_body IS NOT NULL)),
    CHECK (ground <> 'law' OR law_reference IS NOT NULL),
    CHECK (ground <> 'consent' OR consent_reference IS NOT NULL),
    CHECK (ground <> 'treaty' OR treaty_reference IS NOT NULL)
);
INSERT INTO disclosures_v18 (id, recipient_id, ground, request_number, request_date, request_body, law_reference, disclosed_on, outside_platform, note, officer_id, registered_at, version)
    SELECT id, recipient_id, ground, request_number, request_date, request_body, law_reference, disclosed_on, outside_platform, note, officer_id, registered_at, version FROM disclosures;
DROP TABLE disclosures;
ALTER TABLE disclosures_v18 RENAME TO disclosures;
CREATE INDEX disclosures_disclosed_on ON disclosures (disclosed_on);
