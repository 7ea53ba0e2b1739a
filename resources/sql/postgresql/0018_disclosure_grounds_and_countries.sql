-- Schema version 18: a disclosure may also rest on the subject's consent or on an international
-- treaty (policy preamble and 1.1.6: a transfer follows the policy, the laws of the Kyrgyz
-- Republic and international treaties), and records its purpose; each recipient has a country,
-- so that a transfer abroad shows as one (docs/disclosures.md).
CREATE TABLE countries (
    code            TEXT COLLATE "C" PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name_ky         TEXT NOT NULL,
    name_ru         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    sort_order      INTEGER NOT NULL
);
-- The recipients' default: its row comes first, the rest of the list is shared (common/).
INSERT INTO countries (code, name_ky, name_ru, name_en, sort_order) VALUES ('KG', 'Кыргыз Республикасы', 'Кыргызская Республика', 'Kyrgyz Republic', 0);
ALTER TABLE recipients ADD COLUMN country TEXT COLLATE "C" NOT NULL DEFAULT 'KG' REFERENCES countries (code);

ALTER TABLE disclosures DROP CONSTRAINT disclosures_ground_check;
ALTER TABLE disclosures ADD CONSTRAINT disclosures_ground_check CHECK (ground IN ('vital_interests', 'state_request', 'law', 'consent', 'treaty'));
ALTER TABLE disclosures ADD COLUMN purpose TEXT CHECK (purpose IS NULL OR length(trim(purpose)) > 0);
ALTER TABLE disclosures ADD COLUMN consent_reference TEXT;
ALTER TABLE disclosures ADD COLUMN treaty_reference TEXT;
ALTER TABLE disclosures ADD CONSTRAINT disclosures_consent_named CHECK (ground <> 'consent' OR consent_reference IS NOT NULL);
ALTER TABLE disclosures ADD CONSTRAINT disclosures_treaty_named CHECK (ground <> 'treaty' OR treaty_reference IS NOT NULL);
