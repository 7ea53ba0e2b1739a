// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AuditCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "services/AuditVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::cli", text);
}

int verifyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Re-computes the whole audit chain (docs/audit.md). Exit 0 and the entry count and head "
           "hash when it is intact; exit 1 naming the first entry that breaks and how "
           "(hash_mismatch, sequence_gap, broken_link) when not."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("format"), tr("Output format: text or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    int code = 0;
    if (!parseCommand(parser, arguments, QStringLiteral("dpo-console audit verify --database URL [--format text|json]"), code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QStringLiteral("text") && format != QStringLiteral("json"))
            throw Error(Error::Kind::BadInput, tr("Unknown format \"%1\": use text or json.").arg(format));
        auto database = openDatabase(parser);
        QElapsedTimer timer;
        timer.start();
        const AuditVerification v = AuditVerifier(*database).verify();
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (format == QStringLiteral("json")) {
            QJsonObject o{{QStringLiteral("intact"), v.intact()},
                          {QStringLiteral("entries_checked"), v.entries},
                          {QStringLiteral("head_seq"), v.headSeq},
                          {QStringLiteral("head_hash"), v.headHash}};
            if (!v.intact()) {
                o.insert(QStringLiteral("broken_seq"), v.brokenSeq);
                o.insert(QStringLiteral("problem"), AuditVerification::problemCode(v.problem));
                o.insert(QStringLiteral("detail"), v.detail);
            }
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        } else if (v.intact()) {
            printOut(tr("The audit chain is intact: %1 entries, head %2 %3.\n")
                         .arg(v.entries).arg(v.headSeq).arg(v.headHash));
        } else {
            printOut(tr("The audit chain is broken at entry %1 (%2): %3. The %4 entries before it verify.\n")
                         .arg(v.brokenSeq)
                         .arg(AuditVerification::problemCode(v.problem), v.detail)
                         .arg(v.entries));
        }
        printErr(tr("Checked in %1 s.").arg(seconds, 0, 'f', 2));
        return int(v.intact() ? Success : CheckFailed);
    });
}
} // namespace

int auditCommand(const QStringList& arguments)
{
    if (arguments.size() >= 2 && arguments[1] == QStringLiteral("verify"))
        return verifyCommand(arguments.mid(1));
    if (arguments.size() >= 2 && (arguments[1] == QStringLiteral("--help") || arguments[1] == QStringLiteral("-h"))) {
        printOut(tr("Usage: dpo-console audit verify --database URL [--format text|json]\n"));
        return int(Success);
    }
    printErr(tr("Unknown audit command; try: dpo-console audit --help"));
    return int(BadUsage);
}

} // namespace dpo::cli
