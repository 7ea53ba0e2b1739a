-- Schema version 27: each officer may be a database login of their own. On PostgreSQL the column
-- names the officer's login and the server checks who asks (docs/deployment.md, "One login per
-- officer"); a SQLite file has no logins, so the column stays empty here and is kept for the
-- schema's sake (the same columns on both backends).
ALTER TABLE officers ADD COLUMN db_login TEXT;
CREATE UNIQUE INDEX officers_db_login ON officers (db_login) WHERE db_login IS NOT NULL;
