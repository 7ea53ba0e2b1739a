// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AuditService.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dpo {

class Database;

struct ExportCheck
{
    bool ok = false;
    QString problem; // what failed, in words, when not ok
    QString keyFingerprint;
    qint64 entries = 0;
    qint64 headSeq = 0;
    QString headHash;
    qint64 entriesMatched = 0; // CSV and JSON Lines entries checked against a database
    QDateTime timeStampedAt;   // the time-stamping authority's time (UTC); invalid: none
};

// Checks an audit export against its detached signature, FILE.p7s (CMS) or FILE.sig (before it):
// the file's SHA-256, the signature and who signed it. The signature file carries its own public
// key (the .p7s in the signer's certificate), so the signer is trusted only when it is the key the
// caller names by its fingerprint, or a signing key of the database given; with neither the check
// fails as "signer unknown". For CSV and JSON Lines every exported entry must hash to its recorded
// hash and link to the entry before it; with a database also the recorded chain head and every
// entry must be the chain's.
class ExportVerifier
{
public:
    static ExportCheck verify(const QString& exportPath, Database* database = nullptr,
                              const QString& trustedFingerprint = {});

    // An exported entry read back as AuditEntry, so that its hash is computed the way it was when
    // written: a CSV row's fields (AuditExportService::kCsvColumns; an empty id is none) or a
    // JSON Lines object.
    static AuditEntry entryFromCsv(const QStringList& fields);
    static AuditEntry entryFromJson(const QJsonObject& object);

private:
    static ExportCheck verifyOrThrow(const QString& exportPath, Database* database,
                                     const QString& trustedFingerprint);
};

} // namespace dpo
