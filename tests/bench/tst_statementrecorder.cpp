// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' references run the console's own statements raw (scripts/bench.sh): the
// statements a StatementRecorder writes, values written in, must give the rows the prepared
// statements gave, on both backends.
#include "BenchSupport.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "items/SubjectListModel.h"
#include "services/DashboardService.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dpo;

namespace {
QList<QVariantList> allRows(QSqlQuery& q)
{
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString(); // as text: a raw statement's types are the column's
        rows << row;
    }
    return rows;
}

// The list's search and its last rows, and the dashboard: what scripts/bench.sh records.
void work(Database& database)
{
    {
        SubjectListModel model(database, bench::firstAdministrator(database));
        for (const QString& search :
             {QString(), QStringLiteral("ас"), QStringLiteral("0555"), QStringLiteral("O'Bri")}) {
            SubjectFilter filter;
            filter.search = search;
            model.setFilter(filter);
            for (int row = qMax(0, model.rowCount() - 40); row < model.rowCount(); ++row)
                model.index(row, 0).data();
            model.fetchWantedPages();
        }
    }
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(6 * 3600)).date();
    DashboardService(database).figures(today);
    DashboardService(database).charts(today);
}
} // namespace

class TestStatementRecorder : public QObject
{
    Q_OBJECT

private slots:
    void inlineValues_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numbers") << "SELECT ? + ?" << QVariantList{1, qint64(5000000000)} << false
                                 << "SELECT 1 + 5000000000";
        QTest::newRow("a quote doubled") << "WHERE a = ?" << QVariantList{QStringLiteral("O'Brien")}
                                         << false << "WHERE a = 'O''Brien'";
        QTest::newRow("a ? inside a literal stays")
            << "WHERE a = '?' AND b = ?" << QVariantList{QStringLiteral("ы")} << true
            << "WHERE a = '?' AND b = 'ы'";
        QTest::newRow("null") << "VALUES (?)"
                              << QVariantList{QVariant(QMetaType::fromType<QString>())} << false
                              << "VALUES (NULL)";
        QTest::newRow("date") << "WHERE d < ?" << QVariantList{QDate(2026, 11, 26)} << true
                              << "WHERE d < '2026-11-26'";
        // As QSQLITE binds them (Qt::ISODateWithMs): Qt::UTC ends in Z, the UTC time zone in
        // +00:00.
        QTest::newRow("instant in UTC")
            << "WHERE t >= ?" << QVariantList{QDateTime(QDate(2026, 1, 1), QTime(18, 0), Qt::UTC)}
            << false << "WHERE t >= '2026-01-01T18:00:00.000Z'";
        QTest::newRow("instant in the UTC zone")
            << "WHERE t >= ?"
            << QVariantList{QDateTime(QDate(2026, 1, 1), QTime(18, 0), QTimeZone::utc())} << true
            << "WHERE t >= '2026-01-01T18:00:00.000+00:00'";
        QTest::newRow("bool, PostgreSQL")
            << "WHERE f = ?" << QVariantList{true} << true << "WHERE f = TRUE";
        QTest::newRow("bool, SQLite")
            << "WHERE f = ?" << QVariantList{false} << false << "WHERE f = 0";
        QTest::newRow("bytes, PostgreSQL")
            << "VALUES (?)" << QVariantList{QByteArray("\x01\xff", 2)} << true
            << "VALUES ('\\x01ff'::bytea)";
        QTest::newRow("bytes, SQLite") << "VALUES (?)" << QVariantList{QByteArray("\x01\xff", 2)}
                                       << false << "VALUES (X'01ff')";
    }

    void inlineValues()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(bool, postgres);
        QFETCH(QString, expected);
        QCOMPARE(bench::StatementRecorder::inlineValues(sql, values, postgres), expected);
    }

    // The list's search, jump and the dashboard, recorded; each recorded statement run raw gives
    // the rows its prepared original gives.
    void recordedStatementsGiveTheSameRows()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        const auto database = fixture.openWithAdmin(admin);
        DemoDataService::Options options;
        options.subjects = 500;
        options.seed = 3;
        DemoDataService(*database).generate(admin, options);

        struct Seen
        {
            QString sql;
            QVariantList values;
        };
        QList<Seen> seen;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statements.sql"));
        {
            bench::StatementRecorder recorder(path);
            work(*database);
        }
        // The recorder is gone: nothing more is written.
        DashboardService(*database).figures(QDate::currentDate());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QStringList statements;
        for (const QByteArray& line : lines)
            if (!line.isEmpty())
                statements << QString::fromUtf8(line.chopped(1)); // the ';'
        QVERIFY2(statements.size() > 30, qPrintable(QString::number(statements.size())));

        // Record again, this time keeping each prepared statement and its values to compare.
        setStatementObserver([&seen](const QSqlQuery& q) {
            seen.append({q.lastQuery(), q.boundValues()});
        });
        work(*database);
        setStatementObserver({});
        QCOMPARE(seen.size(), statements.size());

        int withRows = 0;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QSqlQuery prepared = prepareQuery(database->connection(), seen[i].sql);
            for (int v = 0; v < seen[i].values.size(); ++v)
                prepared.bindValue(v, seen[i].values[v]);
            execQuery(prepared, "prepared");
            QSqlQuery raw(database->connection());
            QVERIFY2(raw.exec(statements[i]),
                     qPrintable(statements[i] + QStringLiteral("\n") + raw.lastError().text()));
            const QList<QVariantList> expected = allRows(prepared);
            QCOMPARE(allRows(raw), expected);
            bool nonZero = false;
            for (const QVariantList& row : expected)
                for (const QVariant& v : row)
                    nonZero =
                        nonZero || (v.toString() != QStringLiteral("0") && !v.toString().isEmpty());
            withRows += nonZero ? 1 : 0;
        }
        // Not a comparison of empty answers only (the small demo leaves many counts at zero).
        QVERIFY2(withRows >= 30,
                 qPrintable(QStringLiteral("%1 of %2").arg(withRows).arg(statements.size())));
    }
};

QTEST_GUILESS_MAIN(TestStatementRecorder)
#include "tst_statementrecorder.moc"
