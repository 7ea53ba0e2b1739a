// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AttachmentService.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace dpo {

class Database;
struct Session;

// Disclosures of personal data to third parties outside platform cooperation: without consent
// (policy 4.6.1-4.6.3), on the subject's consent (the policy's preamble) or under an international
// treaty (1.1.6), to a recipient at home or abroad; and the notice each subject gets (4.6.4). A
// notification goes into the outbox (the notifications table) that the platform's messaging service
// reads and updates (docs/outbox.md), or is recorded as sent by hand (a letter by post with its
// tracking number). Blocked data (a withdrawal's) is never disclosed. Every step is audited.
class DisclosureService
{
public:
    struct Registration
    {
        QStringList subjectRefs;  // one or more (one court request may cover several)
        qint64 recipientId = 0;   // from the recipients list, or...
        QString newRecipientName; // ...a new one: its name and kind
        QString newRecipientKind; // state_body, local_body, non_state_body, other, ...
        QString newRecipientCountry = QStringLiteral("KG"); // ISO 3166-1 alpha-2
        // vital_interests (4.6.1), state_request (4.6.2), law (4.6.3), consent (preamble),
        // treaty (1.1.6)
        QString ground;
        QString requestNumber, requestBody; // 4.6.2: the request's number and issuing body
        QDate requestDate;                  // 4.6.2: its date
        QString lawReference;               // 4.6.3: the law
        QString consentReference;           // consent: where the subject's consent is recorded
        QString treatyReference;            // treaty: the treaty's name
        QString purpose;                    // what the recipient receives the data for
        QStringList categories;             // the data categories disclosed
        QDate disclosedOn;
        bool outsidePlatform = true; // outside platform cooperation: each subject is notified
        QString note;
        QList<AttachmentService::Document> documents; // the request document
    };

    struct Notification
    {
        qint64 id = 0;
        qint64 subjectId = 0;
        QString channel, address, language, body, state, stateNote, trackingNumber, via;
        QDateTime queuedAt, sentAt, stateAt;
    };

    struct SubjectLine
    {
        qint64 subjectId = 0;
        QString platformRef, name;
        bool notified =
            false; // a notification was sent (the policy deems it notified), whatever the delivery
        bool late = false; // not notified and the notice is past due
    };

    struct Row
    {
        qint64 id = 0;
        QDate disclosedOn;
        QString recipient, ground;
        QString country; // the recipient's; a transfer abroad when it is not "KG"
        int subjects = 0, notified = 0, undelivered = 0; // undelivered: a failed latest delivery
        bool outsidePlatform = true;
        bool late = false; // a subject not notified after the notice period
        QDate noticeDue;   // the notice period's last day (the organisation's own target)
        bool abroad() const { return country != QLatin1String("KG"); }
    };

    struct Details
    {
        Row row;
        QString recipientKind, requestNumber, requestBody, lawReference, note, officer;
        QString consentReference, treatyReference, purpose; // purpose: empty before schema 18
        QDate requestDate;
        QStringList categories;
        QList<SubjectLine> subjects;
        QList<Notification> notifications;
        QList<AttachmentService::Info> documents;
    };

    struct Filter
    {
        QDate from, to; // the disclosure date, inclusive; invalid: open-ended
        qint64 recipientId = 0;
        QString ground, channel; // empty: any
        bool unnotifiedOnly = false;
        bool failedOnly = false; // a delivery failed
        bool abroadOnly = false; // to a recipient outside the Kyrgyz Republic
    };

    explicit DisclosureService(Database& database);

    static int noticeWorkingDays(const QSqlDatabase& db); // console_settings, default 3
    // Administrators, 1 to 30 working days; audited as "settings.change".
    void setNoticeWorkingDays(const Session& session, int days) const;
    // The day by which the subjects of a disclosure made on `disclosedOn` are notified.
    static QDate noticeDue(const QSqlDatabase& db, const QDate& disclosedOn);

    qint64 record(const Session& session, const Registration& registration) const;
    // Into the outbox, queued: the address from the subject's record for the channel when empty,
    // the text from the template in the subject's preferred language.
    qint64 queueNotification(const Session& session, qint64 disclosureId, qint64 subjectId,
                             const QString& channel, const QString& address = {}) const;
    // Into the outbox, for every subject of the disclosure with no notice yet but a failed one,
    // by `channel` to the address in each one's record (a bulk action over disclosures): all of
    // the disclosure's or none, refused when a record has no address for the channel, each
    // notice audited. Returns how many were queued.
    int queueNotices(const Session& session, qint64 disclosureId, const QString& channel) const;
    // Sent by the officer (a letter by post with its tracking number, a call...): state sent.
    qint64 recordSentByHand(const Session& session, qint64 disclosureId, qint64 subjectId,
                            const QString& channel, const QString& address, const QDateTime& sentAt,
                            const QString& tracking) const;
    // The notice's text from the template (docs/outbox.md), in `language`.
    QString noticeText(qint64 disclosureId, const QString& language) const;
    // What a law, consent or treaty ground rests on, of the three references a disclosure keeps;
    // empty for the other grounds (a body's request names its number, date and body instead).
    static QString groundReference(const QString& ground, const QString& law,
                                   const QString& consent, const QString& treaty);

    // The register, newest first (by date, then number).
    QList<Row> list(const Filter& filter, const QDate& today) const;
    // The same a page at a time (the GUI's register): after `after`, the previous page's last
    // row, when given; else from `offset`. lateCount: the rows with a subject not notified after
    // the notice period.
    qint64 count(const Filter& filter) const;
    qint64 lateCount(const Filter& filter, const QDate& today) const;
    QList<Row> page(const Filter& filter, const QDate& today, qint64 offset, int limit,
                    const Row* after) const;
    Details details(qint64 disclosureId, const QDate& today) const;

private:
    // record()'s parts, in its transaction.
    static void checkRegistration(const Registration& r);
    static qint64 recipientFor(const QSqlDatabase& db, const Registration& r);
    static void checkCategories(const QSqlDatabase& db, const QStringList& categories);
    static QList<qint64> disclosableSubjects(const QSqlDatabase& db, const Registration& r);
    static qint64 insertDisclosure(const QSqlDatabase& db, const Session& session,
                                   const Registration& r, qint64 recipientId,
                                   const QList<qint64>& subjects);

    Database& m_database;
};

} // namespace dpo
