-- Schema version 22: any part of a double surname finds the subject ("Кожомуратова" finds
-- "Абдыкадырова-Кожомуратова"): the folded surname after its first hyphen, a column the database
-- computes from surname_fold (no writer sets it), indexed like the other search fields for the
-- name order (docs/schema.md).
ALTER TABLE subjects ADD COLUMN surname_part_fold TEXT COLLATE "C" GENERATED ALWAYS AS (
    CASE WHEN strpos(surname_fold, '-') > 0 THEN substr(surname_fold, strpos(surname_fold, '-') + 1) END
) STORED;
CREATE INDEX subjects_surname_part_search ON subjects (surname_part_fold, surname_fold, given_name_fold, id, patronymic_fold)
    WHERE surname_part_fold IS NOT NULL;
