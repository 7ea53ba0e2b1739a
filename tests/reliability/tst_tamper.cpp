// SPDX-License-Identifier: GPL-3.0-or-later
// A thousand random single-field changes to audit entries (seeded, so a failure can be replayed):
// each is found by verify, which names the changed entry and the kind of break; undone, the chain
// verifies again. Both backends. The append-only guard is lifted for the test only. A hash
// changed into a terminal's escape sequence is reported by `audit verify` as text, never obeyed.
#include "CliRun.h"
#include "db/Sql.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "SuiteSize.h"
#include "TestDatabase.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QtTest>

using namespace dpo;

namespace {
constexpr int kEntries = 200;
const char* const kFields[] = {"at_utc", "officer_id", "officer_username", "action",
                               "entity", "entity_id",  "subject_id",       "details",
                               "hash",   "prev_hash"};
} // namespace

class TestTamper : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q = prepareQuery(m_database->connection(), sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        execQuery(q, "tamper");
    }

    // A value that differs from `before` and keeps the row valid for the verifier to read.
    static QVariant mutated(const QString& field, const QVariant& before, QRandomGenerator& random)
    {
        const QString text = before.toString();
        if (field == QStringLiteral("officer_id")) // a foreign key: no officer, or the one there is
            return before.isNull() ? QVariant(qint64(1)) : QVariant(QMetaType::fromType<qint64>());
        if (field == QStringLiteral("subject_id"))
            return before.isNull() ? QVariant(qint64(random.bounded(1, 1000)))
                                   : QVariant(before.toLongLong() + random.bounded(1, 50));
        if (field == QStringLiteral("entity_id"))
            return before.isNull() ? QVariant(QStringLiteral("7"))
                                   : QVariant(text + QLatin1Char('0'));
        if (field == QStringLiteral("hash") || field == QStringLiteral("prev_hash")) {
            QString changed = text;
            const int at = int(random.bounded(changed.size()));
            changed[at] = changed[at] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            return changed;
        }
        if (field == QStringLiteral("details"))
            return QString(text).replace(QStringLiteral("\"n\":"),
                                         QStringLiteral("\"n\":%1").arg(random.bounded(1, 9)));
        if (field == QStringLiteral("at_utc"))
            return QString(text).replace(QLatin1Char('Z'),
                                         QStringLiteral("1Z")); // one millisecond more precise
        // Text fields: one character changed somewhere.
        QString changed = text;
        const int at = int(random.bounded(changed.size()));
        changed[at] = changed[at] == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
        return changed;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Session admin;
        m_database = m_fixture.openWithAdmin(admin);
        const QSqlDatabase db = m_database->connection();
        TransactionGuard t(db);
        for (int i = 0; i < kEntries - 2; ++i)
            AuditService::append(db, admin, QStringLiteral("test.append"),
                                 QStringLiteral("subject"), i % 3 ? QString::number(i) : QString(),
                                 i % 2 ? i + 1 : 0,
                                 QJsonObject{{QStringLiteral("n"), i},
                                             {QStringLiteral("text"),
                                              QStringLiteral("Үсөнова \"Ж\" \\ tab\t end")}});
        t.commit();
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), qint64(kEntries));
        const QStringList lift =
            test::TestDatabase::isPostgres()
                ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")}
                : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                              QStringLiteral("DROP TRIGGER audit_log_no_delete")};
        for (const QString& sql : lift)
            execConstant(m_database->connection(), sql, "lift the guard");
    }

    void everyMutationIsFoundAtItsEntry()
    {
        const quint32 seed = qEnvironmentVariableIsSet("DPO_TAMPER_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DPO_TAMPER_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (DPO_TAMPER_SEED replays it)", seed);
        QRandomGenerator random(seed);
        const int mutations = test::suiteSize("DPO_TAMPER_MUTATIONS", 1000);
        int found = 0;
        for (int i = 0; i < mutations; ++i) {
            const qint64 seq = random.bounded(1, kEntries + 1);
            const QString field =
                QString::fromLatin1(kFields[random.bounded(int(std::size(kFields)))]);
            QSqlQuery read =
                prepareQuery(m_database->connection(),
                             QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(field));
            read.addBindValue(seq);
            execQuery(read, "read a field");
            QVERIFY(read.next());
            const QVariant before = read.value(0);
            read.finish();
            const QVariant after = mutated(field, before, random);
            if (after == before)
                continue; // nothing to change (a details text without "n")
            exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(field),
                 {after, seq});
            const AuditVerification v = AuditVerifier(*m_database).verify();
            const auto expected = field == QStringLiteral("prev_hash")
                                      ? AuditVerification::Problem::BrokenLink
                                      : AuditVerification::Problem::HashMismatch;
            QVERIFY2(
                !v.intact() && v.brokenSeq == seq && v.problem == expected,
                qPrintable(QStringLiteral("mutation %1 (seed %2): %3 of entry %4 -> found %5 at %6")
                               .arg(i)
                               .arg(seed)
                               .arg(field)
                               .arg(seq)
                               .arg(AuditVerification::problemCode(v.problem))
                               .arg(v.brokenSeq)));
            ++found;
            exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(field),
                 {before, seq});
            if (i % 50 == 0)
                QVERIFY2(AuditVerifier(*m_database).verify().intact(),
                         "an undone mutation left the chain broken");
        }
        qInfo("%d of %d mutations applied, every one found at its entry", found, mutations);
        QVERIFY(found > mutations * 9 / 10);
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    void escapeCodesInTheTrailAreShownNotObeyed()
    {
        // A stored hash made into escape sequences: set the window's title, ring, colour.
        const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[31m\u202e") +
                                QString(48, QLatin1Char('a')); // 64 long, as the column checks
        QSqlQuery read = prepareQuery(m_database->connection(),
                                      QStringLiteral("SELECT hash FROM audit_log WHERE seq = 5"));
        execQuery(read, "read a hash");
        QVERIFY(read.next());
        const QString before = read.value(0).toString();
        read.finish();
        exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = 5"), {hostile});
        for (const char* format : {"text", "json"}) {
            const test::CliRun r = test::runConsole(
                {"audit", "verify", "--database", m_fixture.url(), "--format", format}, {});
            QCOMPARE(r.code, 1);
            for (const QString& printed : {r.out, r.err})
                for (const QChar c : printed) {
                    const char16_t u = c.unicode();
                    QVERIFY2(!((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
                               (u >= 0x202a && u <= 0x202e)),
                             qPrintable(QStringLiteral("%1: U+%2 reached the terminal")
                                            .arg(QLatin1String(format))
                                            .arg(uint(u), 4, 16, QLatin1Char('0'))));
                }
            QVERIFY2(r.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007")), qPrintable(r.out));
        }
        exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = 5"), {before});
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    void cleanupTestCase()
    {
        if (m_database && test::TestDatabase::isPostgres())
            execConstant(m_database->connection(),
                         QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"),
                         "put the guard back");
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
