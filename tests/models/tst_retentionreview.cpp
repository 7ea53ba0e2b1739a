// SPDX-License-Identifier: GPL-3.0-or-later
// The retention review (policy 6.2-6.3), on the backend of DPO_TEST_BACKEND: what is due (a keep
// whose end has passed; face photos and videos held after a withdrawal or a closed account) and
// what is not, the case that reviews a subject's due categories (one open at a time), its
// decisions (destroy, or keep to a new date with a second supervisor), and its closing without a
// letter; it is never rejected.
#include "domain/DocumentLanguage.h"
#include "services/DashboardService.h"
#include "services/RetentionReviewService.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"
#include "WithdrawalFixture.h"

#include <QtTest>

using namespace dpo;

using test::decision;

class TestRetentionReview : public test::WithdrawalFixture
{
    Q_OBJECT
    Session m_supervisor;

    // The subject's items due today, as "category:reason".
    QStringList dueFor(const QString& ref) const
    {
        QStringList out;
        for (const RetentionReviewService::Item& item :
             RetentionReviewService(*m_database).due(bishkekToday()))
            if (item.subjectRef == ref)
                out << item.category + QLatin1Char(':') + item.reason;
        return out;
    }
    void setCategory(qint64 subject, const char* category, const char* state,
                     const QDate& keptUntil = {}) const
    {
        exec(QStringLiteral("UPDATE subject_categories SET state = ?, kept_until = ?, legal_ground "
                            "= ? WHERE subject_id = ? AND category_code = ?"),
             {QString::fromLatin1(state),
              keptUntil.isValid() ? QVariant(keptUntil) : QVariant(QMetaType::fromType<QDate>()),
              keptUntil.isValid() ? QVariant(QStringLiteral("aml_cft_record_keeping"))
                                  : QVariant(QMetaType::fromType<QString>()),
              subject, QString::fromLatin1(category)});
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
        m_supervisor = signedInSupervisor();
    }

    // What is due for review, and why; what is not.
    void whatIsDue_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("due");
        QTest::newRow("a keep ended yesterday")
            << "OG-R1"
            << "keep-ended" << QStringList{"identity_document:keep_ended"};
        QTest::newRow("a keep ending today") << "OG-R2"
                                             << "keep-today" << QStringList{};
        QTest::newRow("photos after a withdrawal")
            << "OG-R3"
            << "withdrawn"
            << QStringList{"face_photo:photo_after_withdrawal",
                           "face_video:photo_after_withdrawal"};
        QTest::newRow("a blocked photo after the account closed")
            << "OG-R4"
            << "closed-blocked"
            << QStringList{"face_photo:photo_after_closure", "face_video:photo_after_closure"};
        QTest::newRow("photos kept on a ground after a withdrawal")
            << "OG-R5"
            << "withdrawn-kept" << QStringList{};
        QTest::newRow("photos of a subject who uses the app") << "OG-R6"
                                                              << "active" << QStringList{};
    }
    void whatIsDue()
    {
        QFETCH(QString, ref);
        QFETCH(QString, setup);
        QFETCH(QStringList, due);
        const qint64 subject = addSubject(ref);
        const QDate today = bishkekToday();
        exec(QStringLiteral("UPDATE subjects SET consent_state = 'given' WHERE id = ?"), {subject});
        if (setup == QStringLiteral("keep-ended"))
            setCategory(subject, "identity_document", "kept", today.addDays(-1));
        else if (setup == QStringLiteral("keep-today"))
            setCategory(subject, "identity_document", "kept", today);
        if (setup.startsWith(QStringLiteral("withdrawn")))
            exec(QStringLiteral("UPDATE subjects SET consent_state = 'withdrawn' WHERE id = ?"),
                 {subject});
        if (setup == QStringLiteral("withdrawn-kept")) {
            setCategory(subject, "face_photo", "kept", today.addYears(1));
            setCategory(subject, "face_video", "kept", today.addYears(1));
        }
        if (setup == QStringLiteral("closed-blocked")) {
            exec(QStringLiteral("UPDATE subjects SET account_closed_at = ? WHERE id = ?"),
                 {QDateTime::currentDateTimeUtc().addDays(-40), subject});
            setCategory(subject, "face_photo", "blocked");
        }
        QStringList actual = dueFor(ref);
        actual.sort();
        QCOMPARE(actual, due);
        // The dashboard's card counts what the list lists.
        const qint64 listed = RetentionReviewService(*m_database).due(today).size();
        QCOMPARE(RetentionReviewService(*m_database).dueCount(today), listed);
        QCOMPARE(DashboardService(*m_database).figures(today).retentionDue, listed);
        if (due.isEmpty()) {
            try {
                RetentionReviewService(*m_database).openCase(m_admin, ref);
                QFAIL("a review was opened with nothing due");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY2(e.message().contains(ref), qPrintable(e.message()));
            }
        }
    }

    // The case reviews exactly the subject's due categories; one is open at a time; keeping to a
    // new date needs a second supervisor; once executed nothing is due; it closes with no letter
    // and is never rejected.
    void aReviewDestroysOrKeepsToANewDate()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-RV"));
        const QDate today = bishkekToday();
        exec(QStringLiteral("UPDATE subjects SET consent_state = 'withdrawn' WHERE id = ?"),
             {subject});
        setCategory(subject, "identity_document", "kept", today.addDays(-3));
        RetentionReviewService review(*m_database);
        const qint64 id = review.openCase(m_admin, QStringLiteral("OG-RV"));
        for (const RetentionReviewService::Item& item : review.due(today))
            if (item.subjectRef == QStringLiteral("OG-RV"))
                QCOMPARE(item.openCase, id);
        try {
            review.openCase(m_admin, QStringLiteral("OG-RV"));
            QFAIL("a second review was opened");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QString::number(id)), qPrintable(e.message()));
        }
        WithdrawalService service(*m_database);
        WithdrawalService::Details d = service.details(id, today);
        QVERIFY(d.row.retentionReview());
        QCOMPARE(d.row.state, QStringLiteral("opened"));
        QCOMPARE(d.scope, QStringLiteral("partial"));
        QCOMPARE(d.heldCategories,
                 (QStringList{QStringLiteral("identity_document"), QStringLiteral("face_photo"),
                              QStringLiteral("face_video")}));
        QCOMPARE(actions(id), QStringList{QStringLiteral("withdrawal.open_review")});
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.reject(m_admin, id, QStringLiteral("not_written"), {}));

        const QDate until = today.addYears(2);
        service.decide(m_admin, id,
                       {decision("identity_document", "keep", "aml_cft_record_keeping", until),
                        decision("face_photo", "destroy"), decision("face_video", "destroy")});
        QVERIFY_THROWS_EXCEPTION(Error, service.execute(m_admin, id));
        service.approve(m_supervisor, id);
        service.execute(m_admin, id);
        QVERIFY(dueFor(QStringLiteral("OG-RV")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT kept_until FROM subject_categories WHERE "
                                       "subject_id = ? AND category_code = 'identity_document'"),
                        {subject})
                     .toDate(),
                 until);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE subject_id = ? "
                                       "AND category_code = 'face_photo'"),
                        {subject})
                     .toString(),
                 QStringLiteral("destroyed"));
        // Untouched: what the review did not cover.
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE subject_id = ? "
                                       "AND category_code = 'contacts'"),
                        {subject})
                     .toString(),
                 QStringLiteral("held"));
        d = service.details(id, today);
        for (const WithdrawalService::Notice& n : d.notices)
            service.recordNotice(m_admin, n.id, today, QStringLiteral("email"), {});
        QVERIFY_THROWS_EXCEPTION(Error, WithdrawalLetterService(*m_database)
                                            .writePdf(m_admin, id, QStringLiteral("ky"),
                                                      m_dir.filePath(QStringLiteral("r.pdf"))));
        QVERIFY_THROWS_EXCEPTION(Error, service.logReply(m_admin, id, today, QStringLiteral("post"),
                                                         QStringLiteral("RR1KG")));
        service.logReply(m_admin, id, today, QStringLiteral("none"), {});
        QCOMPARE(service.details(id, today).row.state, QStringLiteral("closed"));
    }

    // Every subject with something due gets a case, in one step; a second run opens none.
    void allAtOnce()
    {
        const qint64 a = addSubject(QStringLiteral("OG-RA"));
        const qint64 b = addSubject(QStringLiteral("OG-RB"));
        setCategory(a, "contacts", "kept", bishkekToday().addDays(-1));
        exec(QStringLiteral("UPDATE subjects SET account_closed_at = ? WHERE id = ?"),
             {QDateTime::currentDateTimeUtc(), b});
        RetentionReviewService review(*m_database);
        QSet<qint64> dueWithoutCase, dueWithCase;
        for (const RetentionReviewService::Item& item : review.due(bishkekToday()))
            (item.openCase > 0 ? dueWithCase : dueWithoutCase).insert(item.subjectId);
        QVERIFY(dueWithoutCase.contains(a) && dueWithoutCase.contains(b));
        const RetentionReviewService::Opened first = review.openAll(m_admin);
        QCOMPARE(first.opened.size(), dueWithoutCase.size());
        QCOMPARE(first.alreadyOpen, int(dueWithCase.size()));
        const RetentionReviewService::Opened second = review.openAll(m_admin);
        QVERIFY(second.opened.isEmpty());
        QCOMPARE(second.alreadyOpen, int(dueWithoutCase.size() + dueWithCase.size()));
    }
};

QTEST_GUILESS_MAIN(TestRetentionReview)
#include "tst_retentionreview.moc"
