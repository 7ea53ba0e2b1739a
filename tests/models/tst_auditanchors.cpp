// SPDX-License-Identifier: GPL-3.0-or-later
// Anchors of the audit chain (docs/audit.md, "Anchors"): a local authority
// (tests/support/tsa_server.py) stamps the chain's head; the token is kept, audited, and checks
// with `openssl ts -verify` over the anchor's text. Rewriting the history from before an anchor,
// every hash recomputed, leaves a chain that verifies but does not hold that anchor, and the
// check names it, from the database's anchors and from anchors copied out of it; a rewrite after
// the last anchor is not found by anchors (what they cannot do, docs/audit.md says too). No
// authority set: no anchor and nothing written.
#include "ChainRewrite.h"
#include "db/Sql.h"
#include "FileTools.h"
#include "LocalAuthority.h"
#include "security/Sha256.h"
#include "services/AuditAnchorService.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"

#include <QJsonObject>
#include <QtTest>

using namespace dpo;

class TestAuditAnchors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::LocalAuthority m_authority;

    static void appendEntries(Database& database, const Session& session, int count)
    {
        const QSqlDatabase db = database.connection();
        TransactionGuard t(db);
        for (int i = 0; i < count; ++i)
            AuditService::append(db, session, QStringLiteral("test.append"),
                                 QStringLiteral("subject"), QString::number(i), 0,
                                 QJsonObject{{QStringLiteral("n"), i}});
        t.commit();
    }
    static qint64 count(Database& database, const QString& sql)
    {
        return test::scalar(database, sql).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_authority.start(m_dir.filePath(QStringLiteral("authority"))),
                 qPrintable(m_authority.error()));
    }

    void withoutAnAuthorityNothingIsAnchored()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const qint64 entries = count(*database, QStringLiteral("SELECT count(*) FROM audit_log"));
        try {
            AuditAnchorService(*database).anchor(admin);
            QFAIL("anchored without an authority");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("time-stamping")),
                     qPrintable(e.message()));
        }
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_anchors")), 0);
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_log")), entries);
        // An authority that does not answer: nothing either.
        SigningKeyService(*database).setTimeStampingUrl(admin,
                                                        QStringLiteral("http://127.0.0.1:9/tsa"));
        QVERIFY_THROWS_EXCEPTION(Error, AuditAnchorService(*database).anchor(admin));
        QCOMPARE(count(*database, QStringLiteral("SELECT count(*) FROM audit_anchors")), 0);
    }

    void anAnchorIsKeptAuditedAndChecksWithOpenssl()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        SigningKeyService(*database).setTimeStampingUrl(admin, m_authority.url());
        appendEntries(*database, admin, 20);
        const qint64 head = count(*database, QStringLiteral("SELECT max(seq) FROM audit_log"));
        const AuditAnchorService anchors(*database);
        const AuditAnchor anchor = anchors.anchor(admin);
        QCOMPARE(anchor.headSeq, head);
        QCOMPARE(anchor.headHash,
                 test::scalar(*database, QStringLiteral("SELECT hash FROM audit_log WHERE seq = "
                                                        "%1")
                                             .arg(head))
                     .toString());
        QVERIFY(qAbs(anchor.stampedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        // Its entry follows the head it anchors, and names it.
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT action FROM audit_log WHERE seq = "
                                                        "%1")
                                             .arg(head + 1))
                     .toString(),
                 QStringLiteral("audit.anchor"));
        const QList<AuditAnchor> kept = anchors.anchors();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].token, anchor.token);
        QCOMPARE(kept[0].stampedAt, anchor.stampedAt);
        // Like the trail, kept: not changed, not removed.
        QSqlQuery q(database->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_anchors")));
        QCOMPARE(anchors.check(kept).checked, 1);

        // Copied out, the authority's own tool checks it with the authority's root.
        const QString out = m_dir.filePath(QStringLiteral("copied"));
        const QStringList tokens = AuditAnchorService::writeFiles(kept, out);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(QFileInfo(tokens[0]).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const QString text = tokens[0].chopped(4) + QStringLiteral(".txt");
        QByteArray output;
        QCOMPARE(test::runTool(QStringLiteral("openssl"),
                               {"ts", "-verify", "-data", text, "-in", tokens[0], "-token_in",
                                "-CAfile", m_authority.rootPath()},
                               &output),
                 0);
        QVERIFY2(output.contains("Verification: OK"), output.constData());
        // Another head's text does not verify under that token.
        test::writeFile(text, AuditAnchorService::anchoredText(head - 1, anchor.headHash));
        QVERIFY(test::runTool(QStringLiteral("openssl"),
                              {"ts", "-verify", "-data", text, "-in", tokens[0], "-token_in",
                               "-CAfile", m_authority.rootPath()},
                              &output) != 0);
        // Nor does the console take it.
        const AnchorCheck moved = anchors.check(AuditAnchorService::readFiles(out));
        QVERIFY(!moved.holds());
        QCOMPARE(moved.brokenAt, head - 1);
        QCOMPARE(moved.brokenSource, tokens[0]);
        QVERIFY2(moved.problem.contains(QStringLiteral("not over")), qPrintable(moved.problem));
    }

    // The rewrite a database's owner can do: from an entry on, every entry changed and every hash
    // recomputed. The chain verifies; the first anchor at or after that entry does not hold.
    void aRewriteBeforeAnAnchorIsFound_data()
    {
        QTest::addColumn<QString>("from");   // where the rewrite starts
        QTest::addColumn<QString>("broken"); // the anchor named, or "none"
        QTest::newRow("everything after the first anchor") << "first+1"
                                                           << "second";
        QTest::newRow("from the first entry") << "1"
                                              << "first";
        QTest::newRow("the first anchor's own entry") << "first"
                                                      << "first";
        QTest::newRow("after the last anchor") << "second+1"
                                               << "none";
    }
    void aRewriteBeforeAnAnchorIsFound()
    {
        QFETCH(QString, from);
        QFETCH(QString, broken);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        SigningKeyService(*database).setTimeStampingUrl(admin, m_authority.url());
        const AuditAnchorService service(*database);
        appendEntries(*database, admin, 30);
        const AuditAnchor first = service.anchor(admin);
        appendEntries(*database, admin, 30);
        const AuditAnchor second = service.anchor(admin);
        appendEntries(*database, admin, 5);
        // Copied out before the rewrite, as docs/audit.md asks.
        const QString copied = m_dir.filePath(QStringLiteral("before-") + QTest::currentDataTag());
        AuditAnchorService::writeFiles(service.anchors(), copied);
        QCOMPARE(service.check(service.anchors()).checked, 2);

        const qint64 fromSeq = from == QLatin1String("1")         ? 1
                               : from == QLatin1String("first")   ? first.headSeq
                               : from == QLatin1String("first+1") ? first.headSeq + 1
                                                                  : second.headSeq + 1;
        QString error;
        QVERIFY2(test::rewriteChainFrom(*database, fromSeq, &error), qPrintable(error));
        const AuditVerification chain = AuditVerifier(*database).verify();
        QVERIFY2(chain.intact(), qPrintable(chain.detail)); // the hashes alone cannot tell

        for (const QList<AuditAnchor>& anchors :
             {service.anchors(), AuditAnchorService::readFiles(copied)}) {
            QCOMPARE(anchors.size(), 2);
            const AnchorCheck check = service.check(anchors);
            if (broken == QLatin1String("none")) {
                QVERIFY2(check.holds(), qPrintable(check.problem));
                QCOMPARE(check.checked, 2);
                QCOMPARE(check.lastSeq, second.headSeq);
                continue;
            }
            const AuditAnchor& named = broken == QLatin1String("first") ? first : second;
            QVERIFY(!check.holds());
            QCOMPARE(check.brokenAt, named.headSeq);
            QCOMPARE(check.brokenStampedAt, named.stampedAt);
            QCOMPARE(check.checked, broken == QLatin1String("first") ? 0 : 1);
            QVERIFY2(check.problem.contains(named.headHash), qPrintable(check.problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchors)
#include "tst_auditanchors.moc"
