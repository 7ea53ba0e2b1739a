// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded random input for the parsers that take text from outside: the CSV reader of the import
// (and of the calendar import), the database URL parser, the change feed's line reader and the
// export signature's readers (FILE.sig and the CMS FILE.p7s). DPO_FUZZ_CASES inputs per parser
// (20,000 in CI; scripts/soak.sh runs 100,000), the seed printed (DPO_FUZZ_SEED replays it); the
// pieces include the hostile texts of the security review (a smuggled connection option, a
// spreadsheet formula, markup, terminal escapes, a right-to-left override). No crash, no endless
// loop, only clear errors; and what is well formed comes back exactly (CSV records round-trip, URLs
// survive their display form).
#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "feed/FeedReader.h"
#include "import/CsvReader.h"
#include "security/Certificate.h"
#include "security/CmsSignature.h"
#include "security/ExportSignature.h"
#include "security/SigningKey.h"
#include "SuiteSize.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace dpo;

namespace {
int cases()
{
    static const int n = test::suiteSize("DPO_FUZZ_CASES", 20000);
    return n;
}

// The hostile texts of the security review (docs/reliability.md), as pieces of any input.
const QList<QByteArray>& hostilePieces()
{
    static const QList<QByteArray> pieces{"=HYPERLINK(\"http://x\",\"y\")",
                                          "+1",
                                          "@SUM(A1)",
                                          "<img src=\"file:///etc/hostname\">",
                                          "<s>",
                                          "\x1b[2J",
                                          "\x1b]0;title\x07",
                                          "\xe2\x80\xae", // right-to-left override
                                          "\xe2\x81\xa6", // left-to-right isolate
                                          "%20sslmode=disable%20host=203.0.113.9",
                                          "'; DROP TABLE subjects; --"};
    return pieces;
}

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
        QList<QByteArray> pieces{",",  "\"",   "\"\"", "\r\n",     "\n",
                                 "\r", "a",    "Ү",    "ң",        "12",
                                 " ",  "\xff", "\xc3", "\xe2\x82", QByteArray(1, '\0'),
                                 "\t"};
        pieces << hostilePieces();
        qint64 records = 0, errors = 0;
        for (int i = 0; i < cases(); ++i) {
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
        qInfo("%d inputs, %lld records, %lld reported as errors", cases(), records, errors);
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
        for (int i = 0; i < cases() / 4; ++i) {
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
        QList<QByteArray> pieces{"sqlite:",     "postgresql://",
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
                                 "\x01",        "'",
                                 "\"",          "\t",
                                 "disable",     "channel_binding"};
        pieces << hostilePieces();
        int parsed = 0, refused = 0;
        for (int i = 0; i < cases(); ++i) {
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
                    // Nothing that libpq would read as a further option (the smuggled
                    // "sslmode=disable host=…" of the review) gets through in a value.
                    for (const QString& value : {url.sslMode, url.sslRootCert, url.channelBinding})
                        for (const QChar c : value)
                            QVERIFY2(c.isPrint() && !QStringLiteral(" ='\"\\;").contains(c),
                                     qPrintable(text));
                } else {
                    QVERIFY2(!url.path.isEmpty(), qPrintable(text));
                }
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY(!e.message().isEmpty());
                ++refused;
            }
        }
        qInfo("%d texts: %d parsed, %d refused with a message", cases(), parsed, refused);
        QVERIFY(parsed > 0 && refused > 0);
    }

    // Any bytes as a line of the change feed: a well-formed event or its problems, each naming a
    // field and a reason; never a crash. And a stream of such lines ends, numbering them forward.
    void feedReaderTakesAnyBytes()
    {
        QRandomGenerator random(seed());
        QList<QByteArray> pieces{"{",
                                 "}",
                                 ",",
                                 ":",
                                 "\"id\":\"e1\"",
                                 "\"type\":\"subject.upsert\"",
                                 "\"type\":\"consent.withdrawn\"",
                                 "\"type\":\"x\"",
                                 "\"at\":\"2026-11-01T10:00:00Z\"",
                                 "\"at\":\"2026-13-01\"",
                                 "\"platform_ref\":\"OG-1\"",
                                 "\"inn\":\"11503199012345\"",
                                 "\"surname\":\"Үсөнова\"",
                                 "\"categories\":[\"contacts\"]",
                                 "[",
                                 "]",
                                 "null",
                                 "1e999",
                                 "\"\\u0000\"",
                                 "\"",
                                 "\n",
                                 "\r\n",
                                 "\xff",
                                 "\xc3",
                                 QByteArray(1, '\0')};
        pieces << hostilePieces();
        // Half the lines are made of pieces; half are valid events with one value replaced.
        const QList<QByteArray> valid{
            R"({"id":"app-7f3a","type":"subject.upsert","at":"2026-12-01T09:00:00+06:00",)"
            R"("platform_ref":"OG-1","inn":"21203199000011","surname":"Үсөнов",)"
            R"("given_name":"Нурбек","phone":"+996555100001","preferred_language":"ky"})",
            R"({"id":"app-7f3b","type":"consent.given","at":"2026-12-01T09:00:05+06:00",)"
            R"("platform_ref":"OG-1","policy_version":"2024-06-01","channel":"mobile_app"})",
            R"({"id":"app-7f3c","type":"transfer","at":"2026-12-01T03:10:00Z",)"
            R"("platform_ref":"OG-1","recipient":"fco-1","categories":["face_photo","contacts"],)"
            R"("purpose":"financing_decision"})"};
        const auto mutated = [&] {
            QByteArray line = valid[int(random.bounded(int(valid.size())))];
            QList<int> values; // where each string value starts
            for (int at = int(line.indexOf("\":\"")); at >= 0;
                 at = int(line.indexOf("\":\"", at + 1)))
                values << at + 3;
            const int start = values[int(random.bounded(int(values.size())))];
            const int end = int(line.indexOf('"', start));
            return line.left(start) + randomBytes(random, pieces, 3) + line.mid(end);
        };
        qint64 wellFormed = 0, problems = 0;
        for (int i = 0; i < cases(); ++i) {
            const QByteArray bytes = i % 2 ? mutated() : randomBytes(random, pieces, 16);
            const FeedLine line = FeedReader::parse(bytes, i + 1);
            QCOMPARE(line.line, i + 1);
            if (line.problems.isEmpty()) {
                QVERIFY2(line.shape && !line.id.isEmpty() && line.at.isValid(), bytes.constData());
                ++wellFormed;
            }
            for (const FeedLine::Problem& p : line.problems) {
                QVERIFY2(!p.field.isEmpty() && !p.reason.isEmpty(), bytes.constData());
                ++problems;
            }
        }
        for (int i = 0; i < cases() / 20; ++i) {
            QByteArray bytes = randomBytes(random, pieces, 120);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            FeedReader reader(&buffer);
            FeedLine line;
            int last = 0, count = 0;
            while (reader.next(line)) {
                QVERIFY2(++count <= bytes.size() + 1, "more lines than bytes: a loop");
                QVERIFY(line.line > last);
                last = line.line;
            }
        }
        qInfo("%d lines: %lld well formed, %lld problems named", cases(), wellFormed, problems);
        QVERIFY(problems > 0);
    }

    // A valid .sig changed at random (a line's value replaced, a line dropped or doubled, bytes
    // put in anywhere): refused as bad input naming what is wrong, or read into values that
    // write back to the same text and carry no control character.
    void signatureReaderTakesAnyBytes()
    {
        QRandomGenerator random(seed());
        const QByteArray hex(64, 'a');
        const QList<QByteArray> valid{"DPO Console export signature 1",
                                      "file: audit-2026-11.csv",
                                      "sha256: " + hex,
                                      "entries: 200",
                                      "head-seq: 200",
                                      "head-hash: " + hex,
                                      "key: " + hex,
                                      "public-key: " + QByteArray(44, 'A').toBase64(),
                                      "signature: " + QByteArray(64, 'B').toBase64()};
        QList<QByteArray> pieces{
            "a",  "0",  "f",  "G",  "-1",   "99999999999999999999", "=", "+", "/", ":",
            ": ", "\n", "\r", "\t", "\xff", QByteArray(1, '\0')};
        pieces << hostilePieces();
        int readBack = 0, refused = 0;
        for (int i = 0; i < cases(); ++i) {
            QList<QByteArray> lines = valid;
            const int changes = int(random.bounded(1, 4));
            for (int c = 0; c < changes; ++c) {
                const int at = int(random.bounded(int(lines.size())));
                switch (random.bounded(4)) {
                case 0: { // the value replaced
                    const int colon = int(lines[at].indexOf(':'));
                    lines[at] = lines[at].left(colon + 2) + randomBytes(random, pieces, 6);
                    break;
                }
                case 1:
                    lines.removeAt(at);
                    break;
                case 2:
                    lines.insert(at, lines[at]);
                    break;
                default:
                    lines[at].insert(int(random.bounded(int(lines[at].size()) + 1)),
                                     randomBytes(random, pieces, 3));
                }
                if (lines.isEmpty())
                    lines << QByteArray();
            }
            const QByteArray text = lines.join('\n') + '\n';
            try {
                const ExportSignature sig = ExportSignature::parse(text);
                const ExportSignature again = ExportSignature::parse(sig.toText());
                QCOMPARE(again.toText(), sig.toText());
                for (const QString& value :
                     {sig.fileName, sig.fileSha256, sig.headHash, sig.keyFingerprint})
                    for (const QChar ch : value)
                        QVERIFY2(ch.isPrint(), text.constData());
                ++readBack;
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY(!e.message().isEmpty());
                ++refused;
            }
        }
        qInfo("%d signatures: %d read and written back, %d refused", cases(), readBack, refused);
        QVERIFY(readBack > 0 && refused > 0);
    }

    // A valid CMS signature (FILE.p7s) changed at random (bytes flipped, cut short, bytes put
    // in): refused as bad input, or read with its signature found not to hold, or (a change
    // that DER and the signature do not see) read whole; never a crash.
    void cmsSignatureReaderTakesAnyBytes()
    {
        QRandomGenerator random(seed());
        const SigningKey key = SigningKey::generate();
        const CertificateChain chain = CertificateChain::selfSigned(
            key, QStringLiteral("Fuzz"), QDateTime::currentDateTimeUtc(), 1);
        CmsSignature cms;
        cms.fileName = QStringLiteral("audit.csv");
        cms.entries = 200;
        cms.headSeq = 200;
        cms.headHash = QString(64, QLatin1Char('a'));
        cms.signedAt = QDateTime::currentDateTimeUtc();
        const QByteArray valid = cms.sign(key, chain, QByteArray(32, 'x'));
        QVERIFY(CmsSignature::read(valid).signatureValid);
        int holds = 0, fails = 0, refused = 0;
        for (int i = 0; i < cases(); ++i) {
            QByteArray der = valid;
            const int changes = int(random.bounded(1, 4));
            for (int c = 0; c < changes; ++c) {
                const int at = int(random.bounded(int(der.size())));
                switch (random.bounded(3)) {
                case 0:
                    der[at] = char(der[at] ^ (1 << random.bounded(8)));
                    break;
                case 1:
                    der.truncate(at);
                    break;
                default:
                    der.insert(at, char(random.bounded(256)));
                }
                if (der.isEmpty())
                    der = QByteArray(1, '\0');
            }
            try {
                const CmsSignature read = CmsSignature::read(der);
                ++(read.signatureValid ? holds : fails);
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY(!e.message().isEmpty());
                ++refused;
            }
        }
        qInfo("%d CMS signatures: %d hold, %d do not, %d refused", cases(), holds, fails, refused);
        QVERIFY(fails + holds > 0 && refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
