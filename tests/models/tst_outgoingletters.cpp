// SPDX-License-Identifier: GPL-3.0-or-later
// Letters an organisation sends (services/OutgoingLetterService, HolderService,
// reports/LetterLayout): every letter gets the year's next number in the register of outgoing
// letters, a reprint keeps it; the letter carries the holder's letterhead as the administrator
// set it, the number and date, the addressee and the signatory; the register is searched by
// number and addressee. On PostgreSQL the server numbers and dates, and a number never changes.
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/HolderService.h"
#include "services/OfficerService.h"
#include "services/OutgoingLetterService.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QtTest>

using namespace dpo;

class TestOutgoingLetters : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;

    qint64 answeredClaim(const QString& claimant) const
    {
        return test::answeredClaim(*m_database, m_admin, claimant);
    }
    QString letterText(qint64 claim, const QString& language) const
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(claim).arg(language));
        ClaimLetterService(*m_database).writePdf(m_admin, claim, language, path);
        return test::pdfText(path).simplified();
    }
    QList<OutgoingLetterService::Letter> all(const QString& search = {}) const
    {
        return OutgoingLetterService(*m_database).page(search, 0, 1000, nullptr);
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
    }

    // The seeded holder is the one the privacy policy names; the address is the holder's to fill.
    void theHolderIsSeededFromThePolicy()
    {
        const Holder h = HolderService(*m_database).holder();
        QCOMPARE(h.inn, QStringLiteral("00910202310316"));
        QCOMPARE(h.name(QStringLiteral("ky")), QStringLiteral("«ОГОГО» ЖЧК"));
        QCOMPARE(h.name(QStringLiteral("ru")), QStringLiteral("ОсОО «ОГОГО»"));
        QVERIFY(h.addressKy.isEmpty());
        QVERIFY(!h.positionRu.isEmpty());
    }

    void theAdministratorSetsTheHolder()
    {
        Holder h = HolderService(*m_database).holder();
        h.addressKy = QStringLiteral("720040, Бишкек ш., Чүй пр. 1");
        h.addressRu = QStringLiteral("720040, г. Бишкек, пр. Чуй 1");
        HolderService(*m_database).setHolder(m_admin, h);
        QCOMPARE(HolderService(*m_database).holder(), h);

        // A bad INN: refused naming it, and nothing of the form written.
        Holder bad = h;
        bad.nameRu = QStringLiteral("ОсОО «Другое»");
        bad.inn = QStringLiteral("0091020231031");
        try {
            HolderService(*m_database).setHolder(m_admin, bad);
            QFAIL("a 13-digit INN was taken");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("INN")) &&
                         e.message().contains(QStringLiteral("0091020231031")),
                     qPrintable(e.message()));
        }
        bad.inn = h.inn;
        bad.nameKy = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(Error, HolderService(*m_database).setHolder(m_admin, bad));
        QCOMPARE(HolderService(*m_database).holder(), h);

        // Only an administrator.
        const qint64 id =
            OfficerService(*m_database)
                .createOfficer(m_admin, QStringLiteral("nurlan"), QStringLiteral("Нурлан"),
                               Role::Officer, QStringLiteral("a-long-password-1"));
        const Session officer{id, QStringLiteral("nurlan"), QStringLiteral("Нурлан"),
                              Role::Officer};
        try {
            HolderService(*m_database).setHolder(officer, bad);
            QFAIL("an officer changed the holder");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
    }

    // Each letter the next number of the year; a reprint, in another language too, keeps it.
    void everyLetterIsNumberedOnce()
    {
        const qint64 first = answeredClaim(QStringLiteral("Асанов Бакыт"));
        const qint64 second = answeredClaim(QStringLiteral("Токтогулова Айжан"));
        const int before = int(all().size());
        const QString ky = letterText(first, QStringLiteral("ky"));
        QCOMPARE(all().size(), before + 1);
        const OutgoingLetterService::Letter made = all().first();
        const int year = bishkekToday().year();
        QVERIFY2(made.number.startsWith(QStringLiteral("%1/").arg(year)), qPrintable(made.number));
        const int seq = made.number.section(QLatin1Char('/'), 1).toInt();
        QVERIFY(seq >= 1);
        QCOMPARE(made.registeredOn, bishkekToday());
        QCOMPARE(made.caseId, first);
        QCOMPARE(made.kind, QStringLiteral("claim.letter"));
        QCOMPARE(made.addressee, QStringLiteral("Асанов Бакыт"));
        QCOMPARE(made.officer, m_admin.displayName);

        // The letter: letterhead, number and date, addressee, signatory.
        const Holder h = HolderService(*m_database).holder();
        for (const QString& part :
             {h.nameKy, QStringLiteral("00910202310316"), h.addressKy, made.number,
              displayDate(made.registeredOn), QStringLiteral("Асанов Бакыт"),
              QStringLiteral("Токтогул к. 1"), h.positionKy, m_admin.displayName})
            QVERIFY2(ky.contains(part.simplified()),
                     qPrintable(part + QStringLiteral(" in ") + ky));
        QVERIFY(!ky.contains(QStringLiteral("{{")));

        // Reprinted in Russian: the same number, the Russian letterhead.
        const QString ru = letterText(first, QStringLiteral("ru"));
        QCOMPARE(all().size(), before + 1);
        QVERIFY2(ru.contains(made.number) && ru.contains(h.addressRu.simplified()) &&
                     ru.contains(h.nameRu),
                 qPrintable(ru));
        // Another case: the next number.
        letterText(second, QStringLiteral("ru"));
        QCOMPARE(all().size(), before + 2);
        QCOMPARE(all().first().number, QStringLiteral("%1/%2").arg(year).arg(seq + 1));
        QCOMPARE(all().first().caseId, second);

        // The audit entry of each print names the number.
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'claim.letter' AND "
                           "entity_id = ? AND details LIKE ?"));
        q.addBindValue(QString::number(first));
        q.addBindValue(QStringLiteral("%\"") + made.number + QStringLiteral("\"%"));
        execQuery(q, "count");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // A letter that cannot be made (no answer drafted) takes no number.
    void aLetterNotMadeTakesNoNumber()
    {
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Жооп жок");
        r.receivedOn = bishkekToday();
        r.subjectMatter = QStringLiteral("x");
        const qint64 id = ClaimService(*m_database).registerClaim(m_admin, r).id;
        const qsizetype before = all().size();
        QVERIFY_THROWS_EXCEPTION(Error, letterText(id, QStringLiteral("ky")));
        QCOMPARE(all().size(), before);
    }

    // A preview shows the letter with a blank number and takes none; once the letter is made,
    // a preview shows its number. Each preview is audited as one.
    void aPreviewTakesNoNumber()
    {
        const qint64 id = answeredClaim(QStringLiteral("Алдын ала Көрүү"));
        const qsizetype before = all().size();
        const ClaimLetterService letters(*m_database);
        const QString blank = letters.preview(m_admin, id, QStringLiteral("ru"));
        QCOMPARE(all().size(), before);
        const auto unnumbered = [](const QString& language) {
            return DocumentLanguage(language).translate("dpo::LetterLayout",
                                                        "(numbered when printed or saved)");
        };
        QVERIFY(unnumbered(QStringLiteral("ru")).startsWith(QStringLiteral("(номер")));
        QVERIFY2(blank.contains(unnumbered(QStringLiteral("ru"))) &&
                     blank.contains(QStringLiteral("Алдын ала Көрүү")),
                 qPrintable(blank));
        QVERIFY_THROWS_EXCEPTION(Error, letters.preview(m_admin, id, QStringLiteral("en")));
        letters.prepare(m_admin, id, QStringLiteral("ky"));
        QCOMPARE(all().size(), before + 1);
        const QString number = all().first().number;
        const QString numbered = letters.preview(m_admin, id, QStringLiteral("ky+ru"));
        QVERIFY2(numbered.contains(number) &&
                     !numbered.contains(unnumbered(QStringLiteral("ky"))) &&
                     !numbered.contains(unnumbered(QStringLiteral("ru"))),
                 qPrintable(numbered));
        QCOMPARE(all().size(), before + 1);
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'claim.letter' AND "
                           "entity_id = ? AND details LIKE '%\"preview\":true%'"));
        q.addBindValue(QString::number(id));
        execQuery(q, "count");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void theRegisterIsSearched()
    {
        const QList<OutgoingLetterService::Letter> letters = all();
        QVERIFY(letters.size() >= 2);
        QCOMPARE(OutgoingLetterService(*m_database).count({}), qint64(letters.size()));
        const QList<OutgoingLetterService::Letter> byName = all(QStringLiteral("Айжан"));
        QCOMPARE(byName.size(), 1);
        QCOMPARE(byName.first().addressee, QStringLiteral("Токтогулова Айжан"));
        const QList<OutgoingLetterService::Letter> byNumber = all(letters.last().number);
        QVERIFY(!byNumber.isEmpty());
        QCOMPARE(byNumber.last().id, letters.last().id);
        QCOMPARE(OutgoingLetterService(*m_database).count(QStringLiteral("Айжан")), qint64(1));
        QCOMPARE(OutgoingLetterService(*m_database).count(QStringLiteral("no such letter")), 0);
        // Keyset: the page after the first letter starts at the second.
        const QList<OutgoingLetterService::Letter> rest =
            OutgoingLetterService(*m_database).page({}, 0, 10, &letters.first());
        QCOMPARE(rest.first().id, letters.at(1).id);
    }

    // On the server the number and the date are the server's, and a number never changes.
    void theServerNumbersAndKeeps()
    {
        if (!test::TestDatabase::isPostgres())
            return; // SQLite has one writer, the console: nothing to enforce against
        const qint64 claim = answeredClaim(QStringLiteral("Сервер"));
        const int year = bishkekToday().year();
        QSqlQuery q(m_database->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO outgoing_letters (year, seq, number, registered_on, kind, case_id, "
            "subject_id, language, officer_id) VALUES (1999, 999, '1999/999', '1999-01-01', "
            "'claim.letter', ?, 0, 'ky', ?) RETURNING number, registered_on")));
        q.addBindValue(claim);
        q.addBindValue(m_admin.officerId);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("%1/").arg(year)),
                 qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(1).toDate(), bishkekToday());
        QSqlQuery update(m_database->connection());
        QVERIFY(!update.exec(QStringLiteral("UPDATE outgoing_letters SET number = 'x'")));
        QVERIFY2(update.lastError().text().contains(QStringLiteral("does not change")),
                 qPrintable(update.lastError().text()));
    }
};

QTEST_MAIN(TestOutgoingLetters) // a letter is laid out with fonts
#include "tst_outgoingletters.moc"
