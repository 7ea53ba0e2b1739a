// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/ErasedIdentifiers.h"

#include "core/Error.h"
#include "db/Sql.h"
#include "security/Sha256.h"

#include <QCoreApplication>

namespace dpo {

QString ErasedIdentifiers::code(Kind kind)
{
    switch (kind) {
    case Kind::PlatformRef:
        return QStringLiteral("platform_ref");
    case Kind::Inn:
        return QStringLiteral("inn");
    case Kind::Phone:
        return QStringLiteral("phone");
    }
    Q_UNREACHABLE();
}

ErasedIdentifiers::ErasedIdentifiers(const QSqlDatabase& db, qint64 maxInMemory)
    : m_maxInMemory(maxInMemory),
      m_find(prepareQuery(db, QStringLiteral("SELECT subject_id FROM erased_identifiers WHERE "
                                             "kind = ? AND digest = ?"))),
      m_insert(prepareQuery(db, QStringLiteral("INSERT INTO erased_identifiers (kind, digest, "
                                               "subject_id, erased_at) VALUES (?, ?, ?, ?) "
                                               "ON CONFLICT DO NOTHING")))
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT salt FROM erasure_salt WHERE id = 1"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the erasure salt"));
    if (!q.next())
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("dpo::ErasedIdentifiers",
                                                "The database has no erasure salt: it was not "
                                                "migrated to schema version 14."));
    m_salt = q.value(0).toString();
}

QByteArray ErasedIdentifiers::rawDigest(Kind kind, const QString& value) const
{
    // The unit separator keeps "inn" + "1…" apart from any other kind's value.
    m_sha.add((m_salt + QChar(0x1f) + code(kind) + QChar(0x1f) + value).toUtf8());
    return m_sha.result();
}

QString ErasedIdentifiers::digest(Kind kind, const QString& value) const
{
    return QString::fromLatin1(rawDigest(kind, value).toHex());
}

void ErasedIdentifiers::checkForAny(const QSqlDatabase& db)
{
    QSqlQuery count = prepareQuery(db, QStringLiteral("SELECT count(*) FROM erased_identifiers"));
    execQuery(count, QT_TRANSLATE_NOOP("dpo::Sql", "check the erased identifiers"));
    const qint64 n = count.next() ? count.value(0).toLongLong() : 0;
    m_none = n == 0;
    m_loaded = n <= m_maxInMemory;
    m_subjects.clear();
    if (m_none || !m_loaded)
        return;
    m_subjects.reserve(n);
    QSqlQuery all =
        prepareQuery(db, QStringLiteral("SELECT kind, digest, subject_id FROM erased_identifiers"));
    execQuery(all, QT_TRANSLATE_NOOP("dpo::Sql", "check the erased identifiers"));
    while (all.next())
        m_subjects.insert(all.value(0).toString().toLatin1() + ':' +
                              QByteArray::fromHex(all.value(1).toString().toLatin1()),
                          all.value(2).toLongLong());
}

qint64 ErasedIdentifiers::erasedSubject(Kind kind, const QString& value)
{
    if (value.isEmpty() || m_none)
        return 0;
    if (m_loaded)
        return m_subjects.value(code(kind).toLatin1() + ':' + rawDigest(kind, value));
    return erasedSubjectNow(kind, value);
}

qint64 ErasedIdentifiers::erasedSubjectNow(Kind kind, const QString& value)
{
    if (value.isEmpty())
        return 0;
    m_find.bindValue(0, code(kind));
    m_find.bindValue(1, digest(kind, value));
    execQuery(m_find, QT_TRANSLATE_NOOP("dpo::Sql", "check the erased identifiers"));
    const qint64 subject = m_find.next() ? m_find.value(0).toLongLong() : 0;
    m_find.finish();
    return subject;
}

void ErasedIdentifiers::record(Kind kind, const QString& value, qint64 subjectId,
                               const QDateTime& at)
{
    if (value.isEmpty())
        return;
    m_insert.bindValue(0, code(kind));
    m_insert.bindValue(1, digest(kind, value));
    m_insert.bindValue(2, subjectId);
    m_insert.bindValue(3, at);
    execQuery(m_insert, QT_TRANSLATE_NOOP("dpo::Sql", "keep the erased identifiers"));
}

} // namespace dpo
