// SPDX-License-Identifier: GPL-3.0-or-later
// Load, not a test: one simulated officer (scripts/load.sh starts many at once). Usage:
//   load_officer URL USERNAME SECONDS SEED OUT.tsv [THINK_MS]
// Signs in as USERNAME (password from DPO_CONSOLE_PASSWORD; an own login's too) and, for SECONDS,
// does what an officer
// does in the window, through the same services: searches the subjects list, opens a record,
// reveals a masked field, registers a claim and drafts its answer, registers a withdrawal and
// works it to execution, reads the registers and the dashboard; between two actions a pause of
// THINK_MS on average (exponential; default 1000). Each action is one line of OUT.tsv:
//   action <TAB> milliseconds <TAB> outcome <TAB> when it ended (Unix time, seconds)
// outcome: ok; conflict (another officer changed the case first: expected); refused:KIND (the
// console said no: a subject destroyed by another officer's withdrawal, a case in a state that no
// longer allows the step); error:KIND (the database or the connection failed: not expected).
// Each step of a case the console acknowledged (its transaction committed) is a line of
// OUT.tsv.acked, for load.sh to find after the faults: table <TAB> id <TAB> the state it reached.
// With DPO_LOAD_FIRST_PASSWORD, the login is new: it connects and signs in with that password
// (passwords come from the environment, not the command line, which `ps` shows) and chooses
// DPO_CONSOLE_PASSWORD, as the console makes its officer do. SECONDS 0: only that.
// The demo database's subjects are OG-00000001 on (`dpo-console demo`).
#include "BenchSupport.h"
#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "items/ClaimRegister.h"
#include "items/WithdrawalRegister.h"
#include "services/AttachmentService.h"
#include "services/ClaimService.h"
#include "services/DashboardService.h"
#include "services/OfficerService.h"
#include "services/SubjectListService.h"
#include "services/SubjectRecordService.h"
#include "services/WithdrawalService.h"

#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <random>

using namespace dpo;

namespace {

QString outcomeOf(const Error& error)
{
    switch (error.kind()) {
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::BadInput:
        return QStringLiteral("refused:bad-input");
    case Error::Kind::NotFound:
        return QStringLiteral("refused:not-found");
    case Error::Kind::Forbidden:
        return QStringLiteral("refused:forbidden");
    case Error::Kind::Connection:
        return QStringLiteral("error:connection");
    case Error::Kind::Database:
        return QStringLiteral("error:database");
    default:
        return QStringLiteral("error:%1").arg(int(error.kind()));
    }
}

class SimulatedOfficer
{
public:
    // `acked` hears of each step of a case as its commit is acknowledged: the table, the id and
    // the state the case reached.
    using Acked = std::function<void(const char* table, qint64 id, const char* state)>;

    SimulatedOfficer(Database& database, Session session, quint32 seed, qint64 subjects,
                     Acked acked)
        : m_database(database), m_session(std::move(session)), m_random(seed), m_subjects(subjects),
          m_acked(std::move(acked))
    {
    }

    // The next action, by the weights of an officer's day.
    QString pick()
    {
        static const QList<std::pair<int, QString>> kWeights{
            {30, QStringLiteral("search")},    {30, QStringLiteral("record")},
            {10, QStringLiteral("reveal")},    {8, QStringLiteral("claim")},
            {7, QStringLiteral("withdrawal")}, {10, QStringLiteral("registers")},
            {5, QStringLiteral("dashboard")},
        };
        int roll = int(m_random.bounded(100));
        for (const auto& [weight, name] : kWeights) {
            if (roll < weight)
                return name;
            roll -= weight;
        }
        return kWeights.constLast().second;
    }

    // Does the action `name` (one pick() returns); throws as the service throws.
    void run(const QString& name)
    {
        const QDate today = bishkekToday();
        if (name == QStringLiteral("search")) {
            static const QStringList kPrefixes{QStringLiteral("Асан"),  QStringLiteral("Үсөн"),
                                               QStringLiteral("Токто"), QStringLiteral("Бек"),
                                               QStringLiteral("Жума"),  QStringLiteral("Иван")};
            SubjectFilter filter;
            filter.search = kPrefixes.at(int(m_random.bounded(int(kPrefixes.size()))));
            filter.today = today;
            const SubjectListService list(m_database, m_session);
            const SubjectCount count = list.count(filter);
            list.window(filter, 0, 50, count.rows);
        } else if (name == QStringLiteral("record") || name == QStringLiteral("reveal")) {
            const SubjectRecordService records(m_database);
            const qint64 id = records.subjectIdByPlatformRef(randomRef());
            if (id == 0)
                throw Error(Error::Kind::NotFound, QStringLiteral("no such subject"));
            records.record(id);
            if (name == QStringLiteral("reveal"))
                records.reveal(m_session, id, SubjectRecordService::Field::Phone);
        } else if (name == QStringLiteral("claim")) {
            ClaimService claims(m_database);
            ClaimService::Registration r;
            r.subjectRef = randomRef();
            r.receivedOn = today;
            r.subjectMatter = QStringLiteral("Load: a question about the data held");
            r.documents << AttachmentService::Document{QStringLiteral("claim.pdf"),
                                                       QByteArrayLiteral("%PDF-1.4\n%%EOF\n")};
            const ClaimService::Row row = claims.registerClaim(m_session, r);
            m_acked("claims", row.id, "open");
            claims.draftAnswer(m_session, row.id, QStringLiteral("Load: the answer drafted"));
            m_acked("claims", row.id, "answer_drafted");
        } else if (name == QStringLiteral("withdrawal")) {
            WithdrawalService withdrawals(m_database);
            WithdrawalService::Registration r;
            r.subjectRef = randomRef();
            r.receivedOn = today;
            r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"),
                                                       QByteArrayLiteral("%PDF-1.4\n%%EOF\n")};
            const qint64 id = withdrawals.registerRequest(m_session, r);
            m_acked("withdrawal_requests", id, "received");
            withdrawals.verifyIdentity(m_session, id, QStringLiteral("id_in_person"), QString());
            m_acked("withdrawal_requests", id, "identity_verified");
            const WithdrawalService::Details d = withdrawals.details(id, today);
            withdrawals.decide(m_session, id,
                               bench::destroyEverything(d.heldCategories, QStringLiteral("load")));
            m_acked("withdrawal_requests", id, "decided");
            withdrawals.execute(m_session, id);
            m_acked("withdrawal_requests", id, "executed");
        } else if (name == QStringLiteral("registers")) {
            // What each register page reads as it opens (CaseRegisterModel): the count, the
            // overdue count and the first page; the rest only as the officer scrolls.
            const WithdrawalRegister withdrawals(m_database, today, WithdrawalService::View{});
            const ClaimRegister claims(m_database, today, ClaimService::Filter::Open);
            for (const CaseRegisterSource* source :
                 {static_cast<const CaseRegisterSource*>(&withdrawals),
                  static_cast<const CaseRegisterSource*>(&claims)}) {
                source->count();
                source->overdueCount();
                source->page(0, CaseRegisterModel::kPageSize, nullptr);
            }
        } else if (name == QStringLiteral("dashboard")) {
            const DashboardService dashboard(m_database); // the page's cards and charts
            dashboard.figures(today);
            dashboard.charts(today);
        }
    }

private:
    QString randomRef()
    {
        return QStringLiteral("OG-%1").arg(1 + qint64(m_random.bounded(quint64(m_subjects))), 8, 10,
                                           QLatin1Char('0'));
    }

    Database& m_database;
    Session m_session;
    QRandomGenerator m_random;
    qint64 m_subjects;
    Acked m_acked;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 6) {
        std::fprintf(stderr, "usage: load_officer URL USERNAME SECONDS SEED OUT.tsv [THINK_MS]\n"
                             "  (the password from DPO_CONSOLE_PASSWORD; a demo database)\n");
        return 2;
    }
    const QString username = QString::fromLocal8Bit(argv[2]);
    const int seconds = QByteArray(argv[3]).toInt();
    const quint32 seed = QByteArray(argv[4]).toUInt();
    const double thinkMs = argc > 6 ? QByteArray(argv[6]).toDouble() : 1000.0;
    QFile out(QString::fromLocal8Bit(argv[5]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "load_officer: cannot write %s\n", argv[5]);
        return 2;
    }
    const auto write = [&out](const QString& action, double ms, const QString& outcome) {
        // When, for load.sh to tell which officers a fault reached, and how soon they knew.
        const double ended = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        out.write(QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(action)
                      .arg(ms, 0, 'f', 2)
                      .arg(outcome)
                      .arg(ended, 0, 'f', 3)
                      .toUtf8());
    };
    try {
        const QString password = qEnvironmentVariable("DPO_CONSOLE_PASSWORD");
        const QString first = qEnvironmentVariable("DPO_LOAD_FIRST_PASSWORD");
        Database database(DatabaseUrl::parse(QString::fromLocal8Bit(argv[1])),
                          first.isEmpty() ? password : first);
        database.open();
        QElapsedTimer timer;
        timer.start();
        OfficerService officers(database);
        Session session = officers.signIn(username, first.isEmpty() ? password : first);
        if (session.mustChangePassword)
            session = officers.changeOwnPassword(session, first, password);
        write(QStringLiteral("sign-in"), double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ok"));
        if (seconds <= 0)
            return 0;
        qint64 subjects = 0;
        {
            // The demo numbers its subjects' references by their ids; counting a million rows
            // per officer would load the server before the load begins.
            QSqlQuery q =
                prepareQuery(database.connection(), QStringLiteral("SELECT max(id) FROM subjects"));
            execQuery(q, "read the subjects");
            if (q.next())
                subjects = q.value(0).toLongLong();
        }
        if (subjects == 0) {
            std::fprintf(stderr, "load_officer: the database holds no demo subjects\n");
            return 2;
        }
        QFile acked(QString::fromLocal8Bit(argv[5]) + QStringLiteral(".acked"));
        if (!acked.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "load_officer: cannot write %s.acked\n", argv[5]);
            return 2;
        }
        const auto ack = [&acked](const char* table, qint64 id, const char* state) {
            acked.write(QByteArray(table) + '\t' + QByteArray::number(id) + '\t' + state + '\n');
            acked.flush(); // a line per acknowledged commit, whatever happens to this process later
        };
        SimulatedOfficer officer(database, session, seed, subjects, ack);
        std::mt19937 pauses(seed);
        std::exponential_distribution<double> pause(1.0 / std::max(thinkMs, 1.0));
        const QDeadlineTimer deadline(qint64(seconds) * 1000);
        while (!deadline.hasExpired()) {
            timer.restart();
            QString outcome = QStringLiteral("ok");
            const QString action = officer.pick();
            try {
                officer.run(action);
            } catch (const Error& e) {
                outcome = outcomeOf(e);
                // Errors and refusals alike, to the officers' log: the run says why.
                if (outcome != QStringLiteral("conflict"))
                    std::fprintf(stderr, "load_officer %s: %s: %s\n", argv[2], qPrintable(action),
                                 qPrintable(e.message()));
            }
            write(action, double(timer.nsecsElapsed()) / 1e6, outcome);
            QThread::msleep(static_cast<unsigned long>(pause(pauses)));
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "load_officer %s: %s\n", argv[2], qPrintable(e.message()));
        write(QStringLiteral("sign-in"), 0, outcomeOf(e));
        return 1;
    }
    return 0;
}
