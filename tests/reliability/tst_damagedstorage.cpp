// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged storage: a file of random bytes, a consent database cut short, a database from a newer
// schema. Each gives a clear message, no crash, and the file is left exactly as it was (the
// console never "repairs" evidence). A stored document whose bytes or recorded hash changed is
// refused on opening, every time, naming it; the refusal is audited and the bytes stay as found.
#include "db/Migrator.h"
#include "db/Sql.h"
#include "security/Sha256.h"
#include "services/AttachmentService.h"
#include "services/AuditVerifier.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace dpo;

namespace {
QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Opening and reading as the console does; the error's kind and message, or empty when it worked.
QString tryToUse(const QString& path, Error::Kind* kind)
{
    try {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        database.open();
        Migrator(database).migrate();
        ClaimService(database).list(QDate(2026, 11, 25));
    } catch (const Error& e) {
        *kind = e.kind();
        return e.message();
    }
    return {};
}
} // namespace

class TestDamagedStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A new consent database file with its administrator, signed in.
    static Session createWithAdmin(Database& database)
    {
        database.open(Database::OpenMode::CreateIfMissing);
        Migrator(database).migrate();
        OfficerService officers(database);
        officers.ensureFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"),
                                          QString::fromLatin1(test::TestDatabase::kPassword));
        return officers.signIn(QStringLiteral("admin"),
                               QString::fromLatin1(test::TestDatabase::kPassword));
    }

    // A real consent database with a few claims, closed.
    QString makeDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        const Session admin = createWithAdmin(database);
        for (int i = 0; i < 200; ++i) {
            ClaimService::Registration r;
            r.claimantName = QStringLiteral("Claimant %1 with a long name to fill pages").arg(i);
            r.receivedOn = QDate(2026, 11, 20);
            r.subjectMatter = QString(400, QLatin1Char('x'));
            ClaimService(database).registerClaim(admin, r);
        }
        execConstant(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                     "checkpoint");
        return path;
    }

private slots:
    void randomBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator random(7);
        for (char& b : bytes)
            b = char(random.bounded(256));
        file.write(bytes);
        file.close();
        const QByteArray before = sha256Of(path);
        Error::Kind kind{};
        const QString message = tryToUse(path, &kind);
        QCOMPARE(kind, Error::Kind::Connection);
        QVERIFY2(message.contains(QStringLiteral("not a SQLite consent database")),
                 qPrintable(message));
        QCOMPARE(sha256Of(path), before);
    }

    void aDatabaseCutShort_data()
    {
        QTest::addColumn<double>("kept");
        QTest::newRow("half") << 0.5;
        QTest::newRow("a tenth") << 0.1;
        QTest::newRow("the header only") << 0.0;
    }
    void aDatabaseCutShort()
    {
        QFETCH(double, kept);
        const QString path = makeDatabase(QStringLiteral("cut-%1.sqlite").arg(kept));
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 100 * 1024);
        QVERIFY(file.resize(kept > 0 ? qint64(size * kept) : 100));
        const QByteArray before = sha256Of(path);
        Error::Kind kind{};
        const QString message = tryToUse(path, &kind);
        QVERIFY2(!message.isEmpty(), "a database cut short was used as if whole");
        QVERIFY2(kind == Error::Kind::Connection || kind == Error::Kind::Database,
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("malformed")) ||
                     message.contains(QStringLiteral("not a")) ||
                     message.contains(QStringLiteral("disk image")),
                 qPrintable(message));
        QCOMPARE(sha256Of(path), before);
    }

    void aNewerSchema()
    {
        const QString path = makeDatabase(QStringLiteral("newer.sqlite"));
        {
            Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
            database.open();
            QSqlQuery q = prepareQuery(
                database.connection(),
                QStringLiteral(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(Migrator::latestVersion() + 1);
            q.addBindValue(QStringLiteral("2027-01-01T00:00:00.000Z"));
            execQuery(q, "a newer version");
            execConstant(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                         "checkpoint");
        }
        const QByteArray before = sha256Of(path);
        Error::Kind kind{};
        const QString message = tryToUse(path, &kind);
        QCOMPARE(kind, Error::Kind::SchemaTooNew);
        QVERIFY2(message.contains(QString::number(Migrator::latestVersion() + 1)),
                 qPrintable(message));
        QCOMPARE(sha256Of(path), before);
    }

    // 400 seeded changes of a stored claim letter behind the console's back (DPO_DAMAGE_SEED
    // replays a run): a bit flipped, the bytes cut short, bytes added, the recorded hash changed,
    // the bytes replaced together with the row's hash and size.
    void aDocumentWhoseBytesChanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("documents.sqlite"));
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        const Session admin = createWithAdmin(database);
        const quint32 seed = qEnvironmentVariableIsSet("DPO_DAMAGE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DPO_DAMAGE_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("DPO_DAMAGE_SEED=%u", seed);
        QRandomGenerator random(seed);
        QByteArray letter("%PDF-1.4\n");
        for (int i = 0; i < 4000; ++i)
            letter.append(char(random.bounded(256)));
        letter.append("\n%%EOF\n");
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Токтогулова Айпери");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("A letter kept as evidence");
        r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"), letter};
        const qint64 claim = ClaimService(database).registerClaim(admin, r).id;
        const QList<AttachmentService::Info> stored =
            AttachmentService(database).list(AttachmentService::Owner::Claim, claim);
        QCOMPARE(stored.size(), 1);
        const qint64 id = stored.first().id;
        const QString hash = stored.first().sha256;
        const auto failures = [&] {
            return test::rowCount(
                database,
                QStringLiteral("audit_log WHERE action = 'attachment.integrity_failure'"));
        };
        const auto setStored = [&](const QByteArray& content, const QString& sha256) {
            QSqlQuery q = prepareQuery(
                database.connection(),
                QStringLiteral("UPDATE attachments SET content = ?, sha256 = ?, size_bytes = ? "
                               "WHERE id = ?"));
            q.addBindValue(content);
            q.addBindValue(sha256);
            q.addBindValue(qint64(content.size()));
            q.addBindValue(id);
            execQuery(q, "change the document behind the console's back");
        };
        const auto storedContent = [&] {
            QSqlQuery q = prepareQuery(
                database.connection(),
                QStringLiteral("SELECT content, sha256 FROM attachments WHERE id = ?"));
            q.addBindValue(id);
            execQuery(q, "the stored document");
            q.next();
            return std::pair{q.value(0).toByteArray(), q.value(1).toString()};
        };
        QCOMPARE(AttachmentService(database).open(admin, id).content, letter);

        const int kChanges = 400;
        int kinds[5] = {};
        for (int n = 0; n < kChanges; ++n) {
            QByteArray content = letter;
            QString sha256 = hash;
            const int kind = int(random.bounded(5));
            ++kinds[kind];
            switch (kind) {
            case 0: {
                const int at = int(random.bounded(quint32(content.size())));
                content[at] = char(content[at] ^ char(1 << random.bounded(8)));
                break;
            }
            case 1:
                content.truncate(int(random.bounded(1, int(content.size()))));
                break;
            case 2:
                for (int i = int(random.bounded(1, 64)); i > 0; --i)
                    content.append(char(random.bounded(256)));
                break;
            case 3: {
                const int at = int(random.bounded(64));
                sha256[at] = sha256[at] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
                break;
            }
            default: {
                // Another letter, with its own hash and size in the row: the row agrees with
                // itself, and only the hash the audit trail recorded at attachment tells.
                const int at = int(random.bounded(quint32(content.size())));
                content[at] = char(content[at] ^ 0x20);
                sha256 = QString::fromLatin1(Sha256::hashHex(content));
                break;
            }
            }
            setStored(content, sha256);
            const qint64 before = failures();
            try {
                AttachmentService(database).open(admin, id);
                QFAIL(qPrintable(
                    QStringLiteral("change %1 (kind %2) was not noticed; DPO_DAMAGE_SEED=%3")
                        .arg(n)
                        .arg(kind)
                        .arg(seed)));
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Database);
                QVERIFY2(e.message().contains(QStringLiteral("letter.pdf")) &&
                             e.message().contains(QStringLiteral("changed")),
                         qPrintable(e.message()));
            }
            QCOMPARE(failures(), before + 1);
            // Found as it was: the console repairs nothing.
            QCOMPARE(storedContent(), std::pair(content, sha256));
        }
        qInfo("%d changes: %d bits flipped, %d cut short, %d lengthened, %d hashes changed, "
              "%d replaced with their hash",
              kChanges, kinds[0], kinds[1], kinds[2], kinds[3], kinds[4]);
        setStored(letter, hash);
        QCOMPARE(AttachmentService(database).open(admin, id).content, letter);
        QVERIFY(AuditVerifier(database).verify().intact());
    }
};

QTEST_GUILESS_MAIN(TestDamagedStorage)
#include "tst_damagedstorage.moc"
