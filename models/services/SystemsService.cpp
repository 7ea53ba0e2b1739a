// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SystemsService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/Vocabulary.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace dpo {

namespace {
constexpr int kMaxText = 200;
constexpr int kMaxRotationDays = 3650;

QJsonObject toJson(const DataSystem& s)
{
    QJsonObject o{{QStringLiteral("code"), s.code},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("confirmed_by"), s.confirmedBy},
                  {QStringLiteral("owner"), s.owner},
                  {QStringLiteral("active"), s.active},
                  {QStringLiteral("categories"), QJsonArray::fromStringList(s.categories)},
                  // null unless a backup: a change either way shows both sides
                  {QStringLiteral("rotation_days"),
                   s.rotationDays > 0 ? QJsonValue(s.rotationDays) : QJsonValue(QJsonValue::Null)}};
    return o;
}

// name, kind, confirmed_by, owner, rotation_days, active: in this order in both statements.
void bindFields(QSqlQuery& q, const DataSystem& s)
{
    q.addBindValue(s.name);
    q.addBindValue(s.kind);
    q.addBindValue(s.confirmedBy);
    q.addBindValue(s.owner);
    q.addBindValue(s.rotationDays > 0 ? QVariant(s.rotationDays) : QVariant());
    q.addBindValue(s.active);
}

DataSystem readSystem(const QSqlQuery& q)
{
    DataSystem s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.kind = q.value(3).toString();
    s.confirmedBy = q.value(4).toString();
    s.owner = q.value(5).toString();
    s.rotationDays = q.value(6).isNull() ? 0 : q.value(6).toInt();
    s.active = q.value(7).toBool();
    return s;
}
} // namespace

QList<DataSystem> SystemsService::list() const
{
    return list(m_database.connection());
}

QList<DataSystem> SystemsService::list(const QSqlDatabase& db)
{
    QList<DataSystem> systems;
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT id, code, name, kind, confirmed_by, "
                                                  "owner, rotation_days, active FROM "
                                                  "data_systems ORDER BY code"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the data systems"));
    QHash<qint64, qsizetype> places;
    while (q.next()) {
        systems << readSystem(q);
        places.insert(systems.last().id, systems.size() - 1);
    }
    QSqlQuery c = prepareQuery(db, QStringLiteral("SELECT system_id, category_code FROM "
                                                  "data_system_categories ORDER BY category_code"));
    execQuery(c, QT_TRANSLATE_NOOP("dpo::Sql", "read the data systems' categories"));
    while (c.next()) {
        const auto place = places.constFind(c.value(0).toLongLong());
        if (place != places.cend())
            systems[*place].categories << c.value(1).toString();
    }
    return systems;
}

DataSystem SystemsService::checked(const QSqlDatabase& db, DataSystem s)
{
    s.code = s.code.trimmed();
    s.name = s.name.trimmed();
    s.owner = s.owner.trimmed();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    if (!codePattern.match(s.code).hasMatch())
        throw Error(Error::Kind::BadInput,
                    //: %1: the code as typed.
                    tr("Code: \"%1\" is not 1 to 64 lower-case letters, digits, '.', '_' or '-' "
                       "(starting with a letter or digit).")
                        .arg(s.code.left(70)));
    if (s.name.isEmpty() || s.name.size() > kMaxText)
        //: %1: the largest number of characters.
        throw Error(Error::Kind::BadInput, tr("Name: must be 1 to %1 characters.").arg(kMaxText));
    if (s.owner.isEmpty() || s.owner.size() > kMaxText)
        throw Error(Error::Kind::BadInput,
                    //: %1: the largest number of characters.
                    tr("Who confirms: must be 1 to %1 characters (a team or a person, with how "
                       "to reach them).")
                        .arg(kMaxText));
    if (!Vocabulary::codes(Vocabulary::Kind::SystemKind).contains(s.kind))
        throw Error(
            Error::Kind::BadInput,
            //: %1: the kind as given; %2: the kinds allowed, separated by commas.
            tr("Kind: \"%1\" is not one of %2.")
                .arg(s.kind.left(40),
                     Vocabulary::codes(Vocabulary::Kind::SystemKind).join(QStringLiteral(", "))));
    if (!Vocabulary::codes(Vocabulary::Kind::SystemConfirmer).contains(s.confirmedBy))
        throw Error(
            Error::Kind::BadInput,
            //: %1: the value as given.
            tr("Confirmed by: \"%1\" is not worker or person.").arg(s.confirmedBy.left(40)));
    const bool backup = s.kind == QLatin1String("backup");
    if (backup && (s.rotationDays < 1 || s.rotationDays > kMaxRotationDays))
        throw Error(Error::Kind::BadInput,
                    //: %1: the largest number of days.
                    tr("Rotation: a backup needs the days after which its copies are overwritten "
                       "(1 to %1).")
                        .arg(kMaxRotationDays));
    if (!backup && s.rotationDays != 0)
        throw Error(Error::Kind::BadInput,
                    //: %1: the system's kind, e.g. "crm".
                    tr("Rotation: only a backup rotates; leave it out for a %1.").arg(s.kind));
    if (s.categories.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("Categories: name at least one data category the system holds."));
    QSet<QString> known;
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT code FROM data_categories"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the data categories"));
    while (q.next())
        known.insert(q.value(0).toString());
    for (QString& category : s.categories) {
        category = category.trimmed();
        if (!known.contains(category))
            throw Error(Error::Kind::BadInput,
                        //: %1: the category as given.
                        tr("Categories: \"%1\" is not a data category.").arg(category.left(60)));
    }
    s.categories.removeDuplicates();
    s.categories.sort();
    return s;
}

void SystemsService::writeCategories(const QSqlDatabase& db, qint64 systemId,
                                     const QStringList& categories)
{
    QSqlQuery clear =
        prepareQuery(db, QStringLiteral("DELETE FROM data_system_categories WHERE system_id = ?"));
    clear.addBindValue(systemId);
    execQuery(clear, QT_TRANSLATE_NOOP("dpo::Sql", "change a data system's categories"));
    QSqlQuery add = prepareQuery(db, QStringLiteral("INSERT INTO data_system_categories "
                                                    "(system_id, category_code) VALUES (?, ?)"));
    for (const QString& category : categories) {
        add.bindValue(0, systemId);
        add.bindValue(1, category);
        execQuery(add, QT_TRANSLATE_NOOP("dpo::Sql", "change a data system's categories"));
    }
}

qint64 SystemsService::add(const Session& session, const DataSystem& wanted) const
{
    return runStep(m_database, session, Permission::ManageSystems, tr("add a data system"),
                   [&](const QSqlDatabase& db) {
        const DataSystem s = checked(db, wanted);
        for (const DataSystem& existing : list(db))
            if (existing.code == s.code)
                throw Error(
                    Error::Kind::BadInput,
                    //: %1: the code as typed; %2: the name of the data system that has it.
                    tr("Code: \"%1\" is already the code of %2.").arg(s.code, existing.name));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("INSERT INTO data_systems (code, name, kind, confirmed_by, owner, "
                               "rotation_days, active) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(s.code);
        bindFields(q, s);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "add a data system"));
        q.next();
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        writeCategories(db, id, s.categories);
        AuditService::append(db, session, QStringLiteral("system.add"),
                             QStringLiteral("data_system"), QString::number(id), 0, toJson(s));
        return id;
    });
}

void SystemsService::change(const Session& session, const DataSystem& wanted) const
{
    runStep(m_database, session, Permission::ManageSystems, tr("change a data system"),
            [&](const QSqlDatabase& db) {
        DataSystem before;
        for (const DataSystem& existing : list(db))
            if (existing.code == wanted.code.trimmed())
                before = existing;
        //: %1: the code as typed.
        if (before.id == 0)
            throw Error(Error::Kind::NotFound, tr("There is no data system with the code \"%1\".")
                                                   .arg(wanted.code.trimmed().left(70)));
        DataSystem s = checked(db, wanted);
        s.id = before.id;
        if (s == before)
            return;
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE data_systems SET name = ?, kind = ?, confirmed_by = ?, "
                               "owner = ?, rotation_days = ?, active = ? WHERE id = ?"));
        bindFields(q, s);
        q.addBindValue(s.id);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "change a data system"));
        if (s.categories != before.categories)
            writeCategories(db, s.id, s.categories);
        // Only what changed, each as it was and as it is.
        const QJsonObject from = toJson(before), to = toJson(s);
        QJsonObject changes;
        for (auto it = to.begin(); it != to.end(); ++it)
            if (from.value(it.key()) != it.value())
                changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), from.value(it.key())},
                                                     {QStringLiteral("to"), it.value()}});
        AuditService::append(
            db, session, QStringLiteral("system.change"), QStringLiteral("data_system"),
            QString::number(s.id), 0,
            QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("changes"), changes}});
    });
}

} // namespace dpo
