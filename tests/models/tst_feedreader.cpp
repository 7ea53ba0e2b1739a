// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using namespace dpo;

namespace {
QList<FeedLine> readAll(const QByteArray& text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    FeedReader reader(&buffer);
    QList<FeedLine> lines;
    FeedLine line;
    while (reader.next(line))
        lines << line;
    return lines;
}

QString problemsOf(const FeedLine& line)
{
    QStringList out;
    for (const FeedLine::Problem& p : line.problems)
        out << p.field + QStringLiteral(": ") + p.reason;
    return out.join(QLatin1Char('|'));
}

const QByteArray kSubject =
    R"({"id":"app-7f3a","type":"subject.upsert","at":"2026-12-01T09:00:00+06:00",)"
    R"("platform_ref":"OG-1","inn":"21203199000011","surname":"Үсөнов","given_name":"Нурбек",)"
    R"("phone":"+996555100001","preferred_language":"ky"})";
} // namespace

// The feed's lines are read one at a time and checked for shape: the envelope, every field of
// the type and nothing else, each value of its kind. Each wrong line names the field and why.
class TestFeedReader : public QObject
{
    Q_OBJECT
private slots:
    void wellFormedEventsAreRead()
    {
        const QByteArray text =
            kSubject + "\n\n" +
            R"({"id":"app-7f3b","type":"consent.given","at":"2026-12-01T09:00:05+06:00",)"
            R"("platform_ref":"OG-1","policy_version":"2024-06-01","channel":"mobile_app"})"
            "\r\n" +
            R"({"id":"app-7f3c","type":"transfer","at":"2026-12-01T03:10:00Z","platform_ref":"OG-1",)"
            R"("recipient":"fco-1","categories":["face_photo","contacts"],"purpose":"financing_decision"})";
        const QList<FeedLine> lines = readAll(text);
        QCOMPARE(lines.size(), 3); // the blank line is skipped, the CRLF accepted
        for (const FeedLine& line : lines)
            QVERIFY2(line.problems.isEmpty(), qPrintable(problemsOf(line)));
        QCOMPARE(lines[0].line, 1);
        QCOMPARE(lines[1].line, 3);
        QCOMPARE(lines[0].id, QStringLiteral("app-7f3a"));
        QCOMPARE(lines[0].shape->type, FeedEventType::SubjectUpsert);
        QCOMPARE(lines[0].at, QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC));
        QCOMPARE(lines[0].fields.value(QStringLiteral("surname")).toString(),
                 QStringLiteral("Үсөнов"));
        QCOMPARE(lines[2].shape->type, FeedEventType::Transfer);
        QCOMPARE(lines[2].at, QDateTime(QDate(2026, 12, 1), QTime(3, 10), Qt::UTC));
        QCOMPARE(lines[2].fields.value(QStringLiteral("categories")).toArray().size(), 2);
    }

    void everyTypeIsInTheTable()
    {
        QCOMPARE(FeedFormat::typeCodes(),
                 QStringList({"recipient.upsert", "subject.upsert", "consent.given", "transfer",
                              "category.collected", "withdrawal.requested", "account.closed"}));
        for (const FeedEventShape& shape : FeedFormat::shapes()) {
            QCOMPARE(FeedFormat::shapeOf(QString::fromLatin1(shape.code)), &shape);
            QCOMPARE(&FeedFormat::shape(shape.type), &shape);
        }
    }

    void badLinesNameTheFieldAndWhy_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const auto with = [](const char* from, const char* to) {
            QByteArray text = kSubject;
            text.replace(from, to);
            return text;
        };
        QTest::newRow("not JSON") << QByteArray("{\"id\": ") << "line"
                                  << "is not JSON";
        QTest::newRow("an array") << QByteArray("[1,2]") << "line"
                                  << "JSON object";
        QTest::newRow("not UTF-8") << with("Үсөнов", "\xff\xfe") << "line"
                                   << "UTF-8";
        QTest::newRow("no id") << with(R"("id":"app-7f3a",)", "") << "id"
                               << "missing";
        QTest::newRow("empty id") << with(R"("id":"app-7f3a")", R"("id":" ")") << "id"
                                  << "1 to 200";
        QTest::newRow("numeric id") << with(R"("id":"app-7f3a")", R"("id":7)") << "id"
                                    << "string";
        QTest::newRow("long id") << with("app-7f3a", QByteArray(201, 'x').constData()) << "id"
                                 << "1 to 200";
        QTest::newRow("unknown type") << with("subject.upsert", "subject.delete") << "type"
                                      << "not an event type";
        QTest::newRow("no zone") << with("09:00:00+06:00", "09:00:00") << "at"
                                 << "with its zone";
        QTest::newRow("not a time") << with("2026-12-01T09", "2026-13-01T09") << "at"
                                    << "with its zone";
        QTest::newRow("no at") << with(R"("at":"2026-12-01T09:00:00+06:00",)", "") << "at"
                               << "missing";
        QTest::newRow("unknown field") << with(R"("inn")", R"("innn")") << "innn"
                                       << "not a field of subject.upsert";
        QTest::newRow("missing ref") << with(R"("platform_ref":"OG-1",)", "") << "platform_ref"
                                     << "required";
        QTest::newRow("blank ref") << with(R"("OG-1")", R"("  ")") << "platform_ref"
                                   << "required";
        QTest::newRow("number for text")
            << with(R"("inn":"21203199000011")", R"("inn":212)") << "inn"
            << "must be a string";
        QTest::newRow("control characters") << with("Нурбек", "Нур\\u001b[2Jбек") << "given_name"
                                            << "control characters";
        QTest::newRow("bad date") << with(R"("phone")", R"("birth_date":"1990-02-30","phone")")
                                  << "birth_date"
                                  << "YYYY-MM-DD";
        QTest::newRow("empty list")
            << QByteArray(R"({"id":"t","type":"transfer","at":"2026-12-01T09:00:00Z",)"
                          R"("platform_ref":"OG-1","recipient":"r","categories":[],"purpose":"p"})")
            << "categories"
            << "at least one";
        QTest::newRow("list of numbers")
            << QByteArray(
                   R"({"id":"t","type":"transfer","at":"2026-12-01T09:00:00Z",)"
                   R"("platform_ref":"OG-1","recipient":"r","categories":[1],"purpose":"p"})")
            << "categories"
            << "each item must be a string";
        QTest::newRow("flag as text")
            << QByteArray(R"({"id":"r","type":"recipient.upsert","at":"2026-12-01T09:00:00Z",)"
                          R"("code":"fco-1","name":"Бай-Түшүм","kind":"fco",)"
                          R"("platform_participant":"yes"})")
            << "platform_participant"
            << "true or false";
        QTest::newRow("too long text")
            << with("Үсөнов", QByteArray(4001, 'a').constData()) << "surname"
            << "longer than 4000";
    }
    void badLinesNameTheFieldAndWhy()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const QList<FeedLine> lines = readAll(kSubject + '\n' + line + '\n' + kSubject);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].problems.isEmpty());
        QVERIFY(lines[2].problems.isEmpty()); // a bad line does not spoil the next
        QCOMPARE(lines[1].line, 2);
        bool found = false;
        for (const FeedLine::Problem& p : lines[1].problems)
            found = found || (p.field == field && p.reason.contains(reason));
        QVERIFY2(found, qPrintable(problemsOf(lines[1])));
    }

    void anOverlongLineIsRefusedAndReadingGoesOn()
    {
        const QByteArray huge =
            "{\"id\":\"" + QByteArray(FeedReader::kMaxLineBytes + 10, 'x') + "\"}";
        const QList<FeedLine> lines = readAll(huge + '\n' + kSubject + '\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].problems.size(), 1);
        QVERIFY(lines[0].problems[0].reason.contains(QStringLiteral("longer than")));
        QCOMPARE(lines[1].line, 2);
        QVERIFY2(lines[1].problems.isEmpty(), qPrintable(problemsOf(lines[1])));
    }
};

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"
