// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "db/BulkInserter.h"
#include "db/Sql.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace dpo;

class TestBulkInserter : public QObject
{
    Q_OBJECT
    static QVariantList sampleRow(int i)
    {
        return {i,
                // What PostgreSQL's COPY text format escapes: backslash, tab, line breaks.
                QStringLiteral("Үсөнова «%1», \"quoted\"\t\\N back\\slash\r\nline").arg(i),
                QDate(2024, 6, 1).addDays(i),
                QDateTime(QDate(2024, 6, 1), QTime(9, 30, 15, 250), Qt::UTC).addSecs(i),
                i % 3 == 0 ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QStringLiteral("x")),
                QByteArray("\x00\x01pdf", 5)};
    }
    static QStringList dump(const Database& database, const char* table)
    {
        QSqlQuery q =
            prepareQuery(database.connection(),
                         QStringLiteral("SELECT id, name, day, at, note, data FROM %1 ORDER BY id")
                             .arg(QLatin1String(table)));
        execQuery(q, "dump");
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }
private slots:
    void writesWhatQSqlQueryWrites()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        const QSqlDatabase db = database->connection();
        const bool pg = test::TestDatabase::isPostgres();
        for (const char* table : {"via_bulk", "via_query"})
            execConstant(db,
                         QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT, day "
                                        "%2, at %3, note TEXT, data %4)")
                             .arg(QLatin1String(table),
                                  pg ? QStringLiteral("DATE") : QStringLiteral("TEXT"),
                                  pg ? QStringLiteral("TIMESTAMPTZ") : QStringLiteral("TEXT"),
                                  pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")),
                         "create");
        const QStringList columns{"id", "name", "day", "at", "note", "data"};
        TransactionGuard transaction(db);
        BulkInserter bulk(db, QStringLiteral("via_bulk"), columns, 4);
        QSqlQuery single = prepareQuery(
            db,
            QStringLiteral(
                "INSERT INTO via_query (id, name, day, at, note, data) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 1; i <= 11; ++i) { // two full batches of 4 and a tail of 3
            bulk.addRow(sampleRow(i));
            const QVariantList values = sampleRow(i);
            for (int k = 0; k < values.size(); ++k)
                single.bindValue(k, values[k]);
            execQuery(single, "insert");
        }
        bulk.flush();
        transaction.commit();
        QCOMPARE(bulk.rowCount(), 11);
        const QStringList expected = dump(*database, "via_query");
        QCOMPARE(expected.size(), 11);
        QCOMPARE(dump(*database, "via_bulk"), expected);
        if (!pg) {
            QSqlQuery types(db);
            QVERIFY(types.exec(QStringLiteral(
                "SELECT DISTINCT typeof(day) || typeof(at) || typeof(data) FROM via_bulk")));
            QVERIFY(types.next());
            QCOMPARE(types.value(0).toString(), QStringLiteral("texttextblob"));
        }
    }

    void reportsTheDatabasesRefusal()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        const QSqlDatabase db = database->connection();
        execConstant(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"),
                     "create");
        TransactionGuard transaction(db);
        BulkInserter bulk(db, QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("v")}, 2);
        bulk.addRow({1, QStringLiteral("ok")});
        try {
            // A batch goes in when full or at flush() (PostgreSQL's COPY batches by size).
            bulk.addRow({2, QVariant(QMetaType::fromType<QString>())});
            bulk.flush();
            QFAIL("a NOT NULL violation went through");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Database);
            QVERIFY2(e.message().contains(QStringLiteral("NOT NULL"), Qt::CaseInsensitive) ||
                         e.message().contains(QStringLiteral("null value"), Qt::CaseInsensitive),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
