-- Schema version 2: the subjects list pages through every subject in name, INN or status order,
-- and a search takes the first rows of each matching field in name order from an index alone.
-- A depersonalised subject keeps empty name folds rather than NULL, so that every backend sorts
-- and pages them alike (first in name order).
UPDATE subjects SET surname_fold = '' WHERE surname_fold IS NULL;
UPDATE subjects SET given_name_fold = '' WHERE given_name_fold IS NULL;
-- Serves the list in name order and surname prefixes; the patronymic rides along so that a
-- search's further words are checked in the index.
CREATE INDEX subjects_name_order ON subjects (surname_fold, given_name_fold, id, patronymic_fold);
-- Each search field followed by the name order, so that a prefix's matches come sorted by name
-- without reading the table; they replace the version-1 indexes on the bare fields.
DROP INDEX subjects_surname_fold;
DROP INDEX subjects_given_name_fold;
DROP INDEX subjects_patronymic_fold;
DROP INDEX subjects_phone;
CREATE INDEX subjects_given_name_search ON subjects (given_name_fold, surname_fold, id, patronymic_fold);
CREATE INDEX subjects_patronymic_search ON subjects (patronymic_fold, surname_fold, given_name_fold, id);
CREATE INDEX subjects_phone_search ON subjects (phone, surname_fold, given_name_fold, id);
CREATE INDEX subjects_inn_order ON subjects (inn, surname_fold, given_name_fold, id);
