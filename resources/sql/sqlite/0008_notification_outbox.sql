-- Schema version 8: the notifications of disclosures (policy 4.6.4) as an outbox the platform's
-- messaging service reads and updates (docs/outbox.md), or recorded by hand (a letter by post).
ALTER TABLE notifications ADD COLUMN via TEXT NOT NULL DEFAULT 'outbox' CHECK (via IN ('outbox', 'by_hand'));
ALTER TABLE notifications ADD COLUMN created_by INTEGER REFERENCES officers (id);
CREATE INDEX notifications_queued ON notifications (queued_at) WHERE state = 'queued';

-- A subject of a disclosure outside platform cooperation not notified after this many working
-- days is flagged (the dashboard counts them).
INSERT INTO console_settings (key, value) VALUES ('notification_due_working_days', '3');
