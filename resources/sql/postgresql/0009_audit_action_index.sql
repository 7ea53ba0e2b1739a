-- Schema version 9: the dashboard's audit-chain card and the audit page's action filter find an
-- action's newest entries by index instead of reading the whole trail.
CREATE INDEX audit_log_action ON audit_log (action, seq);
