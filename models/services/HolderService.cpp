// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/HolderService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"
#include "services/SettingsService.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace dpo {

namespace {
struct Field
{
    const char* key;
    QString Holder::*member;
    const char* label; // in a refusal
    bool required;
};

const QList<Field>& fields()
{
    static const QList<Field> list{
        {"holder_name_ky", &Holder::nameKy,
         QT_TRANSLATE_NOOP("dpo::HolderService", "Name (Kyrgyz)"), true},
        {"holder_name_ru", &Holder::nameRu,
         QT_TRANSLATE_NOOP("dpo::HolderService", "Name (Russian)"), true},
        {"holder_inn", &Holder::inn, QT_TRANSLATE_NOOP("dpo::HolderService", "INN"), true},
        {"holder_address_ky", &Holder::addressKy,
         QT_TRANSLATE_NOOP("dpo::HolderService", "Address (Kyrgyz)"), false},
        {"holder_address_ru", &Holder::addressRu,
         QT_TRANSLATE_NOOP("dpo::HolderService", "Address (Russian)"), false},
        {"signatory_position_ky", &Holder::positionKy,
         QT_TRANSLATE_NOOP("dpo::HolderService", "Signatory's position (Kyrgyz)"), true},
        {"signatory_position_ru", &Holder::positionRu,
         QT_TRANSLATE_NOOP("dpo::HolderService", "Signatory's position (Russian)"), true},
    };
    return list;
}

constexpr int kMaxLength = 300;
} // namespace

Holder HolderService::holder() const
{
    return holder(m_database.connection());
}

Holder HolderService::holder(const QSqlDatabase& db)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT key, value FROM console_settings WHERE key LIKE 'holder\\_%' "
                           "ESCAPE '\\' OR key LIKE 'signatory\\_%' ESCAPE '\\'"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read a setting"));
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    Holder h;
    for (const Field& f : fields())
        h.*f.member = values.value(QString::fromLatin1(f.key));
    return h;
}

void HolderService::setHolder(const Session& session, const Holder& wanted) const
{
    runStep(m_database, session, Permission::ChangeSettings, tr("change the holder's details"),
            [&](const QSqlDatabase& db) {
        Holder h = wanted;
        for (const Field& f : fields()) {
            QString& value = h.*f.member;
            value = value.trimmed();
            const QString label = tr(f.label);
            //: %1: the field's name, e.g. "Name in Kyrgyz".
            if (f.required && value.isEmpty())
                throw Error(Error::Kind::BadInput, tr("%1: is empty; letters need it.").arg(label));
            if (value.size() > kMaxLength)
                throw Error(Error::Kind::BadInput,
                            //: %1: the field's name, e.g. "Name in Kyrgyz"; %2: a number of
                            //: characters.
                            tr("%1: is longer than %2 characters.").arg(label).arg(kMaxLength));
        }
        static const QRegularExpression innPattern(QStringLiteral("^\\d{14}$"));
        if (!innPattern.match(h.inn).hasMatch())
            throw Error(Error::Kind::BadInput,
                        //: %1: the tax number as typed.
                        tr("INN: \"%1\" is not 14 digits.").arg(h.inn.left(40)));
        const Holder before = holder(db);
        for (const Field& f : fields()) {
            const QString& from = before.*f.member;
            const QString& to = h.*f.member;
            if (from == to)
                continue;
            SettingsService::store(db, QString::fromLatin1(f.key), to);
            AuditService::append(
                db, session, QStringLiteral("settings.change"), QStringLiteral("setting"),
                QString::fromLatin1(f.key), 0,
                QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        }
    });
}

} // namespace dpo
