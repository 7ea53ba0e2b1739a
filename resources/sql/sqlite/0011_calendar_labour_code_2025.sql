-- Schema version 11 (SQLite): a public holiday that is a working day ('working_holiday': 23 February,
-- 7 April, 7-8 November under the Labour Code in force since 2025). SQLite changes a CHECK only by
-- copying the table; calendar_days has no keys pointing at it. Then the seed tables the shared
-- script (resources/sql/common/0011_*.sql) fills and drops.
CREATE TABLE calendar_days_v11 (
    day             TEXT PRIMARY KEY CHECK (date(day, '+0 days') IS day),
    kind            TEXT NOT NULL CHECK (kind IN ('holiday', 'day_off', 'working_day', 'working_holiday')),
    name            TEXT NOT NULL,
    decree          TEXT
);
INSERT INTO calendar_days_v11 (day, kind, name, decree) SELECT day, kind, name, decree FROM calendar_days;
DROP TABLE calendar_days;
ALTER TABLE calendar_days_v11 RENAME TO calendar_days;

CREATE TABLE calendar_seed_v5 (day TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, decree TEXT NOT NULL,
                               state TEXT NOT NULL DEFAULT 'edited');
CREATE TABLE calendar_seed_v11 (day TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, decree TEXT NOT NULL);
