-- Schema version 26: lock-outs that grow. An officer's consecutive lock-outs since the last
-- successful sign-in (or an administrator's password reset): each lock lasts the setting's minutes
-- times two to that number (at most 64 times), so that guessing a password goes slower and slower.
-- The failure count and the lock are decided by one UPDATE (OfficerService::signIn), so that
-- attempts at the same moment each count.
ALTER TABLE officers ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0);
