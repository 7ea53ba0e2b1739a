// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded random input for the two parsers that take text from outside: the CSV reader of the
// import and the database URL parser. A fixed number of cases per run, the seed printed
// (DPO_FUZZ_SEED replays it). No crash, no endless loop, only clear errors; and what is well
// formed comes back exactly (CSV records round-trip, URLs survive their display form).
#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "import/CsvReader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace dpo;

namespace {
constexpr int kCases = 20000;

quint32 seed()
{
    const quint32 s = qEnvironmentVariableIsSet("DPO_FUZZ_SEED")
                          ? quint32(qEnvironmentVariableIntValue("DPO_FUZZ_SEED"))
                          : QRandomGenerator::global()->generate();
    qInfo("seed %u (DPO_FUZZ_SEED replays it)", s);
    return s;
}

QByteArray randomBytes(QRandomGenerator& random, const QList<QByteArray>& pieces, int maxPieces)
{
    QByteArray out;
    const int n = int(random.bounded(maxPieces + 1));
    for (int i = 0; i < n; ++i)
        out += pieces[int(random.bounded(int(pieces.size())))];
    return out;
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}
} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT
private slots:
    // Anything at all: the reader ends, counts lines forward, and reports bad records as errors.
    void csvReaderTakesAnyBytes()
    {
        QRandomGenerator random(seed());
        const QList<QByteArray> pieces{",",  "\"",   "\"\"", "\r\n",     "\n",
                                       "\r", "a",    "Ү",    "ң",        "12",
                                       " ",  "\xff", "\xc3", "\xe2\x82", QByteArray(1, '\0'),
                                       "\t"};
        qint64 records = 0, errors = 0;
        for (int i = 0; i < kCases; ++i) {
            QByteArray bytes = randomBytes(random, pieces, 120);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer);
            CsvReader::Record record;
            int line = 0, count = 0;
            while (reader.next(record)) {
                QVERIFY2(++count <= bytes.size() + 1, "more records than bytes: a loop");
                QVERIFY(record.line >= line && record.line >= 1);
                line = record.line;
                errors += !record.error.isEmpty();
            }
            records += count;
        }
        qInfo("%d inputs, %lld records, %lld reported as errors", kCases, records, errors);
        QVERIFY(errors > 0); // the generator does reach the error paths
    }

    // Well-formed CSV, quoted as RFC 4180 says: every field comes back as written.
    void wellFormedCsvRoundTrips()
    {
        QRandomGenerator random(seed());
        const QStringList alphabet{
            QStringLiteral("a"),    QStringLiteral("Ж"),  QStringLiteral("ө"),
            QStringLiteral(","),    QStringLiteral("\""), QStringLiteral("\n"),
            QStringLiteral("\r\n"), QStringLiteral(" "),  QStringLiteral("7")};
        for (int i = 0; i < kCases / 4; ++i) {
            QList<QStringList> written;
            QString text;
            const int rows = int(random.bounded(1, 5));
            const int columns = int(random.bounded(1, 6));
            for (int r = 0; r < rows; ++r) {
                QStringList fields;
                for (int c = 0; c < columns; ++c) {
                    QString value;
                    const int length = int(random.bounded(0, 8));
                    for (int k = 0; k < length; ++k)
                        value += alphabet[int(random.bounded(int(alphabet.size())))];
                    fields << value;
                }
                if (columns == 1 && fields[0].isEmpty())
                    fields[0] = QStringLiteral("x"); // an empty line is no record
                written << fields;
                QStringList quoted;
                for (const QString& f : fields)
                    quoted << csvField(f);
                text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
            }
            QByteArray bytes = text.toUtf8();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer);
            CsvReader::Record record;
            QList<QStringList> read;
            while (reader.next(record)) {
                QVERIFY2(record.error.isEmpty(),
                         qPrintable(record.error + QStringLiteral(" in ") + text));
                read << record.fields;
            }
            QCOMPARE(read, written);
        }
    }

    // Any text as a --database argument: a URL or a clear BadInput, never anything else.
    void urlParserTakesAnyText()
    {
        QRandomGenerator random(seed());
        const QList<QByteArray> pieces{"sqlite:",     "postgresql://",
                                       "postgres://", "mysql://",
                                       "user",        "@",
                                       ":",           "/",
                                       "?",           "&",
                                       "=",           "sslmode",
                                       "require",     "verify-full",
                                       "sslrootcert", "host",
                                       "5432",        "99999",
                                       "-1",          "db",
                                       "%",           "%20",
                                       "#",           " ",
                                       "ж",           "[",
                                       "]",           "::1",
                                       ";",           "\\",
                                       "\x01"};
        int parsed = 0, refused = 0;
        for (int i = 0; i < kCases; ++i) {
            const QString text = QString::fromUtf8(randomBytes(random, pieces, 12));
            try {
                const DatabaseUrl url = DatabaseUrl::parse(text);
                ++parsed;
                if (url.backend == Backend::PostgreSQL) {
                    QVERIFY2(!url.host.isEmpty() && !url.databaseName.isEmpty() && url.port > 0 &&
                                 url.port <= 65535,
                             qPrintable(text));
                    const DatabaseUrl again = DatabaseUrl::parse(url.toDisplayString());
                    QCOMPARE(again.host, url.host);
                    QCOMPARE(again.port, url.port);
                    QCOMPARE(again.databaseName, url.databaseName);
                    QCOMPARE(again.sslMode, url.sslMode);
                    QCOMPARE(again.sslRootCert, url.sslRootCert);
                } else {
                    QVERIFY2(!url.path.isEmpty(), qPrintable(text));
                }
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY(!e.message().isEmpty());
                ++refused;
            }
        }
        qInfo("%d texts: %d parsed, %d refused with a message", kCases, parsed, refused);
        QVERIFY(parsed > 0 && refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
