// SPDX-License-Identifier: GPL-3.0-or-later
// The records the feed keeps up to date: recipients, subjects, closed accounts.
#include "db/Sql.h"
#include "domain/Inn.h"
#include "domain/Vocabulary.h"
#include "domain/WithdrawalDecision.h"
#include "feed/FeedApplierSupport.h"
#include "import/SubjectFields.h"

#include <QRegularExpression>

namespace dpo {

using namespace feed_detail;
using Kind = ErasedIdentifiers::Kind;

// recipient.upsert: by code; a recipient of the same name that has no code yet (entered by hand
// before the feed) is adopted.
void FeedApplier::applyRecipient(Context& c)
{
    const QJsonObject& f = c.event.fields;
    const QString code = text(f, "code");
    const QString name = text(f, "name");
    const QString kind = text(f, "kind");
    if (code.isEmpty() || code.size() > 64)
        //: Follows the field's name in a feed error; the subject is its value. %1: the largest
        //: number of characters.
        c.problem("code", tr("must be 1 to %1 characters").arg(64));
    if (name.isEmpty())
        c.problem("name", tr("is empty"));
    if (!Vocabulary::codes(Vocabulary::Kind::RecipientKind).contains(kind))
        //: Follows the field's name in a feed error. %1: the kind as given; %2: the allowed kinds,
        //: separated by commas.
        c.problem("kind", tr("\"%1\" is not a kind of recipient: use %2")
                              .arg(kind, Vocabulary::codes(Vocabulary::Kind::RecipientKind)
                                             .join(QStringLiteral(", "))));
    const QString inn = text(f, "inn");
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!inn.isEmpty() && !digits.match(inn).hasMatch())
        //: Follows the field's name in a feed error. %1: the tax number as given.
        c.problem("inn", tr("\"%1\" is not a tax number of digits").arg(inn));
    const auto email = SubjectFields::email(text(f, "contact_email"));
    if (!email.ok())
        c.problem("contact_email", email.problem);
    // The recipient's country (policy 1.1.6: a transfer abroad is shown as one), from the list.
    const QString country = text(f, "country").toUpper();
    if (has(f, "country")) {
        QSqlQuery& known = cached(QStringLiteral("SELECT 1 FROM countries WHERE code = ?"));
        known.bindValue(0, country);
        execQuery(known, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
        if (!known.next())
            //: Follows the field's name in a feed error. %1: the country code as given.
            c.problem("country", tr("\"%1\" is not a country code of the list (ISO 3166-1, "
                                    "such as KG or KZ)")
                                     .arg(country));
        known.finish();
    }
    if (c.failed())
        return;

    QSqlQuery& byName = cached(QStringLiteral("SELECT id, code FROM recipients WHERE name = ?"));
    byName.bindValue(0, name);
    execQuery(byName, QT_TRANSLATE_NOOP("dpo::Sql", "find the recipient"));
    qint64 id = 0;
    if (byName.next()) {
        const QString other = byName.value(1).toString();
        if (!other.isEmpty() && other != code)
            c.problem(
                "name",
                //: Follows the field's name in a feed error. %1: the recipient's name; %2: the code
                //: of the recipient that already has it.
                tr("\"%1\" is the name of the recipient with the code \"%2\"").arg(name, other));
        id = byName.value(0).toLongLong();
    }
    byName.finish();
    QSqlQuery& byCode = cached(QStringLiteral("SELECT id FROM recipients WHERE code = ?"));
    byCode.bindValue(0, code);
    execQuery(byCode, QT_TRANSLATE_NOOP("dpo::Sql", "find the recipient"));
    if (byCode.next())
        id = byCode.value(0).toLongLong();
    byCode.finish();
    if (c.failed())
        return;

    const QVariant participant =
        has(f, "platform_participant")
            ? QVariant(f.value(QStringLiteral("platform_participant")).toBool() ? 1 : 0)
            : QVariant();
    if (id == 0) {
        QSqlQuery& insert = cached(
            QStringLiteral("INSERT INTO recipients (code, name, kind, inn, address, contact_email, "
                           "platform_participant, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bindValue(0, code);
        insert.bindValue(1, name);
        insert.bindValue(2, kind);
        insert.bindValue(3, orNull(inn));
        insert.bindValue(4, orNull(text(f, "address")));
        insert.bindValue(5, orNull(email.value));
        insert.bindValue(6, participant.isValid() ? participant : QVariant(0));
        insert.bindValue(7, country.isEmpty() ? QStringLiteral("KG") : country);
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "add the recipient"));
        return;
    }
    // A known recipient: only the fields the event carries change.
    QStringList sets{QStringLiteral("code = ?"), QStringLiteral("name = ?"),
                     QStringLiteral("kind = ?")};
    QVariantList values{code, name, kind};
    const auto set = [&](const char* field, const char* column, const QVariant& value) {
        if (has(f, field)) {
            sets << QString::fromLatin1(column) + QStringLiteral(" = ?");
            values << value;
        }
    };
    set("inn", "inn", orNull(inn));
    set("address", "address", orNull(text(f, "address")));
    set("contact_email", "contact_email", orNull(email.value));
    set("platform_participant", "platform_participant", participant);
    set("country", "country", country);
    QSqlQuery& update = cached(QStringLiteral("UPDATE recipients SET %1 WHERE id = ?")
                                   .arg(sets.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        update.bindValue(i, values[i]);
    update.bindValue(int(values.size()), id);
    execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "change the recipient"));
}

void FeedApplier::applyAccountClosed(Context& c)
{
    const auto subject = existingSubject(c);
    if (!subject || c.failed())
        return;
    QSqlQuery& q = cached(QStringLiteral("UPDATE subjects SET account_closed_at = ? WHERE id = ? "
                                         "AND account_closed_at IS NULL"));
    q.bindValue(0, c.at);
    q.bindValue(1, subject->id);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the closed account"));
}

// subject.upsert: a new subject, or the fields the event carries of a known one. A field whose
// category is blocked or erased keeps its value (flagged); an identifier of an erased subject
// refuses the whole event.
void FeedApplier::applySubject(Context& c)
{
    QHash<QString, QVariant> values; // column: value as stored, for the fields given
    if (!readSubjectValues(c, values))
        return;
    const QJsonObject& f = c.event.fields;
    const QString ref = text(f, "platform_ref");
    // A new subject is the common case: added at once, and read first only when its reference
    // or INN is taken.
    const bool complete = has(f, "inn") && has(f, "surname") && has(f, "given_name");
    if (complete && addSubject(c, ref, values))
        return;
    const auto subject = subjectOfRef(c, ref);
    if (!subject)
        return;
    if (subject->id == 0) {
        for (const char* field : {"inn", "surname", "given_name"}) {
            if (!has(f, field))
                c.problem(field, tr("is required for a new subject"));
        }
    }
    if (values.contains(QStringLiteral("inn"))) {
        QSqlQuery& owner = cached(QStringLiteral("SELECT id FROM subjects WHERE inn = ?"));
        owner.bindValue(0, values.value(QStringLiteral("inn")));
        execQuery(owner, QT_TRANSLATE_NOOP("dpo::Sql", "check for duplicates"));
        if (owner.next() && owner.value(0).toLongLong() != subject->id)
            //: Follows the field's name in a feed error. %1: the tax number, masked (e.g.
            //: "212•••••••0011").
            c.problem("inn", tr("%1 is another subject's INN")
                                 .arg(Mask::inn(values.value(QStringLiteral("inn")).toString())));
        owner.finish();
    }
    if (c.failed())
        return;
    if (subject->id == 0) {
        // Neither reference nor INN is taken now: another writer's subject went meanwhile.
        if (!addSubject(c, ref, values))
            c.problem("platform_ref", tr("the subject changed while the event was applied"));
        return;
    }

    // A known subject's blocked or erased categories keep their values.
    const QHash<QString, QString> states = categoryStates(subject->id);
    for (auto it = values.begin(); it != values.end();) {
        const QString category = categoryOfColumn(it.key());
        const QString state = states.value(category);
        if (state == QStringLiteral("blocked") || isErased(state)) {
            c.flag(state == QStringLiteral("blocked") ? "blocked_data" : "erased_data", subject->id,
                   QStringLiteral("%1 (%2 %3)").arg(it.key(), category, state));
            it = values.erase(it);
        } else {
            ++it;
        }
    }
    // Flagged when the birth date arrives, not again at every change of a minor's record.
    if (values.contains(QStringLiteral("birth_date")) &&
        SubjectFields::isMinor(values.value(QStringLiteral("birth_date")).toDate(), m_today))
        c.flag("minor", subject->id, QStringLiteral("birth_date"));
    const SubjectRow row = subjectRow(values);
    if (!row.columns.isEmpty()) {
        QSqlQuery& update = cached(QStringLiteral("UPDATE subjects SET %1 = ? WHERE id = ?")
                                       .arg(row.columns.join(QStringLiteral(" = ?, "))));
        for (int i = 0; i < row.values.size(); ++i)
            update.bindValue(i, row.values[i]);
        update.bindValue(int(row.values.size()), subject->id);
        execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "change the subject"));
    }
    holdCategories(subject->id, row.categories);
}

// The event's values checked as values: false when one is wrong (a problem) or is an erased
// subject's identifier (refused), before anything is asked of the subjects.
bool FeedApplier::readSubjectValues(Context& c, QHash<QString, QVariant>& values)
{
    const QJsonObject& f = c.event.fields;
    const QString ref = text(f, "platform_ref");
    if (const auto checked = SubjectFields::platformRef(ref); !ref.isEmpty() && !checked.ok())
        c.problem("platform_ref", checked.problem); // an empty one is refused as missing
    const auto take = [&](const char* field, const SubjectFields::Checked& checked) {
        if (!has(f, field))
            return;
        if (!checked.ok())
            c.problem(field, checked.problem);
        values.insert(QString::fromLatin1(field), orNull(checked.value));
    };
    if (has(f, "inn"))
        take("inn", SubjectFields::inn(text(f, "inn")));
    take("phone", SubjectFields::phone(text(f, "phone")));
    take("email", SubjectFields::email(text(f, "email")));
    take("id_document", SubjectFields::idDocument(text(f, "id_document")));
    take("preferred_language", SubjectFields::language(text(f, "preferred_language")));
    take("sex", SubjectFields::sex(text(f, "sex")));
    take("birth_date", SubjectFields::birthDate(text(f, "birth_date"), m_today));
    for (const char* field : {"surname", "given_name"}) {
        if (has(f, field) && text(f, field).isEmpty())
            c.problem(field, tr("is empty"));
    }
    for (const char* field : {"surname", "given_name", "patronymic"})
        take(field, SubjectFields::name(text(f, field)));
    for (const char* field : {"residence_address", "registration_address"})
        take(field, SubjectFields::address(text(f, field)));
    if (c.failed())
        return false;
    return !refusedAsErased(c, Kind::Inn, values.value(QStringLiteral("inn")).toString()) &&
           !refusedAsErased(c, Kind::Phone, values.value(QStringLiteral("phone")).toString()) &&
           !refusedAsErased(c, Kind::PlatformRef, ref);
}

FeedApplier::SubjectRow FeedApplier::subjectRow(const QHash<QString, QVariant>& values)
{
    SubjectRow row;
    for (const char* column : kSubjectColumns) {
        const QString name = QString::fromLatin1(column);
        const auto value = values.constFind(name);
        if (value == values.cend())
            continue;
        row.columns << name;
        row.values << *value;
        if (name == QStringLiteral("surname") || name == QStringLiteral("given_name") ||
            name == QStringLiteral("patronymic")) {
            row.columns << name + QStringLiteral("_fold");
            const QString text = value->toString();
            row.values << (text.isEmpty() && name == QStringLiteral("patronymic")
                               ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(NameFold::fold(text)));
        }
        const QString category = categoryOfColumn(name);
        if (!category.isEmpty() && !value->toString().isEmpty() &&
            !row.categories.contains(category))
            row.categories << category;
    }
    return row;
}

bool FeedApplier::addSubject(Context& c, const QString& ref, const QHash<QString, QVariant>& values)
{
    SubjectRow row = subjectRow(values);
    row.columns << QStringLiteral("platform_ref") << QStringLiteral("status")
                << QStringLiteral("created_at");
    row.values << ref << QStringLiteral("active") << m_nowText;
    const QStringList marks(row.columns.size(), QStringLiteral("?"));
    // SQLite answers RETURNING through a temporary table, which made adding a subject 2.6 times
    // slower: there the new id is the connection's last row id instead.
    QSqlQuery& insert =
        cached(QStringLiteral("INSERT INTO subjects (%1) VALUES (%2) ON CONFLICT DO NOTHING%3")
                   .arg(row.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                        m_postgres ? QStringLiteral(" RETURNING id") : QString()));
    for (int i = 0; i < row.values.size(); ++i)
        insert.bindValue(i, row.values[i]);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "add the subject"));
    qint64 id = 0;
    if (m_postgres)
        id = insert.next() ? insert.value(0).toLongLong() : 0;
    else if (insert.numRowsAffected() > 0)
        id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (id == 0)
        return false; // the reference or the INN is taken
    if (SubjectFields::isMinor(values.value(QStringLiteral("birth_date")).toDate(), m_today))
        c.flag("minor", id, QStringLiteral("birth_date"));
    holdCategories(id, row.categories);
    return true;
}

} // namespace dpo
