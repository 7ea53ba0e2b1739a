-- Schema version 2: the subjects list pages through every subject in name, INN or status order.
-- A depersonalised subject keeps empty name folds rather than NULL, so that every backend sorts
-- and pages them alike (first in name order). NULL INNs sort first, as on SQLite.
UPDATE subjects SET surname_fold = '' WHERE surname_fold IS NULL;
UPDATE subjects SET given_name_fold = '' WHERE given_name_fold IS NULL;
CREATE INDEX subjects_name_order ON subjects (surname_fold, given_name_fold, id);
-- Its leading column serves surname prefixes, so the version-1 surname index goes.
DROP INDEX subjects_surname_fold;
CREATE INDEX subjects_inn_order ON subjects (inn NULLS FIRST, id);
