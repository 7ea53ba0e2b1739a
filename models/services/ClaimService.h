// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace dpo {

class Database;
struct Session;

// Pre-trial claims (policy 14.1-14.2, a written answer within 30 calendar days) and subjects'
// requests for their own data (Law No. 58 Art. 17, one week): one register, the due date fixed
// at registration by the calendar's rule (docs/calendar.md).
class ClaimService
{
public:
    enum class Kind { PretrialClaim, AccessRequest };

    struct Registration
    {
        Kind kind = Kind::PretrialClaim;
        QString subjectRef;     // the claimant is this subject; empty for someone not in the database
        QString claimantName;   // required when there is no subject; else the subject's name
        QString claimantContact;
        QDate receivedOn;
        QString channel = QStringLiteral("post"); // post, in_person, email, app_form
        QString subjectMatter;
    };

    struct Row
    {
        qint64 id = 0;
        Kind kind = Kind::PretrialClaim;
        QString claimant, subjectRef, state, outcome;
        QDate receivedOn, dueOn, answerSentOn;
        int daysLeft = 0;  // against the day asked about
        bool overdue = false;
        bool open = false; // open or answer drafted
    };

    explicit ClaimService(Database& database);

    static QString kindCode(Kind kind);            // pretrial_claim, access_request
    static Kind kindFromCode(const QString& code); // also "claim" and "access"; throws BadInput
    static int periodDays(Kind kind);               // Periods, the one place they are written

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
    void draftAnswer(const Session& session, qint64 claimId, const QString& text) const;
    void logAnswer(const Session& session, qint64 claimId, const Answer& answer) const;
    void close(const Session& session, qint64 claimId, const QString& outcome, const QString& reason) const;
    // The due date is fixed at registration; a calendar edit changes it only when asked (audited).
    QDate recalculateDueDate(const Session& session, qint64 claimId) const;

    // The register, nearest due date first among open cases; `on` is the day days left and
    // overdue are counted against.
    QList<Row> list(const QDate& on, bool openOnly = false, bool overdueOnly = false) const;

private:
    Database& m_database;
};

} // namespace dpo
