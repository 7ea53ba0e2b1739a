// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data systems (docs/systems.md) and the tasks executed demo withdrawals gave them
// (docs/tasks.md): closed requests' tasks done, executed ones' partly open, some overdue, one in
// four with a failed photo-store task; backups done once their rotation has passed.
#include "demo/DemoGenerator.h"

#include "db/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dpo::demo {

namespace {
struct SystemSeed
{
    const char* code;
    const char* name;
    const char* kind;
    bool worker;
    int rotationDays; // a backup's
    QStringList categories;
};
} // namespace

void Generator::addDataSystems()
{
    const SystemSeed seeds[] = {
        {"core",
         "Негизги база (платформа)",
         "core_database",
         true,
         0,
         {QStringLiteral("personal_details"), QStringLiteral("identity_document"),
          QStringLiteral("face_photo"), QStringLiteral("contacts")}},
        {"photos", "Сүрөттөр сактагычы", "photo_store", true, 0, {QStringLiteral("face_photo")}},
        {"crm", "CRM (колл-борбор)", "crm", false, 0, {QStringLiteral("contacts")}},
        {"nightly",
         "Түнкү камдык көчүрмө",
         "backup",
         false,
         35,
         {QStringLiteral("face_photo"), QStringLiteral("contacts")}}};
    for (const SystemSeed& seed : seeds) {
        const QString code = QString::fromLatin1(seed.code);
        QSqlQuery find =
            prepareQuery(m_db, QStringLiteral("SELECT id FROM data_systems WHERE code = ?"));
        find.addBindValue(code);
        execQuery(find, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
        if (!find.next()) {
            exec(QStringLiteral("INSERT INTO data_systems (code, name, kind, confirmed_by, owner, "
                                "rotation_days) VALUES (?, ?, ?, ?, ?, ?)"),
                 {code, QString::fromUtf8(seed.name), QString::fromLatin1(seed.kind),
                  QString::fromLatin1(seed.worker ? "worker" : "person"),
                  QStringLiteral("Платформанын IT бөлүмү, ops@example.kg"),
                  seed.rotationDays > 0 ? QVariant(seed.rotationDays)
                                        : QVariant(QMetaType::fromType<int>())});
            execQuery(find, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
            find.next();
            for (const QString& category : seed.categories)
                exec(QStringLiteral("INSERT INTO data_system_categories (system_id, "
                                    "category_code) VALUES (?, ?)"),
                     {find.value(0).toLongLong(), category});
        }
        m_systems << DemoSystem{find.value(0).toLongLong(), code, seed.categories,
                                seed.rotationDays, seed.worker};
    }
    // Who confirmed the by-hand tasks: the demo's first officer.
    QSqlQuery officer =
        prepareQuery(m_db, QStringLiteral("SELECT username FROM officers WHERE id = ?"));
    officer.addBindValue(m_officers.officerA);
    execQuery(officer, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
    m_byHand = officer.next() ? officer.value(0).toString() : QStringLiteral("admin");
}

void Generator::addTasks(qint64 requestId, qint64 subjectId, bool closed,
                         const QDateTime& executedAt, int ordinal,
                         const QList<QPair<QString, QString>>& actions)
{
    const QDate executedOn = executedAt.date();
    const QDate due = m_calendar.addWorkingDays(executedOn, 5);
    for (const DemoSystem& system : m_systems)
        for (const auto& [category, action] : actions) {
            if (!system.categories.contains(category))
                continue;
            const bool backup = system.rotationDays > 0;
            const QDate dueOn = backup ? executedOn.addDays(system.rotationDays) : due;
            QString state = QStringLiteral("open");
            QString note;
            if (backup) {
                if (dueOn < m_options.asOf) {
                    state = QStringLiteral("done");
                    note = QStringLiteral("The backup's copies that held the data were "
                                          "overwritten by its rotation.");
                }
            } else if (closed || (system.worker && system.code != QLatin1String("photos"))) {
                state = QStringLiteral("done");
                note = system.worker ? QStringLiteral("purged") : QStringLiteral("CRM акт");
            } else if (system.code == QLatin1String("photos") && ordinal % 4 == 0) {
                state = QStringLiteral("failed");
                note = QStringLiteral("storage node offline");
            } else if (system.worker) {
                state = QStringLiteral("done");
                note = QStringLiteral("purged");
            }
            const QDateTime outcomeAt =
                backup ? QDateTime(dueOn, QTime(3, 0), Qt::UTC) : executedAt.addSecs(3600 * 20);
            const bool settled = state != QLatin1String("open");
            const QJsonObject instruction{
                {QStringLiteral("type"), QStringLiteral("system")},
                {QStringLiteral("system"), system.code},
                {QStringLiteral("category"), category},
                {QStringLiteral("action"), action},
                {QStringLiteral("request"), requestId},
                {QStringLiteral("decided_at"), executedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)}};
            exec(QStringLiteral(
                     "INSERT INTO tasks (kind, request_id, subject_id, subject_ref, system_id, "
                     "category_code, action, instruction, state, created_at, due_on, outcome_at, "
                     "outcome_note, recorded_at, recorded_by) VALUES ('system', ?, ?, (SELECT "
                     "CASE WHEN ? = 'done' THEN NULL ELSE platform_ref END FROM subjects WHERE "
                     "id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {requestId, subjectId, state, subjectId, system.id, category, action,
                  QString::fromUtf8(QJsonDocument(instruction).toJson(QJsonDocument::Compact)),
                  state, executedAt, dueOn,
                  settled ? QVariant(outcomeAt) : QVariant(QMetaType::fromType<QDateTime>()),
                  settled ? QVariant(note) : QVariant(QMetaType::fromType<QString>()),
                  settled ? QVariant(outcomeAt) : QVariant(QMetaType::fromType<QDateTime>()),
                  settled ? QVariant(system.worker ? QStringLiteral("dpo_tasks") : m_byHand)
                          : QVariant(QMetaType::fromType<QString>())});
        }
}

} // namespace dpo::demo
