-- Schema version 20: cases the officer opens without a letter. For a subject under 18 (policy 9.1: data of
-- under-18s is not collected, and what is found is destroyed as soon as possible; 12.4: the user
-- confirms being 18 on registration). They are withdrawal-shaped cases (decided per category,
-- four eyes for a keep, executed in one transaction, recipients told) with the origin "minor":
-- opened by the officer (channel "officer"), in the state "opened" with no identity to verify,
-- rejected only as "not_a_minor", closed with a letter to the parent or guardian or, where no
-- address is known, with none. The case keeps the minor's name for that letter, which names them
-- after their data is gone, as a request keeps where its reply goes. And the retention review
-- (policy 6.2-6.3: nothing kept longer than its purpose): the origin "retention_review", opened
-- in the same way for a subject whose keep has ended or whose face photos and videos are held
-- after the consent was withdrawn or the account closed, for those categories; it writes to no
-- one and is never rejected: each category is destroyed or kept to a new date
-- (docs/retention.md).
ALTER TABLE withdrawal_requests ADD COLUMN origin TEXT NOT NULL DEFAULT 'subject_request' CHECK (origin IN ('subject_request', 'minor', 'retention_review'));
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
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_identity_known CHECK (state IN ('received', 'rejected') OR identity_method IS NOT NULL OR origin <> 'subject_request');
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_origin_channel CHECK ((origin <> 'subject_request') = (channel = 'officer'));
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_opened_by_officer CHECK (state <> 'opened' OR origin <> 'subject_request');
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_minor_only CHECK (origin = 'minor' OR ((rejection_reason IS NULL OR rejection_reason <> 'not_a_minor') AND minor_name IS NULL));
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_letter_only_for_requests CHECK (origin <> 'subject_request' OR reply_method IS NULL OR reply_method <> 'none');
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_review_partial CHECK (origin <> 'retention_review' OR (state <> 'rejected' AND scope = 'partial'));
-- One open case of each kind the officer opens per subject: a second officer opening the same
-- subject's case is refused.
CREATE UNIQUE INDEX withdrawal_requests_open_officer_case ON withdrawal_requests (subject_id, origin) WHERE origin <> 'subject_request' AND state NOT IN ('closed', 'rejected');
-- The retention review's two lists (docs/retention.md) by index: the keeps by their end, the
-- closed accounts (few) by their closing.
CREATE INDEX subject_categories_kept ON subject_categories (kept_until) WHERE state = 'kept';
CREATE INDEX subjects_account_closed ON subjects (account_closed_at) WHERE account_closed_at IS NOT NULL;
