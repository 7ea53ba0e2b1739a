// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedService.h"

#include "core/Error.h"
#include "core/LineProblems.h"
#include "core/Session.h"
#include "feed/FeedApplier.h"
#include "feed/FeedReader.h"
#include "security/Sha256.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"

#include <memory>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace dpo {

namespace {
[[noreturn]] void raise(const LineProblems& problems)
{
    throw Error(Error::Kind::BadInput,
                problems.text(FeedService::tr("… and %1 more problems; nothing was applied."),
                              FeedService::tr("%1 problem(s); nothing was applied.")));
}

// The file open for reading, and its SHA-256 read through once before the transaction opens.
struct OpenedFile
{
    std::shared_ptr<QFile> file;
    QString sha256;
};

OpenedFile openFeedFile(const QString& filePath)
{
    auto file = std::make_shared<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::BadInput,
            FeedService::tr("%1: cannot read the file: %2").arg(filePath, file->errorString()));
    Sha256 hash;
    while (!file->atEnd())
        hash.add(file->read(1 << 16));
    file->seek(0);
    return {file, QString::fromLatin1(hash.result().toHex())};
}

QJsonObject countsObject(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

qint64 FeedService::Result::events() const
{
    qint64 total = skipped + refused;
    for (const qint64 n : applied)
        total += n;
    return total;
}

FeedService::FeedService(Database& database) : m_database(database) {}

FeedService::Result FeedService::applyFile(const Session& session, const QString& filePath)
{
    return runPreparedStep(
        m_database, session, Permission::ImportSubjects, tr("apply a feed file"),
        [&] { return openFeedFile(filePath); },
        [&](const QSqlDatabase& db, const OpenedFile& opened) {
        Result result;
        result.fileName = QFileInfo(filePath).fileName();
        result.sha256 = opened.sha256;
        FeedApplier applier(db, session, {QStringLiteral("file"), result.fileName});
        FeedReader reader(opened.file.get());
        LineProblems problems(filePath);
        FeedLine line;
        bool any = false;
        while (reader.next(line)) {
            any = true;
            for (const FeedLine::Problem& p : line.problems)
                problems.add(line.line, p.field, p.reason);
            if (!line.problems.isEmpty())
                continue;
            const FeedApplier::Report report = applier.apply(line);
            for (const FeedLine::Problem& p : report.problems)
                problems.add(line.line, p.field, p.reason);
            switch (report.outcome) {
            case FeedApplier::Outcome::Applied:
                ++result.applied[QString::fromLatin1(line.shape->code)];
                break;
            case FeedApplier::Outcome::Skipped:
                ++result.skipped;
                break;
            case FeedApplier::Outcome::Refused:
                ++result.refused;
                break;
            case FeedApplier::Outcome::Invalid:
                break;
            }
            for (const FeedApplier::Flag& flag : report.flags) {
                ++result.flagged;
                if (result.flags.size() < kMaxFlagsListed)
                    result.flags << QStringLiteral("%1:%2: %3: %4")
                                        .arg(filePath)
                                        .arg(line.line)
                                        .arg(flag.kind, flag.detail);
            }
        }
        if (!any)
            problems.add(1, QStringLiteral("file"), tr("holds no events"));
        if (!problems.isEmpty())
            raise(problems);
        applier.finish();
        result.batchId = applier.batchId();
        if (result.batchId == 0)
            return result; // every event applied before: nothing changes, nothing is audited
        QSqlQuery q =
            prepareQuery(db, QStringLiteral("UPDATE feed_batches SET sha256 = ? WHERE id = ?"));
        q.addBindValue(result.sha256);
        q.addBindValue(result.batchId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "close the feed batch"));
        AuditService::append(db, session, QStringLiteral("feed.apply"),
                             QStringLiteral("feed_batch"), QString::number(result.batchId), 0,
                             QJsonObject{{QStringLiteral("file"), result.fileName},
                                         {QStringLiteral("sha256"), result.sha256},
                                         {QStringLiteral("applied"), countsObject(result.applied)},
                                         {QStringLiteral("skipped"), result.skipped},
                                         {QStringLiteral("refused"), result.refused},
                                         {QStringLiteral("flagged"), result.flagged}});
        return result;
        });
}

} // namespace dpo
