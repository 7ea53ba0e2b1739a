// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Vocabulary.h"

#include "domain/DocumentLanguage.h"

#include <iterator>
#include <QCoreApplication>

namespace dpo {

namespace {
struct Term
{
    Vocabulary::Kind kind;
    const char* code;
    struct
    {
        const char* text;
        const char* comment;
    } words; // QT_TRANSLATE_NOOP3 gives {text, comment}
};

using K = Vocabulary::Kind;
// clang-format off
constexpr Term kTerms[] = {
    {K::SubjectStatus, "active", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Active", "subject status")},
    {K::SubjectStatus, "blocked", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Blocked", "subject status")},
    {K::SubjectStatus, "depersonalised", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Depersonalised", "subject status")},
    {K::SubjectStatus, "destroyed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Destroyed", "subject status")},
    {K::ConsentState, "given", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Given", "consent state")},
    {K::ConsentState, "withdrawn", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Withdrawn", "consent state")},
    {K::ConsentState, "none", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "No consent", "consent state")},
    {K::ConsentChannel, "mobile_app", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Mobile app", "consent channel")},
    {K::ConsentChannel, "web", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Website", "consent channel")},
    {K::ConsentChannel, "branch", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "In a branch", "consent channel")},
    {K::ConsentChannel, "paper", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "On paper", "consent channel")},
    {K::ConsentChannel, "import", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Imported", "consent channel")},
    {K::CategoryState, "held", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Held", "data category state")},
    {K::CategoryState, "blocked", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Blocked", "data category state")},
    {K::CategoryState, "depersonalised", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Depersonalised", "data category state")},
    {K::CategoryState, "destroyed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Destroyed", "data category state")},
    {K::CategoryState, "kept", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Kept on a legal ground", "data category state")},
    {K::RecipientKind, "fco", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Financial-credit organisation", "recipient kind")},
    {K::RecipientKind, "leasing", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Leasing company", "recipient kind")},
    {K::RecipientKind, "trading", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Trading company", "recipient kind")},
    {K::RecipientKind, "state_body", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "State body", "recipient kind")},
    {K::RecipientKind, "local_body", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Local self-government body", "recipient kind")},
    {K::RecipientKind, "credit_bureau", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Credit bureau", "recipient kind")},
    {K::RecipientKind, "mobile_operator", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Mobile operator", "recipient kind")},
    {K::RecipientKind, "non_state_body", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Non-state body", "recipient kind")},
    {K::RecipientKind, "other", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Other third party", "recipient kind")},
    {K::WithdrawalChannel, "post", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By post", "request channel")},
    {K::WithdrawalChannel, "in_person", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "In person", "request channel")},
    {K::WithdrawalChannel, "email_scan", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Scanned letter by email", "request channel")},
    {K::WithdrawalChannel, "e_signature", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Signed electronic document", "request channel")},
    {K::WithdrawalChannel, "app_form", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Written form in the app", "request channel")},
    {K::WithdrawalChannel, "officer", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Opened by the officer", "request channel")},
    {K::WithdrawalScope, "full", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "The whole consent", "withdrawal scope")},
    {K::WithdrawalScope, "partial", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Named purposes and categories", "withdrawal scope")},
    {K::WithdrawalState, "received", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Received", "withdrawal state")},
    {K::WithdrawalState, "opened", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Opened", "withdrawal state")},
    {K::WithdrawalState, "identity_verified", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Identity verified", "withdrawal state")},
    {K::WithdrawalState, "decided", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Decided", "withdrawal state")},
    {K::WithdrawalState, "approved", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Approved", "withdrawal state")},
    {K::WithdrawalState, "executed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Executed", "withdrawal state")},
    {K::WithdrawalState, "closed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Closed", "withdrawal state")},
    {K::WithdrawalState, "rejected", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Rejected", "withdrawal state")},
    {K::RejectionReason, "identity_not_established", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Identity not established", "rejection reason")},
    {K::RejectionReason, "not_written", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Not a written request", "rejection reason")},
    {K::RejectionReason, "not_this_holder", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Not this data holder", "rejection reason")},
    {K::RetentionReason, "keep_ended", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "The keep has ended", "retention review")},
    {K::RetentionReason, "photo_after_withdrawal", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Held after the consent was withdrawn", "retention review")},
    {K::RetentionReason, "photo_after_closure", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Held after the account was closed", "retention review")},
    {K::RejectionReason, "not_a_minor", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "The subject is not under 18", "rejection reason")},
    {K::ClaimKind, "pretrial_claim", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Pre-trial claim", "claim kind")},
    {K::ClaimKind, "access_request", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Request for own data", "claim kind")},
    {K::ClaimKind, "authority_request", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Request of the State Agency or the Ombudsman", "claim kind")},
    {K::ClaimKind, "rectification_request", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Request to correct data", "claim kind")},
    {K::SubjectField, "surname", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Surname", "subject field")},
    {K::SubjectField, "given_name", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Given name", "subject field")},
    {K::SubjectField, "patronymic", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Patronymic", "subject field")},
    {K::SubjectField, "birth_date", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Date of birth", "subject field")},
    {K::SubjectField, "sex", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Sex", "subject field")},
    {K::SubjectField, "inn", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Personal identification number (INN)", "subject field")},
    {K::SubjectField, "id_document", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Identity document number", "subject field")},
    {K::SubjectField, "phone", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Phone", "subject field")},
    {K::SubjectField, "email", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Email", "subject field")},
    {K::SubjectField, "residence_address", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Residence address", "subject field")},
    {K::SubjectField, "registration_address", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Registration address", "subject field")},
    {K::Authority, "state_agency", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "State Agency for Personal Data Protection under the Cabinet of Ministers of the Kyrgyz Republic", "authority")},
    {K::Authority, "ombudsman", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Ombudsman (Akyikatchy) of the Kyrgyz Republic", "authority")},
    {K::ClaimChannel, "post", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By post", "claim channel")},
    {K::ClaimChannel, "in_person", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "In person", "claim channel")},
    {K::ClaimChannel, "email", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By email", "claim channel")},
    {K::ClaimChannel, "app_form", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Written form in the app", "claim channel")},
    {K::ClaimState, "open", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Open", "claim state")},
    {K::ClaimState, "answer_drafted", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Answer drafted", "claim state")},
    {K::ClaimState, "answer_sent", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Answer sent", "claim state")},
    {K::ClaimState, "closed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Closed", "claim state")},
    {K::ClaimOutcome, "satisfied", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Satisfied", "claim outcome")},
    {K::ClaimOutcome, "partly_satisfied", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Partly satisfied", "claim outcome")},
    {K::ClaimOutcome, "refused", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Refused", "claim outcome")},
    {K::DisclosureGround, "vital_interests", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Vital interests of the subject (4.6.1)", "disclosure ground")},
    {K::DisclosureGround, "state_request", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Request of a state or local body (4.6.2)", "disclosure ground")},
    {K::DisclosureGround, "law", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "A law of the Kyrgyz Republic (4.6.3)", "disclosure ground")},
    {K::DisclosureGround, "consent", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "The subject's consent (the policy's preamble)", "disclosure ground")},
    {K::DisclosureGround, "treaty", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "An international treaty (1.1.6)", "disclosure ground")},
    {K::NotificationChannel, "email", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Email", "notification channel")},
    {K::NotificationChannel, "telegram", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Telegram", "notification channel")},
    {K::NotificationChannel, "whatsapp", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "WhatsApp", "notification channel")},
    {K::NotificationChannel, "sms", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "SMS", "notification channel")},
    {K::NotificationChannel, "platform", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Platform notice", "notification channel")},
    {K::NotificationChannel, "post", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Post", "notification channel")},
    {K::NotificationState, "queued", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Queued", "notification state")},
    {K::NotificationState, "sent", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Sent", "notification state")},
    {K::NotificationState, "delivered", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Delivered", "notification state")},
    {K::NotificationState, "failed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Failed", "notification state")},
    {K::NotificationState, "unknown", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Unknown", "notification state")},
    {K::Sex, "F", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Female", "sex")},
    {K::Sex, "M", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Male", "sex")},
    {K::Language, "ky", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Kyrgyz", "language")},
    {K::Language, "ru", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Russian", "language")},
    {K::Language, "ky+ru", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Kyrgyz and Russian", "language")},
    {K::KeepGround, "law58_art5", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Law No. 58, Art. 5", "legal ground to keep data")},
    {K::KeepGround, "law58_art15", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Law No. 58, Art. 15", "legal ground to keep data")},
    {K::KeepGround, "aml_cft_record_keeping", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "AML/CFT record keeping", "legal ground to keep data")},
    {K::KeepGround, "active_financing_contract", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "An active financing contract", "legal ground to keep data")},
    {K::KeepGround, "pending_legal_claim", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "A pending legal claim", "legal ground to keep data")},
    {K::KeepGround, "other_law", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Another law", "legal ground to keep data")},
    {K::IdentityMethod, "id_in_person", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "ID document seen in person", "identity check")},
    {K::IdentityMethod, "notarised_letter", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Notarised letter", "identity check")},
    {K::IdentityMethod, "account_face_check", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Platform account with a face check", "identity check")},
    {K::IdentityMethod, "other", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Other (described in the note)", "identity check")},
    {K::DecisionAction, "destroy", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Destroy", "withdrawal decision")},
    {K::DecisionAction, "depersonalise", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Depersonalise", "withdrawal decision")},
    {K::DecisionAction, "block", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Block", "withdrawal decision")},
    {K::DecisionAction, "keep", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Keep on a legal ground", "withdrawal decision")},
    {K::NoticeMethod, "email", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By email", "recipient told")},
    {K::NoticeMethod, "post", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By post", "recipient told")},
    {K::NoticeMethod, "hand_delivery", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By hand", "recipient told")},
    {K::NoticeMethod, "platform", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Through the platform", "recipient told")},
    {K::NoticeMethod, "phone", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By phone", "recipient told")},
    {K::ReplyMethod, "post", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By post", "reply sent")},
    {K::ReplyMethod, "hand_delivery", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By hand", "reply sent")},
    {K::ReplyMethod, "email", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "By email", "reply sent")},
    {K::ReplyMethod, "none", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "No letter", "reply sent")},
    {K::AuditEntity, "officer", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Officer", "audit entity")},
    {K::AuditEntity, "import", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Import", "audit entity")},
    {K::AuditEntity, "feed_batch", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Change feed batch", "audit entity")},
    {K::AuditEntity, "database", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Database", "audit entity")},
    {K::AuditEntity, "subject", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subject", "audit entity")},
    {K::AuditEntity, "claim", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Claim", "audit entity")},
    {K::AuditEntity, "withdrawal_request", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Withdrawal request", "audit entity")},
    {K::AuditEntity, "disclosure", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Disclosure", "audit entity")},
    {K::AuditEntity, "calendar_day", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Calendar day", "audit entity")},
    {K::AuditEntity, "calendar_year", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Calendar year", "audit entity")},
    {K::AuditEntity, "audit_log", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Audit trail", "audit entity")},
    {K::AuditEntity, "setting", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Setting", "audit entity")},
    {K::AuditEntity, "signing_key", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Signing key", "audit entity")},
    {K::AuditEntity, "feed_inbox", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Change feed inbox event", "audit entity")},
    {K::AuditEntity, "feed_flag", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Flagged feed event", "audit entity")},
    {K::FeedFlagKind, "reidentification", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Data of an erased subject came back (refused)", "feed flag")},
    {K::FeedFlagKind, "minor", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "A subject under 18 (policy 9.1)", "feed flag")},
    {K::FeedFlagKind, "transfer_after_withdrawal", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Transfer of withdrawn or blocked data", "feed flag")},
    {K::FeedFlagKind, "blocked_data", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Change to blocked data (not applied)", "feed flag")},
    {K::FeedFlagKind, "erased_data", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Erased data came back (not applied)", "feed flag")},
    {K::FeedFlagKind, "consent_after_withdrawal", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Consent after a withdrawal (not applied)", "feed flag")},
    {K::AuditAction, "attachment.add", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Document attached", "audit action")},
    {K::AuditAction, "attachment.integrity_failure", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Document changed since stored: not shown", "audit action")},
    {K::AuditAction, "attachment.open", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Document opened", "audit action")},
    {K::AuditAction, "audit.export", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Audit trail exported", "audit action")},
    {K::AuditAction, "audit.verify", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Audit chain verified", "audit action")},
    {K::AuditAction, "calendar.import", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "A year's calendar imported", "audit action")},
    {K::AuditAction, "calendar.move_day", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Calendar day moved", "audit action")},
    {K::AuditAction, "calendar.remove_day", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Calendar day removed", "audit action")},
    {K::AuditAction, "calendar.set_day", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Calendar day set", "audit action")},
    {K::AuditAction, "claim.answer_sent", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Answer sent", "audit action")},
    {K::AuditAction, "claim.close", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Claim closed", "audit action")},
    {K::AuditAction, "claim.draft_answer", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Answer drafted", "audit action")},
    {K::AuditAction, "claim.letter", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Answer letter made", "audit action")},
    {K::AuditAction, "claim.link", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Claim linked", "audit action")},
    {K::AuditAction, "claim.recalculate_due", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Due date recalculated", "audit action")},
    {K::AuditAction, "claim.register", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Claim registered", "audit action")},
    {K::AuditAction, "claim.correct", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subject's data corrected", "audit action")},
    {K::AuditAction, "claim.recipient_notified", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Recipient told of a correction", "audit action")},
    {K::AuditAction, "claim.unlink", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Claim link removed", "audit action")},
    {K::AuditAction, "demo.generate", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Demo data generated", "audit action")},
    {K::AuditAction, "disclosure.notice_letter", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Notice letter made", "audit action")},
    {K::AuditAction, "disclosure.notification_queued", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Notice queued", "audit action")},
    {K::AuditAction, "disclosure.notification_sent_by_hand", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Notice sent by hand", "audit action")},
    {K::AuditAction, "disclosure.record", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Disclosure recorded", "audit action")},
    {K::AuditAction, "officer.create", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Officer account created", "audit action")},
    {K::AuditAction, "officer.create_first_administrator", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "First administrator created", "audit action")},
    {K::AuditAction, "officer.sign_in", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Signed in", "audit action")},
    {K::AuditAction, "officer.sign_in_failed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Sign-in failed", "audit action")},
    {K::AuditAction, "settings.change", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Setting changed", "audit action")},
    {K::AuditAction, "signing_key.create", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Signing key created", "audit action")},
    {K::AuditAction, "subject.report", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subject data report made", "audit action")},
    {K::AuditAction, "subject.reveal", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Masked value shown in full", "audit action")},
    {K::AuditAction, "subject.lookup", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subject looked up by INN or phone", "audit action")},
    {K::AuditAction, "subject.unblock", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Category unblocked", "audit action")},
    {K::AuditAction, "subjects.import", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subjects imported", "audit action")},
    {K::AuditAction, "feed.apply", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Change feed applied", "audit action")},
    {K::AuditAction, "feed.retry", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Rejected feed event retried", "audit action")},
    {K::AuditAction, "feed.dismiss", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Rejected feed event dismissed", "audit action")},
    {K::AuditAction, "feed.review_flag", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Flagged feed event reviewed", "audit action")},
    {K::AuditAction, "withdrawal.approve", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Keep decision approved", "audit action")},
    {K::AuditAction, "withdrawal.decide", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Decisions taken", "audit action")},
    {K::AuditAction, "withdrawal.execute", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Withdrawal executed", "audit action")},
    {K::AuditAction, "withdrawal.letter", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Reply letter made", "audit action")},
    {K::AuditAction, "withdrawal.recipient_notified", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Recipient told", "audit action")},
    {K::AuditAction, "withdrawal.register", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Withdrawal request registered", "audit action")},
    {K::AuditAction, "withdrawal.reject", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Withdrawal request rejected", "audit action")},
    {K::AuditAction, "withdrawal.open_review", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Retention review opened", "audit action")},
    {K::AuditAction, "withdrawal.open_minor", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Case opened for a subject under 18", "audit action")},
    {K::AuditAction, "withdrawal.reply_sent", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Reply sent", "audit action")},
    {K::AuditAction, "withdrawal.verify_identity", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Identity verified", "audit action")},
    {K::AuditAction, "access.refused", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Refused: the role does not allow it", "audit action")},
    {K::AuditAction, "officer.locked_out", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Account locked after failed sign-ins", "audit action")},
    {K::AuditAction, "officer.password_change", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Password changed", "audit action")},
    {K::AuditAction, "officer.password_reset", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Password reset by an administrator", "audit action")},
    {K::AuditAction, "officer.activate", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Officer account reactivated", "audit action")},
    {K::AuditAction, "officer.deactivate", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Officer account deactivated", "audit action")},
    {K::AuditAction, "officer.role_change", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Officer's role changed", "audit action")},
    {K::SystemKind, "core_database", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Core database", "data system kind")},
    {K::SystemKind, "photo_store", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Face-photo store", "data system kind")},
    {K::SystemKind, "video_archive", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Video archive", "data system kind")},
    {K::SystemKind, "crm", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "CRM", "data system kind")},
    {K::SystemKind, "analytics", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Analytics", "data system kind")},
    {K::SystemKind, "backup", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Backups", "data system kind")},
    {K::SystemKind, "other", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Other", "data system kind")},
    {K::SystemConfirmer, "worker", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Its worker, through the task outbox", "who confirms for a data system")},
    {K::SystemConfirmer, "person", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "A person, by hand", "who confirms for a data system")},
    {K::TaskKind, "system", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Data system", "task kind")},
    {K::TaskKind, "recipient_notice", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Recipient notice", "task kind")},
    {K::TaskState, "open", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Open", "task state")},
    {K::TaskState, "done", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Done", "task state")},
    {K::TaskState, "failed", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Failed", "task state")},
    {K::AuditAction, "system.add", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Data system added", "audit action")},
    {K::AuditAction, "system.change", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Data system changed", "audit action")},
    {K::AuditAction, "task.confirm", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Task confirmed", "audit action")},
    {K::AuditAction, "task.retry", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Failed task retried", "audit action")},
    {K::AuditAction, "withdrawal.close_override", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Closed with tasks open (supervisor)", "audit action")},
    {K::AuditEntity, "data_system", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Data system", "audit entity")},
    {K::AuditEntity, "task", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Task", "audit entity")},
    {K::AuditFamily, "system.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Data systems", "audit actions")},
    {K::AuditFamily, "task.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Tasks", "audit actions")},
    {K::AuditFamily, "access.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Refusals", "audit actions")},
    {K::AuditAction, "subjects.export", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subjects exported with personal data", "audit action")},
    {K::AuditFamily, "attachment.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Documents", "audit actions")},
    {K::AuditFamily, "audit.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Audit trail", "audit actions")},
    {K::AuditFamily, "calendar.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Calendar", "audit actions")},
    {K::AuditFamily, "claim.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Claims and access requests", "audit actions")},
    {K::AuditFamily, "demo.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Demo data", "audit actions")},
    {K::AuditFamily, "disclosure.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Disclosures", "audit actions")},
    {K::AuditFamily, "feed.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Change feed", "audit actions")},
    {K::AuditFamily, "officer.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Officers and sign-in", "audit actions")},
    {K::AuditFamily, "settings.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Settings", "audit actions")},
    {K::AuditFamily, "signing_key.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Signing keys", "audit actions")},
    {K::AuditFamily, "subject.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Subjects' records", "audit actions")},
    {K::AuditFamily, "subjects.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Import", "audit actions")},
    {K::AuditFamily, "withdrawal.", QT_TRANSLATE_NOOP3("dpo::Vocabulary", "Withdrawal requests", "audit actions")},
};
// clang-format on
} // namespace

QString Vocabulary::name(Kind kind, const QString& code) const
{
    for (const Term& t : kTerms) {
        if (t.kind != kind || code != QLatin1String(t.code))
            continue;
        return m_document
                   ? m_document->translate("dpo::Vocabulary", t.words.text, t.words.comment)
                   : QCoreApplication::translate("dpo::Vocabulary", t.words.text, t.words.comment);
    }
    return code;
}

bool Vocabulary::isRetired(Kind kind, const QString& code)
{
    // Keep grounds that name no law (issue 16; docs/withdrawals.md): a contract still running or a
    // claim still pending is kept under "another law" with the law and article it rests on.
    return kind == Kind::KeepGround && (code == QLatin1String("active_financing_contract") ||
                                        code == QLatin1String("pending_legal_claim"));
}

QStringList Vocabulary::codes(Kind kind)
{
    QStringList out;
    for (const Term& t : kTerms)
        if (t.kind == kind && !isRetired(kind, QString::fromLatin1(t.code)))
            out << QString::fromLatin1(t.code);
    return out;
}

} // namespace dpo
