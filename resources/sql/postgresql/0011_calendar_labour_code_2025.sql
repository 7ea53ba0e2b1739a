-- Schema version 11 (PostgreSQL): a public holiday that is a working day ('working_holiday': 23
-- February, 7 April, 7-8 November under the Labour Code in force since 2025). Then the seed tables
-- the shared script (resources/sql/common/0011_*.sql) fills and drops.
ALTER TABLE calendar_days DROP CONSTRAINT calendar_days_kind_check;
ALTER TABLE calendar_days ADD CONSTRAINT calendar_days_kind_check
    CHECK (kind IN ('holiday', 'day_off', 'working_day', 'working_holiday'));

CREATE TABLE calendar_seed_v5 (day DATE PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, decree TEXT NOT NULL,
                               state TEXT NOT NULL DEFAULT 'edited');
CREATE TABLE calendar_seed_v11 (day DATE PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, decree TEXT NOT NULL);
