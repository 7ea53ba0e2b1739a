// SPDX-License-Identifier: GPL-3.0-or-later
// Every service call, called as each role: allowed ones go through the role check (whatever they
// then say of the dummy arguments), refused ones throw Error::Forbidden, change nothing, and leave
// exactly one "access.refused" entry naming the action and the role. Both backends.
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "import/SubjectImportService.h"
#include "services/AttachmentService.h"
#include "services/AuditExportService.h"
#include "services/AuditVerifier.h"
#include "services/CalendarImport.h"
#include "services/CalendarService.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/DisclosureService.h"
#include "services/NoticeLetterService.h"
#include "services/OfficerService.h"
#include "services/SettingsService.h"
#include "services/SigningKeyService.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectReportService.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"

#include <functional>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dpo;

namespace {
using Call = std::function<void(Database&, const Session&, const QString& scratch)>;
enum Who
{
    Everyone,
    Writers,
    Supervisors,
    Administrators
};

struct ServiceCall
{
    const char* name;
    Who who;
    Call call;
};

const AttachmentService::Document kPdf{QStringLiteral("letter.pdf"),
                                       QByteArrayLiteral("%PDF-1.4\n%%EOF\n")};

// Every call that changes something, and the reads and exports every role may make.
const QList<ServiceCall>& serviceCalls()
{
    static const QList<ServiceCall> calls{
        {"claims.register", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("x");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        ClaimService(d).registerClaim(s, r);
         }},
        {"claims.draft", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).draftAnswer(s, 999999, QStringLiteral("x"));
         }},
        {"claims.answer_sent", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).logAnswer(s, 999999, {});
         }},
        {"claims.close", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).close(s, 999999, QStringLiteral("satisfied"), {});
         }},
        {"claims.recalculate", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).recalculateDueDate(s, 999999);
         }},
        {"claims.link", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).link(s, 999999, ClaimService::LinkKind::Claim, 1);
         }},
        {"claims.unlink", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).unlink(s, 999999, ClaimService::LinkKind::Claim, 1);
         }},
        {"claims.attach", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimService(d).attach(s, 999999, kPdf);
         }},
        {"claims.letter", Writers,
         [](Database& d, const Session& s, const QString&) {
        ClaimLetterService(d).prepare(s, 999999, QStringLiteral("ky"));
         }},
        {"withdrawals.register", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService::Registration r;
        r.subjectRef = QStringLiteral("OG-NONE");
        r.receivedOn = QDate(2026, 11, 20);
        r.documents << kPdf;
        WithdrawalService(d).registerRequest(s, r);
         }},
        {"withdrawals.verify", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).verifyIdentity(s, 999999, QStringLiteral("other"),
                                            QStringLiteral("x"));
         }},
        {"withdrawals.reject", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).reject(s, 999999, QStringLiteral("not_written"), {});
         }},
        {"withdrawals.decide", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).decide(s, 999999, {});
         }},
        {"withdrawals.execute", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).execute(s, 999999);
         }},
        {"withdrawals.recipient_told", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).recordNotice(s, 999999, QDate(2026, 11, 20), QStringLiteral("email"),
                                          {});
         }},
        {"withdrawals.reply_sent", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).logReply(s, 999999, QDate(2026, 11, 20), QStringLiteral("email"), {});
         }},
        {"withdrawals.attach", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).attach(s, 999999, kPdf);
         }},
        {"withdrawals.letter", Writers,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalLetterService(d).prepare(s, 999999, QStringLiteral("ru"));
         }},
        {"withdrawals.approve", Supervisors,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).approve(s, 999999);
         }},
        {"withdrawals.unblock", Supervisors,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).unblock(s, 999999, QStringLiteral("contacts"), QStringLiteral("x"));
         }},
        {"withdrawals.target", Administrators,
         [](Database& d, const Session& s, const QString&) {
        WithdrawalService(d).setTargetDays(s, 30);
         }},
        {"disclosures.record", Writers,
         [](Database& d, const Session& s, const QString&) { DisclosureService(d).record(s, {}); }},
        {"disclosures.notify", Writers,
         [](Database& d, const Session& s, const QString&) {
        DisclosureService(d).queueNotification(s, 999999, 1, QStringLiteral("sms"));
         }},
        {"disclosures.sent_by_hand", Writers,
         [](Database& d, const Session& s, const QString&) {
        DisclosureService(d).recordSentByHand(s, 999999, 1, QStringLiteral("post"),
                                              QStringLiteral("x"), QDateTime::currentDateTimeUtc(),
                                              QStringLiteral("RR1"));
         }},
        {"disclosures.notice_letter", Writers,
         [](Database& d, const Session& s, const QString&) {
        NoticeLetterService(d, 1).prepare(s, 999999, QStringLiteral("ky"));
         }},
        {"disclosures.notice_period", Administrators,
         [](Database& d, const Session& s, const QString&) {
        DisclosureService(d).setNoticeWorkingDays(s, 3);
         }},
        {"attachments.add", Writers,
         [](Database& d, const Session& s, const QString&) {
        AttachmentService(d).add(s, AttachmentService::Owner::Claim, 999999, kPdf);
         }},
        {"subjects.import", Writers,
         [](Database& d, const Session& s, const QString& scratch) {
        SubjectImportService(d).importSubjects(s, scratch + QStringLiteral("/none.csv"));
         }},
        {"calendar.set", Supervisors,
         [](Database& d, const Session& s, const QString&) {
        CalendarService(d).setDay(s, QDate(2027, 3, 1), QStringLiteral("holiday"),
                                  QStringLiteral("x"), QStringLiteral("decree 1"));
         }},
        {"calendar.move", Supervisors,
         [](Database& d, const Session& s, const QString&) {
        CalendarService(d).moveDay(s, QDate(2027, 3, 1), QDate(2027, 3, 2),
                                   QStringLiteral("decree 2"));
         }},
        {"calendar.remove", Supervisors,
         [](Database& d, const Session& s, const QString&) {
        CalendarService(d).removeDay(s, QDate(2027, 3, 2), QStringLiteral("decree 3"));
         }},
        {"calendar.import", Supervisors,
         [](Database& d, const Session& s, const QString&) {
        QByteArray csv("date,kind,name,decree\n2029-03-01,holiday,x,decree 4\n");
        QBuffer file(&csv);
        file.open(QIODevice::ReadOnly);
        CalendarImport import(d);
        import.apply(s, import.plan(2029, &file, QStringLiteral("2029.csv")));
         }},
        {"settings.change", Administrators,
         [](Database& d, const Session& s, const QString&) {
        SettingsService(d).setInteger(s, QStringLiteral("idle_lock_minutes"), 10);
         }},
        {"officers.create", Administrators,
         [](Database& d, const Session& s, const QString&) {
        OfficerService(d).createOfficer(s, QStringLiteral("new.%1").arg(roleCode(s.role)), {},
                                        Role::Officer, QStringLiteral("a-long-password-1"));
         }},
        {"officers.reset_password", Administrators,
         [](Database& d, const Session& s, const QString&) {
        OfficerService(d).resetPassword(s, 999999, QStringLiteral("a-long-password-1"));
         }},
        {"officers.deactivate", Administrators,
         [](Database& d, const Session& s, const QString&) {
        OfficerService(d).setActive(s, 999999, false);
         }},
        {"officers.change_role", Administrators,
         [](Database& d, const Session& s, const QString&) {
        OfficerService(d).changeRole(s, 999999, Role::Auditor);
         }},
        {"signing_key.create", Administrators,
         [](Database& d, const Session& s, const QString& scratch) {
        SigningKeyService(d).createKey(
            s, scratch + QStringLiteral("/key-%1.pem").arg(roleCode(s.role)),
            QByteArrayLiteral("a passphrase"));
         }},
        {"demo.generate", Administrators,
         [](Database& d, const Session& s, const QString&) {
        DemoDataService::Options o;
        o.subjects = 1;
        DemoDataService(d).generate(s, o);
         }},
        // Reads and exports: every role, each audited as itself.
        {"subjects.reveal", Everyone,
         [](Database& d, const Session& s, const QString&) {
        SubjectRecordService(d).reveal(s, 999999, SubjectRecordService::Field::Inn);
         }},
        {"subjects.report", Everyone,
         [](Database& d, const Session& s, const QString&) {
        SubjectReportService(d).prepare(s, 999999, QStringLiteral("ky"),
                                        SubjectReportService::Output::Preview);
         }},
        {"attachments.open", Everyone,
         [](Database& d, const Session& s, const QString&) {
        AttachmentService(d).open(s, 999999);
         }},
        {"audit.export", Everyone,
         [](Database& d, const Session& s, const QString& scratch) {
        AuditExportService::Options o;
        o.format = AuditExportService::Format::Csv;
        AuditExportService(d).exportTo(
            s, o, scratch + QStringLiteral("/audit-%1.csv").arg(roleCode(s.role)));
         }},
        {"audit.verify", Everyone,
         [](Database& d, const Session& s, const QString&) {
        AuditVerifier verifier(d);
        verifier.recordVerification(s, verifier.verify());
         }},
        };
    return calls;
}

bool allowed(Who who, Role role)
{
    switch (who) {
    case Everyone:
        return true;
    case Writers:
        return role != Role::Auditor;
    case Supervisors:
        return role == Role::Supervisor || role == Role::Administrator;
    case Administrators:
        return role == Role::Administrator;
    }
    return false;
}
} // namespace

class TestAccessControl : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    QHash<Role, Session> m_sessions;
    QTemporaryDir m_scratch;

    QJsonObject lastEntry(QString* action) const
    {
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"));
        execQuery(q, "last entry");
        q.next();
        *action = q.value(0).toString();
        return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Session admin;
        m_database = m_fixture.openWithAdmin(admin);
        m_sessions.insert(Role::Administrator, admin);
        OfficerService officers(*m_database);
        for (const auto& [role, name] : {std::pair{Role::Supervisor, "aigerim.supervisor"},
                                         std::pair{Role::Officer, "nurlan.officer"},
                                         std::pair{Role::Auditor, "bakyt.auditor"}}) {
            const QString username = QString::fromLatin1(name);
            const qint64 id = officers.createOfficer(admin, username, username, role,
                                                     QStringLiteral("a-long-password-1"));
            m_sessions.insert(role, Session{id, username, username, role});
        }
    }

    void everyCallAsEveryRole_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("role");
        for (int i = 0; i < serviceCalls().size(); ++i)
            for (const auto& [role, name] :
                 {std::pair{Role::Administrator, "administrator"},
                  std::pair{Role::Supervisor, "supervisor"}, std::pair{Role::Officer, "officer"},
                  std::pair{Role::Auditor, "auditor"}})
                QTest::addRow("%s as %s", serviceCalls()[i].name, name) << i << int(role);
    }

    void everyCallAsEveryRole()
    {
        QFETCH(int, call);
        QFETCH(int, role);
        const ServiceCall& c = serviceCalls()[call];
        const Session& session = m_sessions.value(Role(role));
        const qint64 entriesBefore = test::rowCount(*m_database, QStringLiteral("audit_log"));
        Error::Kind thrown = Error::Kind::BadInput;
        bool threw = false;
        try {
            c.call(*m_database, session, m_scratch.path());
        } catch (const Error& e) {
            threw = true;
            thrown = e.kind();
        }
        if (allowed(c.who, Role(role))) {
            QVERIFY2(!threw || thrown != Error::Kind::Forbidden,
                     "an allowed call was refused by role");
            return;
        }
        QVERIFY2(threw && thrown == Error::Kind::Forbidden, "a refused role was let through");
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")),
                 entriesBefore + 1); // the refusal, nothing else
        QString action;
        const QJsonObject details = lastEntry(&action);
        QCOMPARE(action, QStringLiteral("access.refused"));
        QCOMPARE(details.value(QStringLiteral("role")).toString(), roleCode(Role(role)));
        QVERIFY(!details.value(QStringLiteral("action")).toString().isEmpty());
    }

    // The table covers every role of every call; the refusals it saw are in the trail, chained.
    void theTrailStillVerifies()
    {
        const AuditVerification result = AuditVerifier(*m_database).verify();
        QVERIFY(result.intact());
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.refused'"));
        execQuery(q, "refusals");
        q.next();
        int expected = 0;
        for (const ServiceCall& c : serviceCalls())
            for (const Role r :
                 {Role::Administrator, Role::Supervisor, Role::Officer, Role::Auditor})
                expected += !allowed(c.who, r);
        QCOMPARE(q.value(0).toInt(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
