// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "feed/FeedService.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "services/SystemsService.h"
#include "services/WithdrawalService.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace dpo::test {

namespace {
// A connection to the server's maintenance database for CREATE/DROP DATABASE.
template <typename F> QString withAdminConnection(const QString& adminUrl, F body)
{
    const QString name = QStringLiteral("dpo-test-admin");
    QString error;
    {
        const DatabaseUrl url = DatabaseUrl::parse(adminUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setDatabaseName(url.databaseName);
        if (!db.open())
            error = QStringLiteral("Cannot reach the PostgreSQL test server %1: %2")
                        .arg(adminUrl, db.lastError().text());
        else
            error = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("DPO_TEST_BACKEND") == QStringLiteral("postgresql");
}

TestDatabase::TestDatabase()
{
    if (!isPostgres()) {
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("consent.sqlite"));
        return;
    }
    m_pgAdminUrl = qEnvironmentVariable("DPO_TEST_PG_URL");
    if (m_pgAdminUrl.isEmpty()) {
        m_problem = QStringLiteral("DPO_TEST_PG_URL is not set: run the PostgreSQL suites through "
                                   "./scripts/test.sh, which starts the server.");
        return;
    }
    m_pgName = QStringLiteral("dpo_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    m_problem = withAdminConnection(m_pgAdminUrl, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        // Identifiers cannot be bound; the name is ours, made of [a-z0-9_].
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                        .arg(m_pgName)))
            return q.lastError().text();
        return QString();
    });
    const DatabaseUrl admin = DatabaseUrl::parse(m_pgAdminUrl);
    m_url = QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(admin.user, admin.host)
                .arg(admin.port)
                .arg(m_pgName);
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty() || !m_problem.isEmpty())
        return;
    withAdminConnection(m_pgAdminUrl, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        return QString();
    });
}

std::unique_ptr<Database> TestDatabase::open(bool migrate) const
{
    auto database = std::make_unique<Database>(DatabaseUrl::parse(m_url));
    database->open(Database::OpenMode::CreateIfMissing);
    if (migrate)
        Migrator(*database).migrate();
    return database;
}

std::unique_ptr<Database> TestDatabase::openWithAdmin(Session& session) const
{
    auto database = open(true);
    OfficerService officers(*database);
    officers.ensureFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Test Administrator"),
                                      QString::fromLatin1(kPassword));
    session = officers.signIn(QStringLiteral("admin"), QString::fromLatin1(kPassword));
    return database;
}

QString writeNumberedFile(const QTemporaryDir& dir, const QString& pattern,
                          const QByteArray& content)
{
    static int n = 0;
    const QString path = dir.filePath(pattern.arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

Session signedInAs(Database& database, const Session& admin, Role role, const QString& username)
{
    OfficerService officers(database);
    const QString password = QStringLiteral("lake-issyk-kul-9");
    officers.createOfficer(admin, username, username, role, password);
    return officers.signIn(username, password);
}

qint64 rowCount(const Database& database, const QString& table)
{
    QSqlQuery q =
        prepareQuery(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    execQuery(q, "count rows");
    q.next();
    return q.value(0).toLongLong();
}

QString queryPlan(const Database& database, const QString& sql)
{
    const bool postgres = TestDatabase::isPostgres();
    QSqlQuery q(database.connection());
    if (!q.exec((postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) +
                sql))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(postgres ? 0 : 3).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace dpo::test

namespace dpo::test {

QString pdfText(const QString& path, bool layout)
{
    QProcess p;
    p.start(
        QStringLiteral("pdftotext"),
        {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(p.errorString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

qint64 insertSubject(const Database& database, const QString& platformRef, const QString& inn)
{
    QSqlQuery q = prepareQuery(
        database.connection(),
        QStringLiteral("INSERT INTO subjects (platform_ref, inn, surname, given_name, "
                       "surname_fold, given_name_fold, created_at) "
                       "VALUES (?, ?, 'Ааа', 'Ббб', 'ааа', 'ббб', '2024-07-01T00:00:00.000Z')"));
    q.addBindValue(platformRef);
    q.addBindValue(inn);
    execQuery(q, "insert a test subject");
    QSqlQuery id = prepareQuery(database.connection(),
                                QStringLiteral("SELECT id FROM subjects WHERE platform_ref = ?"));
    id.addBindValue(platformRef);
    execQuery(id, "find the test subject");
    return id.next() ? id.value(0).toLongLong() : 0;
}

void addPhotoStore(Database& database, const Session& admin, const QStringList& categories,
                   const QString& name)
{
    DataSystem photos;
    photos.code = QStringLiteral("photos");
    photos.name = name;
    photos.kind = QStringLiteral("photo_store");
    photos.confirmedBy = QStringLiteral("worker");
    photos.owner = QStringLiteral("ops@example.kg");
    photos.categories = categories;
    SystemsService(database).add(admin, photos);
}

std::unique_ptr<Database> openChildDatabase(Session& admin)
{
    auto database =
        std::make_unique<Database>(DatabaseUrl::parse(qEnvironmentVariable("DPO_CRASH_URL")),
                                   qEnvironmentVariable("PGPASSWORD"));
    database->open();
    admin = OfficerService(*database).signIn(QStringLiteral("admin"),
                                             QString::fromLatin1(TestDatabase::kPassword));
    return database;
}

qint64 registerVerifiedWithdrawal(Database& database, const Session& officer, const QString& ref,
                                  const QString& category)
{
    WithdrawalService requests(database);
    WithdrawalService::Registration r;
    r.subjectRef = ref;
    r.receivedOn = QDate(2026, 11, 2);
    r.fullScope = false;
    r.categories = {category};
    r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"),
                                               QByteArrayLiteral("%PDF-1.4\n%%EOF\n")};
    const qint64 request = requests.registerRequest(officer, r);
    requests.verifyIdentity(officer, request, QStringLiteral("id_in_person"), QString());
    return request;
}

qint64 executeWithdrawalOf(Database& database, const Session& officer, const QString& ref,
                           const QString& category, DecisionAction action)
{
    WithdrawalService requests(database);
    const qint64 request = registerVerifiedWithdrawal(database, officer, ref, category);
    WithdrawalService::Decision decision;
    decision.category = category;
    decision.action = action;
    decision.justification = QStringLiteral("12.1.3");
    requests.decide(officer, request, {decision});
    requests.execute(officer, request);
    return request;
}

qint64 insertSubjectWithData(const Database& database, const QString& platformRef,
                             qint64 recipientId, int serial)
{
    const QSqlDatabase db = database.connection();
    const auto exec = [&db](const QString& sql, const QVariantList& values) {
        QSqlQuery q = prepareQuery(db, sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        execQuery(q, "insert a test subject's data");
    };
    exec(QStringLiteral("INSERT INTO subjects (platform_ref, inn, surname, given_name, "
                        "surname_fold, given_name_fold, birth_date, sex, "
                        "phone, email, id_document, registration_address, region, created_at) "
                        "VALUES (?, ?, 'Осмонов', 'Талант', "
                        "'осмонов', 'талант', '1990-05-17', 'M', ?, 'talant@example.kg', "
                        "'AN1234567', 'Бишкек ш., Ибраимов к. 1', "
                        "'Бишкек', '2024-07-01T00:00:00Z')"),
         {platformRef, QStringLiteral("2170519900%1").arg(serial, 4, 10, QLatin1Char('0')),
          QStringLiteral("+99655512%1").arg(serial, 4, 10, QLatin1Char('0'))});
    QSqlQuery id =
        prepareQuery(db, QStringLiteral("SELECT id FROM subjects WHERE platform_ref = ?"));
    id.addBindValue(platformRef);
    execQuery(id, "find the test subject");
    const qint64 subjectId = id.next() ? id.value(0).toLongLong() : 0;
    id.finish();
    exec(
        QStringLiteral(
            "INSERT INTO consents (subject_id, policy_version_id, given_at, channel) SELECT ?, id, "
            "'2024-07-01T00:00:00Z', 'mobile_app' FROM policy_versions"),
        {subjectId});
    for (const char* category :
         {"personal_details", "identity_document", "face_photo", "face_video", "contacts"})
        exec(QStringLiteral("INSERT INTO subject_categories (subject_id, category_code, state) "
                            "VALUES (?, ?, 'held')"),
             {subjectId, QString::fromLatin1(category)});
    for (const char* category : {"face_photo", "contacts"})
        exec(QStringLiteral("INSERT INTO transfers (subject_id, recipient_id, category_code, "
                            "purpose_code, transferred_at) "
                            "VALUES (?, ?, ?, 'financing_decision', '2025-01-10T10:00:00Z')"),
             {subjectId, recipientId, QString::fromLatin1(category)});
    return subjectId;
}

QVariant scalar(const Database& database, const QString& sql, const QVariantList& values)
{
    QSqlQuery q = prepareQuery(database.connection(), sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    execQuery(q, "test query");
    return q.next() ? q.value(0) : QVariant();
}

qint64 answeredClaim(Database& database, const Session& session, const QString& claimant)
{
    ClaimService::Registration r;
    r.claimantName = claimant;
    r.claimantContact = QStringLiteral("Бишкек ш., Токтогул к. 1");
    r.receivedOn = bishkekToday().addDays(-3);
    r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
    const qint64 id = ClaimService(database).registerClaim(session, r).id;
    ClaimService(database).draftAnswer(session, id, QStringLiteral("Өчүрүлдү."));
    return id;
}

qint64 applyFeed(Database& database, const Session& session, const QByteArray& jsonl)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jsonl) != jsonl.size())
        return -1;
    file.close();
    const FeedService::Result result = FeedService(database).applyFile(session, path);
    qint64 applied = 0;
    for (const qint64 n : result.applied)
        applied += n;
    return applied;
}

} // namespace dpo::test
