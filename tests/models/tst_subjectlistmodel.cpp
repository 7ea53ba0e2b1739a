// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "items/SubjectListModel.h"
#include "TestDatabase.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestSubjectListModel : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    const QDate m_today{2026, 11, 25};

    struct Reference
    {
        qint64 id;
        QString ref, surnameFold, givenFold, inn, status;
        QDate birth;
        QDateTime consentAt; // of the latest consent, from the consents table
        QString consentState = QStringLiteral("none");
        QStringList blocked; // the blocked categories, from subject_categories
    };
    QList<Reference> m_all;

    // The expected order, computed here rather than by the database.
    QStringList expected(SubjectFilter::Sort sort, bool descending,
                         const std::function<bool(const Reference&)>& keep = {}) const
    {
        QList<Reference> rows;
        for (const Reference& r : m_all)
            if (!keep || keep(r))
                rows << r;
        const auto less = [&](const Reference& a, const Reference& b) {
            switch (sort) {
            case SubjectFilter::Sort::Name:
                return std::tie(a.surnameFold, a.givenFold, a.id) <
                       std::tie(b.surnameFold, b.givenFold, b.id);
            case SubjectFilter::Sort::Inn: // NULL (empty here) INNs first
                return std::make_tuple(!a.inn.isEmpty(), a.inn, a.id) <
                       std::make_tuple(!b.inn.isEmpty(), b.inn, b.id);
            case SubjectFilter::Sort::ConsentDate: // no consent first
                return std::make_tuple(a.consentAt.isValid(), a.consentAt, a.surnameFold,
                                       a.givenFold,
                                       a.id) < std::make_tuple(b.consentAt.isValid(), b.consentAt,
                                                               b.surnameFold, b.givenFold, b.id);
            case SubjectFilter::Sort::Status:
                return std::tie(a.status, a.surnameFold, a.givenFold, a.id) <
                       std::tie(b.status, b.surnameFold, b.givenFold, b.id);
            }
            return false;
        };
        std::sort(rows.begin(), rows.end(), less);
        if (descending)
            std::reverse(rows.begin(), rows.end());
        QStringList refs;
        for (const Reference& r : rows)
            refs << r.ref;
        return refs;
    }

    // An active subject with an INN and a phone and nothing blocked.
    const Reference& subjectWithEverythingShown() const
    {
        const qint64 id =
            test::scalar(*m_database,
                         QStringLiteral("SELECT id FROM subjects s WHERE status = 'active' AND "
                                        "phone IS NOT NULL AND inn IS NOT NULL AND NOT EXISTS "
                                        "(SELECT 1 FROM subject_categories c WHERE c.subject_id = "
                                        "s.id AND c.state = 'blocked') ORDER BY id LIMIT 1"))
                .toLongLong();
        return *std::find_if(m_all.cbegin(), m_all.cend(),
                             [id](const Reference& x) { return x.id == id; });
    }
    QString phoneOf(const Reference& r) const
    {
        return test::scalar(*m_database, QStringLiteral("SELECT phone FROM subjects WHERE id = ?"),
                            {r.id})
            .toString();
    }

    static QString refAt(SubjectListModel& model, int row)
    {
        model.index(row, 0).data(); // asks for the page
        model.fetchWantedPages();
        const SubjectListRow* loaded = model.loadedRow(row);
        return loaded ? loaded->subject.platformRef : QStringLiteral("<not loaded>");
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        DemoDataService::Options options;
        options.subjects = 1234;
        options.asOf = m_today;
        DemoDataService(*m_database).generate(m_admin, options);
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT id, platform_ref, surname_fold, given_name_fold, "
                                        "inn, status, birth_date FROM subjects"));
        execQuery(q, "reference");
        while (q.next())
            m_all << Reference{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(),   q.value(3).toString(),
                               q.value(4).toString(),   q.value(5).toString(),
                               q.value(6).toDate(),     {},
                               QStringLiteral("none"),  {}};
        QCOMPARE(m_all.size(), 1234);
        // The latest consent of each subject, read from the consents themselves.
        QHash<qint64, int> byId;
        for (int i = 0; i < m_all.size(); ++i)
            byId.insert(m_all[i].id, i);
        QSqlQuery c = prepareQuery(
            m_database->connection(),
            QStringLiteral(
                "SELECT subject_id, given_at, withdrawn_at, id FROM consents ORDER BY id"));
        execQuery(c, "consents");
        QSqlQuery b = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT subject_id, category_code FROM "
                                                  "subject_categories WHERE state = 'blocked'"));
        execQuery(b, "blocked");
        while (b.next())
            m_all[byId.value(b.value(0).toLongLong())].blocked << b.value(1).toString();
        while (c.next()) {
            Reference& r = m_all[byId.value(c.value(0).toLongLong())];
            const QDateTime given = c.value(1).toDateTime();
            if (!r.consentAt.isValid() || given >= r.consentAt) {
                r.consentAt = given;
                r.consentState =
                    c.value(2).isNull() ? QStringLiteral("given") : QStringLiteral("withdrawn");
            }
        }
    }

    void consentSummaryRepeatsTheLatestConsent()
    {
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT id, consent_state, consent_given_at FROM subjects"));
        execQuery(q, "summary");
        QHash<qint64, QPair<QString, QDateTime>> summary;
        while (q.next())
            summary.insert(q.value(0).toLongLong(),
                           {q.value(1).toString(), q.value(2).toDateTime()});
        int withdrawn = 0;
        for (const Reference& r : std::as_const(m_all)) {
            QCOMPARE(summary.value(r.id).first, r.consentState);
            QCOMPARE(summary.value(r.id).second, r.consentAt);
            withdrawn += r.consentState == QStringLiteral("withdrawn");
        }
        QVERIFY(withdrawn > 0); // the demo's executed withdrawals
    }

    void passesTheModelTester()
    {
        SubjectListModel model(*m_database, m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubjectFilter filter;
        filter.today = m_today;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1234);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loading…"));
        model.fetchWantedPages();
        QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("OG-")));
        model.sort(SubjectListModel::Inn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 1234);
        model.index(1233, 1).data();
        QTRY_VERIFY(model.loadedRow(1233) != nullptr);
    }

    void everyOrderMatchesTheReference_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("name") << int(SubjectFilter::Sort::Name) << false;
        QTest::newRow("name descending") << int(SubjectFilter::Sort::Name) << true;
        QTest::newRow("inn") << int(SubjectFilter::Sort::Inn) << false;
        QTest::newRow("inn descending") << int(SubjectFilter::Sort::Inn) << true;
        QTest::newRow("consent date") << int(SubjectFilter::Sort::ConsentDate) << false;
        QTest::newRow("consent date descending") << int(SubjectFilter::Sort::ConsentDate) << true;
        QTest::newRow("status") << int(SubjectFilter::Sort::Status) << false;
    }
    void everyOrderMatchesTheReference()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        const QStringList reference = expected(SubjectFilter::Sort(sort), descending);
        // Scrolling from the top: each page continues the previous one by keyset.
        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.sort = SubjectFilter::Sort(sort);
        filter.descending = descending;
        filter.today = m_today;
        model.setFilter(filter);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(refAt(model, row), reference[row]);
        // A jump: the last rows and the middle, read by offset from the nearer end.
        SubjectListModel jumping(*m_database, m_admin);
        jumping.setFilter(filter);
        for (int row : {1233, 1200, 617, 0})
            QCOMPARE(refAt(jumping, row), reference[row]);
    }

    void filtersMatchTheReference()
    {
        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.today = m_today;
        filter.status = QStringLiteral("depersonalised");
        model.setFilter(filter);
        QStringList reference = expected(SubjectFilter::Sort::Name, false, [](const Reference& r) {
            return r.status == QStringLiteral("depersonalised");
        });
        QVERIFY(!reference.isEmpty());
        QCOMPARE(model.rowCount(), reference.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(refAt(model, row), reference[row]);

        filter.status.clear();
        filter.consentState = QStringLiteral("withdrawn");
        model.setFilter(filter);
        reference = expected(SubjectFilter::Sort::Name, false, [](const Reference& r) {
            return r.consentState == QStringLiteral("withdrawn");
        });
        QVERIFY(!reference.isEmpty());
        QCOMPARE(model.rowCount(), reference.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(refAt(model, row), reference[row]);
        QVERIFY(model.index(0, SubjectListModel::Consent)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Withdrawn")));

        filter.consentState.clear();
        filter.minorsOnly = true;
        model.setFilter(filter);
        const QDate adult = m_today.addYears(-18);
        // A blocked birth date is never matched (policy 12.1.4).
        reference = expected(SubjectFilter::Sort::Name, false, [&](const Reference& r) {
            return r.birth.isValid() && r.birth > adult &&
                   !r.blocked.contains(QStringLiteral("personal_details"));
        });
        QVERIFY(!reference.isEmpty());
        QCOMPARE(model.rowCount(), reference.size());
        QCOMPARE(refAt(model, 0), reference[0]);
        QVERIFY(model.index(0, SubjectListModel::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("under 18")));

        filter.minorsOnly = false;
        filter.openCasesOnly = true;
        model.setFilter(filter);
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(DISTINCT subject_id) FROM (SELECT subject_id FROM "
                           "withdrawal_requests WHERE state IN ('received', 'identity_verified', "
                           "'decided', 'approved', 'executed') "
                           "UNION SELECT subject_id FROM claims WHERE subject_id IS NOT NULL AND "
                           "state IN ('open', 'answer_drafted')) open_cases"));
        execQuery(q, "open cases");
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(model.rowCount(), q.value(0).toInt());
    }

    void searchCombinesWithTheList()
    {
        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.today = m_today;
        filter.search = QStringLiteral("АСАН");
        model.setFilter(filter);
        const QStringList reference =
            expected(SubjectFilter::Sort::Name, false, [](const Reference& r) {
                return r.surnameFold.startsWith(QStringLiteral("асан")) ||
                       r.givenFold.startsWith(QStringLiteral("асан"));
            });
        QVERIFY(model.rowCount() >= reference.size()); // patronymics such as "Асан уулу" match too
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const SubjectListRow* loaded =
                (model.index(row, 0).data(), model.fetchWantedPages(), model.loadedRow(row));
            QVERIFY(loaded);
            const QString name =
                (loaded->subject.surname + QLatin1Char(' ') + loaded->subject.givenName +
                 QLatin1Char(' ') + loaded->subject.patronymic)
                    .toLower();
            QVERIFY2(name.contains(QStringLiteral("асан")), qPrintable(name));
        }
    }

    void aCappedSearchShowsTheFirstMatches_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::newRow("name") << false;
        QTest::newRow("name descending") << true;
    }
    void aCappedSearchShowsTheFirstMatches()
    {
        QFETCH(bool, descending);
        // All subjects with a name word starting "а", in the list's order, computed here.
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT id, patronymic_fold FROM subjects"));
        execQuery(q, "patronymics");
        QSet<qint64> patronymicMatch;
        while (q.next())
            if (q.value(1).toString().startsWith(QStringLiteral("а")))
                patronymicMatch.insert(q.value(0).toLongLong());
        const QStringList reference = expected(SubjectFilter::Sort::Name, descending,
                                               [&](const Reference& r) {
            const qsizetype hyphen = r.surnameFold.indexOf(QLatin1Char('-'));
            return r.surnameFold.startsWith(QStringLiteral("а")) ||
                   (hyphen >= 0 && r.surnameFold.mid(hyphen + 1).startsWith(QStringLiteral("а"))) ||
                   r.givenFold.startsWith(QStringLiteral("а")) || patronymicMatch.contains(r.id);
        });
        QVERIFY(reference.size() > 40);

        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.today = m_today;
        filter.search = QStringLiteral("А");
        filter.descending = descending;
        filter.searchCap = 25;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(model.hasMoreMatches());
        for (int row : {24, 0, 12, 23})
            QCOMPARE(refAt(model, row), reference[row]);
        // The officer is told how many match, beyond the rows shown...
        QCOMPARE(model.matchedCount(), qint64(reference.size()));
        QVERIFY(!model.hasMoreThanCounted());
        // ...or, past the count's cap, that more than that many do.
        filter.matchCountCap = 30;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.matchedCount(), qint64(30));
        QVERIFY(model.hasMoreThanCounted());
        filter.matchCountCap = SubjectFilter().matchCountCap;

        filter.searchCap = 100000; // everything: no more to show
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), reference.size());
        QVERIFY(!model.hasMoreMatches());
        QCOMPARE(refAt(model, model.rowCount() - 1), reference.last());
    }

    void searchTextFullOfSqlFindsNothingOddAndChangesNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << "' OR '1'='1";
        QTest::newRow("drop") << "x'; DROP TABLE subjects; --";
        QTest::newRow("percent") << "%";
        QTest::newRow("underscore") << "_";
        QTest::newRow("comment") << "-- ";
        QTest::newRow("double quote") << "\"subjects\"";
        QTest::newRow("semicolon digits") << "1; DELETE FROM subjects";
    }
    void searchTextFullOfSqlFindsNothingOddAndChangesNothing()
    {
        QFETCH(QString, text);
        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.search = text;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), 1234);
    }

    void aWholeInnOrPhoneIsALookupAndAPrefixFindsNothing()
    {
        const Reference& r = subjectWithEverythingShown();
        const QString phone = phoneOf(r);
        const auto lookups = [this] {
            return test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                            "action = 'subject.lookup'"))
                .toInt();
        };
        const int before = lookups();
        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.today = m_today;
        // Prefixes of the INN and of the phone: the masked digits are no longer told one by one.
        for (const QString& prefix : {r.inn.left(7), r.inn.left(13), phone.left(8),
                                      QStringLiteral("0") + phone.mid(4, 5)}) {
            filter.search = prefix;
            model.setFilter(filter);
            QVERIFY2(model.rowCount() == 0, qPrintable(prefix));
        }
        QCOMPARE(lookups(), before);
        // The whole INN, or the phone in its local form: one subject, and an audit entry saying
        // by what and whom, never the value.
        for (const QString& whole : {r.inn, QStringLiteral("0") + phone.mid(4)}) {
            filter.search = whole;
            model.setFilter(filter);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(refAt(model, 0), r.ref);
        }
        QCOMPARE(lookups(), before + 2);
        const QString details =
            test::scalar(*m_database, QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                     "'subject.lookup' ORDER BY seq DESC LIMIT 1"))
                .toString();
        QVERIFY2(details.contains(QStringLiteral("\"phone\"")), qPrintable(details));
        QVERIFY(!details.contains(phone.mid(4)));
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT subject_id FROM audit_log WHERE "
                                                          "action = 'subject.lookup' ORDER BY "
                                                          "seq DESC LIMIT 1"))
                     .toLongLong(),
                 r.id);
    }

    void blockedValuesAreNeitherMatchedNorShown()
    {
        const Reference& r = subjectWithEverythingShown();
        const QString phone = phoneOf(r);
        const auto setBlocked = [&](bool blocked) {
            for (const char* category : {"personal_details", "identity_document", "contacts"}) {
                QSqlQuery q = prepareQuery(
                    m_database->connection(),
                    QStringLiteral("DELETE FROM subject_categories WHERE subject_id = ? AND "
                                   "category_code = ?"));
                q.addBindValue(r.id);
                q.addBindValue(QString::fromLatin1(category));
                execQuery(q, "unblock");
                if (!blocked)
                    continue;
                QSqlQuery b = prepareQuery(m_database->connection(),
                                           QStringLiteral("INSERT INTO subject_categories "
                                                          "(subject_id, category_code, state) "
                                                          "VALUES (?, ?, 'blocked')"));
                b.addBindValue(r.id);
                b.addBindValue(QString::fromLatin1(category));
                execQuery(b, "block");
            }
        };
        SubjectListModel model(*m_database, m_admin);
        SubjectFilter filter;
        filter.today = m_today;
        filter.search = r.surnameFold;
        model.setFilter(filter);
        const auto refsShown = [&] {
            QStringList refs;
            for (int row = 0; row < model.rowCount(); ++row)
                refs << refAt(model, row);
            return refs;
        };
        QVERIFY(refsShown().contains(r.ref)); // found by name while nothing is blocked
        const qint64 matchedWhileShown = model.matchedCount();
        QVERIFY(!model.hasMoreThanCounted());

        setBlocked(true);
        model.setFilter(filter);
        QCOMPARE(model.matchedCount(), matchedWhileShown - 1); // nor counted
        for (const QString& text : {r.surnameFold, r.givenFold, r.inn, phone}) {
            filter.search = text;
            model.setFilter(filter);
            QVERIFY2(!refsShown().contains(r.ref), qPrintable(text));
        }
        // Found by its platform reference, the blocked values read "[blocked]".
        filter.search = r.ref;
        model.setFilter(filter);
        QCOMPARE(refsShown(), QStringList{r.ref});
        QCOMPARE(model.matchedCount(), qint64(1));
        for (int column : {int(SubjectListModel::Surname), int(SubjectListModel::Inn),
                           int(SubjectListModel::Phone)})
            QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("[blocked]"));
        QVERIFY(model.index(0, SubjectListModel::GivenName).data().toString().isEmpty());
        QVERIFY(model.index(0, SubjectListModel::BirthDate).data().toString().isEmpty());
        const SubjectSummary& shown = model.loadedRow(0)->subject;
        QVERIFY(shown.inn.isEmpty() && shown.phone.isEmpty() && shown.surname.isEmpty());
        setBlocked(false);
    }

    void blockedValuesAreHiddenInLargeResults()
    {
        // 70,000 summaries, as an export may ask for (it reads them in chunks): ids of no subject
        // first, then every subject; the one blocked at the end loses its INN and phone, and no
        // other summary loses anything.
        QList<SubjectSummary> all;
        qint64 maxId = 0;
        for (const Reference& r : std::as_const(m_all))
            maxId = qMax(maxId, r.id);
        const qsizetype fakes = 70000 - m_all.size();
        for (qsizetype i = 0; i < fakes; ++i) {
            SubjectSummary s;
            s.id = maxId + 1 + i;
            all << s;
        }
        for (const Reference& r : std::as_const(m_all)) {
            SubjectSummary s;
            s.id = r.id;
            s.inn = QStringLiteral("inn");
            s.phone = QStringLiteral("phone");
            s.surname = QStringLiteral("surname");
            all << s;
        }
        const qsizetype far = all.size() - 3;
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("UPDATE subject_categories SET state = "
                                                  "'blocked' WHERE subject_id = ? AND "
                                                  "category_code IN ('identity_document', "
                                                  "'contacts') AND state = 'held'"));
        q.addBindValue(all[far].id);
        execQuery(q, "block");
        QVERIFY(q.numRowsAffected() > 0);
        QList<SubjectSummary*> pointers;
        for (SubjectSummary& s : all)
            pointers << &s;
        hideBlockedValues(m_database->connection(), pointers);
        QVERIFY(all[far].inn.isEmpty() || all[far].phone.isEmpty());
        QCOMPARE(all[far].surname, QStringLiteral("surname"));
        for (qsizetype i = fakes; i < all.size(); ++i) {
            const bool blockedBefore = !m_all[i - fakes].blocked.isEmpty();
            if (i != far && !blockedBefore)
                QVERIFY(all[i].blockedCategories.isEmpty() && all[i].inn == QStringLiteral("inn"));
        }
        QSqlQuery undo = prepareQuery(m_database->connection(),
                                      QStringLiteral("UPDATE subject_categories SET state = 'held' "
                                                     "WHERE subject_id = ? AND category_code IN "
                                                     "('identity_document', 'contacts')"));
        undo.addBindValue(all[far].id);
        execQuery(undo, "unblock");
    }

    void readingNeedsASessionAllowedToRead()
    {
        Session nobody; // no officer signed in
        SubjectListModel model(*m_database, nobody);
        QSignalSpy failed(&model, &SubjectListModel::loadFailed);
        SubjectFilter filter;
        filter.today = m_today;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failed.size(), 1);
        Session mustChange = m_admin; // after an administrator's reset
        mustChange.mustChangePassword = true;
        SubjectListModel resetModel(*m_database, mustChange);
        QSignalSpy refused(&resetModel, &SubjectListModel::loadFailed);
        resetModel.setFilter(filter);
        QCOMPARE(resetModel.rowCount(), 0);
        QCOMPARE(refused.size(), 1);
    }

    void keepsABoundedCache()
    {
        SubjectListModel model(*m_database, m_admin);
        model.setCachedPageLimit(3);
        SubjectFilter filter;
        filter.today = m_today;
        model.setFilter(filter);
        const QStringList reference = expected(SubjectFilter::Sort::Name, false);
        for (int row = 0; row < model.rowCount(); row += SubjectListModel::kPageSize / 4)
            QCOMPARE(refAt(model, row), reference[row]);
        QCOMPARE(model.cachedPageCount(), 3);
        // An evicted page comes back when asked for again.
        QCOMPARE(refAt(model, 5), reference[5]);
        QCOMPARE(model.cachedPageCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSubjectListModel)
#include "tst_subjectlistmodel.moc"
