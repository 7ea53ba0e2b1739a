-- Schema version 13: the registers of claims and withdrawal requests read a page of their open
-- (then their closed) cases in due-date order along these indexes, a page at a time, instead of
-- sorting every case for each page: a register of 400,000 requests pages as one of 4,000 does
-- (docs/benchmarks.md, "Case registers of any size").
CREATE INDEX withdrawal_requests_due ON withdrawal_requests (due_on, state);
CREATE INDEX claims_due ON claims (due_on, state);
