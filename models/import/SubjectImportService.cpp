// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SubjectImportService.h"
#include "domain/DocumentLanguage.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/BulkInserter.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/Inn.h"
#include "import/CsvReader.h"
#include "import/SubjectFields.h"
#include "security/Sha256.h"
#include "services/AuditService.h"

#include <functional>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::SubjectImportService", text);
}

using Row = SubjectImportService::ImportedSubject;

struct PolicyVersion
{
    qint64 id;
    QDate effectiveFrom;
};

// Collects problems in the FILE:LINE: column: reason form, up to the cap.
class Problems
{
public:
    explicit Problems(QString file) : m_file(std::move(file)) {}
    void add(int line, const QString& column, const QString& reason)
    {
        ++m_count;
        if (m_lines.size() < SubjectImportService::kMaxProblems)
            m_lines << QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(line).arg(column, reason);
    }
    bool isEmpty() const { return m_count == 0; }
    QString text() const
    {
        QStringList lines = m_lines;
        if (m_count > m_lines.size())
            lines << QCoreApplication::translate("dpo::SubjectImportService",
                                                 "… and %1 more problems; nothing was imported.")
                         .arg(m_count - m_lines.size());
        else
            lines << QCoreApplication::translate("dpo::SubjectImportService",
                                                 "%1 problem(s); nothing was imported.")
                         .arg(m_count);
        return lines.join(QLatin1Char('\n'));
    }

private:
    QString m_file;
    QStringList m_lines;
    int m_count = 0;
};

QDateTime parseInstant(const QString& text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? bishkekMidnightUtc(d) : QDateTime();
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // no zone written: Bishkek time, UTC+6
        dt = QDateTime(dt.date(), dt.time(), bishkekZone());
    return dt.toUTC();
}

// Checks the rows of one file against each other and the database: each problem is added to
// `problems`, each warning to `warnings`; a row is returned whatever it holds (the file is
// refused as a whole when any row has a problem).
class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(dpo::SubjectImportService)
public:
    RowChecker(const QSqlDatabase& db, QString fileName, Problems& problems, QStringList& warnings)
        : m_fileName(std::move(fileName)), m_problems(problems), m_warnings(warnings),
          m_refExists(
              prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects WHERE platform_ref = ?"))),
          m_innExists(prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects WHERE inn = ?"))),
          m_today(QDate::currentDate())
    {
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("SELECT code, id, effective_from FROM policy_versions"));
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the policy versions"));
        while (q.next())
            m_policies.insert(q.value(0).toString(),
                              {q.value(1).toLongLong(), q.value(2).toDate()});
    }

    // `field(column)`: the row's trimmed value of the column (empty for an optional one left out).
    Row check(int line, const std::function<QString(const char*)>& field)
    {
        Row row;
        row.line = line;
        checkIdentity(row, field);
        checkPerson(row, field);
        checkContacts(row, field);
        checkConsent(row, field);
        return row;
    }

    // The header's columns by name, each checked: known, once, every required one present.
    static QHash<QString, int> readHeader(CsvReader& reader, Problems& problems)
    {
        CsvReader::Record record;
        reader.next(record);
        if (!record.error.isEmpty()) {
            problems.add(record.line, QStringLiteral("header"), record.error);
            throw Error(Error::Kind::BadInput, problems.text());
        }
        const QStringList& required = SubjectImportService::kColumns;
        const QStringList& optional = SubjectImportService::kOptionalColumns;
        QHash<QString, int> index;
        for (int i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields[i].trimmed();
            if (index.contains(name))
                problems.add(record.line, name, tr("the column appears twice in the header"));
            else if (!required.contains(name) && !optional.contains(name))
                problems.add(
                    record.line, name.isEmpty() ? QStringLiteral("header") : name,
                    tr("unknown column; expected exactly: %1 (and optionally %2)")
                        .arg(required.join(QLatin1Char(',')), optional.join(QLatin1Char(','))));
            index.insert(name, i);
        }
        for (const QString& column : required)
            if (!index.contains(column))
                problems.add(record.line, column, tr("the column is missing from the header"));
        if (!problems.isEmpty())
            throw Error(Error::Kind::BadInput, problems.text());
        return index;
    }

private:
    void problem(int line, const char* column, const QString& reason)
    {
        m_problems.add(line, QString::fromLatin1(column), reason);
    }
    void warning(int line, const char* column, const QString& text)
    {
        m_warnings << QStringLiteral("%1:%2: %3: %4")
                          .arg(m_fileName)
                          .arg(line)
                          .arg(QString::fromLatin1(column), text);
    }
    static bool existsInDb(QSqlQuery& q, const QString& value)
    {
        q.bindValue(0, value);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "check for duplicates"));
        const bool found = q.next();
        q.finish();
        return found;
    }

    // The platform reference and the INN: well formed, once in the file, new to the database.
    void checkIdentity(Row& row, const std::function<QString(const char*)>& field)
    {
        const int line = row.line;
        row.platformRef = field("platform_ref");
        if (row.platformRef.isEmpty())
            problem(line, "platform_ref", tr("is empty"));
        else if (row.platformRef.size() > 64)
            problem(line, "platform_ref", tr("is longer than 64 characters"));
        else if (m_refLines.contains(row.platformRef))
            problem(line, "platform_ref",
                    tr("\"%1\" repeats line %2")
                        .arg(row.platformRef)
                        .arg(m_refLines.value(row.platformRef)));
        else if (existsInDb(m_refExists, row.platformRef))
            problem(line, "platform_ref",
                    tr("\"%1\" is already in the database").arg(row.platformRef));
        m_refLines.insert(row.platformRef, line);

        row.inn = field("inn");
        if (const auto checked = SubjectFields::inn(row.inn); !checked.ok())
            problem(line, "inn", checked.problem);
        else if (m_innLines.contains(row.inn))
            problem(
                line, "inn",
                tr("%1 repeats line %2").arg(Mask::inn(row.inn)).arg(m_innLines.value(row.inn)));
        else if (existsInDb(m_innExists, row.inn))
            problem(line, "inn", tr("%1 is already in the database").arg(Mask::inn(row.inn)));
        else if (!Inn::embeddedBirthDate(row.inn).isValid())
            warning(line, "inn",
                    tr("warning: the birth date usually embedded in digits 2-9 does not parse"));
        m_innLines.insert(row.inn, line);
    }

    // The name, the birth date (an adult's: a minor is warned of, policy 9.1) and the sex.
    void checkPerson(Row& row, const std::function<QString(const char*)>& field)
    {
        const int line = row.line;
        row.surname = field("surname");
        row.givenName = field("given_name");
        row.patronymic = field("patronymic");
        if (row.surname.isEmpty())
            problem(line, "surname", tr("is empty"));
        if (row.givenName.isEmpty())
            problem(line, "given_name", tr("is empty"));

        const auto birth = SubjectFields::birthDate(field("birth_date"), m_today);
        row.birthDate = QDate::fromString(birth.value, Qt::ISODate);
        if (!birth.ok())
            problem(line, "birth_date", birth.problem);
        else if (SubjectFields::isMinor(row.birthDate, m_today))
            warning(line, "birth_date",
                    tr("warning: the subject is under 18 (policy 9.1): queue the data for "
                       "deletion"));
        const auto sex = SubjectFields::sex(field("sex"));
        row.sex = sex.value;
        if (!sex.ok())
            problem(line, "sex", sex.problem);
    }

    // Phone (normalised to +996…), e-mail, identity document number, preferred language.
    void checkContacts(Row& row, const std::function<QString(const char*)>& field)
    {
        const int line = row.line;
        const auto take =
            [&](const char* column, const SubjectFields::Checked& checked, QString& value) {
            value = checked.value;
            if (!checked.ok())
                problem(line, column, checked.problem);
        };
        take("phone", SubjectFields::phone(field("phone")), row.phone);
        take("email", SubjectFields::email(field("email")), row.email);
        take("id_document", SubjectFields::idDocument(field("id_document")), row.idDocument);
        take("preferred_language", SubjectFields::language(field("preferred_language")),
             row.language);
    }

    // The consent: a known policy version, given in the past and not before it took effect.
    void checkConsent(Row& row, const std::function<QString(const char*)>& field)
    {
        const int line = row.line;
        const QString policyCode = field("policy_version");
        const auto policy = m_policies.constFind(policyCode);
        if (policy == m_policies.constEnd())
            problem(
                line, "policy_version",
                tr("\"%1\" is not a known policy version (known: %2)")
                    .arg(policyCode, QStringList(m_policies.keys()).join(QStringLiteral(", "))));
        else
            row.policyVersionId = policy->id;

        const QString given = field("consent_given_at");
        row.consentGivenAt = parseInstant(given);
        if (!row.consentGivenAt.isValid())
            problem(line, "consent_given_at",
                    tr("\"%1\" is not a date (YYYY-MM-DD) or an ISO-8601 time").arg(given));
        else if (row.consentGivenAt > QDateTime::currentDateTimeUtc())
            problem(line, "consent_given_at", tr("%1 is in the future").arg(given));
        else if (policy != m_policies.constEnd() &&
                 bishkekDate(row.consentGivenAt) < policy->effectiveFrom)
            problem(line, "consent_given_at",
                    tr("%1 is before policy version %2 took effect").arg(given, policyCode));
    }

    QString m_fileName;
    Problems& m_problems;
    QStringList& m_warnings;
    QSqlQuery m_refExists;
    QSqlQuery m_innExists;
    QDate m_today;
    QHash<QString, PolicyVersion> m_policies;
    QHash<QString, int> m_refLines, m_innLines;
};

} // namespace

const QStringList SubjectImportService::kColumns{QStringLiteral("platform_ref"),
                                                 QStringLiteral("inn"),
                                                 QStringLiteral("surname"),
                                                 QStringLiteral("given_name"),
                                                 QStringLiteral("patronymic"),
                                                 QStringLiteral("birth_date"),
                                                 QStringLiteral("sex"),
                                                 QStringLiteral("phone"),
                                                 QStringLiteral("email"),
                                                 QStringLiteral("preferred_language"),
                                                 QStringLiteral("consent_given_at"),
                                                 QStringLiteral("policy_version")};

const QStringList SubjectImportService::kOptionalColumns{QStringLiteral("id_document")};

SubjectImportService::SubjectImportService(Database& database) : m_database(database) {}

SubjectImportService::Result SubjectImportService::importSubjects(const Session& session,
                                                                  const QString& filePath)
{
    // The file is read and checked before the transaction opens: a refused officer learns
    // nothing of it, and a bad file never holds the tables locked.
    return runPreparedStep(
        m_database, session, Permission::ImportSubjects, tr("import subjects"),
        [&] { return checkFile(filePath); },
        [&](const QSqlDatabase& db, const Plan& plan) {
        write(db, session, plan);
        return Result{plan.rows.size(), plan.warnings};
        });
}

SubjectImportService::Plan SubjectImportService::checkFile(const QString& filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::BadInput,
                    tr("%1: cannot read the file: %2").arg(filePath, file.errorString()));
    const QByteArray content = file.readAll();
    file.close();
    Problems problems(filePath);
    if (content.trimmed().isEmpty()) {
        problems.add(1, QStringLiteral("file"),
                     tr("the file is empty; expected a header row: %1")
                         .arg(kColumns.join(QLatin1Char(','))));
        throw Error(Error::Kind::BadInput, problems.text());
    }
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    const QHash<QString, int> index = RowChecker::readHeader(reader, problems);

    Plan plan;
    plan.fileName = QFileInfo(filePath).fileName();
    plan.sha256 = QString::fromLatin1(Sha256::hashHex(content));
    RowChecker checker(m_database.connection(), filePath, problems, plan.warnings);
    CsvReader::Record record;
    while (reader.next(record)) {
        if (record.fields.size() == 1 && record.fields[0].isEmpty() && record.error.isEmpty())
            continue; // blank line
        if (!record.error.isEmpty()) {
            problems.add(record.line, QStringLiteral("row"), record.error);
            continue;
        }
        if (record.fields.size() != index.size()) {
            problems.add(record.line, QStringLiteral("row"),
                         tr("%1 fields where the header has %2")
                             .arg(record.fields.size())
                             .arg(index.size()));
            continue;
        }
        plan.rows << checker.check(record.line, [&](const char* column) {
            const auto it = index.constFind(QLatin1String(column));
            return it == index.cend() ? QString() : record.fields[*it].trimmed();
        });
    }
    if (plan.rows.isEmpty() && problems.isEmpty())
        problems.add(record.line > 0 ? record.line : 1, QStringLiteral("file"),
                     tr("the file has a header but no rows"));
    if (!problems.isEmpty())
        throw Error(Error::Kind::BadInput, problems.text());
    return plan;
}

void SubjectImportService::write(const QSqlDatabase& db, const Session& session, const Plan& plan)
{
    lockForBulkLoad(db, {QStringLiteral("subjects"), QStringLiteral("consents")});
    qint64 subjectId = nextFreeId(db, QStringLiteral("subjects"));
    qint64 consentId = nextFreeId(db, QStringLiteral("consents"));
    BulkInserter subjects(
        db, QStringLiteral("subjects"),
        {QStringLiteral("id"), QStringLiteral("platform_ref"), QStringLiteral("inn"),
         QStringLiteral("surname"), QStringLiteral("given_name"), QStringLiteral("patronymic"),
         QStringLiteral("surname_fold"), QStringLiteral("given_name_fold"),
         QStringLiteral("patronymic_fold"), QStringLiteral("birth_date"), QStringLiteral("sex"),
         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("preferred_language"),
         QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("consent_state"),
         QStringLiteral("consent_given_at"), QStringLiteral("id_document")});
    BulkInserter consents(db, QStringLiteral("consents"),
                          {QStringLiteral("id"), QStringLiteral("subject_id"),
                           QStringLiteral("policy_version_id"), QStringLiteral("given_at"),
                           QStringLiteral("channel")});
    BulkInserter categories(
        db, QStringLiteral("subject_categories"),
        {QStringLiteral("subject_id"), QStringLiteral("category_code"), QStringLiteral("state")});
    consents.flushParentFirst(&subjects);
    categories.flushParentFirst(&subjects);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullDate(QMetaType::fromType<QDate>());
    const auto orNull = [&](const QString& s) { return s.isEmpty() ? nullText : QVariant(s); };
    const QString held = QStringLiteral("held");
    for (const ImportedSubject& row : plan.rows) {
        subjects.addRow(
            {subjectId, row.platformRef, row.inn, row.surname, row.givenName,
             orNull(row.patronymic), NameFold::fold(row.surname), NameFold::fold(row.givenName),
             row.patronymic.isEmpty() ? nullText : QVariant(NameFold::fold(row.patronymic)),
             row.birthDate.isValid() ? QVariant(row.birthDate) : nullDate, orNull(row.sex),
             orNull(row.phone), orNull(row.email), row.language, QStringLiteral("active"), now,
             QStringLiteral("given"), row.consentGivenAt, orNull(row.idDocument)});
        consents.addRow({consentId++, subjectId, row.policyVersionId, row.consentGivenAt,
                         QStringLiteral("import")});
        categories.addRow({subjectId, QStringLiteral("personal_details"), held});
        categories.addRow({subjectId, QStringLiteral("identity_document"), held});
        if (!row.phone.isEmpty() || !row.email.isEmpty())
            categories.addRow({subjectId, QStringLiteral("contacts"), held});
        ++subjectId;
    }
    subjects.flush();
    consents.flush();
    categories.flush();
    syncIdentity(db, QStringLiteral("subjects"));
    syncIdentity(db, QStringLiteral("consents"));
    refreshStatistics(db, {QStringLiteral("subjects"), QStringLiteral("consents"),
                           QStringLiteral("subject_categories")});
    AuditService::append(db, session, QStringLiteral("subjects.import"), QStringLiteral("import"),
                         QString(), 0,
                         QJsonObject{{QStringLiteral("file"), plan.fileName},
                                     {QStringLiteral("sha256"), plan.sha256},
                                     {QStringLiteral("subjects"), qint64(plan.rows.size())},
                                     {QStringLiteral("warnings"), qint64(plan.warnings.size())}});
}

} // namespace dpo
