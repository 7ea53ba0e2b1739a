// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
    qint64 entriesMatched = 0; // CSV and JSON Lines checked against a database
};

// Checks an audit export against its detached signature (FILE.sig): the file's SHA-256 and the
// Ed25519 signature; with a database also that the key is one of its signing keys, that the
// recorded chain head is in its chain, and, for CSV and JSON Lines, that every exported entry's
// hash is the chain's.
class ExportVerifier
{
public:
    static ExportCheck verify(const QString& exportPath, Database* database = nullptr);

private:
    static ExportCheck verifyOrThrow(const QString& exportPath, Database* database);
};

} // namespace dpo
