// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SubjectImportService.h"
#include "domain/DocumentLanguage.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "core/InputLimits.h"
#include "core/JobProgress.h"
#include "core/LineProblems.h"
#include "core/Session.h"
#include "db/BulkInserter.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/Inn.h"
#include "import/CsvReader.h"
#include "import/SubjectFields.h"
#include "security/Sha256.h"
#include "services/AuditService.h"

#include <algorithm>
#include <climits>
#include <optional>
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

// From how many rows an import into smaller tables builds their indexes at the end (SQLite).
constexpr qint64 kDeferIndexesFrom = 10000;

struct PolicyVersion
{
    qint64 id;
    QDate effectiveFrom;
};

[[noreturn]] void raise(const LineProblems& problems)
{
    const int unlisted = int(std::min<qint64>(problems.unlisted(), INT_MAX));
    QString closing;
    if (unlisted > 0)
        //: The last line of an import's problems. %n: the number of problems not listed.
        closing = QCoreApplication::translate("dpo::SubjectImportService",
                                              "… and %n more problem(s); nothing was imported.",
                                              nullptr, unlisted);
    else
        //: The last line of an import's problems. %n: the number of problems.
        closing = QCoreApplication::translate("dpo::SubjectImportService",
                                              "%n problem(s); nothing was imported.", nullptr,
                                              int(problems.count()));
    throw Error(Error::Kind::BadInput, problems.text(closing));
}

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

// One reading of a file: its records in order, each with the header's number of fields, read by
// column name. A malformed record is reported and passed over; the file is hashed as it is read.
class SubjectRecords
{
    Q_DECLARE_TR_FUNCTIONS(dpo::SubjectImportService)
public:
    SubjectRecords(const QString& filePath, LineProblems& problems)
        : m_file(filePath), m_reader(&m_file, &m_digest), m_problems(problems)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::BadInput,
                        //: %1: the file's path; %2: the system's reason.
                        tr("%1: cannot read the file: %2").arg(filePath, m_file.errorString()));
        requireInputFileSize(m_file, filePath);
        readHeader();
    }

    // The next record with the header's number of fields; false at the end of the file.
    bool next()
    {
        while (m_reader.next(m_record)) {
            if (m_record.fields.size() == 1 && m_record.fields[0].isEmpty() &&
                m_record.error.isEmpty())
                continue; // blank line
            if (!m_record.error.isEmpty()) {
                m_problems.add(m_record.line, QStringLiteral("row"), m_record.error);
                continue;
            }
            if (m_record.fields.size() != m_index.size()) {
                m_problems.add(m_record.line, QStringLiteral("row"),
                               //: Follows "FILE:LINE:" in an import error. %1: the number of fields
                               //: in the line; %2: the number in the header.
                               tr("%1 fields where the header has %2")
                                   .arg(m_record.fields.size())
                                   .arg(m_index.size()));
                continue;
            }
            return true;
        }
        return false;
    }
    int line() const { return m_record.line; }
    // The record's trimmed value of the column (empty for an optional one left out).
    QString field(const char* column) const
    {
        const auto it = m_index.constFind(QLatin1String(column));
        return it == m_index.cend() ? QString() : m_record.fields[*it].trimmed();
    }
    QString sha256() { return QString::fromLatin1(m_digest.result().toHex()); } // at the end
    qint64 size() const { return m_file.size(); }
    // Tells `progress` (when there is one) how far the reading is, every kLinesPerReport rows.
    void report(JobProgress* progress, qint64 rows) const
    {
        if (progress && rows % JobProgress::kLinesPerReport == 0)
            progress->advance(m_file.pos());
    }

private:
    // The header's columns by name, each checked: known, once, every required one present.
    void readHeader()
    {
        CsvReader::Record record;
        const bool any = m_reader.next(record);
        if (!any || (record.fields.size() == 1 && record.fields[0].trimmed().isEmpty() &&
                     record.error.isEmpty())) {
            m_problems.add(1, QStringLiteral("file"),
                           //: Follows "FILE:LINE:" in an import error. %1: the expected column
                           //: names, separated by commas.
                           tr("the file is empty; expected a header row: %1")
                               .arg(SubjectImportService::kColumns.join(QLatin1Char(','))));
            raise(m_problems);
        }
        if (!record.error.isEmpty()) {
            m_problems.add(record.line, QStringLiteral("header"), record.error);
            raise(m_problems);
        }
        const QStringList& required = SubjectImportService::kColumns;
        const QStringList& optional = SubjectImportService::kOptionalColumns;
        for (int i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields[i].trimmed();
            if (m_index.contains(name))
                m_problems.add(record.line, name, tr("the column appears twice in the header"));
            else if (!required.contains(name) && !optional.contains(name))
                m_problems.add(
                    record.line, name.isEmpty() ? QStringLiteral("header") : name,
                    //: Follows a column's name in an import error. %1: the required column names;
                    //: %2: the optional ones.
                    tr("unknown column; expected exactly: %1 (and optionally %2)")
                        .arg(required.join(QLatin1Char(',')), optional.join(QLatin1Char(','))));
            m_index.insert(name, i);
        }
        for (const QString& column : required)
            if (!m_index.contains(column))
                m_problems.add(record.line, column, tr("the column is missing from the header"));
        if (!m_problems.isEmpty())
            raise(m_problems);
    }

    QFile m_file;
    Sha256 m_digest;
    CsvReader m_reader;
    LineProblems& m_problems;
    QHash<QString, int> m_index;
    CsvReader::Record m_record;
};

// Reads the rows of one file as they are written: each problem is added to `problems`, each
// warning to `warnings`. checkUnique then holds a row against the file's earlier rows and the
// database (the file is refused as a whole when any row has a problem).
class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(dpo::SubjectImportService)
public:
    RowChecker(const QSqlDatabase& db, const QDateTime& now, LineProblems& problems,
               LineProblems& warnings)
        : m_problems(problems), m_warnings(warnings),
          m_refExists(
              prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects WHERE platform_ref = ?"))),
          m_innExists(prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects WHERE inn = ?"))),
          m_now(now), m_today(bishkekDate(now))
    {
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("SELECT code, id, effective_from FROM policy_versions"));
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the policy versions"));
        while (q.next())
            m_policies.insert(q.value(0).toString(),
                              {q.value(1).toLongLong(), q.value(2).toDate()});
        // A first load (the largest) asks nothing of the database for each row.
        QSqlQuery any = prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects LIMIT 1"));
        execQuery(any, QT_TRANSLATE_NOOP("dpo::Sql", "count subjects"));
        m_anySubjects = any.next();
    }

    Row read(const SubjectRecords& record)
    {
        Row row;
        row.line = record.line();
        readIdentity(row, record);
        readPerson(row, record);
        readContacts(row, record);
        readConsent(row, record);
        return row;
    }

    // The platform reference and the INN once in the file and new to the database. The file's
    // earlier values are remembered by a 64-bit hash with their line, not kept: a million rows
    // cost tens of megabytes, not the rows themselves.
    void checkUnique(const Row& row)
    {
        const int line = row.line;
        if (!row.platformRef.isEmpty() && row.platformRef.size() <= 64) {
            const size_t key = qHash(row.platformRef);
            if (const int earlier = m_refLines.value(key); earlier > 0) {
                problem(line, "platform_ref",
                        //: Follows the column's name in an import error. %1: the platform
                        //: reference; %2: the earlier line's number.
                        tr("\"%1\" repeats line %2").arg(row.platformRef).arg(earlier));
            } else {
                if (existsInDb(m_refExists, row.platformRef))
                    problem(line, "platform_ref",
                            //: Follows the column's name in an import error. %1: the platform
                            //: reference.
                            tr("\"%1\" is already in the database").arg(row.platformRef));
                m_refLines.insert(key, line);
            }
        }
        if (SubjectFields::inn(row.inn).ok()) {
            const size_t key = qHash(row.inn);
            if (const int earlier = m_innLines.value(key); earlier > 0) {
                //: Follows the column's name in an import error. %1: the tax number, masked; %2:
                //: the earlier line's number.
                problem(line, "inn", tr("%1 repeats line %2").arg(Mask::inn(row.inn)).arg(earlier));
            } else {
                if (existsInDb(m_innExists, row.inn))
                    problem(line, "inn",
                            //: Follows the column's name in an import error. %1: the tax number,
                            //: masked.
                            tr("%1 is already in the database").arg(Mask::inn(row.inn)));
                m_innLines.insert(key, line);
            }
        }
    }

private:
    void problem(int line, const char* column, const QString& reason)
    {
        m_problems.add(line, QString::fromLatin1(column), reason);
    }
    void warning(int line, const char* column, const QString& text)
    {
        m_warnings.add(line, QString::fromLatin1(column), text);
    }
    bool existsInDb(QSqlQuery& q, const QString& value) const
    {
        if (!m_anySubjects)
            return false;
        q.bindValue(0, value);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "check for duplicates"));
        const bool found = q.next();
        q.finish();
        return found;
    }

    // The platform reference and the INN, well formed.
    void readIdentity(Row& row, const SubjectRecords& record)
    {
        const int line = row.line;
        row.platformRef = record.field("platform_ref");
        if (const auto checked = SubjectFields::platformRef(row.platformRef); !checked.ok())
            problem(line, "platform_ref", checked.problem);
        row.inn = record.field("inn");
        if (const auto checked = SubjectFields::inn(row.inn); !checked.ok())
            problem(line, "inn", checked.problem);
        else if (!Inn::embeddedBirthDate(row.inn).isValid())
            warning(line, "inn",
                    tr("warning: the birth date usually embedded in digits 2-9 does not parse"));
    }

    // The name, the birth date (an adult's: a minor is warned of, policy 9.1) and the sex.
    void readPerson(Row& row, const SubjectRecords& record)
    {
        const int line = row.line;
        row.surname = record.field("surname");
        row.givenName = record.field("given_name");
        row.patronymic = record.field("patronymic");
        if (row.surname.isEmpty())
            problem(line, "surname", tr("is empty"));
        if (row.givenName.isEmpty())
            problem(line, "given_name", tr("is empty"));
        for (const auto& [column, value] :
             {std::pair{"surname", row.surname}, std::pair{"given_name", row.givenName},
              std::pair{"patronymic", row.patronymic}})
            if (const auto checked = SubjectFields::name(value); !checked.ok())
                problem(line, column, checked.problem);

        const auto birth = SubjectFields::birthDate(record.field("birth_date"), m_today);
        row.birthDate = QDate::fromString(birth.value, Qt::ISODate);
        if (!birth.ok())
            problem(line, "birth_date", birth.problem);
        else if (SubjectFields::isMinor(row.birthDate, m_today))
            warning(line, "birth_date",
                    tr("warning: the subject is under 18 (policy 9.1): queue the data for "
                       "deletion"));
        const auto sex = SubjectFields::sex(record.field("sex"));
        row.sex = sex.value;
        if (!sex.ok())
            problem(line, "sex", sex.problem);
    }

    // Phone (normalised to +996…), e-mail, identity document number, preferred language.
    void readContacts(Row& row, const SubjectRecords& record)
    {
        const int line = row.line;
        const auto take =
            [&](const char* column, const SubjectFields::Checked& checked, QString& value) {
            value = checked.value;
            if (!checked.ok())
                problem(line, column, checked.problem);
        };
        take("phone", SubjectFields::phone(record.field("phone")), row.phone);
        take("email", SubjectFields::email(record.field("email")), row.email);
        take("id_document", SubjectFields::idDocument(record.field("id_document")), row.idDocument);
        take("preferred_language", SubjectFields::language(record.field("preferred_language")),
             row.language);
    }

    // The consent: a known policy version, given in the past and not before it took effect.
    void readConsent(Row& row, const SubjectRecords& record)
    {
        const int line = row.line;
        const QString policyCode = record.field("policy_version");
        const auto policy = m_policies.constFind(policyCode);
        if (policy == m_policies.constEnd())
            problem(
                line, "policy_version",
                //: Follows the column's name in an import error. %1: the version as given; %2: the
                //: known versions, separated by commas.
                tr("\"%1\" is not a known policy version (known: %2)")
                    .arg(policyCode, QStringList(m_policies.keys()).join(QStringLiteral(", "))));
        else
            row.policyVersionId = policy->id;

        const QString given = record.field("consent_given_at");
        row.consentGivenAt = parseInstant(given);
        if (!row.consentGivenAt.isValid())
            problem(line, "consent_given_at",
                    //: Follows the column's name in an import error. %1: the value as given.
                    tr("\"%1\" is not a date (YYYY-MM-DD) or an ISO-8601 time").arg(given));
        else if (row.consentGivenAt > m_now)
            problem(line, "consent_given_at", tr("%1 is in the future").arg(given));
        else if (policy != m_policies.constEnd() &&
                 bishkekDate(row.consentGivenAt) < policy->effectiveFrom)
            problem(line, "consent_given_at",
                    //: Follows the column's name in an import error. %1: the date as given; %2: the
                    //: policy version.
                    tr("%1 is before policy version %2 took effect").arg(given, policyCode));
    }

    LineProblems& m_problems;
    LineProblems& m_warnings;
    QSqlQuery m_refExists;
    QSqlQuery m_innExists;
    QDateTime m_now;
    QDate m_today;
    QHash<QString, PolicyVersion> m_policies;
    bool m_anySubjects = true;
    QHash<size_t, int> m_refLines, m_innLines; // a value's hash: its first line
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
    // The file is checked before the transaction opens: a refused officer learns nothing of it,
    // and a bad file never holds the tables locked.
    return runPreparedStep(
        m_database, session, Permission::ImportSubjects, tr("import subjects"),
        [&] { return checkFile(filePath); },
        [&](const QSqlDatabase& db, const Plan& plan) {
        write(db, session, plan, m_progress);
        return Result{plan.rows, plan.warnings, plan.warningCount};
        });
}

SubjectImportService::Result SubjectImportService::importChecked(const Session& session,
                                                                 const Plan& plan)
{
    return runStep(m_database, session, Permission::ImportSubjects, tr("import subjects"),
                   [&](const QSqlDatabase& db) {
        write(db, session, plan, m_progress);
        return Result{plan.rows, plan.warnings, plan.warningCount};
    });
}

SubjectImportService::Plan SubjectImportService::checkFile(const QString& filePath) const
{
    LineProblems problems(filePath), warnings(filePath);
    SubjectRecords records(filePath, problems);
    Plan plan;
    plan.fileName = QFileInfo(filePath).fileName();
    plan.filePath = filePath;
    plan.checkedAt = QDateTime::currentDateTimeUtc();
    // One snapshot for the whole check: consistent, and without a lock taken and released for
    // each of two lookups a row (a fifth of the time of a million rows). It blocks no writer.
    const QSqlDatabase db = m_database.connection();
    TransactionGuard snapshot(db, TransactionGuard::Intent::Read);
    RowChecker checker(db, plan.checkedAt, problems, warnings);
    if (m_progress)
        m_progress->begin(JobProgress::Stage::Checking, records.size());
    while (records.next()) {
        checker.checkUnique(checker.read(records));
        records.report(m_progress, ++plan.rows);
    }
    snapshot.commit();
    if (plan.rows == 0 && problems.isEmpty())
        problems.add(records.line() > 0 ? records.line() : 1, QStringLiteral("file"),
                     tr("the file has a header but no rows"));
    if (!problems.isEmpty())
        raise(problems);
    plan.sha256 = records.sha256();
    plan.warnings = warnings.listed();
    plan.warningCount = warnings.count();
    return plan;
}

void SubjectImportService::write(const QSqlDatabase& db, const Session& session, const Plan& plan,
                                 JobProgress* progress)
{
    lockForBulkLoad(db, {QStringLiteral("subjects"), QStringLiteral("consents")});
    qint64 subjectId = nextFreeId(db, QStringLiteral("subjects"));
    qint64 consentId = nextFreeId(db, QStringLiteral("consents"));
    // A file larger than the tables already are (a first load, typically) is written faster with
    // the secondary indexes built once at the end than with each row's keys inserted into each.
    std::optional<DeferredIndexes> indexes;
    if (plan.rows >= kDeferIndexesFrom && plan.rows > subjectId - 1)
        indexes.emplace(db, QStringList{QStringLiteral("subjects"), QStringLiteral("consents"),
                                        QStringLiteral("subject_categories")});
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

    // The second reading: the rows as checked, unless the file changed since.
    LineProblems problems(plan.filePath), warnings(plan.filePath);
    SubjectRecords records(plan.filePath, problems);
    RowChecker reader(db, plan.checkedAt, problems, warnings);
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullDate(QMetaType::fromType<QDate>());
    const auto orNull = [&](const QString& s) { return s.isEmpty() ? nullText : QVariant(s); };
    const QString held = QStringLiteral("held");
    qint64 rows = 0;
    if (progress)
        progress->begin(JobProgress::Stage::Writing, records.size());
    while (records.next()) {
        const Row row = reader.read(records);
        subjects.addRow(
            {subjectId, row.platformRef, row.inn, row.surname, row.givenName,
             orNull(row.patronymic), NameFold::fold(row.surname), NameFold::fold(row.givenName),
             row.patronymic.isEmpty() ? nullText : QVariant(NameFold::fold(row.patronymic)),
             row.birthDate.isValid() ? QVariant(row.birthDate) : nullDate, orNull(row.sex),
             orNull(row.phone), orNull(row.email), row.language, QStringLiteral("active"),
             plan.checkedAt, QStringLiteral("given"), row.consentGivenAt, orNull(row.idDocument)});
        consents.addRow({consentId++, subjectId, row.policyVersionId, row.consentGivenAt,
                         QStringLiteral("import")});
        categories.addRow({subjectId, QStringLiteral("personal_details"), held});
        categories.addRow({subjectId, QStringLiteral("identity_document"), held});
        if (!row.phone.isEmpty() || !row.email.isEmpty())
            categories.addRow({subjectId, QStringLiteral("contacts"), held});
        ++subjectId;
        records.report(progress, ++rows);
    }
    if (!problems.isEmpty() || rows != plan.rows || records.sha256() != plan.sha256)
        throw Error(Error::Kind::BadInput,
                    //: %1: the file's path.
                    tr("%1: the file changed while it was imported; nothing was imported. Import "
                       "it again.")
                        .arg(plan.filePath));
    if (progress)
        progress->begin(JobProgress::Stage::Finishing);
    subjects.flush();
    consents.flush();
    categories.flush();
    if (indexes)
        indexes->restore();
    syncIdentity(db, QStringLiteral("subjects"));
    syncIdentity(db, QStringLiteral("consents"));
    refreshStatistics(db, {QStringLiteral("subjects"), QStringLiteral("consents"),
                           QStringLiteral("subject_categories")});
    AuditService::append(db, session, QStringLiteral("subjects.import"), QStringLiteral("import"),
                         QString(), 0,
                         QJsonObject{{QStringLiteral("file"), plan.fileName},
                                     {QStringLiteral("sha256"), plan.sha256},
                                     {QStringLiteral("subjects"), plan.rows},
                                     {QStringLiteral("warnings"), plan.warningCount}});
}

} // namespace dpo
