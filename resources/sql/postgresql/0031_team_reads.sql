-- Schema version 31: what every console of a team reads again and again, answered without
-- reading a million rows each time (docs/performance.md, "A team under load").
--   * The subjects a search may show: a subject whose personal details are blocked is left out
--     by a NOT EXISTS on its blocked categories. The index of the categories not simply held
--     (version 16) names the subject only, so finding the blocked ones among its rows read every
--     destroyed and depersonalised category from the table (40,000 rows at a million subjects, 80
--     ms a search, and growing with every executed withdrawal); this index holds the blocked
--     ones alone.
--   * How many subjects the database holds, for the dashboard: kept in one row by the server as
--     subjects are added (and, should it ever happen, deleted or truncated), instead of counted
--     (150 ms at a million subjects, for every dashboard of every console). Subjects are never
--     deleted by the console (destroyed and depersonalised subjects keep their row), so the row
--     only grows; the feed's worker and the import are the ones that add. Statement triggers:
--     one update a statement, whatever its number of rows.
CREATE INDEX subject_categories_blocked ON subject_categories (subject_id, category_code)
    WHERE state = 'blocked';

CREATE TABLE subject_total (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    subjects BIGINT NOT NULL CHECK (subjects >= 0)
);
INSERT INTO subject_total (subjects) SELECT count(*) FROM subjects;

-- The owner's: whoever adds subjects (an officer's own login, the shared console role) updates the
-- total through these, and officers' groups are given no write on the table (officer_groups.sql).
CREATE FUNCTION dpo_subject_total_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE subject_total SET subjects = subjects + (SELECT count(*) FROM added);
    RETURN NULL;
END
$$;
CREATE FUNCTION dpo_subject_total_removed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE subject_total SET subjects = subjects - (SELECT count(*) FROM removed);
    RETURN NULL;
END
$$;
CREATE FUNCTION dpo_subject_total_emptied() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE subject_total SET subjects = 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER subject_total_added AFTER INSERT ON subjects REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dpo_subject_total_added();
CREATE TRIGGER subject_total_removed AFTER DELETE ON subjects REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION dpo_subject_total_removed();
CREATE TRIGGER subject_total_emptied AFTER TRUNCATE ON subjects
    FOR EACH STATEMENT EXECUTE FUNCTION dpo_subject_total_emptied();
