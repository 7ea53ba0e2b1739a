// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseFilter.h"
#include "services/AttachmentService.h"
#include "services/RecordVersion.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

class Database;
struct Session;

// Pre-trial claims (policy 14.1-14.2, a written answer within 30 calendar days), subjects'
// requests for their own data (Law No. 58 Art. 17, one week) and the requests of the State Agency
// for Personal Data Protection or the Ombudsman (Art. 17(g), one week) and subjects' requests to
// correct their data (policy 12.3, the organisation's own target of a week): one register, the due
// date fixed at registration by the calendar's rule (docs/calendar.md, docs/claims.md).
class ClaimService
{
public:
    enum class Kind
    {
        PretrialClaim,
        AccessRequest,
        AuthorityRequest,
        RectificationRequest // a subject's request to correct their data (RectificationService)
    };

    struct Registration
    {
        Kind kind = Kind::PretrialClaim;
        QString subjectRef;   // the claimant is this subject; empty for someone not in the database
        QString claimantName; // required when there is no subject; else the subject's name
        QString claimantContact;
        QDate receivedOn;
        QString channel = QStringLiteral("post"); // post, in_person, email, app_form
        QString subjectMatter;
        QList<AttachmentService::Document> documents; // the claim's letter, stored with it
        // An authority's request: which body (state_agency, ombudsman), its number and date. The
        // claimant is the body, named by the console when no name is given.
        QString authority;
        QString requestNumber;
        QDate requestDate;
    };

    // What a claim concerns: a withdrawal request, a disclosure, or another claim.
    enum class LinkKind
    {
        WithdrawalRequest,
        Disclosure,
        Claim
    };
    struct Link
    {
        LinkKind kind = LinkKind::WithdrawalRequest;
        qint64 id = 0;
        QString description; // e.g. "received 2026-11-02, executed" (read back, not stored)
    };

    struct Row
    {
        qint64 id = 0;
        Kind kind = Kind::PretrialClaim;
        QString claimant, subjectRef, state, outcome;
        QDate receivedOn, dueOn, answerSentOn;
        int daysLeft = 0; // against the day asked about
        bool overdue = false;
        bool open = false; // open or answer drafted
    };

    explicit ClaimService(Database& database);

    // What the steps check of a claim, read on the caller's transaction; NotFound when there is
    // no such claim.
    struct Current
    {
        QString state, kind;
        QDate receivedOn, dueOn;
        qint64 subjectId = 0;
    };
    static Current current(const QSqlDatabase& db, qint64 claimId);

    // pretrial_claim, access_request, authority_request, rectification_request
    static QString kindCode(Kind kind);
    // Also "claim", "access", "authority" and "rectification"; throws BadInput.
    static Kind kindFromCode(const QString& code);
    static int periodDays(Kind kind); // Periods, the one place they are written

    // Officers and supervisors (and administrators). Audited as "claim.register".
    Row registerClaim(const Session& session, const Registration& registration) const;

    // The written answer (policy 14.2): drafted, then sent on a day by post (with its tracking
    // number), by hand or by email; then the claim is closed with its outcome and reasons.
    struct Answer
    {
        QDate sentOn;
        QString method;   // post, hand_delivery, email
        QString tracking; // required for post
        QString text;
    };
    // The draft may already carry the intended outcome, so that the letter states it; closing
    // confirms or changes it. Refusing an access request in whole or in part cites the paragraph
    // of Law No. 58 Art. 15 it rests on ("2", "3.1"); a pre-trial claim cites none.
    struct Draft
    {
        QString text;
        QString outcome; // empty, satisfied, partly_satisfied, refused
        QString reason;
        QString refusalParagraph;
    };
    // `expectedVersion`: the claim's version as the officer saw it (Details::version); a change
    // another officer made since is refused with Error::Conflict (RecordVersion).
    void draftAnswer(const Session& session, qint64 claimId, const Draft& draft,
                     int expectedVersion = RecordVersion::kAny) const;
    void draftAnswer(const Session& session, qint64 claimId, const QString& text) const
    {
        draftAnswer(session, claimId, Draft{text, {}, {}, {}});
    }
    void logAnswer(const Session& session, qint64 claimId, const Answer& answer,
                   int expectedVersion = RecordVersion::kAny) const;
    void close(const Session& session, qint64 claimId, const QString& outcome,
               const QString& reason, const QString& refusalParagraph = {},
               int expectedVersion = RecordVersion::kAny) const;
    // Closed with the outcome, reason and paragraph its draft states (a bulk close of answered
    // claims); refused when the draft states no outcome. Audited as "claim.close", like close.
    void closeAsDrafted(const Session& session, qint64 claimId) const;
    // The due date is fixed at registration; a calendar edit changes it only when asked (audited).
    QDate recalculateDueDate(const Session& session, qint64 claimId,
                             int expectedVersion = RecordVersion::kAny) const;

    void link(const Session& session, qint64 claimId, LinkKind kind, qint64 targetId) const;
    void unlink(const Session& session, qint64 claimId, LinkKind kind, qint64 targetId) const;
    qint64 attach(const Session& session, qint64 claimId,
                  const AttachmentService::Document& document) const;

    // One claim in full, for its page and its letter.
    struct Details
    {
        Row row;
        qint64 subjectId = 0;
        QString claimantContact, channel, subjectMatter, officer;
        QString answerMethod, answerTracking, answerText, outcomeReason, refusalParagraph;
        QString
            preferredLanguage; // the subject's (ky, ru); empty for a claimant not in the database
        QString authority, requestNumber; // an authority's request
        QDate requestDate;
        QList<Link> links;
        QList<AttachmentService::Info> documents;
        int version = 0; // raised by every change (RecordVersion)
    };
    Details details(qint64 claimId, const QDate& on) const;

    // The register: open cases first, then by due date and number; `on` is the day days left and
    // overdue are counted against (CaseFilter says what each view holds).
    using Filter = CaseFilter;
    using View = CaseFilter; // all a claims register filters by
    QList<Row> list(const QDate& on, Filter filter = Filter::All) const;
    // The same a page at a time (the GUI's register, CaseRegisterModel): after `after`, the
    // previous page's last row, when given; else from `offset`.
    qint64 count(const QDate& on, Filter filter) const;
    qint64 overdueCount(const QDate& on, Filter filter) const;
    QList<Row> page(const QDate& on, Filter filter, qint64 offset, int limit,
                    const Row* after) const;

private:
    // The close's checks, the update and its audit entry, inside the caller's step. An empty
    // outcome is refused with `noOutcome` when given (after the state, which is said first).
    static void closeWithin(const QSqlDatabase& db, const Session& session, qint64 claimId,
                            const QString& outcome, const QString& reason,
                            const QString& refusalParagraph, const QString& noOutcome = {});

    Database& m_database;
};

} // namespace dpo
