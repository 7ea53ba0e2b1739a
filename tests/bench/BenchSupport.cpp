// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>

namespace dpo::bench {

Session firstAdministrator(Database& database)
{
    QSqlQuery officer = prepareQuery(
        database.connection(),
        QStringLiteral("SELECT id FROM officers WHERE role = 'administrator' ORDER BY id LIMIT 1"));
    execQuery(officer, "officer");
    officer.next();
    return Session{officer.value(0).toLongLong(), QStringLiteral("bench"), QStringLiteral("Bench"),
                   Role::Administrator};
}

QList<WithdrawalService::Decision> destroyEverything(const QStringList& categories,
                                                     const QString& justification)
{
    QList<WithdrawalService::Decision> decisions;
    for (const QString& category : categories) {
        WithdrawalService::Decision decision;
        decision.category = category;
        decision.action = DecisionAction::Destroy;
        decision.justification = justification;
        decisions << decision;
    }
    return decisions;
}

namespace {
// A value as the driver would bind it, written as a literal of the same type.
QString literal(const QVariant& value, bool postgres)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return postgres ? (value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
                        : QString::number(int(value.toBool()));
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    case QMetaType::QDateTime:
        // QSQLITE stores instants as ISO-8601 text with milliseconds; PostgreSQL reads the same.
        return QLatin1Char('\'') + value.toDateTime().toString(Qt::ISODateWithMs) +
               QLatin1Char('\'');
    case QMetaType::QByteArray:
        return postgres
                   ? QStringLiteral("'\\x%1'::bytea")
                         .arg(QString::fromLatin1(value.toByteArray().toHex()))
                   : QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default: {
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}
} // namespace

QString StatementRecorder::inlineValues(const QString& sql, const QVariantList& values,
                                        bool postgres)
{
    QString out;
    out.reserve(sql.size() + values.size() * 12);
    bool quoted = false;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted && next < values.size())
            out += literal(values.at(next++), postgres);
        else
            out += c;
    }
    return out;
}

StatementRecorder::StatementRecorder(const QString& path)
{
    if (path.isEmpty())
        return;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    setStatementObserver([this](const QSqlQuery& query) {
        const bool postgres =
            query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
        const QString sql =
            inlineValues(query.lastQuery(), query.boundValues(), postgres).simplified();
        m_file.write(sql.toUtf8() + ";\n");
    });
}

StatementRecorder::~StatementRecorder()
{
    setStatementObserver({});
}

} // namespace dpo::bench
