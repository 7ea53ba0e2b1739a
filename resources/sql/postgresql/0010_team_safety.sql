-- Schema version 10: a team on one database. Sign-in lock-out and a forced password change on the
-- officer; a version on every record officers edit, so that a save over another officer's change
-- is refused (optimistic locking); the settings of lock-out and idle lock.
ALTER TABLE officers ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE officers ADD COLUMN locked_until TIMESTAMPTZ;
ALTER TABLE officers ADD COLUMN must_change_password SMALLINT NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE officers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE withdrawal_requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disclosures ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
INSERT INTO console_settings (key, value) VALUES ('sign_in_max_failures', '5');
INSERT INTO console_settings (key, value) VALUES ('sign_in_lockout_minutes', '15');
INSERT INTO console_settings (key, value) VALUES ('idle_lock_minutes', '10');
