// SPDX-License-Identifier: GPL-3.0-or-later
// Two officers, two connections, one record: the second save against the version both read is
// refused with who changed it and how, nothing of the first is lost, and a save against the
// version now shown goes through. Claims and withdrawal requests, both backends; on PostgreSQL
// also two transactions at once, the second waiting for the first.
#include "db/Sql.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace dpo;

class TestRecordVersion : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_first;  // officer A's console
    std::unique_ptr<Database> m_second; // officer B's console
    Session m_a, m_b;

    static Error::Kind kindOf(const std::function<void()>& call, QString* message = nullptr)
    {
        try {
            call();
        } catch (const Error& e) {
            if (message)
                *message = e.message();
            return e.kind();
        }
        return Error::Kind(-1);
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_first = m_fixture.openWithAdmin(m_a);
        const qint64 b = OfficerService(*m_first).createOfficer(
            m_a, QStringLiteral("nurlan"), QStringLiteral("Нурлан Асанов"), Role::Officer,
            QStringLiteral("a-long-password-1"));
        m_b = Session{b, QStringLiteral("nurlan"), QStringLiteral("Нурлан Асанов"), Role::Officer};
        m_second = m_fixture.open(false); // another connection to the same database
    }

    // A reading transaction (a record, a claim's details read in parts) sees one moment: what
    // another console commits meanwhile shows only in the next. On PostgreSQL that takes
    // REPEATABLE READ; READ COMMITTED would show it to the second statement.
    void aReadingTransactionSeesOneSnapshot()
    {
        const QString count = QStringLiteral("SELECT count(*) FROM subjects");
        const qint64 before = test::scalar(*m_first, count).toLongLong();
        {
            TransactionGuard snapshot(m_first->connection(), TransactionGuard::Intent::Read);
            QCOMPARE(test::scalar(*m_first, count).toLongLong(), before);
            test::insertSubject(*m_second, QStringLiteral("OG-SNAP-1"),
                                QStringLiteral("11503199099991"));
            QCOMPARE(test::scalar(*m_second, count).toLongLong(), before + 1);
            QCOMPARE(test::scalar(*m_first, count).toLongLong(), before); // the same moment
            snapshot.commit();
        }
        QCOMPARE(test::scalar(*m_first, count).toLongLong(), before + 1);
    }

    void theSecondSaveOfAClaimIsRefused()
    {
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанова Айгерим");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
        const qint64 id = ClaimService(*m_first).registerClaim(m_a, r).id;
        const QDate today(2026, 11, 25);
        const ClaimService::Details seenByA = ClaimService(*m_first).details(id, today);
        const ClaimService::Details seenByB = ClaimService(*m_second).details(id, today);
        QCOMPARE(seenByA.version, seenByB.version);

        ClaimService(*m_first).draftAnswer(
            m_a, id, ClaimService::Draft{QStringLiteral("A's answer"), {}, {}, {}},
            seenByA.version);
        QString message;
        QCOMPARE(kindOf(
                     [&] {
            ClaimService(*m_second).draftAnswer(
                m_b, id, ClaimService::Draft{QStringLiteral("B's answer"), {}, {}, {}},
                seenByB.version);
                     },
                     &message),
                 Error::Kind::Conflict);
        QVERIFY2(message.contains(QStringLiteral("admin")), qPrintable(message));          // who
        QVERIFY2(message.contains(QStringLiteral("Answer drafted")), qPrintable(message)); // how
        const ClaimService::Details now = ClaimService(*m_second).details(id, today);
        QCOMPARE(now.answerText, QStringLiteral("A's answer")); // nothing lost
        QCOMPARE(now.version, seenByA.version + 1);
        // B has now seen A's draft: saving over it is B's choice, and goes through.
        ClaimService(*m_second).draftAnswer(
            m_b, id, ClaimService::Draft{QStringLiteral("B's answer"), {}, {}, {}}, now.version);
        QCOMPARE(ClaimService(*m_first).details(id, today).answerText,
                 QStringLiteral("B's answer"));
        // The refused save wrote nothing to the trail either.
        QSqlQuery q = prepareQuery(m_first->connection(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'claim.draft_answer' AND entity_id = ?"));
        q.addBindValue(QString::number(id));
        execQuery(q, "drafts");
        q.next();
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void theSecondStepOnARequestIsRefused()
    {
        const qint64 subject = test::insertSubject(*m_first, QStringLiteral("OG-VERSION"));
        Q_UNUSED(subject);
        WithdrawalService::Registration r;
        r.subjectRef = QStringLiteral("OG-VERSION");
        r.receivedOn = QDate(2026, 11, 20);
        r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"),
                                                   QByteArrayLiteral("%PDF-1.4\n%%EOF\n")};
        const qint64 id = WithdrawalService(*m_first).registerRequest(m_a, r);
        const QDate today(2026, 11, 25);
        const int seen = WithdrawalService(*m_second).details(id, today).version;
        WithdrawalService(*m_first).verifyIdentity(m_a, id, QStringLiteral("id_in_person"), {},
                                                   seen);
        QCOMPARE(kindOf([&] {
                     WithdrawalService(*m_second).reject(m_b, id, QStringLiteral("not_written"), {},
                                                         seen);
                 }),
                 Error::Kind::Conflict);
        const WithdrawalService::Details now = WithdrawalService(*m_first).details(id, today);
        QCOMPARE(now.row.state, QStringLiteral("identity_verified")); // A's step stands
        QCOMPARE(now.version, seen + 1);
    }

    // On a server two transactions can run at once: B's save waits for A's lock and then finds the
    // version moved, instead of both passing a check made before either wrote.
    void twoTransactionsAtOnceOnAServer()
    {
        if (!test::TestDatabase::isPostgres())
            return; // SQLite takes its write lock at BEGIN: the two cannot overlap
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("x");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        const qint64 id = ClaimService(*m_first).registerClaim(m_a, r).id;
        const int seen = ClaimService(*m_first).details(id, QDate(2026, 11, 25)).version;
        // A holds the row inside an open transaction; B starts its save from another thread.
        const QSqlDatabase a = m_first->connection();
        TransactionGuard held(a);
        QSqlQuery lock =
            prepareQuery(a, QStringLiteral("UPDATE claims SET version = version + 1, answer_text = "
                                           "'A' WHERE id = ? AND version = ?"));
        lock.addBindValue(id);
        lock.addBindValue(seen);
        execQuery(lock, "A's change");
        QCOMPARE(lock.numRowsAffected(), 1);
        Error::Kind bResult = Error::Kind(-1);
        QFuture<void> b = QtConcurrent::run([&] {
            Database other(DatabaseUrl::parse(m_fixture.url()), qEnvironmentVariable("PGPASSWORD"));
            other.open();
            bResult = kindOf([&] {
                ClaimService(other).draftAnswer(
                    m_b, id, ClaimService::Draft{QStringLiteral("B"), {}, {}, {}}, seen);
            });
            other.closeThreadConnection();
        });
        // B is waiting on A's row lock now: seen from a third connection (outside A's transaction,
        // whose view of the server's activity is fixed at its start), not assumed after a sleep.
        const auto waitingOnALock = [this] {
            QSqlQuery q = prepareQuery(
                m_second->connection(),
                QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                               "WHERE wait_event_type = 'Lock' AND datname = current_database()"));
            execQuery(q, "who waits");
            return q.next() && q.value(0).toInt() >= 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnALock(), 10000);
        QVERIFY(!b.isFinished());
        held.commit();
        b.waitForFinished();
        QCOMPARE(bResult, Error::Kind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestRecordVersion)
#include "tst_recordversion.moc"
