// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseFilter.h"
#include "domain/WithdrawalDecision.h"
#include "services/AttachmentService.h"
#include "services/RecordVersion.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace dpo {

class Database;
struct Session;

// Written requests to withdraw consent (policy 12.1.3-12.1.4), from the letter to the reply:
// register (with its document: written requests only), verify the identity or reject, decide per
// data category (destroy, depersonalise, block, keep on a legal ground), approve a keep (a
// supervisor other than the proposer), execute in one transaction, tell each recipient that
// received the data (4.1-4.5; telling them is good practice, not a clause of the policy), and log
// the reply, which closes the request. Every step is audited with the officer. docs/withdrawals.md.
class WithdrawalService
{
public:
    struct Registration
    {
        QString subjectRef;
        QDate receivedOn;
        QString channel =
            QStringLiteral("post"); // post, in_person, email_scan, e_signature, app_form
        bool fullScope = true;
        QStringList purposes;   // a partial withdrawal: the named purposes...
        QStringList categories; // ...and data categories
        QString scopeNote;
        // Where the reply goes, as the letter gives it; empty: the subject's name and residence
        // address as they are now (the request may destroy them).
        QString replyToName, replyToAddress;
        QList<AttachmentService::Document> documents; // at least one, unless a form is named
        // A form signed in the platform's app (the change feed's withdrawal.requested): the form
        // in the platform's archive and its SHA-256 stand for the document.
        QString formRef, formSha256;
    };

    struct Decision
    {
        QString category;
        DecisionAction action = DecisionAction::Block;
        QString ground;       // a keep: law58_art5, law58_art15, aml_cft_record_keeping,
                              // other_law (and, read back only, the retired
                              // active_financing_contract, pending_legal_claim)
        QString groundDetail; // the paragraph of Art. 15, or the other law's name
        QString justification;
        QDate keepUntil; // a keep: until when
        // Read back:
        QString proposedBy, approvedBy;
        QDateTime executedAt;
    };

    struct Notice
    {
        qint64 id = 0;
        QString recipient;
        QStringList categories;
        QDate notifiedOn; // invalid: not told yet
        QString method;   // email, post, hand_delivery, platform, phone
        QString note;
    };

    struct Row
    {
        qint64 id = 0;
        qint64 subjectId = 0;
        QString subjectRef, subjectName, state, officer;
        QDate receivedOn, dueOn;
        int daysLeft = 0;
        bool overdue = false;
        bool open = false;
        // subject_request (a written request, 12.1.3), or a case the officer opens: minor (a
        // subject under 18, 9.1), retention_review (data held past its purpose, 6.2-6.3)
        QString origin = QStringLiteral("subject_request");
        bool minorCase() const { return origin == QLatin1String("minor"); }
        bool retentionReview() const { return origin == QLatin1String("retention_review"); }
        bool officerOpened() const { return origin != QLatin1String("subject_request"); }
    };

    struct Details
    {
        Row row;
        QString channel, scope, scopeNote, identityMethod, identityNote, rejectionReason,
            rejectionNote;
        QString preferredLanguage, replyMethod, replyTracking, replyToName, replyToAddress;
        QString formRef, formSha256;      // a form signed in the app
        QString minorName;                // a minor's case: the name its letter gives the minor
        QStringList purposes, categories; // a partial withdrawal's scope
        QStringList heldCategories;       // the subject's categories that the decisions cover
        QList<Decision> decisions;
        QList<Notice> notices;
        QList<AttachmentService::Info> documents;
        QDate replySentOn;
        int version = 0; // raised by every change; the steps pass it back (RecordVersion)
        QDateTime executedAt;
        bool needsApproval = false; // a keep among the decisions
    };

    explicit WithdrawalService(Database& database);

    static int targetDays(const QSqlDatabase& db); // the setting (SettingsService), default
                                                   // Periods::kWithdrawalTargetDays
    // The internal target for closing a request, in calendar days (1 to 90): administrators,
    // audited as "settings.change". Requests already registered keep their target date.
    void setTargetDays(const Session& session, int days) const;

    qint64 registerRequest(const Session& session, const Registration& registration) const;
    // The same inside the caller's transaction and permission check (the change feed).
    static qint64 registerWithin(const QSqlDatabase& db, const Session& session,
                                 const Registration& registration);
    // A subject under 18 (policy 9.1: such data is destroyed as soon as possible; 12.4): the
    // officer opens a case without waiting for a letter, in the state "opened", with no identity
    // to verify. It is decided, approved (a keep) and executed as a request is, rejected only as
    // "not_a_minor" (the birth date was wrong), and closed by the letter to the parent or guardian
    // (`guardianName` empty: "the parent or guardian of" the minor) at `guardianAddress`, else
    // the minor's residence or registration address; with no address at all it closes with the
    // reply method "none". Audited as "withdrawal.open_minor".
    qint64 openMinorCase(const Session& session, const QString& subjectRef,
                         const QString& guardianName = {},
                         const QString& guardianAddress = {}) const;
    struct MinorCases
    {
        QList<qint64> opened; // one case per minor, in the subjects' order
        int alreadyOpen = 0;  // minors whose case is already open
    };
    // Every subject under 18 today who still holds data and has no open case: a case each, in one
    // transaction (all of them or none), each audited.
    MinorCases openMinorCases(const Session& session) const;

    // A case the officer opens (origin "minor" or "retention_review") for `categories` of the
    // subject (empty: everything they hold), in the state "opened", inside the caller's
    // transaction and permission check; refused with `refusalIfOpen` (%1 the subject's
    // reference, %2 the open case) while one of the same origin is open. Audited as
    // `auditAction` with `auditDetails`, the due date and the categories.
    struct OfficerCase
    {
        qint64 subjectId = 0;
        QString origin;
        QStringList categories;
        QString replyToName, replyToAddress, minorName;
    };
    static qint64 openOfficerCaseWithin(const QSqlDatabase& db, const Session& session,
                                        const OfficerCase& officerCase, const char* auditAction,
                                        QJsonObject auditDetails, const char* refusalIfOpen);

    // method: id_in_person, notarised_letter, account_face_check, other (then the note says how)
    void verifyIdentity(const Session& session, qint64 requestId, const QString& method,
                        const QString& note, int expectedVersion = RecordVersion::kAny) const;
    // reason: identity_not_established, not_written, not_this_holder
    void reject(const Session& session, qint64 requestId, const QString& reason,
                const QString& note, int expectedVersion = RecordVersion::kAny) const;
    // One decision per category in scope (all the subject holds for a full withdrawal); replaces
    // earlier decisions until the request is executed.
    void decide(const Session& session, qint64 requestId, const QList<Decision>& decisions,
                int expectedVersion = RecordVersion::kAny) const;
    // `supervisor` signed in for this: a supervisor or administrator other than the proposer.
    void approve(const Session& supervisor, qint64 requestId,
                 int expectedVersion = RecordVersion::kAny) const;
    // Everything at once or nothing: the consent, the categories, the subject's values, the
    // tombstones, the recipients to tell.
    void execute(const Session& session, qint64 requestId,
                 int expectedVersion = RecordVersion::kAny) const;
    void recordNotice(const Session& session, qint64 noticeId, const QDate& notifiedOn,
                      const QString& method, const QString& note) const;
    // Every recipient of the request not yet told, told on the same day the same way: all of
    // them or none (one transaction), an audit entry each. Returns how many were told.
    int recordEveryNotice(const Session& session, qint64 requestId, const QDate& notifiedOn,
                          const QString& method, const QString& note) const;
    // A supervisor or administrator, not the officer who executed the request, lets it close
    // while some of its tasks are not yet confirmed done (docs/tasks.md), with the reason: the
    // four-eyes exception to the rule below, audited as "withdrawal.close_override".
    void allowCloseWithOpenTasks(const Session& supervisor, qint64 requestId, const QString& reason,
                                 int expectedVersion = RecordVersion::kAny) const;
    // The reply went out: closes the request (every recipient told first, every task but a
    // backup's confirmed done, unless a supervisor allowed it).
    void logReply(const Session& session, qint64 requestId, const QDate& sentOn,
                  const QString& method, const QString& tracking,
                  int expectedVersion = RecordVersion::kAny) const;
    qint64 attach(const Session& session, qint64 requestId,
                  const AttachmentService::Document& document) const;
    // A blocked category back in use (its values shown and usable again): supervisors and
    // administrators, with the reason, audited as "subject.unblock".
    void unblock(const Session& session, qint64 subjectId, const QString& category,
                 const QString& reason) const;

    using Filter = CaseFilter;
    // Open first, overdue first among them, then by due date. `state` empty: any.
    QList<Row> list(const QDate& on, Filter filter = Filter::All, const QString& state = {},
                    qint64 officerId = 0) const;
    // The same a page at a time (the GUI's register): after `after`, the previous page's last
    // row, when given; else from `offset`.
    struct View
    {
        Filter filter = Filter::All;
        QString state;        // empty: any
        qint64 officerId = 0; // 0: any
    };
    qint64 count(const QDate& on, const View& view) const;
    qint64 overdueCount(const QDate& on, const View& view) const;
    QList<Row> page(const QDate& on, const View& view, qint64 offset, int limit,
                    const Row* after) const;
    Details details(qint64 requestId, const QDate& on) const;
    // The same, inside the caller's transaction (a letter reads and audits together).
    Details detailsWithin(const QSqlDatabase& db, qint64 requestId, const QDate& on) const;

private:
    struct RequestPlan;
    static void checkRegistration(const Registration& r);
    static RequestPlan planRequest(const QSqlDatabase& db, const Registration& r);
    static qint64 insertRequest(const QSqlDatabase& db, const Session& session,
                                const Registration& r, const RequestPlan& plan);
    static void checkDecisions(const QStringList& scope, const QList<Decision>& decisions,
                               const QDate& today);
    static void checkDecision(const Decision& d, const QDate& today);
    static qint64 openMinorWithin(const QSqlDatabase& db, const Session& session, qint64 subjectId,
                                  const QString& guardianName, const QString& guardianAddress);
    static QJsonObject recordDecisions(const QSqlDatabase& db, const Session& session,
                                       qint64 requestId, const QList<Decision>& decisions);

    Database& m_database;
};

} // namespace dpo
