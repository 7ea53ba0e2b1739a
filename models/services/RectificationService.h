// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/RecordVersion.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dpo {

class Database;
struct Session;

// A subject's request to correct their data (policy 12.3: the subject tells the holder of changes
// with the documents that show them; 1.1.7: the data are updated as the law's procedures say). It
// is a claim of the kind "rectification_request" (ClaimService), registered, answered by letter
// and closed like any claim; this service does what is particular to it: the corrections, each a
// field of the subject's record changed from its old value (kept only as a salted digest, in the
// case and in the audit entry) to the new, and the recipients that received the field's data
// category, each told of the correction. docs/claims.md, "Rectification".
class RectificationService
{
public:
    struct Correction
    {
        QString field; // surname, given_name, ..., as fields() lists
        QString value; // as the subject's documents show it; empty clears an optional field
    };

    struct Corrected
    {
        QString field, category;
        QString newValue; // empty once a later withdrawal removed the category's values
        QString oldDigest, newDigest;
        QDateTime correctedAt;
        QString officer;
    };

    struct Notice
    {
        qint64 id = 0;
        QString recipient, recipientCountry;
        QStringList categories;
        QDate notifiedOn; // invalid: not told yet
        QString method;   // email, post, hand_delivery, platform, phone
        QString note;
    };

    struct Details
    {
        QList<Corrected> corrections;
        QList<Notice> notices;
        int untold = 0; // notices not yet recorded: the claim cannot close until none is left
    };

    explicit RectificationService(Database& database);

    // The fields a correction may change, in the record's order.
    static QStringList fields();
    // The data category a field belongs to (personal_details, identity_document, contacts,
    // addresses).
    static QString categoryOf(const QString& field);

    // The corrections, all or none, in one step: each field checked as the import checks it, not
    // already corrected in this case, its category neither blocked nor erased, its value really
    // changing; the subject's record changed; every recipient that received a corrected category
    // listed to be told (told again when it was told of an earlier correction of another
    // category). Only while the claim's answer is not sent. Audited as "claim.correct" with the
    // fields and the digests, never a value.
    void correct(const Session& session, qint64 claimId, const QList<Correction>& corrections,
                 int expectedVersion = RecordVersion::kAny) const;

    // A recipient was told on a day, by a method (email, post, hand_delivery, platform, phone).
    // Audited as "claim.recipient_notified".
    void recordNotice(const Session& session, qint64 noticeId, const QDate& notifiedOn,
                      const QString& method, const QString& note) const;

    Details details(qint64 claimId) const;

    // How many recipients of the claim's corrections are not told yet (ClaimService::close
    // refuses to close before), on the caller's transaction.
    static int untoldCount(const QSqlDatabase& db, qint64 claimId);

private:
    Database& m_database;
};

} // namespace dpo
