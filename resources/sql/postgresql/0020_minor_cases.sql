-- Schema version 20: cases the officer opens for a subject under 18 (policy 9.1: data of
-- under-18s is not collected, and what is found is destroyed as soon as possible; 12.4: the user
-- confirms being 18 on registration). They are withdrawal-shaped cases (decided per category,
-- four eyes for a keep, executed in one transaction, recipients told) with the origin "minor":
-- opened by the officer (channel "officer"), in the state "opened" with no identity to verify,
-- rejected only as "not_a_minor", closed with a letter to the parent or guardian or, where no
-- address is known, with none. The case keeps the minor's name for that letter, which names them
-- after their data is gone, as a request keeps where its reply goes (docs/withdrawals.md).
ALTER TABLE withdrawal_requests ADD COLUMN origin TEXT NOT NULL DEFAULT 'subject_request' CHECK (origin IN ('subject_request', 'minor'));
ALTER TABLE withdrawal_requests ADD COLUMN minor_name TEXT CHECK (minor_name IS NULL OR length(trim(minor_name)) > 0);
ALTER TABLE withdrawal_requests DROP CONSTRAINT withdrawal_requests_channel_check;
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_channel_check CHECK (channel IN ('post', 'in_person', 'email_scan', 'e_signature', 'app_form', 'officer'));
ALTER TABLE withdrawal_requests DROP CONSTRAINT withdrawal_requests_state_check;
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_state_check CHECK (state IN ('received', 'opened', 'identity_verified', 'decided', 'approved', 'executed', 'closed', 'rejected'));
ALTER TABLE withdrawal_requests DROP CONSTRAINT withdrawal_requests_rejection_reason_check;
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_rejection_reason_check CHECK (rejection_reason IN ('identity_not_established', 'not_written', 'not_this_holder', 'not_a_minor'));
ALTER TABLE withdrawal_requests DROP CONSTRAINT withdrawal_requests_reply_method_check;
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_reply_method_check CHECK (reply_method IN ('post', 'hand_delivery', 'email', 'none'));
ALTER TABLE withdrawal_requests DROP CONSTRAINT withdrawal_requests_check2;
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_identity_known CHECK (state IN ('received', 'rejected') OR identity_method IS NOT NULL OR origin = 'minor');
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_origin_channel CHECK ((origin = 'minor') = (channel = 'officer'));
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_opened_minor CHECK (state <> 'opened' OR origin = 'minor');
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_minor_only CHECK (origin = 'minor' OR ((reply_method IS NULL OR reply_method <> 'none') AND (rejection_reason IS NULL OR rejection_reason <> 'not_a_minor') AND minor_name IS NULL));
-- One open case per minor: a second officer opening the same subject's case is refused.
CREATE UNIQUE INDEX withdrawal_requests_open_minor ON withdrawal_requests (subject_id) WHERE origin = 'minor' AND state NOT IN ('closed', 'rejected');
