// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dpo {

class Database;
struct Session;

// A name the reference tables hold in each language (data categories, purposes).
struct LocalizedName
{
    QString ky, ru, en;
    QString in(const QString& language) const
    {
        return language == QLatin1String("ky") ? ky : language == QLatin1String("ru") ? ru : en;
    }
};

// Everything the consent database holds about one subject: what the record pane shows and the
// subject data report prints (Law No. 58 Art. 17). Codes stay codes; Vocabulary names them.
struct SubjectRecord
{
    struct Profile
    {
        qint64 id = 0;
        QString platformRef, inn, surname, givenName, patronymic, sex, phone, email;
        QString registrationAddress, residenceAddress, region, preferredLanguage, status,
            idDocument;
        QDate birthDate;
        QDateTime createdAt;
        QDateTime accountClosedAt; // invalid: the account is open (the change feed says so)
        bool masked = true;        // inn, phone, email and idDocument hold masks, not the values
        QString fullName() const;
    };
    struct Consent
    {
        QString policyCode, policyTitle;
        QDate policyEffectiveFrom;
        QDateTime givenAt, withdrawnAt;
        QString channel;
        QStringList withdrawnPurposes; // codes of a partial withdrawal
    };
    struct Category
    {
        QString code, policyClause, state, legalGround;
        LocalizedName name;
        QDate keptUntil;
        QDateTime changedAt;
    };
    struct Transfer
    {
        QString recipient, recipientKind, categoryCode, purposeCode;
        LocalizedName category, purpose;
        QDateTime at;
        QString recipientCountry; // ISO 3166-1; abroad when not "KG"
        LocalizedName countryName;
        bool abroad() const { return recipientCountry != QLatin1String("KG"); }
    };
    struct Withdrawal
    {
        qint64 id = 0;
        QDate receivedOn, dueOn;
        QString channel, scope, state, rejectionReason;
        int tasksPending = 0, tasksOverdue = 0; // of what its execution asked (docs/tasks.md)
    };
    struct Claim
    {
        qint64 id = 0;
        QString kind, channel, subjectMatter, state, outcome;
        QDate receivedOn, dueOn, answerSentOn;
    };
    struct Disclosure
    {
        qint64 id = 0;
        QString recipient, recipientKind, ground, requestNumber, requestBody, lawReference;
        QDate disclosedOn, requestDate;
        QStringList categoryCodes;
        QString consentReference, treatyReference, purpose; // purpose: empty before schema 18
        QString recipientCountry;                           // ISO 3166-1; abroad when not "KG"
        LocalizedName countryName;
        QList<LocalizedName> categoryNames; // of categoryCodes, in their order
        bool abroad() const { return recipientCountry != QLatin1String("KG"); }
        QString categoriesIn(const QString& language) const
        {
            QStringList out;
            for (const LocalizedName& name : categoryNames)
                out << name.in(language);
            return out.join(QStringLiteral("; "));
        }
        // What a ground other than a body's request rests on: the law, consent or treaty.
        QString reference() const
        {
            return !lawReference.isEmpty()       ? lawReference
                   : !consentReference.isEmpty() ? consentReference
                                                 : treatyReference;
        }
    };
    struct Notification
    {
        qint64 id = 0, disclosureId = 0;
        QString channel, address, language, state, stateNote, trackingNumber;
        QDateTime queuedAt, sentAt, stateAt;
    };
    struct AuditLine
    {
        qint64 seq = 0;
        QDateTime at;
        QString officer, action, entity, entityId, details;
    };

    Profile profile;
    QList<Consent> consents;
    QList<Category> categories;
    QList<Transfer> transfers;
    QList<Withdrawal> withdrawals;
    QList<Claim> claims;
    QList<Disclosure> disclosures;
    QList<Notification> notifications;
    QList<AuditLine> audit; // the latest kAuditLines entries, newest first
    bool moreAudit = false;
};

// Reads a subject's record. The record a screen gets is masked (INN, phone, email, identity
// document number and the notification addresses); a masked value is revealed one field at a time
// by an explicit call that writes an audit entry.
class SubjectRecordService
{
public:
    static constexpr int kAuditLines = 500;
    enum class Field
    {
        Inn,
        Phone,
        Email,
        IdDocument
    };

    explicit SubjectRecordService(Database& database);

    // Throws Error(NotFound) for an unknown id.
    SubjectRecord record(qint64 subjectId) const;
    qint64 subjectIdByPlatformRef(const QString& platformRef) const;

    // The clear value of a masked field, audited as "subject.reveal" in one transaction.
    QString reveal(const Session& session, qint64 subjectId, Field field) const;

    static QString fieldCode(Field field);
    // What a blocked value shows instead of itself.
    static QString blockedMarker();

    // The subject's latest kAuditLines audit entries, newest first; `more` says whether there are
    // older ones. What a screen re-reads after a reveal or a report, without the whole record.
    QList<SubjectRecord::AuditLine> auditLines(qint64 subjectId, bool* more = nullptr) const;

    // For the subject data report only (SubjectReportService audits it): nothing masked. Runs in
    // the caller's transaction.
    SubjectRecord unmaskedRecord(qint64 subjectId) const;

private:
    SubjectRecord load(qint64 subjectId, bool masked) const;
    static void hideBlockedValues(SubjectRecord& record);
    Database& m_database;
};

} // namespace dpo
