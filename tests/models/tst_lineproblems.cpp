// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LineProblems.h"

#include <QtTest>

using namespace dpo;

class TestLineProblems : public QObject
{
    Q_OBJECT
private slots:
    void listsTheFirstAndCountsTheRest()
    {
        LineProblems problems(QStringLiteral("/tmp/a.csv"));
        QVERIFY(problems.isEmpty());
        for (int i = 1; i <= LineProblems::kMaxListed + 5; ++i)
            problems.add(i, QStringLiteral("inn"), QStringLiteral("bad %1").arg(i));
        QCOMPARE(problems.count(), LineProblems::kMaxListed + 5);
        QCOMPARE(problems.listed().size(), LineProblems::kMaxListed);
        QCOMPARE(problems.listed().first(), QStringLiteral("/tmp/a.csv:1: inn: bad 1"));
        QCOMPARE(problems.unlisted(), 5);
        const QStringList text =
            problems.text(QStringLiteral("and %1 more").arg(problems.unlisted()))
                .split(QLatin1Char('\n'));
        QCOMPARE(text.last(), QStringLiteral("and 5 more"));
    }

    void readsAListedLineBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isLine");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QString f = QStringLiteral("/home/o/export.csv");
        QTest::newRow("plain") << f << f + QStringLiteral(":12: inn: \"1\" is not 14 digits")
                               << true << qint64(12) << QStringLiteral("inn")
                               << QStringLiteral("\"1\" is not 14 digits");
        QTest::newRow("reason with colons")
            << f << f + QStringLiteral(":3: phone: warning: a: b") << true << qint64(3)
            << QStringLiteral("phone") << QStringLiteral("warning: a: b");
        const QString colon = QStringLiteral("/tmp/day:1.jsonl");
        QTest::newRow("a colon in the file's name")
            << colon << colon + QStringLiteral(":7: at: is in the future") << true << qint64(7)
            << QStringLiteral("at") << QStringLiteral("is in the future");
        QTest::newRow("the closing line")
            << f << QStringLiteral("3 problem(s); nothing was imported.") << false << qint64(0)
            << QString() << QString();
        QTest::newRow("another file") << f << QStringLiteral("/x.csv:1: inn: bad") << false
                                      << qint64(0) << QString() << QString();
        QTest::newRow("no line number") << f << f + QStringLiteral(": cannot read the file: gone")
                                        << false << qint64(0) << QString() << QString();
    }
    void readsAListedLineBack()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(bool, isLine);
        const auto parsed = LineProblems::parse(text, file);
        QCOMPARE(parsed.has_value(), isLine);
        if (!parsed)
            return;
        QTEST(parsed->line, "line");
        QTEST(parsed->field, "field");
        QTEST(parsed->reason, "reason");
        QCOMPARE(parsed->file, file);
        QCOMPARE(parsed->text(), text);
    }
};

QTEST_GUILESS_MAIN(TestLineProblems)
#include "tst_lineproblems.moc"
