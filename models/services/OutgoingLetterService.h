// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

class Database;

// The register of outgoing letters every office keeps: each letter the console makes (a claim's
// answer, a withdrawal request's reply, a notice of disclosure) gets the year's next number and
// the day's date the first time it is made; a reprint of the same letter (the same case and
// addressee, in any language) keeps them. On PostgreSQL the server gives the number and the date.
// The register names the case and the addressee's record, not the addressee's name, which is read
// from the case: a withdrawal that destroys a name leaves no copy here.
class OutgoingLetterService
{
    Q_DECLARE_TR_FUNCTIONS(dpo::OutgoingLetterService)
public:
    struct Letter
    {
        qint64 id = 0;
        QString number; // 2026/14
        QDate registeredOn;
        QString kind; // a LetterKind's code: claim.letter, withdrawal.letter, …
        qint64 caseId = 0;
        qint64 subjectId = 0; // a notice's subject; 0 for a case's one addressee
        QString language;
        QString officer;   // who made it first
        QString addressee; // as the case holds it now (empty once destroyed)
    };

    explicit OutgoingLetterService(Database& database) : m_database(database) {}

    // The letter's entry, made now if it has none: inside the caller's step (its transaction).
    static Letter registerLetter(const QSqlDatabase& db, const Session& session,
                                 const QString& kind, qint64 caseId, qint64 subjectId,
                                 const QString& language);

    // The letter's entry if it was made before (a reprint), inside the caller's transaction.
    static std::optional<Letter> findLetter(const QSqlDatabase& db, const QString& kind,
                                            qint64 caseId, qint64 subjectId);

    // The register, newest first; `search` matches the number or the addressee's name (empty:
    // every letter).
    qint64 count(const QString& search) const;
    QList<Letter> page(const QString& search, qint64 offset, int limit, const Letter* after) const;
    // One entry by its id; Error(NotFound) when there is none.
    Letter letter(qint64 id) const;

private:
    Database& m_database;
};

} // namespace dpo
