// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include <QBuffer>
#include <QtTest>

using namespace dpo;

class TestCsvReader : public QObject
{
    Q_OBJECT
    static QList<CsvReader::Record> readAll(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<CsvReader::Record> records;
        CsvReader::Record r;
        while (reader.next(r))
            records << r;
        return records;
    }
private slots:
    void parsesRfc4180()
    {
        const auto records =
            readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n\"multi\nline\",2,3\n4,5,6");
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].fields, QStringList({"a", "b", "c"}));
        QCOMPARE(records[1].fields, QStringList({"x, y", "say \"hi\"", ""}));
        QCOMPARE(records[2].fields, QStringList({"multi\nline", "2", "3"}));
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].line, 5); // the quoted line break counts
        for (const auto& r : records)
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    }
    void dropsByteOrderMarkAndDecodesCyrillic()
    {
        const auto records =
            readAll("\xEF\xBB\xBFsurname\n" + QStringLiteral("Үсөнова Жаңыл").toUtf8() + "\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields.first(), QStringLiteral("surname"));
        QCOMPARE(records[1].fields.first(), QStringLiteral("Үсөнова Жаңыл"));
    }
    void reportsMalformedRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("badRecord");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unclosed quote") << QByteArray("a\n\"open,1\n") << 1 << "not closed";
        QTest::newRow("quote in unquoted field") << QByteArray("a\nab\"c\n") << 1 << "quote inside";
        QTest::newRow("text after closing quote")
            << QByteArray("a\n\"x\"y\n") << 1 << "follows the closing quote";
        QTest::newRow("not utf-8") << QByteArray("a\n\xC0\xC1 cp1251\n") << 1 << "UTF-8";
        // Strict UTF-8: an overlong form, a surrogate, a sequence cut short, one past U+10FFFF,
        // and a character split between two fields (each field must be UTF-8 on its own).
        QTest::newRow("overlong /") << QByteArray("a\n\xC0\xAF\n") << 1 << "UTF-8";
        QTest::newRow("surrogate") << QByteArray("a\n\xED\xA0\x80\n") << 1 << "UTF-8";
        QTest::newRow("cut short") << QByteArray("a\nx\xE2\x82\n") << 1 << "UTF-8";
        QTest::newRow("past U+10FFFF") << QByteArray("a\n\xF4\x90\x80\x80\n") << 1 << "UTF-8";
        QTest::newRow("split by a comma") << QByteArray("a,b\n\xD0,\x90\n") << 1 << "UTF-8";
        // A record past the cap is an error of its own and is not held whole; the next is read.
        QTest::newRow("a record past the cap")
            << (QByteArray("a\n") + QByteArray(CsvReader::kMaxRecordBytes + 10, 'x') + "\nok\n")
            << 1 << "longer than 1048576 bytes";
        // The cause is named (the quote never closed), and the field is still not held whole.
        QTest::newRow("an unclosed quote past the cap")
            << (QByteArray("a\n\"") + QByteArray(CsvReader::kMaxRecordBytes * 3, 'y')) << 1
            << "not closed";
    }
    void reportsMalformedRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, badRecord);
        QFETCH(QString, mentions);
        const auto records = readAll(input);
        QVERIFY(records.size() > badRecord);
        QVERIFY(records[0].error.isEmpty());
        QVERIFY2(records[badRecord].error.contains(mentions), qPrintable(records[badRecord].error));
        qsizetype held = 0;
        for (const QString& field : records[badRecord].fields)
            held += field.size();
        QVERIFY(held <= CsvReader::kMaxRecordBytes);
        if (input.endsWith("\nok\n")) // read on after it
            QCOMPARE(records.last().fields, QStringList{QStringLiteral("ok")});
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
