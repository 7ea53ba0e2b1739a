// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text in every text field of the command line and in the search box's service: SQL,
// control characters and escape sequences, long strings (100 KB on a command line, whose single
// argument Linux caps at 128 KB; 1 MB in the search), invalid UTF-8. No crash, only exit codes 0,
// 1 or 2 with a message; reads change nothing; a command that writes either refuses the text and
// changes nothing, or does exactly what it does with plain text, and keeps free text exactly.
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "items/AuditListModel.h"
#include "items/SubjectListModel.h"
#include "services/ClaimService.h"
#include "services/SubjectService.h"
#include "TestDatabase.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace dpo;

class TestHostileInput : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;

    // One text field of a command that writes: `arguments` hold "%H" where the text goes, or "%P"
    // for a file in the test's folder named with it; `plain` is the ordinary value.
    struct WriteCase
    {
        QString field;
        QStringList arguments;
        QString plain;
        // After a success with text `h`: that the text is kept exactly where it belongs.
        std::function<void(const QString& h)> keptExactly = {};
    };

    QStringList substitute(const QStringList& arguments, const QString& text) const
    {
        QStringList out;
        for (const QString& a : arguments) {
            if (a == QStringLiteral("%H"))
                out << text;
            else if (a == QStringLiteral("%P"))
                out << m_dir.filePath(
                    QStringLiteral("f-") +
                    QString(text).replace(QLatin1Char('/'),
                                          QLatin1Char('_'))); // stays in the folder
            else
                out << a;
        }
        return out;
    }

    struct Run
    {
        QProcess::ExitStatus status;
        int code;
        QString out, err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPO_CONSOLE_PASSWORD"),
                   QString::fromLatin1(test::TestDatabase::kPassword));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DPO_CONSOLE_EXECUTABLE), arguments);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {QProcess::CrashExit,
                    -1,
                    {},
                    p.error() == QProcess::FailedToStart ? QStringLiteral("did not start")
                                                         : QStringLiteral("hung")};
        return {p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Every table's row count, and the trail's entries other than sign-ins (a command that names
    // an officer signs in, and that is audited): what a read must leave as it was.
    QList<qint64> counts()
    {
        QList<qint64> counts;
        for (const char* table :
             {"subjects", "consents", "subject_categories", "transfers", "claims", "claim_links",
              "withdrawal_requests", "disclosures", "disclosure_subjects", "notifications",
              "attachments", "officers", "console_settings", "calendar_days", "signing_keys",
              "recipients", "destruction_records"})
            counts << test::rowCount(*m_database, QString::fromLatin1(table));
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT IN "
                                        "('officer.sign_in', 'officer.sign_in_failed')"));
        execQuery(q, "entries");
        q.next();
        counts << q.value(0).toLongLong();
        return counts;
    }

    // The counts and the settings' values: all that a refused command must leave as it was.
    QString fingerprint()
    {
        QStringList parts;
        for (const qint64 n : counts())
            parts << QString::number(n);
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT key, value FROM console_settings ORDER BY key"));
        execQuery(q, "settings");
        while (q.next())
            parts << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        return parts.join(QLatin1Char('/'));
    }

    // A character a terminal would obey rather than show: controls other than line break and tab,
    // and the bidirectional overrides that reorder what is shown. Written out here, not taken from
    // core/TextSafety.h: the oracle must not share a mistake with the code it checks.
    static bool obeyedByTerminal(const QString& text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
                (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                return true;
        }
        return false;
    }

    static QList<qint64> delta(const QList<qint64>& before, const QList<qint64>& after)
    {
        QList<qint64> d;
        for (qsizetype i = 0; i < before.size(); ++i)
            d << after[i] - before[i];
        return d;
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q = prepareQuery(m_database->connection(), sql);
        execQuery(q, "scalar");
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    static QStringList hostileTexts()
    {
        return {QStringLiteral("'; DROP TABLE subjects; --"),
                QStringLiteral("\" OR 1=1 --"),
                QStringLiteral("%_%' ESCAPE '\\"),
                QStringLiteral("\x01\x02\x1b[31mred\x1b[0m\t\r\n"),
                QStringLiteral("Ңөү\u202Etxet.pdf"),
                QString(60 * 1024, QChar(u'ж')) /* 120 KB of UTF-8 */,
                QStringLiteral("$(rm -rf /tmp/x) `id`"),
                QStringLiteral("../../../../etc/passwd"),
                QString()};
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        DemoDataService::Options o;
        o.subjects = 200;
        DemoDataService(*m_database).generate(m_admin, o);
    }

    void readsTakeAnyTextAndChangeNothing()
    {
        const QString url = m_fixture.url();
        int runs = 0;
        for (const QString& h : hostileTexts()) {
            const QList<QStringList> commands{
                {"subjects", "search", h, "--database", url, "--officer", "admin", "--format",
                 "csv"},
                {"subjects", "report", h, "--database", url, "--officer", "admin", "--lang", "ru",
                 "--out", m_dir.filePath(QStringLiteral("r.pdf"))},
                {"claims", "list", "--database", url, "--officer", "admin", "--on", h},
                {"withdrawals", "list", "--database", url, "--officer", "admin", "--state", h},
                {"disclosures", "list", "--database", url, "--officer", "admin", "--from", h},
                {"calendar", "list", "--database", url, "--year", h},
                {"audit", "verify", "--database", h},
                {"subjects", "search", "а", "--database", url, "--officer", "admin", "--format", h},
                {"import", "--database", url, "--officer", "admin", "--subjects", h},
            };
            for (const QStringList& command : commands) {
                const QString before = fingerprint();
                const Run r = run(command);
                ++runs;
                const QString what = command.mid(0, 2).join(QLatin1Char(' ')) +
                                     QStringLiteral(" with ") + h.left(40).toHtmlEscaped();
                QVERIFY2(r.status == QProcess::NormalExit,
                         qPrintable(what + QStringLiteral(": crashed or hung")));
                QVERIFY2(r.code >= 0 && r.code <= 2,
                         qPrintable(what + QStringLiteral(": exit %1").arg(r.code)));
                if (r.code != 0)
                    QVERIFY2(!r.err.trimmed().isEmpty(),
                             qPrintable(what + QStringLiteral(": no message")));
                QVERIFY2(!obeyedByTerminal(r.err),
                         qPrintable(what +
                                    QStringLiteral(": a control character reached the terminal")));
                QCOMPARE(fingerprint(), before);
            }
        }
        qInfo("%d runs of the command line with hostile text", runs);
    }

    void aClaimKeepsHostileTextExactly()
    {
        for (const QString& h : hostileTexts()) {
            if (h.isEmpty())
                continue;
            const qint64 before = test::rowCount(*m_database, QStringLiteral("claims"));
            const Run r = run({"claims", "add", "--database", m_fixture.url(), "--officer", "admin",
                               "--received", "2026-11-20", "--claimant", h, "--summary", h});
            QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, qPrintable(r.err.left(300)));
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("claims")), before + 1);
            QSqlQuery q = prepareQuery(
                m_database->connection(),
                QStringLiteral(
                    "SELECT claimant_name, subject_matter FROM claims ORDER BY id DESC LIMIT 1"));
            execQuery(q, "the claim");
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), h.trimmed());
            QCOMPARE(q.value(1).toString(), h.trimmed());
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")),
                 200); // no statement ran from the text
    }

    // Every text field of every command that writes: refused with a message and nothing changed,
    // or exactly the change the plain value makes (the same rows and entries), free text kept.
    void writesTakeHostileTextInEveryField()
    {
        const QString url = m_fixture.url();
        QFile letter(m_dir.filePath(QStringLiteral("letter.pdf")));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("%PDF-1.4\n% a claim's letter\n%%EOF\n");
        letter.close();
        const QString subjectRef = QStringLiteral("OG-%1").arg(
            scalar(QStringLiteral("SELECT min(id) FROM subjects WHERE status = 'active'")), 8, 10,
            QLatin1Char('0'));
        ClaimService::Registration registration;
        registration.claimantName = QStringLiteral("Асанов Бакыт");
        registration.receivedOn = QDate(2026, 11, 2);
        registration.subjectMatter = QStringLiteral("Answered in draft");
        const qint64 drafted = ClaimService(*m_database).registerClaim(m_admin, registration).id;
        ClaimService(*m_database).draftAnswer(m_admin, drafted, QStringLiteral("Жообу"));
        const QString lastClaim = QStringLiteral(
            "SELECT claimant_name, subject_matter FROM claims ORDER BY id DESC LIMIT 1");
        const auto claimKeeps = [this, &lastClaim](int column) {
            return [this, &lastClaim, column](const QString& h) {
                if (h.trimmed().isEmpty())
                    return; // not given: the claimant is the subject (--subject)
                QSqlQuery q = prepareQuery(m_database->connection(), lastClaim);
                execQuery(q, "the claim");
                QVERIFY(q.next());
                QCOMPARE(q.value(column).toString(), h.trimmed());
            };
        };
        // The signing key the exports use, made first (keys init is tried with hostile text last).
        qputenv("DPO_CONSOLE_KEY_PASSPHRASE", "a long key passphrase");
        const QString key = m_dir.filePath(QStringLiteral("org.pem"));
        const Run made =
            run({"keys", "init", "--database", url, "--officer", "admin", "--key", key});
        QVERIFY2(made.code == 0, qPrintable(made.err));

        const QStringList claimsAdd{"claims",     "add",          "--database", url,
                                    "--officer",  "admin",        "--received", "2026-11-20",
                                    "--claimant", "Бекова Айгүл", "--summary",  "Маалымат",
                                    "--subject",  subjectRef,     "--type",     "claim",
                                    "--channel",  "post",         "--document", letter.fileName(),
                                    "--format",   "json"};
        // The arguments with the value at `index` (or after `option`) made the field under test.
        const auto at = [](QStringList arguments, qsizetype index,
                           const QString& marker = QStringLiteral("%H")) {
            arguments[index] = marker;
            return arguments;
        };
        const auto with = [&at](const QStringList& arguments, const QString& option,
                                const QString& marker = QStringLiteral("%H")) {
            return at(arguments, arguments.indexOf(option) + 1, marker);
        };
        QFile::copy(letter.fileName(), m_dir.filePath(QStringLiteral("f-letter.pdf")));
        QFile::copy(key, m_dir.filePath(QStringLiteral("f-org.pem")));
        QList<WriteCase> cases{
            {"claims add --received", with(claimsAdd, "--received"), "2026-11-20"},
            {"claims add --claimant", with(claimsAdd, "--claimant"), "Бекова Айгүл", claimKeeps(0)},
            {"claims add --summary", with(claimsAdd, "--summary"), "Маалымат", claimKeeps(1)},
            {"claims add --subject", with(claimsAdd, "--subject"), subjectRef},
            {"claims add --type", with(claimsAdd, "--type"), "claim"},
            {"claims add --channel", with(claimsAdd, "--channel"), "post"},
            {"claims add --format", with(claimsAdd, "--format"), "json"},
            {"claims add --document", with(claimsAdd, "--document", "%P"), "letter.pdf"},
            {"claims add --officer", with(claimsAdd, "--officer"), "admin"},
            {"claims add --database", with(claimsAdd, "--database"), url},
        };
        const QString letterOut = m_dir.filePath(QStringLiteral("letter-out.pdf"));
        const QStringList claimsLetter{"claims",     "letter", QString::number(drafted),
                                       "--database", url,      "--officer",
                                       "admin",      "--lang", "ru",
                                       "--out",      letterOut};
        cases << WriteCase{"claims letter ID", at(claimsLetter, 2), QString::number(drafted)}
              << WriteCase{"claims letter --lang", with(claimsLetter, "--lang"), "ru"}
              << WriteCase{"claims letter --out", with(claimsLetter, "--out", "%P"), "out.pdf"}
              << WriteCase{"claims letter --officer", with(claimsLetter, "--officer"), "admin"};
        for (const QString& command :
             {QStringLiteral("withdrawals target"), QStringLiteral("disclosures notice-period")}) {
            const QStringList a =
                command.split(QLatin1Char(' ')) +
                QStringList{"--database", url, "--officer", "admin", "--days", "10"};
            cases << WriteCase{command + " --days", with(a, "--days"), "10"}
                  << WriteCase{command + " --officer", with(a, "--officer"), "admin"};
        }
        const QString exportOut = m_dir.filePath(QStringLiteral("export.pdf"));
        const QStringList exportPdf{"audit",     "export",   "--database", url,     "--officer",
                                    "admin",     "--from",   "2026-01-01", "--to",  "2026-12-31",
                                    "--subject", subjectRef, "--format",   "pdf",   "--lang",
                                    "ky",        "--key",    key,          "--out", exportOut};
        for (const QString option :
             {"--from", "--to", "--subject", "--format", "--lang", "--officer"})
            cases << WriteCase{"audit export " + option, with(exportPdf, option),
                               exportPdf[exportPdf.indexOf(option) + 1]};
        cases << WriteCase{"audit export --key", with(exportPdf, "--key", "%P"), "org.pem"}
              << WriteCase{"audit export --out", with(exportPdf, "--out", "%P"),
                           "export-plain.pdf"};
        // A year's calendar from a file: the plain run imports it, later ones find nothing to
        // change.
        QFile calendar(m_dir.filePath(QStringLiteral("f-calendar-2029.csv")));
        QVERIFY(calendar.open(QIODevice::WriteOnly));
        calendar.write(
            "date,kind,name,decree\n2029-01-02,holiday,Жаңы жыл — Новый год,Decree No. 1\n");
        calendar.close();
        const QStringList calendarImport{"calendar", "import",    "--database",
                                         url,        "--officer", "admin",
                                         "--year",   "2029",      calendar.fileName()};
        cases << WriteCase{"calendar import --year", with(calendarImport, "--year"), "2029"}
              << WriteCase{"calendar import FILE", at(calendarImport, 8, "%P"), "calendar-2029.csv"}
              << WriteCase{"calendar import --officer", with(calendarImport, "--officer"), "admin"};
        // init on this database: its administrator exists, so nothing is created either way.
        cases << WriteCase{"init --admin", {"init", "--database", url, "--admin", "%H"}, "admin"}
              << WriteCase{"init --display-name",
                           {"init", "--database", url, "--admin", "admin", "--display-name", "%H"},
                           "Башкаруучу"}
              << WriteCase{"keys init --key",
                           {"keys", "init", "--database", url, "--officer", "admin", "--key", "%P"},
                           "second.pem"};

        int runs = 0, refused = 0;
        for (const WriteCase& c : cases) {
            // The plain value first: it must work, and its change is what a hostile value may do.
            for (const QString& output :
                 {exportOut, letterOut, m_dir.filePath(QStringLiteral("f-second.pem")),
                  m_dir.filePath(QStringLiteral("f-out.pdf")),
                  m_dir.filePath(QStringLiteral("f-export-plain.pdf"))})
                QFile::remove(output);
            const QList<qint64> plainBefore = counts();
            const Run plain = run(substitute(c.arguments, c.plain));
            QVERIFY2(plain.status == QProcess::NormalExit && plain.code == 0,
                     qPrintable(c.field + QStringLiteral(", plain: ") + plain.err.left(300)));
            const QList<qint64> expected = delta(plainBefore, counts());
            for (const QString& h : hostileTexts()) {
                if (h == c.plain)
                    continue;
                QFile::remove(exportOut);
                QFile::remove(letterOut);
                const QString what =
                    c.field + QStringLiteral(" with ") + h.left(40).toHtmlEscaped();
                const QString beforePrint = fingerprint();
                const QList<qint64> before = counts();
                const Run r = run(substitute(c.arguments, h));
                ++runs;
                QVERIFY2(r.status == QProcess::NormalExit,
                         qPrintable(what + QStringLiteral(": crashed or hung")));
                QVERIFY2(
                    r.code >= 0 && r.code <= 2,
                    qPrintable(what +
                               QStringLiteral(": exit %1: %2").arg(r.code).arg(r.err.left(300))));
                QVERIFY2(!obeyedByTerminal(r.err),
                         qPrintable(what +
                                    QStringLiteral(": a control character reached the terminal")));
                if (r.code != 0) {
                    ++refused;
                    QVERIFY2(!r.err.trimmed().isEmpty(),
                             qPrintable(what + QStringLiteral(": no message")));
                    QVERIFY2(fingerprint() == beforePrint,
                             qPrintable(what + QStringLiteral(": refused, but something changed")));
                    continue;
                }
                // DPO_HOSTILE_VERBOSE=1 lists the texts accepted, to review by eye what is stored.
                if (qEnvironmentVariableIsSet("DPO_HOSTILE_VERBOSE"))
                    qInfo("accepted: %s", qPrintable(what));
                QVERIFY2(
                    delta(before, counts()) == expected,
                    qPrintable(
                        what +
                        QStringLiteral(": accepted, but changed other rows than the plain value")));
                if (c.keptExactly) {
                    c.keptExactly(h);
                    if (QTest::currentTestFailed())
                        QFAIL(qPrintable(what));
                }
            }
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")),
                 200); // no statement ran from the text
        qInfo("%d runs of %lld fields of the writing commands with hostile text, %d refused", runs,
              qint64(cases.size()), refused);
    }

    // The commands that make a database: demo's numbers and date, init's names, on new SQLite
    // files (an initialised one copied for each run): refused with a message and nothing made, or
    // made as with the plain value, the administrator's name kept exactly.
    void newDatabasesTakeHostileText()
    {
        const QString initialised = m_dir.filePath(QStringLiteral("initialised.sqlite"));
        const Run init = run({"init", "--database", "sqlite:" + initialised, "--admin", "admin"});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const auto subjectsIn = [](const QString& path) -> qint64 {
            if (!QFile::exists(path))
                return -1;
            Database db(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
            db.open();
            return test::rowCount(db, QStringLiteral("subjects"));
        };
        const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
        QFile::copy(initialised, plain);
        const Run made = run({"demo", "--database", "sqlite:" + plain, "--officer", "admin",
                              "--subjects", "7", "--seed", "3", "--as-of", "2026-11-20"});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(subjectsIn(plain), 7);
        int runs = 0;
        for (const QString& h : hostileTexts()) {
            for (int field = 0; field < 4; ++field) {
                const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(field));
                QFile::remove(path);
                QFile::copy(initialised, path);
                QStringList a{"demo",       "--database", "sqlite:" + path, "--officer", "admin",
                              "--subjects", "7",          "--seed",         "3",         "--as-of",
                              "2026-11-20"};
                a[4 + 2 * field] = h;
                const Run r = run(a);
                ++runs;
                const QString what =
                    a[3 + 2 * field] + QStringLiteral(" with ") + h.left(40).toHtmlEscaped();
                QVERIFY2(r.status == QProcess::NormalExit && r.code >= 0 && r.code <= 2,
                         qPrintable(what + QStringLiteral(": exit %1").arg(r.code)));
                if (r.code == 0)
                    QVERIFY2(subjectsIn(path) == 7, qPrintable(what));
                else
                    QVERIFY2(
                        subjectsIn(path) == 0 && !r.err.trimmed().isEmpty(),
                        qPrintable(what + QStringLiteral(": refused, but subjects were made")));
            }
            for (const bool displayName : {false, true}) {
                const QString path = m_dir.filePath(QStringLiteral("init.sqlite"));
                QFile::remove(path);
                const QStringList a =
                    displayName ? QStringList{"init",    "--database", "sqlite:" + path,
                                              "--admin", "admin",      "--display-name",
                                              h}
                                : QStringList{"init", "--database", "sqlite:" + path, "--admin", h};
                const Run r = run(a);
                ++runs;
                const QString what = (displayName ? QStringLiteral("init --display-name")
                                                  : QStringLiteral("init --admin")) +
                                     QStringLiteral(" with ") + h.left(40).toHtmlEscaped();
                QVERIFY2(r.status == QProcess::NormalExit && r.code >= 0 && r.code <= 2,
                         qPrintable(what + QStringLiteral(": exit %1").arg(r.code)));
                if (r.code != 0) {
                    QVERIFY2(!QFile::exists(path) && !r.err.trimmed().isEmpty(),
                             qPrintable(what + QStringLiteral(": refused, but a file was left")));
                    continue;
                }
                Database db(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
                db.open();
                QSqlQuery q = prepareQuery(
                    db.connection(), QStringLiteral("SELECT username, display_name FROM officers"));
                execQuery(q, "the administrator");
                QVERIFY(q.next());
                // An empty full name is none given: the user name stands for it.
                QCOMPARE(q.value(displayName ? 1 : 0).toString(),
                         displayName
                             ? (h.trimmed().isEmpty() ? QStringLiteral("admin") : h.trimmed())
                             : h);
            }
        }
        qInfo("%d runs of demo and init on new databases with hostile text", runs);
    }

    // Text from the database or the command line reaches a terminal as escapes: a claimant's name
    // with an escape sequence and a bidirectional override is listed as \u001b... in the table, and
    // kept exactly in CSV and JSON, which are for programs.
    void theTerminalShowsControlCharactersAsEscapes()
    {
        const QString name = QStringLiteral("\x1b[2J\x1b[31mҚызыл\u202Efdp.exe\x07");
        const QString url = m_fixture.url();
        const Run added =
            run({"claims", "add", "--database", url, "--officer", "admin", "--received",
                 "2026-11-24", "--claimant", name, "--summary", "Escapes"});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run table =
            run({"claims", "list", "--database", url, "--officer", "admin", "--on", "2026-11-25"});
        QCOMPARE(table.code, 0);
        QVERIFY2(!obeyedByTerminal(table.out), qPrintable(table.out.right(300)));
        QVERIFY2(
            table.out.contains(QStringLiteral("\\u001b[2J\\u001b[31mҚызыл\\u202efdp.exe\\u0007")),
            qPrintable(table.out.right(300)));
        const Run csv = run({"claims", "list", "--database", url, "--officer", "admin", "--on",
                             "2026-11-25", "--format", "csv"});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.contains(name));
        const Run json = run({"claims", "list", "--database", url, "--officer", "admin", "--on",
                              "2026-11-25", "--format", "json"});
        QCOMPARE(json.code, 0);
        QVERIFY(!obeyedByTerminal(json.out));
        QVERIFY(json.out.contains(QStringLiteral("\\u001b[2J")));
        bool found = false;
        for (const QJsonValue& row : QJsonDocument::fromJson(json.out.toUtf8()).array())
            found = found || row.toObject().value(QStringLiteral("claimant")).toString() == name;
        QVERIFY2(found, "the JSON reader does not get the name back exactly");
        const Run refused =
            run({"claims", "add", "--database", url, "--officer", "admin", "--received",
                 "2026-11-24", "--claimant", "A", "--summary", "B", "--type", name});
        QCOMPARE(refused.code, 2);
        QVERIFY2(!obeyedByTerminal(refused.err) &&
                     refused.err.contains(QStringLiteral("\\u001b[2J")),
                 qPrintable(refused.err));
    }

    // The search box's service: a megabyte, control characters, invalid UTF-8.
    // Every search box: the subject lookup of the dialogs (SubjectService::search), the subjects
    // list's search (SubjectListModel), the audit section's subject and entity filters
    // (AuditListModel): hostile text is found in nothing, or refused as bad input, and changes
    // nothing.
    void everySearchBoxTakesAnyText()
    {
        const QString before = fingerprint();
        const QByteArray invalid("\xff\xfe\xc3(\xa0\xa1 \xe2\x28\xa1", 11);
        QStringList texts{QString(1024 * 1024, QChar(u'ө')), QString::fromUtf8(invalid),
                          QStringLiteral("%"), QStringLiteral("_"),
                          QStringLiteral("'; DELETE FROM subjects; --")};
        texts << hostileTexts();
        int runs = 0;
        for (const QString& h : std::as_const(texts)) {
            const QString what = h.left(40).toHtmlEscaped();
            try {
                const QList<SubjectSummary> found =
                    SubjectService(*m_database).search(m_admin, h, 50);
                QVERIFY2(found.size() <= 50, qPrintable(what));
            } catch (const Error& e) {
                QVERIFY2(e.kind() == Error::Kind::BadInput,
                         qPrintable(what + QLatin1Char(' ') + e.message().left(300)));
            }
            SubjectListModel subjects(*m_database, m_admin);
            SubjectFilter filter;
            filter.search = h;
            subjects.setFilter(filter);
            for (int row = 0; row < subjects.rowCount(); ++row)
                subjects.index(row, 0).data();
            subjects.fetchWantedPages();
            QVERIFY2(subjects.rowCount() <= filter.searchCap, qPrintable(what));
            for (const bool bySubject : {true, false}) {
                AuditListModel audit(*m_database);
                AuditFilter auditFilter;
                (bySubject ? auditFilter.subjectRef : auditFilter.entity) = h;
                audit.setFilter(auditFilter);
                for (int row = 0; row < qMin(audit.rowCount(), 100); ++row)
                    audit.index(row, 0).data();
                audit.fetchWantedPages();
                // No subject or entity is named like this: an empty list, not the whole trail.
                if (!h.trimmed().isEmpty())
                    QVERIFY2(
                        audit.rowCount() == 0,
                        qPrintable(what + QStringLiteral(": %1 entries").arg(audit.rowCount())));
            }
            runs += 4;
        }
        QCOMPARE(fingerprint(), before);
        qInfo("%d searches with hostile text", runs);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
