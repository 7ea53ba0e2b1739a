// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedService.h"

#include "core/Error.h"
#include "core/InputLimits.h"
#include "core/JobProgress.h"
#include "core/LineProblems.h"
#include "core/Session.h"
#include "feed/FeedApplier.h"
#include "feed/FeedReader.h"
#include "security/Sha256.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace dpo {

namespace {
[[noreturn]] void raise(const LineProblems& problems)
{
    const int unlisted = int(std::min<qint64>(problems.unlisted(), INT_MAX));
    QString closing;
    if (unlisted > 0)
        //: The last line of a feed file's problems. %n: the number of problems not listed.
        closing =
            FeedService::tr("… and %n more problem(s); nothing was applied.", nullptr, unlisted);
    else
        //: The last line of a feed file's problems. %n: the number of problems.
        closing =
            FeedService::tr("%n problem(s); nothing was applied.", nullptr, int(problems.count()));
    throw Error(Error::Kind::BadInput, problems.text(closing));
}

// The file open for reading, before the transaction opens: a file that cannot be read costs no
// transaction.
std::shared_ptr<QFile> openFeedFile(const QString& filePath)
{
    auto file = std::make_shared<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::BadInput,
            //: %1: the feed file's path; %2: the system's reason.
            FeedService::tr("%1: cannot read the file: %2").arg(filePath, file->errorString()));
    requireInputFileSize(*file, filePath);
    return file;
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
        [&](const QSqlDatabase& db, const std::shared_ptr<QFile>& file) {
        Result result;
        result.fileName = QFileInfo(filePath).fileName();
        LineProblems problems(filePath);
        const auto count = [&](const FeedLine& line, const FeedApplier::Report& report) {
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
        };
        FeedApplier applier(db, session, {QStringLiteral("file"), result.fileName}, count,
                            FeedApplier::Pace::InGroups);
        Sha256 digest; // of the bytes as they are read: exactly what was applied
        file->seek(0);
        FeedReader reader(file.get(), &digest);
        FeedLine line;
        bool any = false;
        qint64 lines = 0;
        if (m_progress)
            m_progress->begin(JobProgress::Stage::Writing, file->size());
        while (reader.next(line)) {
            any = true;
            if (m_progress && ++lines % JobProgress::kLinesPerReport == 0)
                m_progress->advance(file->pos());
            if (line.problems.isEmpty()) {
                applier.apply(line);
                continue;
            }
            // The transfers held back are reported first: the problems keep the lines' order.
            applier.finish();
            for (const FeedLine::Problem& p : line.problems)
                problems.add(line.line, p.field, p.reason);
        }
        if (m_progress)
            m_progress->begin(JobProgress::Stage::Finishing);
        applier.finish();
        result.sha256 = QString::fromLatin1(digest.result().toHex());
        if (!any)
            problems.add(1, QStringLiteral("file"), tr("holds no events"));
        if (!problems.isEmpty())
            raise(problems);
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
