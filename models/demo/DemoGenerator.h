// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to DemoDataService: one demo generation run inside its transaction.

#include "db/BulkInserter.h"
#include "demo/DemoDataService.h"
#include "demo/DemoRandom.h"
#include "domain/DeadlineCalendar.h"

#include <QDateTime>
#include <QSet>

namespace dpo::demo {

struct RecipientSeed
{
    const char* name;
    const char* kind;
    bool participant;
    const char* country = "KG";
};
extern const QList<RecipientSeed> kRecipientSeeds;
constexpr int kFcoCount = 5;       // the first five lend or lease
constexpr int kStateBodyFirst = 8; // then the bodies that send requests
constexpr int kStateBodyCount = 4;
constexpr int kAbroadRecipient = 12; // a credit bureau abroad, for transfers under a treaty

struct DemoOfficers
{
    qint64 supervisor, officerA, officerB, auditor;
};

class Generator
{
public:
    Generator(const QSqlDatabase& db, const DemoDataService::Options& options,
              DemoOfficers officers, QList<qint64> recipients, qint64 policyId);
    DemoDataService::Summary run();

private:
    struct SubjectInfo
    {
        qint64 id = 0;
        QString surname, givenName, language, phone, email, address;
        QDateTime consentAt;
    };

    SubjectInfo addSubject(qint64 index, qint64 id, bool requester);
    void holdCategories(const SubjectInfo& subject, bool requester, bool anonymised);
    QString uniqueInn(QChar sexDigit, const QDate& birth);

    // DemoCases.cpp: written after the subjects, which they refer to.
    void addWithdrawal(const SubjectInfo& subject, int ordinal);
    void addClaim(const SubjectInfo& subject, int ordinal);
    void addDisclosure(const QList<SubjectInfo>& subjects, int ordinal);
    void addAttachment(const char* ownerColumn, qint64 ownerId, const QString& title);
    // DemoTasks.cpp: the platform's systems, and an executed request's tasks for them;
    // `actions` are its (category, action) pairs that were not kept.
    void addDataSystems();
    void addTasks(qint64 requestId, qint64 subjectId, bool closed, const QDateTime& executedAt,
                  int ordinal, const QList<QPair<QString, QString>>& actions);
    QDate daysAgo(qint64 low, qint64 high, const QDateTime& notBefore);

    QDateTime at(const QDate& day);
    void exec(const QString& sql, const QVariantList& values);

    QSqlDatabase m_db; // this run's handle, inside the caller's transaction
    DemoDataService::Options m_options;
    Random m_random;
    DeadlineCalendar m_calendar;
    DemoOfficers m_officers;
    QList<qint64> m_recipients;
    qint64 m_policyId;
    BulkInserter m_subjects, m_consents, m_categories, m_transfers;
    QSet<QString> m_inns;
    qint64 m_nextConsent = 1;
    DemoDataService::Summary m_summary;
    struct DemoSystem
    {
        qint64 id;
        QString code;
        QStringList categories;
        int rotationDays; // 0: not a backup
        bool worker;
    };
    QList<DemoSystem> m_systems;
    QString m_byHand; // the officer who confirms by hand
};

} // namespace dpo::demo
