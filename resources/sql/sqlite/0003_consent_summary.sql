-- Schema version 3: each subject has its identity document number, and carries the state and date of its latest consent, so that the
-- subjects list can sort by date of consent and filter by consent state from an index. The
-- services that change consents keep the two columns in step (ConsentSummary, models/db).
-- consent_state: 'given' when the latest consent (by given_at) stands, 'withdrawn' when it was
-- withdrawn, 'none' when the subject has no consent at all.
ALTER TABLE subjects ADD COLUMN consent_state TEXT NOT NULL DEFAULT 'none' CHECK (consent_state IN ('given', 'withdrawn', 'none'));
ALTER TABLE subjects ADD COLUMN consent_given_at TEXT;
UPDATE subjects SET
    consent_given_at = (SELECT max(c.given_at) FROM consents c WHERE c.subject_id = subjects.id),
    consent_state = coalesce((SELECT CASE WHEN c.withdrawn_at IS NULL THEN 'given' ELSE 'withdrawn' END
                              FROM consents c WHERE c.subject_id = subjects.id
                              ORDER BY c.given_at DESC, c.id DESC LIMIT 1), 'none');
-- The list in order of consent date, NULLs (no consent) first as in every other order.
CREATE INDEX subjects_consent_order ON subjects (consent_given_at, surname_fold, given_name_fold, id);
-- The consent-state filter in name order.
CREATE INDEX subjects_consent_state ON subjects (consent_state, surname_fold, given_name_fold, id);
-- The number of the identity document the subject was identified with (ID card or passport,
-- e.g. ID1234567 or AN1234567): masked wherever it is shown, like the INN.
ALTER TABLE subjects ADD COLUMN id_document TEXT CHECK (id_document IS NULL OR length(id_document) BETWEEN 5 AND 20);
-- The status filter and the status order, each subject in name order within its status.
DROP INDEX subjects_status;
CREATE INDEX subjects_status_order ON subjects (status, surname_fold, given_name_fold, id);
