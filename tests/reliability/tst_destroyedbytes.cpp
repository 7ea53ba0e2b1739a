// SPDX-License-Identifier: GPL-3.0-or-later
// A destroyed value is gone from the SQLite file itself, not only from its tables: after a
// withdrawal destroys a subject's contacts and depersonalises the rest, the value is searched for
// in the raw bytes of the database file and its write-ahead log. Without secure_delete the freed
// cells keep the old bytes; without the checkpoint the log keeps the old pages. SQLite only: on
// PostgreSQL the files are the server's (VACUUM, docs/deployment.md).
#include "WithdrawalFixture.h"

#include <QFile>
#include <QtTest>

using namespace dpo;

class TestDestroyedBytes : public test::WithdrawalFixture
{
    Q_OBJECT

    QByteArray fileBytes() const
    {
        const QString path = m_fixture.url().mid(int(qstrlen("sqlite:")));
        QByteArray bytes;
        for (const QString& name : {path, path + QStringLiteral("-wal")}) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        QVERIFY(!test::TestDatabase::isPostgres());
        openWithRecipient();
    }

    void aDestroyedValueIsNotInTheFilesBytes()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-D1"));
        // Values of this subject only, so that finding them finds this subject's bytes.
        const QByteArray email = "zq7-destroyed-mark@example.kg";
        const QByteArray document = "ZQ7654321";
        exec(QStringLiteral("UPDATE subjects SET email = ?, id_document = ? WHERE id = ?"),
             {QString::fromLatin1(email), QString::fromLatin1(document), subject});
        // The old values, and any page they were on, out of the log before the test begins.
        m_database->checkpointAfterErasure();
        QVERIFY2(fileBytes().contains(email), "the value is not in the file to begin with");
        QVERIFY(fileBytes().contains(document));

        const qint64 id = registerVerified(QStringLiteral("OG-D1"));
        WithdrawalService service(*m_database);
        service.decide(m_admin, id, test::decideAll("destroy"));
        service.execute(m_admin, id);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("destroyed"));

        const QByteArray bytes = fileBytes();
        QVERIFY2(!bytes.contains(email), "the destroyed e-mail is still in the file's bytes");
        QVERIFY2(!bytes.contains(document), "the destroyed document number is in the bytes");
        // The platform reference stays on purpose: the tasks carry it to the platform's
        // systems, which know the subject by it (docs/tasks.md).
    }
};

QTEST_GUILESS_MAIN(TestDestroyedBytes)
#include "tst_destroyedbytes.moc"
